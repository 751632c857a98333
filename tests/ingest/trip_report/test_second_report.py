"""A second, hand-written report of the same template (TELWG 70) extracts as well: the parser is not fitted to
one file. It differs in meeting, dates across months, economies, delegates, counts and layout (narrower wrap,
'- 5 -' page numbers, no blank lines, full-width （一）, a skipped level, 南韓 / 中華台北)."""

from __future__ import annotations

from datetime import date

import pytest
from report_fixtures import FIXTURES, parse_fixture

from desktop_app.core.drafts import DocumentDraft
from desktop_app.core.export import export_library
from desktop_app.core.library import Library
from desktop_app.ingest.pipeline import import_paths

FIXTURE = FIXTURES / "telwg70_report.txt"


@pytest.fixture(scope="module")
def draft() -> DocumentDraft:
    return parse_fixture(FIXTURE.name)


def test_meeting(draft: DocumentDraft) -> None:
    assert draft.kind == "trip_report"
    meeting = draft.meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 70)
    assert (meeting.start_date, meeting.end_date) == (date(2025, 3, 30), date(2025, 4, 2))
    assert (meeting.host_economy, meeting.chair_name) == ("KR", "Hana Lee")
    assert meeting.economies_present == ["KR", "JP", "US", "TW", "TH", "VN", "CL", "SG"]
    assert meeting.economies_absent == ["RU", "PE", "NZ"]
    assert meeting.next_meeting and "TELWG 71" in meeting.next_meeting


def test_sessions_and_updates(draft: DocumentDraft) -> None:
    meeting = draft.meetings[0]
    assert [(s.kind, s.body, s.start, s.end) for s in meeting.sessions] == [
        ("heads_of_delegation", None, "09:00", "12:00"),
        ("plenary", None, "09:00", "17:00"),
        ("steering_group", "DPSG", "09:00", "12:30"),
        ("workshop", None, "14:00", "17:30"),
        ("steering_group", "STSG", "09:00", "12:00"),
    ]
    assert meeting.sessions[3].title_en == "Workshop on Satellite Connectivity for Remote Islands"
    assert meeting.sessions[3].date == date(2025, 4, 1)
    assert all(s.section is not None for s in meeting.sessions)
    by_session = [(meeting.sessions[u.session].body or meeting.sessions[u.session].kind, u.economy) for u in meeting.updates]
    assert by_session == [
        ("plenary", "KR"), ("plenary", "TW"), ("plenary", "VN"), ("plenary", "US"),
        ("DPSG", "JP"), ("DPSG", "TH"), ("DPSG", "CL"),
        ("STSG", "SG"), ("STSG", "TW"), ("STSG", "VN"),
    ]
    taiwan = meeting.updates[1]
    assert "參與本次報告之經濟體" in taiwan.text  # a body line starting with 參 stays body text


def test_people_figures_recommendations(draft: DocumentDraft) -> None:
    roles = {(p.name, p.role): p for p in draft.meetings[0].people}
    assert {name for name, role in roles if role == "delegate"} == {"林大明", "陳小華", "張志遠"}
    assert roles[("張志遠", "delegate")].organization == "國家通訊傳播委員會"
    assert ("林大明", "head_of_delegation") in roles
    assert roles[("Kenji Sato", "convenor")].economy == "JP"
    assert roles[("Somchai Wong", "vice_convenor")].economy == "TH"
    assert roles[("Grace Miller", "convenor")].economy == "US"
    assert ("Ana Torres", "secretariat") in roles
    assert roles[("Taro Yamada", "speaker")].economy == "JP"
    assert [(f.number, f.caption, f.source) for f in draft.figures] == [
        (1, "泰國智慧城市計畫推動架構與 5G 頻譜釋出時程規劃之簡報摘錄", "泰國簡報"),
        (2, "日本離島低軌衛星寬頻實證場域", "團員拍攝"),
    ]
    assert [r.title for r in draft.recommendations] == ["持續參與衛星通訊國際合作", "強化資安人才培育交流", "推動偏遠地區數位包容"]


def test_skipped_level_and_workshop_talks(draft: DocumentDraft) -> None:
    workshop = draft.sections[draft.meetings[0].sessions[3].section]
    talks = [s for s in draft.sections if s.parent == draft.sections.index(workshop)]
    assert [(s.label, s.economies[0]) for s in talks] == [("(1)", "JP"), ("(2)", "US")]
    assert not [s for s in draft.sections if s.heading.strip().isdigit() or "- 1 -" in s.text]


def test_imports_into_a_library(library: Library) -> None:
    outcomes = import_paths(library, [FIXTURE])
    assert [o.status for o in outcomes] == ["added"]
    exported = export_library(library)
    assert len(exported["sessions"]) == 5 and len(exported["figures"]) == 2 and len(exported["recommendations"]) == 3
