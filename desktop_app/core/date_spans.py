"""Days and spans of days as pages, briefs and the export write them. One rule for a span, whoever writes the
day: the window (2024年5月4日, 4 May 2024), a brief (ISO, or ROC years as the report writes them), the export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date


def iso(day: date | None) -> str:
    """2024-05-04; empty for no day."""
    return day.isoformat() if day else ""


def date_span(start: date | None, end: date | None, day_text: Callable[[date], str], pattern: str) -> str:
    """Both ends written by day_text and set in pattern ("{start} 至 {end}"); one day when the meeting took one
    day or only one end is known; empty for none."""
    if start and end and end != start:
        return pattern.format(start=day_text(start), end=day_text(end))
    day = start or end
    return day_text(day) if day else ""
