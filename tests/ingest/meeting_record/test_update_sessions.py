"""An agenda item holding the economies' reports is the session they were given in (3. Economy Reports), unless a
session already holds it."""

from __future__ import annotations

from desktop_app.core.drafts import SessionDraft
from desktop_app.ingest.meeting_record.updates import find_updates, with_update_sessions
from desktop_app.ingest.outline import OutlineSection
from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_the_economy_reports_item_is_the_updates_session() -> None:
    meeting = parse_fixture("summary_record_titles_after_names.txt").meetings[0]
    assert [(s.title, s.kind, s.body) for s in meeting.sessions] == [
        ("Economy Reports", "plenary", None),
        ("Steering Group Reports: DPSG", "steering_group", "DPSG"),
        ("Steering Group Reports: STSG", "steering_group", "STSG"),
    ]
    assert [(u.economy, u.session) for u in meeting.updates] == [("KR", 0), ("SG", 0), ("TW", 0)]
    assert [(p.name, p.role) for p in meeting.people][:3] == [
        ("Victor Manuel Martinez Vanegas", "chair"), ("Aiko Sato", "vice_chair"), ("Laura Fernández", "speaker")
    ]


def _outline(*sections: tuple[str, str, int | None, list[str]]) -> list[OutlineSection]:
    return [OutlineSection(1, 1, label, heading, parent, paragraphs) for label, heading, parent, paragraphs in sections]


def test_an_item_a_session_already_holds_adds_none() -> None:
    outline = _outline(
        ("1.", "Plenary Session", None, []),
        ("1.1", "Economy Reports", 0, ["Korea reported on its AI Basic Act."]),
    )
    plenary = SessionDraft("Plenary Session", "plenary", section=0)
    sessions = with_update_sessions([plenary], outline, None, None)
    assert sessions == [plenary]
    assert [(u.economy, u.session) for u in find_updates(outline, sessions)] == [("KR", 0)]


def test_an_item_with_no_economy_s_report_is_no_session() -> None:
    outline = _outline(("3.", "Economy Reports", None, ["The Chair invited economies to send their reports."]))
    assert with_update_sessions([], outline, None, None) == []
