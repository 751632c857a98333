"""Document frequencies of jieba words for re-ranking, remembered until the library's search index changes.

The word index's `fts5vocab` table counts a word's documents by walking its whole doclist (0.2 ms for 會議,
and again on every search): re-ranking needs only the count, and it only changes when a document is added
or removed. The index generation (scoring.Scorer.generation: documents, highest document id, sections and
tokens indexed) moves with every import and removal, so a count is kept until it moves.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Sequence

MAX_REMEMBERED = 20_000


class WordFrequencies:
    """Word → number of sections holding it, for one library; safe to share between search threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._generation: tuple | None = None
        self._known: dict[str, int] = {}

    def of(self, cursor: sqlite3.Cursor, generation: tuple, words: Sequence[str]) -> dict[str, int]:
        with self._lock:
            if generation != self._generation or len(self._known) > MAX_REMEMBERED:
                self._known = {}
                self._generation = generation
            known = self._known
        missing = [word for word in words if word not in known]
        if missing:
            found = dict.fromkeys(missing, 0)
            found.update(
                cursor.execute(
                    "SELECT term, doc FROM search_words_vocab WHERE term IN (SELECT value FROM json_each(?))",
                    (json.dumps(missing),),
                ).fetchall()
            )
            with self._lock:
                if generation == self._generation:
                    known.update(found)
            return {word: int(found.get(word, known.get(word, 0))) for word in words}
        return {word: known[word] for word in words}
