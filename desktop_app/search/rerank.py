"""Second-stage ranking of the best candidates by what only their stored text tells (see engine.py).

The first stage scores every match by substring BM25 plus jieba-word BM25 (scoring.py). The engine then
takes the best candidates and re-scores them from the substring index's stored text, in blocks that never
mix: a candidate stays in its block of RERANK_BLOCK, and only the order inside a block changes, so pages
never repeat or skip. A block of 25 keeps the reading of stored text small while a heading about the query,
weighted 8 in the first stage, still comes well inside the first block. A candidate's score is multiplied
by HEADING_FACTOR when its heading holds every required term, and by PHRASE_FACTOR when it holds the whole
query as one phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.search.grams import Phrase

RERANK_BLOCK = 25  # the first stage already weights headings 8x; a smaller block reads less stored text
WORD_WEIGHT = 0.5  # jieba-word BM25 beside substring BM25 in the first stage
HEADING_FACTOR = 3.0
PHRASE_FACTOR = 2.0
COLUMN_WEIGHTS = (8.0, 1.0, 4.0)  # heading, body, title: as in the substring index's bm25
K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Candidate:
    section_id: int
    base: float  # the first stage's score, higher is better
    grams: tuple[str, ...]  # stored substring-index heading, then body and title when a whole phrase is checked


def rerank(
    candidates: Sequence[Candidate], clauses: Sequence[Sequence[Phrase]], whole: Phrase | None
) -> list[tuple[int, float]]:
    """(section id, score) in final order; candidates come in first-stage order."""
    scored = []
    for position, candidate in enumerate(candidates):
        score = candidate.base
        heading = candidate.grams[0]
        if clauses and all(any(phrase.stands_in(heading) for phrase in clause) for clause in clauses):
            score *= HEADING_FACTOR
        if whole is not None and any(whole.stands_in(column) for column in candidate.grams):
            score *= PHRASE_FACTOR
        scored.append((position // RERANK_BLOCK, -score, candidate.section_id, score))
    scored.sort()
    return [(section_id, score) for _block, _negative, section_id, score in scored]
