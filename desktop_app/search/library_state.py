"""What searches need of the library besides its postings, read once per version of the library.

BM25 needs the library's section and token totals; every hit names its document's title, kind and date; the
newest-first order sorts documents by date, and puts the newest first among sections that score the same.
All of it changes only when the library does. Read per search it was a join on documents, whose rows hold
each document's whole text: reading a search's 25 rows took 92 µs with the join and 46 µs without. The engine
keeps one LibraryState per reader connection and starts a new one when `PRAGMA data_version` says another
connection has written (the reader itself never writes).

A search whose rows come from a write that landed after the state was read (another process importing during
the search) finds a document id the state does not hold: such a section is left out of that search's hits,
as a section removed since its postings were read is.
"""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

import numpy as np

from desktop_app.search.kept_postings import KeptPostings
from desktop_app.search.sorted_ids import positions
from desktop_app.search.tags import kind_tag

Totals = tuple[int, int, int]  # sections, substring tokens and words indexed
_AFTER_ALL = np.iinfo(np.int64).max  # the newest-first place of a section the state does not hold


def read_totals(cursor: sqlite3.Cursor) -> Totals:
    """(sections, tokens, words) indexed, summed over the documents."""
    row = cursor.execute(
        "SELECT coalesce(sum(sections), 0), coalesce(sum(tokens), 0), coalesce(sum(words), 0) FROM search_documents"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


class DocumentFacts(NamedTuple):
    title: str
    kind: str
    published: str | None  # ISO date (a report: its meeting's last day)


class LibraryState:
    """One version of the library as searches see it; each part is read on first use, on that search's
    cursor."""

    def __init__(self, version: int) -> None:
        self.version = version
        self._totals: Totals | None = None
        self._documents: dict[int, DocumentFacts] | None = None
        self._newest_first: tuple[np.ndarray, np.ndarray] | None = None
        self._tagged_sections: np.ndarray | None = None
        self._kind_records: dict[str, np.ndarray] = {}
        self._section_places: np.ndarray | None = None
        self._reported_with: dict[int, tuple[int, ...]] | None = None
        self.kept_postings = KeptPostings()  # what searches of this version decoded, for the next ones

    def totals(self, cursor: sqlite3.Cursor) -> Totals:
        if self._totals is None:
            self._totals = read_totals(cursor)
        return self._totals

    def documents(self, cursor: sqlite3.Cursor) -> dict[int, DocumentFacts]:
        if self._documents is None:
            self._documents = {
                row[0]: DocumentFacts(*row[1:])
                for row in cursor.execute("SELECT id, coalesce(title, ''), coalesce(kind, ''), published FROM documents")
            }
        return self._documents

    def same_meeting(self, cursor: sqlite3.Cursor, meeting_id: int) -> tuple[int, ...]:
        """Every meeting id that reports the same meeting as meeting_id (each agency's trip report, the forum's
        own record: core.models.meeting_key), itself included; (meeting_id,) for an id no meeting has."""
        if self._reported_with is None:
            from desktop_app.core.models import meeting_key

            groups: dict[object, list[int]] = {}
            rows = cursor.execute("SELECT id, forum, number, name, start_date FROM meetings ORDER BY id")
            for row_id, forum, number, name, start in rows:
                groups.setdefault(meeting_key(forum, number, name, start) or ("alone", row_id), []).append(row_id)
            self._reported_with = {row_id: tuple(ids) for ids in groups.values() for row_id in ids}
        return self._reported_with.get(meeting_id, (meeting_id,))

    def kinds(self, cursor: sqlite3.Cursor) -> set[str]:
        return {facts.kind for facts in self.documents(cursor).values()}

    def newest_rank(self, cursor: sqlite3.Cursor, document_ids: np.ndarray) -> np.ndarray:
        """Each document's place when the newest come first (undated ones last, then the most recently added
        first); a document the state does not hold comes after all."""
        if self._newest_first is None:
            self._newest_first = self._order(cursor)
        ids, places = self._newest_first
        if not len(ids):
            return np.zeros(len(document_ids), dtype=np.int64)
        at, present = positions(ids, document_ids)
        return np.where(present, places[at], len(ids))

    def newest_section_rank(self, cursor: sqlite3.Cursor, section_ids: np.ndarray) -> np.ndarray:
        """Each section's document's place when the newest come first (as newest_rank); a section the state
        does not hold comes after all. Ranking breaks equal scores with it: a paragraph that yearly reports
        repeat word for word scores the same in each, and the newest meeting's copy is the one to read."""
        places = self.section_places(cursor)
        if len(section_ids) and int(section_ids.max()) >= len(places):
            return np.where(section_ids < len(places), places[np.minimum(section_ids, len(places) - 1)], _AFTER_ALL)
        return places[section_ids]

    def tagged_sections(self, cursor: sqlite3.Cursor) -> np.ndarray:
        """Every indexed section's (section, document) record (postings.TAGGED), each document's in reading
        order: the kind tags' records, one per section, read once for every search in newest-first order."""
        if self._tagged_sections is None:
            from desktop_app.search import postings  # not at the top: postings → rerank → hits imports this module

            for kind in sorted(self.kinds(cursor)):
                key = kind_tag(kind)
                (joined,) = cursor.execute(postings.READ_KEY, (key,)).fetchone()
                self._kind_records[key] = postings.decode([joined] if joined else [])
            self._tagged_sections = postings.decode(
                [records.tobytes() for records in self._kind_records.values()]
            ).view(postings.TAGGED)
        return self._tagged_sections

    def kind_records(self, key: str) -> np.ndarray | None:
        """A kind tag's records as stored (postings.RECORD), when tagged_sections has read them: a kind filter
        then needs no read of its own (8 bytes for nearly every section of the library: 0.3 ms of a first
        search on the 300-report library)."""
        return self._kind_records.get(key)

    def section_places(self, cursor: sqlite3.Cursor) -> np.ndarray:
        """Each indexed section's document's newest-first place, indexed by section id (_AFTER_ALL for ids
        no section has): a search ranks a hundred-odd tied sections with one look-up, not a binary search."""
        if self._section_places is None:
            tagged = self.tagged_sections(cursor)
            sections = tagged["section"].astype(np.int64)
            places = np.full(int(sections.max()) + 1 if len(sections) else 1, _AFTER_ALL, dtype=np.int64)
            places[sections] = self.newest_rank(cursor, tagged["document"].astype(np.int64))
            self._section_places = places
        return self._section_places

    def _order(self, cursor: sqlite3.Cursor) -> tuple[np.ndarray, np.ndarray]:
        """Document ids ascending, and each one's place in newest-first order."""
        documents = self.documents(cursor)
        newest = sorted(documents, key=lambda document_id: (documents[document_id].published or "", document_id))
        newest.reverse()
        ordered = [i for i in newest if documents[i].published] + [i for i in newest if not documents[i].published]
        ids = np.array(ordered, dtype=np.int64)
        by_id = np.argsort(ids)
        return ids[by_id], by_id
