"""Meetings to choose from, labelled as the tree lists them (Qt-free)."""

from __future__ import annotations

from pathlib import Path

from brief_drafts import telwg68_draft

from desktop_app.core import queries
from desktop_app.services import open_library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.meeting_choices import meeting_choices, meeting_label, reported_meetings


def test_a_meeting_is_offered_by_its_forum_number_and_month(tmp_path: Path) -> None:
    library = open_library(tmp_path / "library.sqlite")
    try:
        library.add_document(telwg68_draft())
        meeting = queries.meetings(library)[0]
        assert meeting_label(meeting, Strings("zh")) == "TELWG 68 · 2024年5月"
        assert meeting_choices(library, Strings("en")) == [("TELWG 68 · May 2024", meeting.id)]
        assert meeting_choices(library, Strings("en"), reports=False) == [("TELWG 68 · May 2024", meeting.id)]
        assert [[mt.id for mt in group] for group in reported_meetings(library)] == [[meeting.id]]
    finally:
        library.close()
