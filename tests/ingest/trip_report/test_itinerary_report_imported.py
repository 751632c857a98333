"""Reports with an itinerary, speakers and reflections imported into a real library: the export holds only the
meeting days as sessions and only the economies' reports as updates."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.export import export_library
from desktop_app.ingest.pipeline import import_paths
from desktop_app.services import open_library

from tests.ingest.trip_report.report_fixtures import FIXTURES

REPORTS = ("tel68_no_cover_itinerary_travel_days.txt", "tel70_itinerary_speakers_reflections.txt")


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    library = open_library(tmp_path_factory.mktemp("itinerary") / "library.sqlite")
    try:
        outcomes = import_paths(library, [FIXTURES / name for name in REPORTS])
        assert [o.status for o in outcomes] == ["added", "added"], [o.describe() for o in outcomes]
        return export_library(library)
    finally:
        library.close()


def _meeting_id(export: dict[str, Any], source: str) -> int:
    document = next(d for d in export["documents"] if d["source"] == source)
    return next(m["id"] for m in export["meetings"] if m["document_id"] == document["id"])


def test_travel_days_are_no_sessions_and_a_line_of_two_sessions_gives_two(export: dict[str, Any]) -> None:
    meeting = _meeting_id(export, REPORTS[0])
    sessions = [(s["date"], s["start"], s["end"], s["title"]) for s in export["sessions"] if s["meeting_id"] == meeting]
    assert sessions[:2] == [("2024-05-04", "09:00", "12:00", "團長會議"), ("2024-05-04", "14:00", "17:00", "第一次大會")]
    assert len(sessions) == 5 and not any("搭機" in title or "抵達" in title for *_rest, title in sessions)


def test_speakers_and_reflections_give_no_updates(export: dict[str, Any]) -> None:
    meeting = _meeting_id(export, REPORTS[1])
    sections = {s["id"]: s["heading"] for s in export["sections"]}
    updates = [(u["economy"], sections[u["section_id"]]) for u in export["updates"] if u["meeting_id"] == meeting]
    assert updates == [("TW", "我國"), ("US", "美國"), ("AU", "澳洲")]
