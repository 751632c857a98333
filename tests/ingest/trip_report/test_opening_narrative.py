"""A report without a cover names its meeting in its opening paragraph: name, forum and number, days and place
come from there, and the meeting titles the document (not its first heading, 目的)."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.meeting import meeting_from_opening
from desktop_app.ingest.trip_report.parser import parse_trip_report
from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_a_report_without_a_cover_takes_its_meeting_from_the_opening_paragraph() -> None:
    draft = parse_fixture("telwg68_no_cover_opening_narrative.txt")
    meeting = draft.meetings[0]
    assert meeting.name == "亞太經濟合作（APEC）電信暨資訊工作小組（TELWG）第68次會議"
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 68)
    assert (meeting.start_date, meeting.end_date, meeting.date_text) == (
        date(2024, 5, 4), date(2024, 5, 9), "2024年5月4日至9日"
    )
    assert (meeting.location, meeting.host_economy) == ("秘魯阿雷基帕", "PE")
    assert draft.title == meeting.name


def test_the_meeting_s_name_starts_after_the_word_of_attending() -> None:
    meeting = meeting_from_opening(["本部於民國113年11月11日至15日派員出席亞太經濟合作電信暨資訊工作小組第七十次會議，會議於韓國首爾召開。"])
    assert meeting is not None
    assert (meeting.name, meeting.number, meeting.forum) == ("亞太經濟合作電信暨資訊工作小組第七十次會議", 70, "APEC TELWG")
    assert (meeting.start_date, meeting.end_date) == (date(2024, 11, 11), date(2024, 11, 15))
    assert (meeting.location, meeting.host_economy) == ("韓國首爾", "KR")


def test_an_opening_without_a_numbered_meeting_and_its_date_names_none() -> None:
    assert meeting_from_opening(["本署派員出席以掌握各經濟體資安政策動態。"]) is None
    assert meeting_from_opening(["第68次會議將另行通知。"]) is None  # no date: nothing to tell it by
    untitled = parse_trip_report("壹、目的\n掌握各經濟體資安政策動態。\n貳、過程\n說明。", "notes_2024.txt", "0" * 64)
    assert untitled.title == "notes_2024" and untitled.meetings[0].name == ""
