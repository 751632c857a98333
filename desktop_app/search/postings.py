"""The search's own postings: for each substring-index token, which sections hold it, how often, how long they are.

FTS5 scores a match with bm25() through its auxiliary-function interface, about 1.5 µs a match: a word as
common as 會議 (10 000 sections) cost 12 ms before anything else ran. These postings let NumPy score every match
of a query in one vectorised pass (scoring.py). They sit beside the FTS5 tables, which still decide what
matches wherever a query has a phrase, a prefix or an exclusion.

One row per (key, document): the document's sections that hold the key, as packed records of section id,
column-weighted frequency (heading 8, body 1, title 4, as the substring index's bm25) and the section's length
in tokens. Keys are index tokens (ASCII or Chinese, never holding ":") and filter tags (tags.py: `economy:KR`, `topic:spectrum`,
`kind:trip_report`, `meeting:12`), whose records list the document's sections in reading order. Reading a key
is one index range of at most one row per document. `search_documents` keeps each document's keys, so removing
it deletes exactly its rows, and its section and token counts, from which BM25's averages come.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.search.grams import HAN
from desktop_app.search.rerank import COLUMN_WEIGHTS

# A key's rows joined into one value by SQLite: half the time of fetching a row per document (about 300
# here). group_concat copies each value's bytes whole (its length, not up to a NUL) and the cast gives them
# back untouched; tests/search/test_postings.py holds a key whose records contain NUL and non-UTF-8 bytes.
READ_KEY = "SELECT CAST(group_concat(records, '') AS BLOB) FROM search_postings WHERE key = ?"
RECORD = np.dtype([("section", "<u4"), ("frequency", "<u2"), ("length", "<u2")])
_CAP = np.iinfo(np.uint16).max
EMPTY = np.zeros(0, dtype=RECORD)
_HAN_ONLY = re.compile(rf"[{HAN}]+")


def is_key(token: str) -> bool:
    """Whether a substring token has postings: ASCII or Chinese characters, which the FTS5 index holds exactly
    as written; elsewhere its tokenizer folds case and accents that the tokens keep (É, é), so FTS5 decides."""
    return token.isascii() or _HAN_ONLY.fullmatch(token) is not None


@dataclass(frozen=True)
class SectionEntry:
    """What the postings need of one section: its id, its index tokens per column, and its filter tags."""

    section_id: int
    columns: tuple[Sequence[str], Sequence[str], Sequence[str]]  # heading, body, title tokens
    tags: tuple[str, ...]


@dataclass(frozen=True)
class DocumentPostings:
    rows: list[tuple[str, int, bytes]]  # (key, document id, packed records)
    sections: int
    tokens: int


def document_postings(document_id: int, entries: Iterable[SectionEntry]) -> DocumentPostings:
    """The rows of one document's postings, entries given in reading order.

    All records go into one array, ordered by key (stable, so each key's sections stay in reading order), and
    each row is a slice of its bytes: one NumPy array per key was most of the postings' share of an import.
    """
    keys: dict[str, int] = {}
    key_numbers: list[int] = []
    records: list[tuple[int, int, int]] = []
    sections = tokens = 0
    for entry in entries:
        length = sum(len(column) for column in entry.columns)
        sections += 1
        tokens += length
        weighted: Counter[str] = Counter()
        for weight, column in zip(COLUMN_WEIGHTS, entry.columns):
            if column:
                counts = Counter(column)
                if weight != 1:
                    counts = Counter({token: int(weight) * count for token, count in counts.items()})
                weighted.update(counts)
        capped_length = min(length, _CAP)
        for token, frequency in weighted.items():
            key_numbers.append(keys.setdefault(token, len(keys)))
            records.append((entry.section_id, min(frequency, _CAP), capped_length))
        for tag in entry.tags:
            key_numbers.append(keys.setdefault(tag, len(keys)))
            records.append((entry.section_id, 0, 0))
    if not records:
        return DocumentPostings([], sections, tokens)
    numbers = np.array(key_numbers)
    order = np.argsort(numbers, kind="stable")
    packed = np.array(records, dtype=RECORD)[order].tobytes()
    bounds = np.searchsorted(numbers[order], np.arange(len(keys) + 1)) * RECORD.itemsize
    rows = [
        (key, document_id, packed[bounds[number] : bounds[number + 1]])
        for key, number in keys.items()
        if is_key(key) or ":" in key
    ]
    return DocumentPostings(rows, sections, tokens)


def decode(blobs: Iterable[bytes]) -> np.ndarray:
    """Records of several rows as one array."""
    joined = b"".join(blobs)
    return np.frombuffer(joined, dtype=RECORD) if joined else EMPTY


def by_section(records: np.ndarray) -> np.ndarray:
    """Records in section-id order (rows come in document order, which is already section order unless a
    library's ids were reused)."""
    sections = records["section"]
    if len(sections) > 1 and not bool(np.all(sections[1:] > sections[:-1])):
        return records[np.argsort(sections, kind="stable")]
    return records
