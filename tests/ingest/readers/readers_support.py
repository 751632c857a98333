"""Helpers for reader tests: real PDFs typeset with Qt, and a way to compare what two imports extracted."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop_app.core.export import export_library
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.pipeline import import_paths
from desktop_app.services import open_library

# Structure extracted from a document, compared between formats and encodings of the same report.
STRUCTURE_KEYS = ("meetings", "sessions", "updates", "people", "figures", "recommendations")


def write_pdf(text: str, path: Path) -> Path:
    """Typeset text to a real PDF, one source line per PDF line, in Noto Sans CJK TC."""
    from PySide6.QtGui import QTextDocument, QTextOption

    writer, font = _pdf_writer(path)
    document = QTextDocument()
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    document.setDefaultTextOption(option)
    document.setPlainText(text)
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    return path


def import_alone(path: Path, library_path: Path) -> dict[str, Any]:
    """Import one file into a fresh library and return its telref-export/1 structure."""
    library = open_library(library_path)
    try:
        outcomes = import_paths(library, [path])
        assert [o.status for o in outcomes] == ["added"], [o.describe() for o in outcomes]
        return export_library(library)
    finally:
        library.close()


def structure(export: dict[str, Any]) -> dict[str, Any]:
    """What was extracted, without what must differ between two files of one report (hash, file name)."""
    sections = [{k: v for k, v in s.items() if k != "id"} for s in export["sections"]]
    return {"sections": sections, **{key: export.get(key) for key in STRUCTURE_KEYS}}


def damaged_outcomes(read: Callable[[bytes], object], original: bytes, shortest: int, values: bytes) -> dict[str, int]:
    """Read 200 damaged copies of a file (every other one cut short, at least shortest bytes; 1-60 bytes
    replaced by ones drawn from values): how many read and how many were refused. Any other exception fails
    the calling test."""
    rng = random.Random(68)
    outcomes = {"read": 0, "refused": 0}
    for attempt in range(200):
        damaged = bytearray(original[: rng.randrange(shortest, len(original))] if attempt % 2 else original)
        for _ in range(rng.randrange(1, 60)):
            damaged[rng.randrange(len(damaged))] = rng.choice(values)
        try:
            read(bytes(damaged))
            outcomes["read"] += 1
        except ImportRefused:
            outcomes["refused"] += 1
    return outcomes


def write_pdf_with_running_lines(text: str, path: Path, header: str, lines_per_page: int = 40) -> Path:
    """Typeset text to a real PDF page by page, as a report's PDF is laid out: its running title (header) at
    the top of every page and 第 N 頁，共 M 頁 at the bottom, lines_per_page source lines between."""
    from PySide6.QtGui import QPainter

    lines = text.split("\n")
    pages = [lines[start : start + lines_per_page] for start in range(0, len(lines), lines_per_page)]
    writer, font = _pdf_writer(path)
    painter = QPainter(writer)
    painter.setFont(font)
    step = painter.fontMetrics().lineSpacing()
    height = writer.height()
    for number, page in enumerate(pages, start=1):
        if number > 1:
            writer.newPage()
        painter.drawText(0, step, header)
        for row, line in enumerate(page):
            painter.drawText(0, step * (row + 3), line)
        painter.drawText(0, height - step, f"第 {number} 頁，共 {len(pages)} 頁")
    painter.end()
    return path


def _pdf_writer(path: Path):
    """An A4 PDF writer and an 8 pt Noto Sans CJK TC font to typeset with.

    Ligatures, kerning, contextual and localised forms are switched off: with them Qt's PDF writer emits digit
    glyphs that have no Unicode mapping in the file, which no extractor can read back (a Qt quirk, not TelRef's).
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter)
    font = QFont()
    font.setFamilies(["Noto Sans CJK TC"])
    font.setPointSizeF(8)
    for tag in ("kern", "liga", "calt", "locl"):
        font.setFeature(QFont.Tag(tag), 0)
    return writer, font
