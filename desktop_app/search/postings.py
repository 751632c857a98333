"""The search's own postings: for each key, which sections hold it, how often, how long they are.

FTS5 scores a match with bm25() through its auxiliary-function interface, about 1.5 µs a match: a word as
common as 會議 (10 000 sections) cost 12 ms before anything else ran. These postings let NumPy score every match
of a query in one vectorised pass (scoring.py). They sit beside the FTS5 substring index, which still decides
what matches wherever a query has a phrase, a prefix or an exclusion.

Records are packed: section id, column-weighted frequency (heading 8, body 1, title 4, as the substring
index's bm25) and the section's length. Keys are of four kinds:

- substring-index tokens (ASCII or Chinese, never holding ":"), length in tokens as FTS5 counts it;
- jieba's search-mode words (tags.word_key, `word:频谱`), for re-ranking by words: length in words, weighted
  by column like the frequency, so a heading's words weigh what they weigh in the frequency;
- a number and a Latin word side by side among the substring tokens (tags.pair_key, `pair:5 g`), which
  answer such a two-token phrase (5G, IPv6) without FTS5: length in tokens, as the tokens';
- filter tags (tags.py: `economy:KR`, `topic:spectrum`, `kind:trip_report`, `meeting:12`), whose records hold
  the section and its document (TAGGED) in reading order, for browsing newest documents first.

One row per (key, block of BLOCK_DOCUMENTS consecutive document ids): an import appends the document's records
to its block's row of each key (SQLite concatenates them), and removing a document rewrites those rows
without its sections. Reading a key is then a few rows, not one per document: a row per document made reading
a key cost about 0.3 µs a document. `search_documents` keeps each document's keys, so a removal touches
exactly its rows, and its section, token and word counts, from which BM25's averages come.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from desktop_app.search.grams import HAN
from desktop_app.search.rerank import COLUMN_WEIGHTS
from desktop_app.search.tags import PAIR_PREFIX, WORD_PREFIX

# A key's rows joined into one value by SQLite (in the table's order, by block; a document's records stay
# together in one row either way): half the time of fetching its rows one by one.
# Concatenation (group_concat here, || where an import appends) copies each value's bytes whole (its length,
# not up to a NUL) and the cast gives them back untouched; tests/search/test_postings.py holds records with
# NUL and non-UTF-8 bytes.
READ_KEY = "SELECT CAST(group_concat(records, '') AS BLOB) FROM search_postings WHERE key = ?"
# Every key that starts with a text (a primary-key range: the text, then the text followed by the last code point).
READ_KEYS_STARTING = (
    "SELECT CAST(group_concat(records, '') AS BLOB) FROM search_postings WHERE key >= ? AND key < ? "
    "GROUP BY key LIMIT ?"
)
LAST_CHARACTER = "\U0010ffff"
APPEND = (
    "INSERT INTO search_postings(key, block, records) VALUES (?, ?, ?) "
    "ON CONFLICT(key, block) DO UPDATE SET records = CAST(records || excluded.records AS BLOB)"
)
BLOCK_DOCUMENTS = 16
RECORD = np.dtype([("section", "<u4"), ("frequency", "<u2"), ("length", "<u2")])
TAGGED = np.dtype([("section", "<u4"), ("document", "<u4")])  # a tag's records, same size as RECORD
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
    words: tuple[Sequence[str], Sequence[str], Sequence[str]] = ((), (), ())  # heading, body, title jieba words
    pairs: tuple[Sequence[str], Sequence[str], Sequence[str]] = ((), (), ())  # each column's grams.mixed_pairs


def block_of(document_id: int) -> int:
    return document_id // BLOCK_DOCUMENTS


@dataclass(frozen=True)
class DocumentPostings:
    rows: list[tuple[str, int, bytes]]  # (key, block, packed records)
    sections: int
    tokens: int
    words: int  # column-weighted, as the word records' lengths


def document_postings(document_id: int, entries: Iterable[SectionEntry]) -> DocumentPostings:
    """The rows of one document's postings, entries given in reading order.

    Every occurrence of a key becomes (key number, section position, column weight); NumPy then sums the
    weights of each (key, section) pair in one sort, which also orders the records by key and, within a key,
    by reading order. Each row is a slice of one packed array's bytes. Counting per section in Python
    (a Counter per column) was most of the postings' share of an import.
    """
    keys: dict[str, int] = {}
    number = keys.setdefault
    occurrences: list[int] = []  # key numbers, in the order of positions and weights below
    positions: list[int] = []
    weights: list[int] = []
    section_ids: list[int] = []
    token_lengths: list[int] = []
    word_lengths: list[int] = []
    for position, entry in enumerate(entries):
        section_ids.append(entry.section_id)
        token_lengths.append(sum(len(column) for column in entry.columns))
        word_lengths.append(sum(int(weight) * len(column) for weight, column in zip(COLUMN_WEIGHTS, entry.words)))
        for prefix, columns in (("", entry.columns), (WORD_PREFIX, entry.words), (PAIR_PREFIX, entry.pairs)):
            for weight, column in zip(COLUMN_WEIGHTS, columns):
                if column:
                    named = [prefix + key for key in column] if prefix else column  # tags.word_key, tags.pair_key
                    occurrences += [number(key, len(keys)) for key in named]
                    positions += [position] * len(column)
                    weights += [int(weight)] * len(column)
        occurrences += [number(tag, len(keys)) for tag in entry.tags]
        positions += [position] * len(entry.tags)
        weights += [0] * len(entry.tags)
    sections, tokens, words = len(section_ids), sum(token_lengths), sum(word_lengths)
    if not occurrences:
        return DocumentPostings([], sections, tokens, words)
    pairs, inverse = np.unique(np.array(occurrences, dtype=np.int64) * sections + positions, return_inverse=True)
    frequency = np.bincount(inverse, weights=weights, minlength=len(pairs))
    key_numbers, section_positions = np.divmod(pairs, sections)
    kinds = np.array([_kind(key) for key in keys], dtype=np.int8)[key_numbers]
    lengths = np.select(
        [kinds == _TOKEN, kinds == _WORD],
        [np.array(token_lengths)[section_positions], np.array(word_lengths)[section_positions]],
        0,
    )
    records = np.zeros(len(pairs), dtype=RECORD)
    records["section"] = np.array(section_ids, dtype=np.int64)[section_positions]
    records["frequency"] = np.minimum(frequency, _CAP)
    records["length"] = np.minimum(lengths, _CAP)
    records.view(TAGGED)["document"][kinds == _TAG] = document_id
    packed = records.tobytes()
    bounds = np.searchsorted(key_numbers, np.arange(len(keys) + 1)) * RECORD.itemsize
    block = block_of(document_id)
    rows = [
        (key, block, packed[bounds[index] : bounds[index + 1]])
        for key, index in keys.items()
        if ":" in key or is_key(key)
    ]
    return DocumentPostings(rows, sections, tokens, words)


_TOKEN, _WORD, _TAG = 0, 1, 2


def _kind(key: str) -> int:
    """Which length a key's records carry: a pair's is its section's in tokens, as a token's."""
    if ":" not in key or key.startswith(PAIR_PREFIX):
        return _TOKEN
    return _WORD if key.startswith(WORD_PREFIX) else _TAG


def without_sections(blob: bytes, sections: np.ndarray) -> bytes:
    """A row's records without those of the given sections (a removed document's)."""
    records = np.frombuffer(blob, dtype=RECORD)
    return records[~np.isin(records["section"], sections)].tobytes()


def decode(blobs: Iterable[bytes]) -> np.ndarray:
    """Records of several rows as one array."""
    joined = b"".join(blobs)
    return np.frombuffer(joined, dtype=RECORD) if joined else EMPTY


def by_section(records: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Records in section-id order, and their section ids as one contiguous int64 array (rows come in
    document order, which is already section order unless a library's ids were reused). The ids are taken
    out of the packed records once, and the order checked on them: a search reads them for every key."""
    sections = records["section"].astype(np.int64)
    if len(sections) > 1 and not bool(np.all(sections[1:] > sections[:-1])):
        order = np.argsort(sections, kind="stable")
        return records[order], sections[order]
    return records, sections
