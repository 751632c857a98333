"""Second-stage ranking of the best candidates by substring BM25 (see engine.py).

Scoring every match with several FTS5 queries is what made common words slow, so the engine takes the top
candidates by the substring index's BM25 and re-scores only those, in blocks that never mix: a candidate
stays in its block of RERANK_BLOCK, and only the order inside a block changes, so pages never repeat or skip.
Re-scoring reads the indexes' stored text of each candidate (no re-segmenting):

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

RERANK_BLOCK = 100
WORD_WEIGHT = 0.5
HEADING_FACTOR = 3.0
PHRASE_FACTOR = 2.0
COLUMN_WEIGHTS = (8.0, 1.0, 4.0)  # heading, body, title: as in the substring index's bm25
K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Candidate:
    section_id: int
    base: float  # the substring index's BM25, higher is better
    grams: tuple[str, str, str]  # stored index text: heading, body, title
    words: tuple[str, str, str]


def word_scores(candidates: Sequence[Candidate], idf: dict[str, float]) -> list[float]:
    """BM25 of the query words over each candidate's stored jieba words, columns weighted."""
    if not idf:
        return [0.0] * len(candidates)
    lengths = []
    counts = []
    for candidate in candidates:
        weighted: dict[str, float] = {}
        length = 0.0
        for weight, column in zip(COLUMN_WEIGHTS, candidate.words):
            tokens = column.split()
            length += weight * len(tokens)
            for token in tokens:
                if token in idf:
                    weighted[token] = weighted.get(token, 0.0) + weight
        lengths.append(length)
        counts.append(weighted)
    average = (sum(lengths) / len(lengths)) or 1.0
    scores = []
    for length, weighted in zip(lengths, counts):
        norm = K1 * (1 - B + B * length / average)
        scores.append(sum(idf[word] * tf * (K1 + 1) / (tf + norm) for word, tf in weighted.items()))
    return scores


def idf_of(document_frequency: int, total: int) -> float:
    return math.log(1 + (total - document_frequency + 0.5) / (document_frequency + 0.5))


def rerank(
    candidates: Sequence[Candidate],
    idf: dict[str, float],
    clauses: Sequence[Sequence[Phrase]],
    whole: Phrase | None,
) -> list[tuple[int, float]]:
    """(section id, score) in final order; candidates come in substring-BM25 order."""
    words = word_scores(candidates, idf)
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
