"""Second-stage ranking of the best candidates by substring BM25 (see engine.py).

Re-scoring reads each candidate's stored text, so the engine takes the top candidates by the substring
BM25 (scoring.py) and re-scores only those, in blocks that never mix: a candidate stays in its block of
RERANK_BLOCK, and only the order inside a block changes, so pages never repeat or skip. A block of 25 keeps
the reading of stored text small while a heading about the query, weighted 8 in the first stage, still comes
well inside the first block. Re-scoring reads the
indexes' stored text of each candidate (no re-segmenting):

- word score: BM25 of the query's jieba words over the section's stored jieba words (so 資安 counts as a
  word where jieba found it, not inside 物資安全), document frequencies from the word index;
- ×HEADING_FACTOR when the heading holds every required term, ×PHRASE_FACTOR when the section holds the
  whole query as one phrase.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.search.grams import Phrase

RERANK_BLOCK = 25  # the first stage already weights headings 8x; a smaller block reads less stored text
WORD_WEIGHT = 0.5
HEADING_FACTOR = 3.0
PHRASE_FACTOR = 2.0
COLUMN_WEIGHTS = (8.0, 1.0, 4.0)  # heading, body, title: as in the substring index's bm25
K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Candidate:
    section_id: int
    base: float  # the substring index's BM25, higher is better
    grams: tuple[str, ...]  # stored substring-index heading, then body and title when a whole phrase is checked
    words: tuple[str, str, str]  # stored jieba words: heading, body, title


def word_scores(candidates: Sequence[Candidate], idf: dict[str, float]) -> list[float]:
    """BM25 of the query words over each candidate's stored jieba words, columns weighted.

    The stored words are single-space separated (segmenter.index_words), so a column's length is its spaces
    plus one and str.count of " word " finds a word's tokens: splitting every candidate's words into lists was
    the larger part of re-ranking. Only where a word stands twice in a row (the count would miss one of the
    pair) is the column split.
    """
    if not idf:
        return [0.0] * len(candidates)
    lengths = []
    counts = []
    for candidate in candidates:
        weighted: dict[str, float] = {}
        length = 0.0
        for weight, column in zip(COLUMN_WEIGHTS, candidate.words):
            if not column:
                continue
            length += weight * (column.count(" ") + 1)
            padded = f" {column} "
            for word in idf:
                found = _token_count(padded, word)
                if found:
                    weighted[word] = weighted.get(word, 0.0) + weight * found
        lengths.append(length)
        counts.append(weighted)
    average = (sum(lengths) / len(lengths)) or 1.0
    scores = []
    for length, weighted in zip(lengths, counts):
        norm = K1 * (1 - B + B * length / average)
        scores.append(sum(idf[word] * tf * (K1 + 1) / (tf + norm) for word, tf in weighted.items()))
    return scores


def _token_count(padded: str, word: str) -> int:
    """How many of the space-separated tokens of padded (" a b c ") are word."""
    found = padded.count(f" {word} ")
    if found and f" {word} {word} " in padded:
        return padded.split().count(word)
    return found


def idf_of(document_frequency: int, total: int) -> float:
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))


def rerank(
    candidates: Sequence[Candidate],
    idf: dict[str, float],
    clauses: Sequence[Sequence[Phrase]],
    whole: Phrase | None,
) -> list[tuple[int, float]]:
    """(section id, score) in final order; candidates come in substring-BM25 order.

    Word scores are worked out block by block (the length average inside BM25 is the block's), so a block's
    order is the same however many blocks a page needed fetched: paging by 7 gives the same list as one page
    of 1000.
    """
    words = [
        score
        for start in range(0, len(candidates), RERANK_BLOCK)
        for score in word_scores(candidates[start : start + RERANK_BLOCK], idf)
    ]
    scored = []
    for position, (candidate, word_score) in enumerate(zip(candidates, words)):
        score = candidate.base + WORD_WEIGHT * word_score
        heading = candidate.grams[0]
        if clauses and all(any(phrase.stands_in(heading) for phrase in clause) for clause in clauses):
            score *= HEADING_FACTOR
        if whole is not None and any(whole.stands_in(column) for column in candidate.grams):
            score *= PHRASE_FACTOR
        scored.append((position // RERANK_BLOCK, -score, candidate.section_id, score))
    scored.sort()
    return [(section_id, score) for _block, _negative, section_id, score in scored]
