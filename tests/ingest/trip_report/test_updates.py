"""Country updates: numbered sub-sections of a report list, or paragraphs and table rows of its own text."""

from __future__ import annotations

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
