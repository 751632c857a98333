"""Re-ranking: the heading and whole-phrase boosts, read from a candidate's own section row."""

from __future__ import annotations

from desktop_app.search.hits import SectionRow, SectionRows
from desktop_app.search.plan import plan_for
from desktop_app.search.rerank import HEADING_FACTOR, PHRASE_FACTOR, RERANK_BLOCK, Candidate, candidate, rerank


def _judged(text: str, heading: str = "", body: str = "", title: str = "", first: bool = False) -> Candidate:
    """The candidate re-ranking makes of one section row for the query text."""
    plan = plan_for(text)
    row = SectionRow(1, 1, heading, None, None, None, body, first, title, "trip_report", None)
    return candidate(1, 1.0, SectionRows({1: row}, plan))


def test_a_heading_counts_when_it_holds_every_required_term() -> None:
    assert _judged("頻譜 韓國", heading="南韓的频谱政策").heading_holds_query  # alias, Simplified
    assert not _judged("頻譜 韓國", heading="頻譜政策", body="韓國").heading_holds_query


def test_the_whole_query_counts_in_the_heading_text_or_the_first_sections_title() -> None:
    assert _judged("資安 人才", body="培育資安 人才的計畫").holds_whole_query  # across a wrap left as a space
    assert not _judged("資安 人才", body="培育資安\n人才的計畫").holds_whole_query  # not across paragraphs
    assert not _judged("資安 人才", body="資安與人才").holds_whole_query
    assert _judged("資安 人才", title="資安人才白皮書", first=True).holds_whole_query
    assert not _judged("資安 人才", title="資安人才白皮書", first=False).holds_whole_query
    assert not _judged("資安人才", body="資安人才").holds_whole_query  # one word: no boost


def test_boosts_reorder_only_inside_a_block() -> None:
    plain = [Candidate(section_id, 10.0 - section_id * 0.01, False, False) for section_id in range(RERANK_BLOCK)]
    boosted = Candidate(RERANK_BLOCK, 1.0, True, True)  # first of the second block, whatever its boost
    order = rerank([*plain, boosted, Candidate(RERANK_BLOCK + 1, 2.0, False, False)])
    assert [section_id for section_id, _score in order[:RERANK_BLOCK]] == list(range(RERANK_BLOCK))
    assert order[RERANK_BLOCK] == (RERANK_BLOCK, 1.0 * HEADING_FACTOR * PHRASE_FACTOR)
