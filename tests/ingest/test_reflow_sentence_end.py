"""A numbered line that ends a sentence short of the margin ends its paragraph; one wrapped at the margin runs on."""

from __future__ import annotations

from desktop_app.ingest.reflow import reflow

ONE_PARAGRAPH_A_LINE = """2.經濟體政策報告
(1)南韓：韓方說明「數位權利憲章」及AI基本法草案，並報告5G特化網路（專網）已核發超過100張執照。
(2)中國大陸：陸方代表指出，中国持续推进“东数西算”工程，算力总规模位居全球第二，并加强数据跨境流动管理。
(3)星國：新加坡說明國家AI策略2.0，並推動AI Verify測試框架。
此外，新加坡亦更新其關鍵資訊基礎設施資安法修正進度。
(6)我國：本部韌性建設司陳怡如科長說明我國非同步衛星通訊韌性計畫及海纜備援措施。
整體而言，各經濟體均高度關注AI治理與網路韌性。
3.秘書處報告
APEC秘書處Ms. Jane Lim報告專案經費執行情形。"""


def test_a_numbered_line_ending_a_sentence_is_not_joined_to_the_next_paragraph() -> None:
    paragraphs = reflow(ONE_PARAGRAPH_A_LINE)
    assert "(6)我國：本部韌性建設司陳怡如科長說明我國非同步衛星通訊韌性計畫及海纜備援措施。" in paragraphs
    assert "整體而言，各經濟體均高度關注AI治理與網路韌性。" in paragraphs
    assert "此外，新加坡亦更新其關鍵資訊基礎設施資安法修正進度。" in paragraphs


def test_a_numbered_line_ending_a_sentence_at_the_margin_runs_on() -> None:
    wrapped = """(一)日本：日本總務省說明推進戰略，並報告光纖覆蓋率已達九成九。
其次說明偏鄉地區光纖建設補助計畫，並預計於明年度擴大至離島地區
與山區，以縮小城鄉數位落差，並持續推動相關法規修正以利建設。
(二)美國：美國說明寬頻補助計畫。"""
    assert reflow(wrapped)[0] == (
        "(一)日本：日本總務省說明推進戰略，並報告光纖覆蓋率已達九成九。其次說明偏鄉地區光纖建設補助計畫，"
        "並預計於明年度擴大至離島地區與山區，以縮小城鄉數位落差，並持續推動相關法規修正以利建設。"
    )
