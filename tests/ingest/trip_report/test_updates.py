"""Country updates: numbered sub-sections of a report list, or paragraphs and table rows of its own text."""

from __future__ import annotations

from desktop_app.core.drafts import SessionDraft
from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.updates import find_updates

REPORT_LIST = """一、 大會
（一）各經濟體國情報告
各經濟體依序報告近期政策，重點如下：
經濟體 | 報告重點
日本 | 日本總務省推動Beyond 5G研發，並擴大光纖建設。
美國 | 美國說明寬頻補助計畫執行情形。
其補助以偏鄉為主。
（二）其他經濟體更新報告
秘魯：秘魯代表說明偏鄉連網計畫，並邀請各經濟體參與。
我國代表：我國說明5G專網釋照作業，並分享頻譜政策。
（三）各經濟體更新報告
1. 澳洲
澳洲代表分享海纜保護政策。"""


def test_updates_as_table_rows_paragraphs_and_sub_sections() -> None:
    outline = build_outline(reflow(REPORT_LIST))
    updates = [(u.economy, u.heading, u.text, outline[u.section].heading) for u in find_updates(outline, [])]
    assert updates == [
        ("JP", "日本", "日本總務省推動Beyond 5G研發，並擴大光纖建設。", "各經濟體國情報告"),
        ("US", "美國", "美國說明寬頻補助計畫執行情形。\n其補助以偏鄉為主。", "各經濟體國情報告"),
        ("PE", "秘魯", "秘魯代表說明偏鄉連網計畫，並邀請各經濟體參與。", "其他經濟體更新報告"),
        ("TW", "我國代表", "我國說明5G專網釋照作業，並分享頻譜政策。", "其他經濟體更新報告"),
        ("AU", "澳洲", "澳洲代表分享海纜保護政策。", "澳洲"),
    ]


def test_a_paragraph_that_only_mentions_an_economy_is_no_update() -> None:
    outline = build_outline(["（一）各經濟體國情報告", "我國代表於會中報告數位韌性計畫。", "日本與美國代表交換意見：會後續談。"])
    assert find_updates(outline, []) == []


def test_table_rows_a_reader_wrote_stand_as_paragraphs() -> None:
    assert reflow("經濟體 | 報告重點\n日本 | 推動研發，擴大光纖建設。\n美國 | 說明補助計畫執行情形。") == [
        "經濟體 | 報告重點", "日本 | 推動研發，擴大光纖建設。", "美國 | 說明補助計畫執行情形。"
    ]


def test_lists_of_reports_by_other_names() -> None:
    outline = build_outline(["一、大會", "（一）各國報告", "1. 日本", "日本說明。", "（二）會員體報告", "1. 美國", "美國說明。"])
    assert [(u.economy, u.heading) for u in find_updates(outline, [])] == [("JP", "日本"), ("US", "美國")]


STEERING_GROUP = """一、 資通訊安全與信任指導分組（STSG）
1. 經濟體報告
(1) 我國
我國報告擴增資安人力。
圖 3：我國代表報告資安人力
資料來源：團員拍攝
(2) 美國
美國報告網路信任標章計畫。
2. 討論事項
主席請各經濟體報告災時漫遊作法。
(1) 日本
日本說明營運商間漫遊。
(2) 我國
我國說明緊急漫遊三大對策。
(3) 美國
美國說明強制性災難應變計畫。
整體而言，各經濟體大致均要求業者提供災時漫遊服務。"""


def _steering_group_updates() -> list[tuple[str, str, str]]:
    outline = build_outline(reflow(STEERING_GROUP))
    session = SessionDraft(title="STSG", kind="steering_group", body="STSG", section=0)
    updates = find_updates(outline, [session])
    assert {u.session for u in updates} == {0}
    return [(u.economy, outline[u.section].heading, u.text) for u in updates]


def test_an_economy_that_speaks_again_in_a_session_has_one_update() -> None:
    economies = [economy for economy, _section, _text in _steering_group_updates()]
    assert economies == ["TW", "US", "JP"]
    taiwan = next(update for update in _steering_group_updates() if update[0] == "TW")
    assert taiwan[1] == "我國" and taiwan[2] == "我國報告擴增資安人力。\n我國說明緊急漫遊三大對策。"


def test_a_paragraph_summing_up_every_economy_ends_the_last_update() -> None:
    assert not [text for _economy, _section, text in _steering_group_updates() if "整體而言" in text]
    united_states = next(update for update in _steering_group_updates() if update[0] == "US")
    assert united_states[2] == "美國報告網路信任標章計畫。\n美國說明強制性災難應變計畫。"


def test_an_economy_may_sum_up_its_own_report() -> None:
    outline = build_outline(["（一）各經濟體國情報告", "1. 日本", "整體而言，日本推動光纖建設。", "並擴大補助。", "2. 美國", "美國說明。"])
    assert [u.text for u in find_updates(outline, [])] == ["整體而言，日本推動光纖建設。\n並擴大補助。", "美國說明。"]


def test_a_summary_after_the_rows_of_a_list_is_no_economys() -> None:
    outline = build_outline(["（一）各經濟體國情報告", "日本：日本推動光纖建設。", "美國：美國說明補助計畫。", "綜上所述，各經濟體均重視寬頻建設。"])
    assert [u.text for u in find_updates(outline, [])] == ["日本推動光纖建設。", "美國說明補助計畫。"]


def test_an_update_leaves_its_figures_captions_and_credits_out() -> None:
    taiwan = next(update for update in _steering_group_updates() if update[0] == "TW")
    assert "圖 3" not in taiwan[2] and "資料來源" not in taiwan[2]
    outline = build_outline(["（一）各國報告", "日本：日本說明光纖計畫。", "圖 1：日本光纖計畫", "註：左為總務省代表", "資料來源：日本"])
    assert [u.text for u in find_updates(outline, [])] == ["日本說明光纖計畫。"]


def test_a_joined_part_keeps_a_heading_that_names_its_subject() -> None:
    outline = build_outline(["一、 大會", "（一）各國報告", "1. 日本", "日本說明光纖計畫。", "（二）討論事項", "1. 日本：智慧銀髮計畫", "日本說明第二階段。"])
    updates = find_updates(outline, [SessionDraft(title="大會", kind="plenary", section=0)])
    assert [(u.economy, u.text) for u in updates] == [("JP", "日本說明光纖計畫。\n日本：智慧銀髮計畫\n日本說明第二階段。")]
    assert len(find_updates(outline, [])) == 2  # of no known session: nothing tells they are one session's
