"""Snippets: a stretch of a section's text as written, cut around its best match, with the matches' spans.

Patterns match the text as written, only lower-cased: each Chinese character of a folded term becomes the class
of every character that folds to it (华 → [华華]), so no section text is folded per hit (folding every hit's text
was a fifth of a search's time); text that holds full-width letters or digits is folded. A term matches the way
the substring index matches it: Chinese as a substring that may cross line wraps, Latin words and numbers whole,
with any punctuation or spaces between a phrase's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from desktop_app.search.folding import fold, fold_table
from desktop_app.search.grams import HAN, HAN_GAP
from desktop_app.search.marks import Span

_PIECES = re.compile(rf"(?P<han>[{HAN}](?:{HAN_GAP}[{HAN}])*)|(?P<letters>[^\W\d_{HAN}]+)|(?P<digits>\d+)|[^\W_{HAN}]")
_WRITTEN_HAN_GAP = "[ \u3000]?"  # HAN_GAP in the text as written: an ideographic space folds to a space
_LATIN_LETTERS = frozenset(
    chr(code)
    for first, last in (("A", "Z"), ("a", "z"), ("\u00c0", "\u024f"), ("\uff21", "\uff3a"), ("\uff41", "\uff5a"))
    for code in range(ord(first), ord(last) + 1)
)
# Characters term patterns read as another: full-width letters and digits, and Latin letters with accents
# (folding.py: í as i), which the substring index holds folded.
_REPLACED_WORD_CHARS = re.compile("[\u00c0-\u024f\u1e00-\u1eff\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
ELLIPSIS = "…"
MAX_SPANS = 400


def _is_letter(char: str) -> bool:
    return char in _LATIN_LETTERS


def _is_digit(char: str) -> bool:
    return char.isdecimal()


@dataclass(frozen=True)
class TermPattern:
    """One spelling of a term over text as written: a regex, and the kind of character that may not touch
    its ends (a Latin word or a number matches whole, as the substring index matches it; Chinese matches
    inside anything)."""

    regex: re.Pattern[str]
    before: Callable[[str], bool] | None = None
    after: Callable[[str], bool] | None = None
    han_only: bool = False  # every piece Chinese: matches text as written, no searchable_text needed

    def spans(self, text: str, term: int = 0) -> list[tuple[int, int, int]]:
        """(start, end, term) of each match in searchable text; a pattern never matches empty text (every
        piece of it is at least one character)."""
        if self.before is None and self.after is None:
            return [(*match.span(), term) for match in self.regex.finditer(text)]
        return [(*match.span(), term) for match in self.regex.finditer(text) if self._whole(text, match)]

    def found_in(self, text: str) -> bool:
        """Whether it matches searchable text anywhere: stops at the first match."""
        return any(self._whole(text, match) for match in self.regex.finditer(text))

    def _whole(self, text: str, match: re.Match[str]) -> bool:
        """Whether a match stands whole: no letter (or digit) touches a Latin word's (or number's) ends."""
        start, end = match.span()
        if self.before is not None and start > 0 and self.before(text[start - 1]):
            return False
        return self.after is None or end >= len(text) or not self.after(text[end])


@lru_cache(maxsize=1024)
def term_pattern(spelling: str) -> TermPattern | None:
    """The pattern of one spelling of a term; None when it has nothing searchable.

    Compiling is part of a new query's first search, so the regex stays cheap to compile and to run: Latin
    words and numbers are literals in lower case, matched against text in lower case (searchable_text), and
    the whole-word test is done on a match's neighbours in Python. A class such as [kKｋＫ] (more than two runs
    of code points) costs Python's regex compiler a 64K-entry bitmap, a quarter of a millisecond each: twelve
    spellings of Korea took 25 ms; a case-insensitive regex ran four times slower over the hits' text.
    """
    parts: list[str] = []
    kinds: list[str | None] = []
    for piece in _PIECES.finditer(fold(spelling).lower()):
        chars = [char for char in piece.group() if not char.isspace()]
        leading = not parts
        if piece.lastgroup == "han":
            parts.append(_WRITTEN_HAN_GAP.join(_written_forms(char, leading and at == 0) for at, char in enumerate(chars)))
        elif piece.lastgroup in ("letters", "digits"):
            parts.append(re.escape("".join(chars)))
        else:
            parts.append(_written_forms(chars[0], leading))
        kinds.append(piece.lastgroup)
    if not parts:
        return None
    boundary = {"letters": _is_letter, "digits": _is_digit}
    return TermPattern(
        re.compile(r"[\W_]*?".join(parts)),
        before=boundary.get(kinds[0] or ""),
        after=boundary.get(kinds[-1] or ""),
        han_only=all(kind == "han" for kind in kinds),
    )


def reads_text_as_written(patterns: Iterable[TermPattern | None]) -> bool:
    """Whether every pattern is Chinese only, so text can be matched as written (lower case and half width
    change no Chinese character): searchable_text is then skipped, a tenth of a search's snippet time."""
    return all(pattern is None or pattern.han_only for pattern in patterns)


def searchable_text(text: str) -> str:
    """Text as term patterns read it, the same length as text: lower case, full-width letters and digits
    half-width, accents off Latin letters. Only those characters are replaced: folding a whole hit's text cost
    a fifth of a search."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two (İ): fold, which keeps every length
        lowered = fold(text)
    if _REPLACED_WORD_CHARS.search(lowered) is None:
        return lowered
    return _REPLACED_WORD_CHARS.sub(_as_folded, lowered)


def _as_folded(match: re.Match[str]) -> str:
    char = match.group()
    return fold_table().get(ord(char), char)  # ß, ø, ł have no base letter: left as they are


def _written_forms(folded_char: str, leading: bool = False) -> str:
    """A regex for every character that folds to folded_char.

    A class of more than two runs of code points ([发發髮]) costs Python's regex compiler a 64K-entry bitmap,
    0.1-0.25 ms of a new query's first search (a hundred-odd characters fold three ways: 發, 後, 為, 製 …).
    Alternatives with a branch that never matches, (?:发|發|髮|(?!)), are not merged into a class and compile
    in a tenth of that. The pattern's leading character keeps its class, which lets the regex engine skip to
    where a match can start: alternatives there scanned the hits' text at half the speed on every search."""
    forms = _unfold_table().get(folded_char)
    if not forms:
        return re.escape(folded_char)
    chars = sorted({folded_char, *forms})
    if leading or _code_point_runs(chars) <= 2:
        return "[" + "".join(re.escape(char) for char in chars) + "]"
    return "(?:" + "|".join(re.escape(char) for char in chars) + "|(?!))"


def _code_point_runs(chars: list[str]) -> int:
    """How many runs of consecutive code points sorted chars make."""
    codes = [ord(char) for char in chars]
    return 1 + sum(later != earlier + 1 for earlier, later in zip(codes, codes[1:]))


@cache
def _unfold_table() -> dict[str, tuple[str, ...]]:
    """Folded character → the other characters that fold to it (the inverse of folding.fold_table)."""
    inverse: dict[str, list[str]] = {}
    for code, target in fold_table().items():
        inverse.setdefault(target, []).append(chr(code))
    return {target: tuple(sources) for target, sources in inverse.items()}


class Snippet(NamedTuple):
    text: str
    spans: tuple[Span, ...]


def spans_in(searchable: str, patterns: Iterable[tuple[int, TermPattern]]) -> list[tuple[int, int, int]]:
    """(start, end, term number) of every match in searchable text (searchable_text; Chinese-only patterns
    read text as written), in order, overlaps removed."""
    if not searchable:
        return []
    found: list[tuple[int, int, int]] = []
    matched = 0  # patterns that matched: one pattern's matches are already in order and never overlap
    for term, pattern in patterns:
        spans = pattern.spans(searchable, term)
        if spans:
            found += spans
            matched += 1
    if matched <= 1:
        return found[:MAX_SPANS]
    if len(found) > MAX_SPANS:
        found = found[:MAX_SPANS]
    found.sort(key=lambda item: (item[0], -item[1]))
    merged: list[tuple[int, int, int]] = []
    for item in found:
        if merged and item[0] < merged[-1][1]:
            continue
        merged.append(item)
    return merged


def snippet_around(text: str, matches: list[tuple[int, int, int]], width: int = 120) -> Snippet:
    """The window of about width characters of text holding the most distinct terms (then the most matches),
    given its matches (spans_in)."""
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
    if matches[-1][1] <= matches[0][0] + width:
        return matches[0][0]  # every match fits in the first window: no other holds more
    counts: dict[int, int] = {}
    distinct = 0
    best_start, best_key, last = matches[0][0], (-1, -1), 0
    for first, (start, _end, _term) in enumerate(matches):
        while last < len(matches) and matches[last][1] <= start + width:
            term = matches[last][2]
            counts[term] = counts.get(term, 0) + 1
            distinct += counts[term] == 1
            last += 1
        key = (distinct, last - first)
        if key > best_key:
            best_start, best_key = start, key
        if first < last:
            term = matches[first][2]
            counts[term] -= 1
            distinct -= counts[term] == 0
        else:
            last = first + 1
    return best_start


def _flatten(text: str) -> str:
    """Line breaks become spaces (same length, so spans still hold)."""
    return text.replace("\n", " ").replace("\r", " ").replace("\t", " ")
