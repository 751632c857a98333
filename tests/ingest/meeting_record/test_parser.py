"""English meeting records in two layouts, read into a meeting as an import reads them."""

from __future__ import annotations

from datetime import date

from desktop_app.core.drafts import DocumentDraft
from tests.ingest.trip_report.report_fixtures import parse_fixture


def _summary() -> DocumentDraft:
    return parse_fixture("tel67_summary_report.txt")


def _record() -> DocumentDraft:
    return parse_fixture("tel66_record_of_meeting.txt")


def test_a_summary_report_is_a_meeting_record_titled_by_its_kind_and_meeting() -> None:
    draft = _summary()
    assert draft.kind == "meeting_record"
    assert draft.title == "Summary Report: 67th APEC Telecommunications and Information Working Group Meeting"
    assert draft.published == date(2023, 8, 10)
    headings = [(section.label, section.heading) for section in draft.sections]
    assert ("Agenda Item 3", "Economy Reports") in headings and ("4.1", "Digital Prosperity Steering Group (DPSG)") in headings
    assert not any(label.endswith(".") for label, _heading in headings), "numbered paragraphs are text, not headings"


def test_the_meeting_s_facts_come_from_the_opening() -> None:
    meeting = _summary().meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 67)
    assert (meeting.start_date, meeting.end_date) == (date(2023, 8, 7), date(2023, 8, 10))
    assert meeting.location == "Seattle, United States" and meeting.host_economy == "US"
    assert meeting.chair_name == "Ali Amran"
    assert len(meeting.economies_present) == 20 and {"HK", "TW", "VN"} <= set(meeting.economies_present)
    assert meeting.next_meeting.startswith("Peru informed the meeting that TEL68")
    assert meeting.decisions == ["The meeting endorsed Chinese Taipei's proposal for a self-funded project on 5G network security."]


def test_steering_groups_grouped_under_one_item_are_each_a_session() -> None:
    sessions = _summary().meetings[0].sessions
    assert [(s.kind, s.body) for s in sessions] == [("plenary", None), ("steering_group", "DPSG"), ("steering_group", "STSG")]


def test_economy_reports_as_sub_items_and_the_people_with_their_roles() -> None:
    meeting = _summary().meetings[0]
    assert [(u.economy, u.heading) for u in meeting.updates] == [
        ("AU", "Australia"), ("JP", "Japan"), ("KR", "Korea"), ("TW", "Chinese Taipei")
    ]
    assert "e-Um 5G" in meeting.updates[2].text and "5g" in meeting.updates[2].topics
    assert meeting.updates[2].text.startswith("Korea shared"), "the paragraph's number is no part of what it says"
    assert [(p.name, p.role, p.economy) for p in meeting.people] == [
        ("Ali Amran", "chair", "MY"), ("Jane Smith", "vice_chair", "US"), ("Maria Lopez", "convenor", "MX")
    ]


def test_a_record_of_meeting_with_fields_upper_case_items_and_wrapped_lines() -> None:
    draft = _record()
    meeting = draft.meetings[0]
    assert draft.kind == "meeting_record"
    assert draft.title == "Record of Meeting: APEC Telecommunications and Information Working Group 66th Meeting (TEL66)"
    assert (meeting.forum, meeting.number, meeting.start_date) == ("APEC TELWG", 66, date(2022, 11, 14))
    assert meeting.location == "Bangkok, Thailand (hybrid)" and meeting.host_economy == "TH"
    assert meeting.economies_absent == ["BN", "CL"] and len(meeting.economies_present) == 15
    assert [(s.kind, s.title) for s in meeting.sessions] == [
        ("plenary", "ECONOMY UPDATES"),
        ("heads_of_delegation", "HEADS OF DELEGATION MEETING"),
        ("workshop", "WORKSHOP ON SUBMARINE CABLE RESILIENCE"),
    ]
    assert meeting.decisions == ["The meeting agreed to review the plan's indicators before TEL67."]
    opening = next(section for section in draft.sections if section.heading == "OPENING AND INTRODUCTION")
    assert "welcomed delegates attending in person" in opening.text, "a line cut mid-sentence is joined"


def test_economy_updates_as_paragraphs_one_economy_s_paragraphs_joined() -> None:
    meeting = _record().meetings[0]
    assert [(u.economy, u.heading) for u in meeting.updates] == [("JP", "Japan"), ("TH", "Thailand")]
    assert meeting.updates[1].text.count("Thailand") == 2 and not meeting.updates[1].text.startswith("4.")
    assert [(p.name, p.role, p.economy) for p in meeting.people] == [
        ("Sarah Connor", "chair", "AU"), ("Kenji Tanaka", "speaker", "JP"), ("Ana Ruiz", "moderator", "PE")
    ]


def test_a_record_numbered_in_decimals_without_agenda_items() -> None:
    """1. Opening Remarks › 1.1 The TEL Chair …: headings numbered 1., paragraphs 1.1; the place on the line
    under the dates; the next meeting from the decision that names TEL70."""
    draft = parse_fixture("tel69_summary_numbered_paragraphs.txt")
    meeting = draft.meetings[0]
    assert draft.kind == "meeting_record" and (meeting.forum, meeting.number) == ("APEC TELWG", 69)
    assert (meeting.start_date, meeting.location, meeting.host_economy) == (date(2024, 11, 12), "Lima, Peru", "PE")
    assert [u.economy for u in meeting.updates] == ["CA", "VN", "PG"]
    assert meeting.updates[0].text.startswith("Canada presented")
    assert [(p.name, p.role) for p in meeting.people] == [
        ("Lina Park", "chair"), ("Carlos Ruiz", "convenor"), ("Ana Lim", "convenor")
    ]
    assert meeting.next_meeting == "Members agreed to hold TEL70 in China in 2025." and len(meeting.decisions) == 2
    assert [s.heading for s in draft.sections][1:] == [
        "Opening Remarks", "Economy Updates", "Steering Group Reports", "Decisions and Recommendations"
    ]


def test_a_session_reporting_on_several_bodies_is_one_session_each() -> None:
    """3. Steering Group Reports › 3.1 The DPSG Convenor … (the DPSG meeting held on 13 November 2024), 3.2 The
    STSG Convenor …: a session for each group, dated where its paragraph gives the day."""
    sessions = parse_fixture("tel69_summary_numbered_paragraphs.txt").meetings[0].sessions
    assert [(s.title, s.body, s.date) for s in sessions] == [
        ("Economy Updates", None, None),
        ("Steering Group Reports: DPSG", "DPSG", date(2024, 11, 13)),
        ("Steering Group Reports: STSG", "STSG", None),
    ]
    assert [s.body for s in _summary().meetings[0].sessions] == [None, "DPSG", "STSG"]  # sub-items stay as they are
