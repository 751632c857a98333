"""Where a query matches a text, the way search matched it: Simplified/Traditional, width and case folded,
economy and topic names standing for each other (Qt-free; search's folding keeps offsets, so spans are exact)."""

from __future__ import annotations


def query_spellings(query: str) -> list[str]:
    """Every folded spelling of the query's positive terms, longest first."""
    from desktop_app.search.folding import fold
    from desktop_app.search.query import parse

    spellings = {fold(s) for term in parse(query).positive_terms() for s in term.spellings if s.strip()}
    return sorted(spellings, key=len, reverse=True)


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping (start, end) spans of text matching the query, in order."""
    from desktop_app.search.folding import fold

    folded = fold(text)
    taken: list[tuple[int, int]] = []
    for spelling in query_spellings(query):
        start = folded.find(spelling)
        while start >= 0:
            end = start + len(spelling)
            if all(end <= a or start >= b for a, b in taken):
                taken.append((start, end))
            start = folded.find(spelling, end)
    return sorted(taken)
