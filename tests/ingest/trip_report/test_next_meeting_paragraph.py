"""The next meeting announced in a paragraph of its own, under no heading about it (三、閉幕 / 下次會議…)."""

from __future__ import annotations

from desktop_app.ingest.trip_report.parser import parse_trip_report
from tests.ingest.trip_report.report_fixtures import parse_fixture

REPORT = "出席第9次會議報告\n會議名稱：某工作小組第9次會議\n會議日期：113年5月4日至9日\n壹、過程\n一、閉幕\n{}\n貳、心得與建議\n一、建議持續參與。"


def test_a_paragraph_that_opens_with_the_words_for_it_names_the_next_meeting() -> None:
    closing = parse_fixture("telwg66_form_cover_facts_in_chapter.txt").meetings[0]
    assert closing.next_meeting == "下次會議（TEL 67）將由美國於2023年8月在西雅圖舉辦。"
    labelled = parse_fixture("telwg69_mixed_script_delegate_next_meeting_label.txt").meetings[0]
    assert labelled.next_meeting == "TEL 70將於2025年5月在韓國濟州舉行。"  # the label before the colon left out


def test_a_paragraph_that_only_mentions_it_further_on_names_none() -> None:
    draft = parse_trip_report(REPORT.format("主席感謝各經濟體，並請各經濟體於下次會議前提供意見。"), "r.txt", "0" * 64)
    assert draft.meetings[0].next_meeting is None
    draft = parse_trip_report(REPORT.format("下屆會議：第10次會議將於秘魯舉行。"), "r.txt", "0" * 64)
    assert draft.meetings[0].next_meeting == "第10次會議將於秘魯舉行。"
