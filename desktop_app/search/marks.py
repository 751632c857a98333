"""A snippet's matches marked for a reader: with plain markers (the command line) or as safe HTML (the window
and its pages). Nothing else here, so the window can import it at start-up without search's regexes."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

Span = tuple[int, int]


def marked(text: str, spans: Iterable[Span], before: str = "«", after: str = "»") -> str:
    """Text with each span wrapped in markers."""
    out, position = [], 0
    for start, end in spans:
        out += [text[position:start], before, text[start:end], after]
        position = end
    out.append(text[position:])
    return "".join(out)


def marked_html(text: str, spans: Iterable[Span], tag: str = "mark", css_class: str = "") -> str:
    """HTML-escaped text with each span in <tag>…</tag> (of css_class, when given), safe to hand to a rich-text
    label. Qt's rich text knows no <mark>: the window marks matches with a styled tag instead."""
    opening = f'<{tag} class="{css_class}">' if css_class else f"<{tag}>"
    out, position = [], 0
    for start, end in sorted(spans):
        out += [escape(text[position:start]), opening, escape(text[start:end]), f"</{tag}>"]
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
