"""A result row's line of place: what fits of its economy badges, meeting, document path and date.

Hits from a library of trip reports share their headings (會議主席) and often their snippets; what tells them
apart is the meeting (APEC TELWG 66) and the date, so those are kept whole. The path (the document's title,
then the section's ancestors) comes next, cut in its middle, and the badges yield first: as many as fit in
what the path leaves, the rest counted (+3).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF

SEPARATOR = " · "
BADGE_PADDING = 3
BADGES_SHARE = 0.5  # economy badges take at most half the line
TRAIL_SHARE = 0.6  # of the line the meeting and date leave, the path keeps at least this much before badges


@dataclass(frozen=True)
class Place:
    """The parts of the line as drawn, left to right; more counts the badges not named."""

    badges: tuple[str, ...]
    more: int
    meeting: str
    trail: str
    when: str


def badge_width(metrics: QFontMetricsF, name: str) -> float:
    """A badge's width with the gap after it."""
    return metrics.horizontalAdvance(name) + 3 * BADGE_PADDING


def badges_in(metrics: QFontMetricsF, names: list[str], room: float) -> tuple[tuple[str, ...], int]:
    """The badges that fit in room, the count of the rest (+N) fitting with them."""
    shown: list[str] = []
    used = 0.0
    for number, name in enumerate(names):
        left = len(names) - number - 1
        after = metrics.horizontalAdvance(f"+{left}") + 2 * BADGE_PADDING if left else 0.0
        if used + badge_width(metrics, name) + after > room:
            return tuple(shown), len(names) - number
        shown.append(name)
        used += badge_width(metrics, name)
    return tuple(shown), 0


def badges_used(metrics: QFontMetricsF, badges: tuple[str, ...], more: int) -> float:
    """The width the shown badges and their count take."""
    count = metrics.horizontalAdvance(f"+{more}") + 2 * BADGE_PADDING if more else 0.0
    return sum(badge_width(metrics, name) for name in badges) + count


def fit_place(metrics: QFontMetricsF, width: float, names: list[str], meeting: str, trail: str, when: str) -> Place:
    """The parts of the line that fit in width, by priority: the meeting and date whole, then the path (at
    least TRAIL_SHARE of what they leave), then the badges."""
    advance = metrics.horizontalAdvance
    tail = SEPARATOR + when if when and (meeting or trail) else when
    fixed = advance(meeting) + advance(tail)
    if fixed > width:  # a very narrow list: the date, and what fits of the meeting
        room = max(width - advance(tail), 0.0)
        return Place((), 0, metrics.elidedText(meeting, Qt.TextElideMode.ElideRight, room), "", tail)
    rest = width - fixed - (advance(SEPARATOR) if meeting and trail else 0.0)
    trail_keeps = min(advance(trail), rest * TRAIL_SHARE)
    badges, more = badges_in(metrics, names, min(rest - trail_keeps, width * BADGES_SHARE))
    trail_room = rest - badges_used(metrics, badges, more)
    shown_trail = metrics.elidedText(trail, Qt.TextElideMode.ElideMiddle, max(trail_room, 0.0))
    if shown_trail in ("", "…") and meeting:
        shown_trail = ""
    return Place(badges, more, meeting, shown_trail, tail if (meeting or shown_trail) else when)
