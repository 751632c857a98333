"""Snippets: a stretch of a section's text as written, cut around its best match, with the matches' spans.

Matching runs on the folded text (same length as the original, see folding.py), so spans point into the text
as written. A term matches the way the substring index matches it: Chinese as a substring that may cross line
wraps, Latin words and numbers whole, with any punctuation or spaces between a phrase's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN

_PIECES = re.compile(rf"(?P<han>[{HAN}](?:\s*[{HAN}])*)|(?P<letters>[^\W\d_{HAN}]+)|(?P<digits>\d+)|[^\W_{HAN}]")
_LETTER = "[a-z\u00c0-\u024f]"  # folded text: Latin letters are lower-case here; a small class compiles fast
ELLIPSIS = "…"
MAX_SPANS = 400

Span = tuple[int, int]


@lru_cache(maxsize=1024)
def term_pattern(spelling: str) -> re.Pattern[str] | None:
    """A regex over folded text for one spelling of a term; None when it has nothing searchable."""
    parts: list[str] = []
    for piece in _PIECES.finditer(fold(spelling)):
        if piece.lastgroup == "han":
            parts.append(r"\s*".join(re.escape(char) for char in piece.group() if not char.isspace()))
        elif piece.lastgroup == "letters":
            parts.append(rf"(?<!{_LETTER}){re.escape(piece.group())}(?!{_LETTER})")
        elif piece.lastgroup == "digits":
            parts.append(rf"(?<!\d){re.escape(piece.group())}(?!\d)")
        else:
            parts.append(re.escape(piece.group()))
    if not parts:
        return None
    return re.compile(r"[\W_]*?".join(parts))


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[Span, ...]


def find_spans(text: str, patterns: Iterable[tuple[int, re.Pattern[str]]]) -> list[tuple[int, int, int]]:
    """(start, end, term number) of every match in text, in order, overlaps removed."""
    folded = fold(text)
    found: list[tuple[int, int, int]] = []
    for term, pattern in patterns:
        for match in pattern.finditer(folded):
            if match.end() > match.start():
                found.append((match.start(), match.end(), term))
            if len(found) >= MAX_SPANS:
                break
    found.sort(key=lambda item: (item[0], -item[1]))
    merged: list[tuple[int, int, int]] = []
    for item in found:
        if merged and item[0] < merged[-1][1]:
            continue
        merged.append(item)
    return merged


def make_snippet(text: str, patterns: list[tuple[int, re.Pattern[str]]], width: int = 120) -> Snippet:
    """The window of about width characters holding the most distinct terms (then the most matches)."""
    matches = find_spans(text, patterns)
    if not matches:
        cut = text[:width]
        return Snippet(_flatten(cut) + (ELLIPSIS if len(text) > width else ""), ())
    best_start = _best_window(matches, width)
    window_start = max(0, min(best_start - width // 4, len(text) - width))
    window_end = min(len(text), window_start + width)
    lead = ELLIPSIS if window_start > 0 else ""
    tail = ELLIPSIS if window_end < len(text) else ""
    shift = len(lead) - window_start
    spans = tuple(
        (max(start, window_start) + shift, min(end, window_end) + shift)
        for start, end, _term in matches
        if start < window_end and end > window_start
    )
    return Snippet(lead + _flatten(text[window_start:window_end]) + tail, spans)


def _best_window(matches: list[tuple[int, int, int]], width: int) -> int:
    """Start of the match that opens the window with most distinct terms, then most matches (sliding window)."""
    counts: dict[int, int] = {}
    best_start, best_key, last = matches[0][0], (-1, -1), 0
    for first, (start, _end, _term) in enumerate(matches):
        while last < len(matches) and matches[last][1] <= start + width:
            counts[matches[last][2]] = counts.get(matches[last][2], 0) + 1
            last += 1
        key = (sum(1 for count in counts.values() if count), last - first)
        if key > best_key:
            best_start, best_key = start, key
        if first < last:
            counts[matches[first][2]] -= 1
        else:
            last = first + 1
    return best_start


def _flatten(text: str) -> str:
    """Line breaks become spaces (same length, so spans still hold)."""
    return text.translate({ord("\n"): " ", ord("\r"): " ", ord("\t"): " "})


def marked(text: str, spans: Iterable[Span], before: str = "«", after: str = "»") -> str:
    """Text with each span wrapped in markers."""
    out, position = [], 0
    for start, end in spans:
        out += [text[position:start], before, text[start:end], after]
        position = end
    out.append(text[position:])
    return "".join(out)


def marked_html(text: str, spans: Iterable[Span]) -> str:
    """HTML-escaped text with each span in <mark>…</mark>, safe to hand to a rich-text label."""
    from html import escape

    out, position = [], 0
    for start, end in spans:
        out += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
