"""Figures: 圖 N：caption (already joined by reflow), with the 資料來源 that follows within a paragraph or two.

A figure numbered by chapter (圖2-1) is numbered by its place in the document, as the export numbers figures.
"""

from __future__ import annotations

from desktop_app.core.drafts import FigureDraft
from desktop_app.ingest.line_kinds import FIGURE_CAPTION, NOTE_LINE, SOURCE_NOTE
from desktop_app.ingest.outline import OutlineSection

SOURCE_REACH = 2  # paragraphs after a caption where its source may stand (a note can come between)


def _split_source(text: str) -> tuple[str, str | None]:
    match = SOURCE_NOTE.search(text)
    if match is None:
        return text.strip(), None
    return text[: match.start()].strip(), match["source"].strip()


def find_figures(outline: list[OutlineSection]) -> list[FigureDraft]:
    figures: list[FigureDraft] = []
    for index, section in enumerate(outline):
        paragraphs = section.paragraphs
        for position, paragraph in enumerate(paragraphs):
            match = FIGURE_CAPTION.match(paragraph)
            if match is None:
                continue
            caption, source = _split_source(match["caption"])
            for following in paragraphs[position + 1: position + 1 + SOURCE_REACH]:
                if source is not None or FIGURE_CAPTION.match(following):
                    break
                source = _split_source(following)[1]
            number = int(match["number"]) if match["number"] else len(figures) + 1
            figures.append(FigureDraft(number=number, caption=caption, source=source, section=index))
    return figures


def without_figures(paragraphs: list[str]) -> list[str]:
    """The paragraphs without figures' captions and the notes right after them (資料來源, 註): a text that is
    exported apart from its figures (an update, a recommendation) would otherwise end in a picture's credit."""
    kept: list[str] = []
    reach = 0  # paragraphs after a caption that may still be its notes
    for paragraph in paragraphs:
        if FIGURE_CAPTION.match(paragraph):
            reach = SOURCE_REACH
            continue
        if reach and NOTE_LINE.match(paragraph):
            reach -= 1
            continue
        reach = 0
        kept.append(paragraph)
    return kept
