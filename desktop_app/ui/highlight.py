"""Where a query matches a page's text, the way search matched it (Qt-free): the snippets' own term patterns,
so Simplified/Traditional, width and case are folded, economy and topic names stand for each other, Chinese
matches across line wraps and a Latin word or number only whole (US is not marked inside Trust)."""

from __future__ import annotations


def query_spellings(query: str) -> list[str]:
    """Every folded spelling of the query's positive terms, longest first."""
    from desktop_app.search.folding import fold
    from desktop_app.search.query import parse

    spellings = {fold(s) for term in parse(query).positive_terms() for s in term.spellings if s.strip()}
    return sorted(spellings, key=len, reverse=True)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of text matching the query, in order; a longer spelling's match wins
    over a shorter one's inside it."""
    from desktop_app.search.snippets import searchable_text, term_pattern

    searchable = searchable_text(text)
    taken: list[tuple[int, int]] = []
    for spelling in query_spellings(query):
        pattern = term_pattern(spelling)
        if pattern is None:
            continue
        for start, end, _term in pattern.spans(searchable):
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
    return sorted(taken)
