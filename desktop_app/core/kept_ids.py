"""A document read again keeps the ids of its sections, meetings, sessions and updates, so their pages keep
their addresses: bookmarks, Back and Forward and the page last open still find them (`telref import --refresh`
and the window's "read again" promise it).

The rows are written afresh (draft_writer gives them new ids); each is then given the id of the row it replaces,
matched by where it stands in the document (a section by its position, a session by its meeting and place in
the schedule, an update by its meeting, economy and order), and every column pointing at it follows. A row the
new reading adds keeps a new id; a page the new reading no longer has is gone.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop_app.core import models as m

Keys = dict[str, dict[tuple, int]]  # table → (where the row stands) → id

# Each table's rows of one document, in an order whose enumeration (per the key's leading columns) places them.
_ROWS = {
    "sections": "SELECT id, position FROM sections WHERE document_id = :doc",
    "meetings": "SELECT id FROM meetings WHERE document_id = :doc ORDER BY id",
    "agenda_sessions": (
        "SELECT s.id, s.meeting_id, s.position FROM agenda_sessions s JOIN meetings mt ON mt.id = s.meeting_id "
        "WHERE mt.document_id = :doc ORDER BY s.meeting_id, s.position, s.id"
    ),
    "country_updates": (
        "SELECT u.id, u.meeting_id, u.economy FROM country_updates u JOIN meetings mt ON mt.id = u.meeting_id "
        "WHERE mt.document_id = :doc ORDER BY u.meeting_id, u.id"
    ),
}


def ids_by_place(session: Session, document_id: int) -> Keys:
    """The ids of a document's rows, keyed by where each stands in it (not by an id, which a new reading
    changes)."""
    meeting_rank = {
        row[0]: rank for rank, row in enumerate(session.execute(text(_ROWS["meetings"]), {"doc": document_id}))
    }
    keys: Keys = {"meetings": {(rank,): meeting_id for meeting_id, rank in meeting_rank.items()}}
    keys["sections"] = {
        (position,): section_id
        for section_id, position in session.execute(text(_ROWS["sections"]), {"doc": document_id})
    }
    keys["agenda_sessions"] = {}
    for session_id, meeting_id, position in session.execute(text(_ROWS["agenda_sessions"]), {"doc": document_id}):
        keys["agenda_sessions"].setdefault((meeting_rank[meeting_id], position), session_id)
    keys["country_updates"] = {}
    seen: dict[tuple, int] = defaultdict(int)
    for update_id, meeting_id, economy in session.execute(text(_ROWS["country_updates"]), {"doc": document_id}):
        place = (meeting_rank[meeting_id], economy)
        keys["country_updates"][(*place, seen[place])] = update_id
        seen[place] += 1
    return keys


def give_back_ids(session: Session, document_id: int, before: Keys) -> None:
    """The document's new rows take the ids of the rows they replace (before: ids_by_place of the old
    reading, taken before it was deleted). Call after the new rows are flushed and before anything reads
    them by id (the search index); the session's objects are stale after it."""
    session.execute(text("PRAGMA defer_foreign_keys = ON"))  # a row and what points at it move one at a time
    session.execute(text("CREATE TEMP TABLE IF NOT EXISTS kept_id_moves (old INTEGER PRIMARY KEY, new INTEGER)"))
    after = ids_by_place(session, document_id)
    for table in ("sections", "meetings", "agenda_sessions", "country_updates"):
        old, new = before.get(table, {}), after[table]
        if not new:
            continue
        # out of the way first: a new id may be the old id of another place
        _move(session, table, {row_id: -row_id for row_id in new.values()})
        kept = {new[place]: old[place] for place in new if place in old}
        highest = session.execute(text(f"SELECT COALESCE(MAX(id), 0) FROM {table}")).scalar_one()
        free = max([highest, *kept.values()]) + 1
        added = [row_id for row_id in new.values() if row_id not in kept]
        final = {**kept, **{row_id: free + offset for offset, row_id in enumerate(added)}}
        _move(session, table, {-row_id: target for row_id, target in final.items()})
    session.execute(text("DROP TABLE kept_id_moves"))
    session.expunge_all()


def _move(session: Session, table: str, moves: dict[int, int]) -> None:
    """Rows of table from one id to another, with every column that points at them."""
    session.execute(text("DELETE FROM kept_id_moves"))
    session.execute(
        text("INSERT INTO kept_id_moves (old, new) VALUES (:old, :new)"),
        [{"old": old, "new": new} for old, new in moves.items()],
    )
    for name, column in [(table, "id"), *_references(table)]:
        session.execute(
            text(
                f"UPDATE {name} SET {column} = (SELECT new FROM kept_id_moves WHERE old = {name}.{column}) "
                f"WHERE {column} IN (SELECT old FROM kept_id_moves)"
            )
        )


def _references(table: str) -> list[tuple[str, str]]:
    """Every (table, column) whose foreign key points at table's id, read from the models."""
    return [
        (other.name, key.parent.name)
        for other in m.Base.metadata.sorted_tables
        for key in other.foreign_keys
        if key.column.table.name == table and key.column.name == "id"
    ]
