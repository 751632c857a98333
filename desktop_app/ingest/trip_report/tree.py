"""Walking the outline: children, subtrees, ancestors and the economy a heading names."""

from __future__ import annotations

from desktop_app.core.economies import registry
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.figures import without_figures
from desktop_app.ingest.word_lists import contains_any


def children(outline: list[OutlineSection], index: int) -> list[int]:
    return [i for i, section in enumerate(outline) if section.parent == index]


def subtree_paragraphs(outline: list[OutlineSection], index: int, figures: bool = True) -> list[str]:
    """A section's own paragraphs followed by all its subsections' headings and paragraphs, in reading order;
    without figures' captions and credits when the text is to stand apart from the figures (figures=False)."""
    own = outline[index].paragraphs
    parts = list(own if figures else without_figures(own))
    for child in children(outline, index):
        parts.append(f"{outline[child].label} {outline[child].heading}".strip())
        parts += subtree_paragraphs(outline, child, figures)
    return [part for part in parts if part]


def subtree_text(outline: list[OutlineSection], index: int, figures: bool = True) -> str:
    """A section's own text followed by all its subsections' headings and text, in reading order."""
    return "\n".join(subtree_paragraphs(outline, index, figures))


def ancestors(outline: list[OutlineSection], index: int) -> list[int]:
    """The section itself and its ancestors, innermost first."""
    chain: list[int] = []
    current: int | None = index
    while current is not None:
        chain.append(current)
        current = outline[current].parent
    return chain


def under(outline: list[OutlineSection], index: int, words: tuple[str, ...]) -> bool:
    """Whether the section or one of those it stands under is headed with one of the words."""
    return any(contains_any(outline[at].heading, words) for at in ancestors(outline, index))


def leading_economy(text: str) -> tuple[int, str] | None:
    """(where its name ends, code) of the economy text starts with (澳洲, 我國, 中國：…), else None."""
    mentions = registry().mentions(text)
    return (mentions[0][1], mentions[0][2]) if mentions and mentions[0][0] == 0 else None


def economy_named_by(heading: str) -> str | None:
    """The economy a heading starts with (澳洲, 我國, 中國：…), else None."""
    leading = leading_economy(heading.strip())
    return leading[1] if leading else None
