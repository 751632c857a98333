"""The Library on real SQLite files: one transaction per document, de-duplication, cascading removal, file choice."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop_app.core import models as m
from desktop_app.core.drafts import (
    DocumentDraft,
    FigureDraft,
    MeetingDraft,
    PersonDraft,
    RecommendationDraft,
    SectionDraft,
    SessionDraft,
    UpdateDraft,
)
from desktop_app.core.library import Library, default_library_path
from desktop_app.services import open_library

EXTRACTED_TABLES = (m.Section, m.Meeting, m.AgendaSession, m.CountryUpdate, m.Person, m.Role, m.Figure, m.Recommendation)


def _draft(sha: str, person: str = "王小明", meeting: str = "TEL 67") -> DocumentDraft:
    """A small trip report with one of everything, linked by list positions as parsers link them."""
    return DocumentDraft(
        title=f"出席{meeting}報告",
        kind="trip_report",
        source=f"{sha[:6]}.txt",
        sha256=sha * 64 if len(sha) == 1 else sha,
        text="報告全文",
        published=date(2024, 5, 10),
        economies=["TW", "JP"],
        sections=[
            SectionDraft(level=0, label="壹、", heading="會議過程"),
            SectionDraft(level=1, label="一、", heading="日本報告", text="日本介紹5G政策。", parent=0, economies=["JP"]),
        ],
        meetings=[
            MeetingDraft(
                name=meeting,
                forum="APEC TELWG",
                start_date=date(2024, 5, 4),
                end_date=date(2024, 5, 9),
                sessions=[SessionDraft(title="全體會議", kind="plenary", date=date(2024, 5, 6), start="09:00", section=0)],
                updates=[UpdateDraft(economy="JP", heading="日本報告", text="日本介紹5G政策。", session=0, section=1)],
                people=[PersonDraft(name=person, role="delegate", organization="NCC", economy="TW")],
            )
        ],
        figures=[FigureDraft(number=1, caption="會場", source="NCC", section=0)],
        recommendations=[RecommendationDraft(title="持續參與", text="建議持續派員出席。", section=0)],
    )


def _counts(library: Library) -> dict[str, int]:
    with library.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.Document, *EXTRACTED_TABLES)
        }


def test_add_writes_the_document_and_everything_extracted(library: Library) -> None:
    result = library.add_document(_draft("a"))
    assert result.status == "added"
    assert _counts(library) == {
        "documents": 1, "sections": 2, "meetings": 1, "agenda_sessions": 1, "country_updates": 1,
        "people": 1, "roles": 1, "figures": 1, "recommendations": 1,
    }
    with library.session() as session:
        child = session.scalars(select(m.Section).where(m.Section.label == "一、")).one()
        parent = session.scalars(select(m.Section).where(m.Section.label == "壹、")).one()
        update = session.scalars(select(m.CountryUpdate)).one()
        agenda = session.scalars(select(m.AgendaSession)).one()
        assert (child.parent_id, child.path, child.position) == (parent.id, ["會議過程"], 1)
        assert (update.section_id, update.session_id) == (child.id, agenda.id)
        assert agenda.section_id == parent.id


def test_a_write_failing_midway_leaves_the_library_as_it_was(library: Library) -> None:
    library.add_document(_draft("a"))
    before = _counts(library)
    broken = _draft("b", person="李四", meeting="TEL 68")
    broken.meetings[0].updates.append(UpdateDraft(economy="KR", heading="韓國", text="…", session=7))
    with pytest.raises(IndexError):
        library.add_document(broken)
    assert _counts(library) == before
    assert library.find_by_sha256("b" * 64) is None
    broken.meetings[0].updates.pop()
    assert library.add_document(broken).status == "added"


def test_a_document_read_again_keeps_its_id_and_people_and_a_failure_keeps_the_old_reading(library: Library) -> None:
    first = library.add_document(_draft("a", person="王小明", meeting="TEL 67"))
    with library.session() as session:
        person_id = session.scalars(select(m.Person.id)).one()
    again = _draft("a", person="王小明", meeting="TEL 67 (read again)")
    again.sections.append(SectionDraft(level=1, label="二、", heading="韓國報告", text="韓國", parent=0))
    assert library.replace_document(first.document_id, again) == type(first)("refreshed", first.document_id, again.title)
    counts = _counts(library)
    assert (counts["documents"], counts["sections"], counts["meetings"], counts["people"]) == (1, 3, 1, 1)
    with library.session() as session:
        assert session.scalars(select(m.Person.id)).one() == person_id
        assert session.scalars(select(m.Meeting.name)).one() == "TEL 67 (read again)"
    broken = _draft("a", person="李四")
    broken.meetings[0].updates.append(UpdateDraft(economy="KR", heading="韓國", text="…", session=7))
    with pytest.raises(IndexError):
        library.replace_document(first.document_id, broken)
    assert _counts(library) == counts  # nothing half-written, nothing lost
    with pytest.raises(LookupError):
        library.replace_document(999, again)


def test_the_same_content_is_skipped_not_added_twice(library: Library) -> None:
    first = library.add_document(_draft("a"))
    again = library.add_document(replace(_draft("a"), source="renamed copy.txt"))
    assert (again.status, again.document_id) == ("skipped", first.document_id)
    assert library.document_count() == 1


def test_remove_takes_everything_extracted_with_it(library: Library) -> None:
    document_id = library.add_document(_draft("a")).document_id
    assert library.remove_document(document_id) is True
    assert set(_counts(library).values()) == {0}
    assert library.remove_document(document_id) is False


def test_people_shared_by_two_meetings_survive_removing_one(library: Library) -> None:
    first = library.add_document(_draft("a", meeting="TEL 67")).document_id
    second = library.add_document(_draft("b", meeting="TEL 68")).document_id
    with library.session() as session:
        person = session.scalars(select(m.Person)).one()
        assert len(person.roles) == 2
    library.remove_document(first)
    with library.session() as session:
        person = session.scalars(select(m.Person)).one()
        assert [role.meeting.name for role in person.roles] == ["TEL 68"]
    library.remove_document(second)
    assert _counts(library)["people"] == 0


def test_removing_every_seed_empties_every_table(seeded_library: Library) -> None:
    before = _counts(seeded_library)
    assert before["documents"] == 2 and before["sections"] > 0
    with seeded_library.session() as session:
        ids = session.scalars(select(m.Document.id)).all()
    for document_id in ids:
        assert seeded_library.remove_document(document_id)
    assert set(_counts(seeded_library).values()) == {0}


def test_library_file_uses_wal_and_enforces_foreign_keys(library: Library) -> None:
    library.add_document(_draft("a"))
    with library.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    reader = sqlite3.connect(library.path)
    assert reader.execute("SELECT count(*) FROM documents").fetchone() == (1,)
    reader.close()


def test_telref_db_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = tmp_path / "elsewhere" / "mine.sqlite"
    monkeypatch.setenv("TELREF_DB", str(chosen))
    assert default_library_path() == chosen
    library = open_library()
    library.close()
    assert library.path == chosen and chosen.exists()


def test_default_file_lives_in_the_user_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TELREF_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_library_path() == tmp_path / "data" / "TelRef" / "library.sqlite"


def _open_handles(path: Path) -> int:
    """This process's open file descriptors on the library file (Linux)."""
    found = 0
    for fd in Path("/proc/self/fd").iterdir():
        try:
            found += Path(os.readlink(fd)) == path.resolve()
        except OSError:
            continue
    return found


def test_readers_hold_no_snapshot_and_are_given_back_on_close(seeded_library_file: Path, tmp_path: Path) -> None:
    """A reader per thread: between reads it keeps no transaction open (a writer's checkpoint empties the
    log), and closing the library closes every thread's reader."""
    path = tmp_path / "library.sqlite"
    shutil.copy(seeded_library_file, path)
    library = Library(path)
    main_reader = library.reader()
    assert main_reader.execute("SELECT count(*) FROM sections").fetchone()[0] > 0
    assert library.reader() is main_reader
    others: list[sqlite3.Connection] = []
    worker = threading.Thread(target=lambda: others.append(library.reader()))
    worker.start()
    worker.join()
    assert others and others[0] is not main_reader
    with library.transaction() as session:
        session.execute(text("UPDATE documents SET title = title || ' (revised)'"))
    writer = sqlite3.connect(path)
    busy, _log, _checkpointed = writer.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    writer.close()
    assert busy == 0
    assert _open_handles(path) > 0
    library.close()
    assert _open_handles(path) == 0


def _ids(library: Library, document_id: int) -> dict[str, list[int]]:
    with library.session() as session:
        meeting_ids = list(session.scalars(select(m.Meeting.id).where(m.Meeting.document_id == document_id)))
        return {
            "sections": list(session.scalars(
                select(m.Section.id).where(m.Section.document_id == document_id).order_by(m.Section.position))),
            "meetings": meeting_ids,
            "sessions": list(session.scalars(select(m.AgendaSession.id).where(m.AgendaSession.meeting_id.in_(meeting_ids)))),
            "updates": list(session.scalars(select(m.CountryUpdate.id).where(m.CountryUpdate.meeting_id.in_(meeting_ids)))),
        }


def test_a_document_read_again_keeps_the_addresses_of_its_sections_meetings_sessions_and_updates(tmp_path: Path) -> None:
    """Bookmarks and history name sections, meetings, sessions and updates by id: a reading that gave them new
    ids left every one of them on "this page no longer exists"."""
    library = open_library(tmp_path / "kept.sqlite")
    first = library.add_document(_draft("a"))
    library.add_document(_draft("b", person="李四", meeting="TEL 68"))  # rows after it: a new reading's ids differ
    before = _ids(library, first.document_id)
    again = _draft("a", meeting="TEL 67 (read again)")
    again.sections.append(SectionDraft(level=1, label="二、", heading="韓國報告", text="韓國頻譜拍賣", parent=0))
    library.replace_document(first.document_id, again)
    after = _ids(library, first.document_id)
    assert after["sections"][:2] == before["sections"] and after["sections"][2] not in before["sections"]
    assert {key: after[key] for key in ("meetings", "sessions", "updates")} == {
        key: before[key] for key in ("meetings", "sessions", "updates")}
    with library.session() as session:
        child = session.get_one(m.Section, before["sections"][1])
        update = session.get_one(m.CountryUpdate, before["updates"][0])
        agenda = session.get_one(m.AgendaSession, before["sessions"][0])
        assert (child.parent_id, child.heading) == (before["sections"][0], "日本報告")
        assert (update.section_id, update.session_id, agenda.section_id) == (
            before["sections"][1], before["sessions"][0], before["sections"][0])
        assert session.scalar(select(m.Meeting.name).where(m.Meeting.id == before["meetings"][0])) == "TEL 67 (read again)"
        assert session.connection().exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        indexed = {row[0] for row in session.connection().exec_driver_sql("SELECT rowid FROM search_grams")}
    assert set(after["sections"]) <= indexed, "the search index names the sections by their kept ids"
    library.close()
