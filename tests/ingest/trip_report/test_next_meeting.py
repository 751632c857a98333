"""A paragraph that opens with the words for the next meeting names it only when it goes on to announce it
(下次會議：…, 下次會議將於…), not when it says what to do before it (下次會議前，建議…), nor among the
recommendations."""

from __future__ import annotations

from desktop_app.ingest.trip_report.parser import parse_trip_report

REPORT = "出席第9次會議報告\n會議名稱：某工作小組第9次會議\n會議日期：113年5月4日至9日\n壹、過程\n一、閉幕\n{}\n貳、心得與建議\n{}"


def _next_meeting(closing: str, advice: str = "一、建議持續參與。") -> str | None:
    return parse_trip_report(REPORT.format(closing, advice), "r.txt", "0" * 64).meetings[0].next_meeting


def test_a_paragraph_about_before_the_next_meeting_names_none() -> None:
    assert _next_meeting("下次會議前，各經濟體應提交意見。") is None
    assert _next_meeting("下次會議後將檢討成果。") is None


def test_the_recommendations_name_no_next_meeting() -> None:
    assert _next_meeting("大會閉幕。", "一、建議持續參與。\n下次會議前，建議本部預先準備專案提案。") is None
    assert _next_meeting("大會閉幕。", "一、下次會議將於秘魯舉行，建議及早準備。") is None


def test_a_paragraph_that_announces_it_still_names_it() -> None:
    assert _next_meeting("下次會議將於2025年8月在秘魯舉行。") == "下次會議將於2025年8月在秘魯舉行。"
    assert _next_meeting("下屆會議訂於2025年8月舉行。") == "下屆會議訂於2025年8月舉行。"
    assert _next_meeting("下次會議TEL 70將於韓國舉行。") == "下次會議TEL 70將於韓國舉行。"
