"""A summary report laid out in Roman-numeral parts (I. INTRODUCTION … V. NEXT MEETING) over paragraphs numbered
on across them, that says who participated and who did not attend, names a vice chair, and carries its symbol and
page number atop each later page (tel63_summary_roman_parts.txt)."""

from __future__ import annotations

import re

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.parsers import parse_text
from tests.ingest.trip_report.report_fixtures import FIXTURES, parse_fixture

FIXTURE = "tel63_summary_roman_parts.txt"
_PART = re.compile(r"^[IVX]+\. (?P<title>.+)$", re.MULTILINE)


def _report() -> DocumentDraft:
    return parse_fixture(FIXTURE)


def _with_agenda_items() -> DocumentDraft:
    """The same record with its parts written as agenda items (Agenda Item 2: Economy Reports)."""
    count = iter(range(1, 100))
    text = _PART.sub(lambda part: f"Agenda Item {next(count)}: {part['title'].title()}",
                     (FIXTURES / FIXTURE).read_text(encoding="utf-8"))
    return parse_text(text, "tel63_agenda_items.txt", "0" * 64)


def test_economy_reports_under_a_roman_numeral_part_are_updates() -> None:
    meeting = _report().meetings[0]
    assert [(u.economy, u.heading) for u in meeting.updates] == [
        ("NZ", "New Zealand"), ("CN", "People's Republic of China"), ("MX", "Mexico"),
        ("KR", "Republic of Korea"), ("US", "United States of America"), ("TW", "Chinese Taipei"),
    ]
    assert meeting.updates[2].text.startswith("The delegate of Mexico described")


def test_numbered_paragraphs_stay_text_of_their_part_even_with_a_colon() -> None:
    draft = _report()
    assert draft.kind == "meeting_record"
    assert [(s.label, s.heading) for s in draft.sections][1:] == [
        ("I.", "INTRODUCTION"), ("II.", "ECONOMY REPORTS"), ("III.", "STEERING GROUP MEETINGS"),
        ("IV.", "DECISIONS AND ACTIONS"), ("V.", "NEXT MEETING"),
    ]
    assert all(section.parent is None for section in draft.sections)
    by_label = {section.label: section.text for section in draft.sections}
    assert "2. The following economies participated: Australia;" in by_label["I."]
    assert "13. ACTION: Members to provide comments" in by_label["IV."]
    assert by_label["V."] == "15. TEL64 will be held virtually in September 2021, hosted by New Zealand."


def test_who_participated_and_who_did_not_attend_in_either_layout() -> None:
    for draft in (_report(), _with_agenda_items()):
        meeting = draft.meetings[0]
        assert meeting.economies_absent == ["BN", "PG", "RU"], draft.source
        assert len(meeting.economies_present) == 18 and {"AU", "HK", "TW", "VN"} <= set(meeting.economies_present)
    assert [s.label for s in _with_agenda_items().sections][1:] == [f"Agenda Item {n}" for n in range(1, 6)]


def test_the_chair_and_the_vice_chair_who_served_as_one() -> None:
    meeting = _report().meetings[0]
    assert meeting.chair_name == "Sarah Connor"
    assert [(p.name, p.role, p.economy) for p in meeting.people][:2] == [
        ("Sarah Connor", "chair", "AU"), ("Somchai Prasert", "vice_chair", "TH")
    ]


def test_the_symbol_and_page_atop_each_later_page_leave_the_text() -> None:
    draft = _report()
    assert "Page 2 of 3" not in draft.text and "Page 3 of 3" not in draft.text
    assert draft.text.startswith("2021/TEL63/SUMMARY"), "the symbol atop the first page names the record"
    economy_reports = next(section for section in draft.sections if section.label == "II.")
    assert "in 2020, and the spectrum it set aside for rural community operators." in economy_reports.text, (
        "a paragraph the page cut is joined again"
    )
