"""Second-stage ranking of the best candidates by what only their text tells (see engine.py).

The first stage scores every match by substring BM25 plus jieba-word BM25 (scoring.py). The engine then
takes the best candidates, reads their sections (hits.py, the same rows the page of hits is made from) and
re-scores them in blocks that never mix: a candidate stays in its block of RERANK_BLOCK, and only the order
inside a block changes, so pages never repeat or skip. A block of 25 keeps the reading small while a heading
about the query, weighted 8 in the first stage, still comes well inside the first block. A candidate's score
is multiplied by HEADING_FACTOR when its heading holds every required term, and by PHRASE_FACTOR when its
heading, text or title holds the whole query as one phrase. Both are looked for with the snippet patterns,
which match as the substring index does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from desktop_app.search.hits import SectionRows

RERANK_BLOCK = 25  # the first stage already weights headings 8x; a smaller block reads less text
WORD_WEIGHT = 0.5  # jieba-word BM25 beside substring BM25 in the first stage
HEADING_FACTOR = 3.0
PHRASE_FACTOR = 2.0
COLUMN_WEIGHTS = (8.0, 1.0, 4.0)  # heading, body, title: as in the substring index's bm25
K1, B = 1.2, 0.75


class Candidate(NamedTuple):  # a tuple: twenty-five are made per search
    section_id: int
    base: float  # the first stage's score, higher is better
    heading_holds_query: bool
    holds_whole_query: bool


def candidate(section_id: int, base: float, rows: SectionRows) -> Candidate:
    """What re-ranking needs to know of one candidate, from its section's row."""
    plan = rows.plan
    row = rows.get(section_id)
    if row is None:
        return Candidate(section_id, base, False, False)
    clauses_in_heading = {plan.clause_of_term[term] for _start, _end, term in rows.heading_spans(row)}
    heading_holds_query = bool(clauses_in_heading) and len(clauses_in_heading) == plan.clause_count
    return Candidate(section_id, base, heading_holds_query, rows.holds_whole_query(row))


def rerank(candidates: Sequence[Candidate]) -> list[tuple[int, float]]:
    """(section id, score) in final order; candidates come in first-stage order."""
    scored = []
    for position, candidate in enumerate(candidates):
        score = candidate.base
        if candidate.heading_holds_query:
            score *= HEADING_FACTOR
        if candidate.holds_whole_query:
            score *= PHRASE_FACTOR
        scored.append((position // RERANK_BLOCK, -score, position, candidate.section_id, score))
    scored.sort()  # equal scores keep the first stage's order, which broke its own ties
    return [(section_id, score) for _block, _negative, _position, section_id, score in scored]
