"""A snippet's matches marked for a reader: with plain markers (the command line) or as safe HTML (the window
and its pages). Nothing else here, so the window can import it at start-up without search's regexes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from html import escape

Span = tuple[int, int]


def marked(text: str, spans: Iterable[Span], before: str = "«", after: str = "»") -> str:
    """Text with each span wrapped in markers."""
    return _wrapped(text, spans, before, after, str)


def spans_when_marked(spans: Iterable[Span], before: str = "«", after: str = "»") -> list[Span]:
    """Where each span's text stands in the text marked() makes: shifted by the markers set before it."""
    shift = len(before) + len(after)
    return [
        (start + index * shift + len(before), end + index * shift + len(before))
        for index, (start, end) in enumerate(spans)
    ]


def marked_html(text: str, spans: Iterable[Span], tag: str = "mark", css_class: str = "") -> str:
    """HTML-escaped text with each span in <tag>…</tag> (of css_class, when given), safe to hand to a rich-text
    label. Qt's rich text knows no <mark>: the window marks matches with a styled tag instead."""
    opening = f'<{tag} class="{css_class}">' if css_class else f"<{tag}>"
    return _wrapped(text, sorted(spans), opening, f"</{tag}>", escape)


def _wrapped(text: str, spans: Iterable[Span], before: str, after: str, written: Callable[[str], str]) -> str:
    """Text, each piece as written() gives it, with each span between before and after."""
    out, position = [], 0
    for start, end in spans:
        out += [written(text[position:start]), before, written(text[start:end]), after]
        position = end
    out.append(written(text[position:]))
    return "".join(out)
