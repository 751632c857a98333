"""Briefs on paper and in PDF: Qt lays the HTML out in pages and each page is drawn with its header and footer.

The same painting serves QPdfWriter (Export PDF…, `telref brief`) and QPrinter (Print…, Print Preview).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPagedPaintDevice, QPainter, QPdfWriter, QPen, QTextDocument

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.html import body_html, header_title
from desktop_app.briefing.labels import labels, style
from desktop_app.render.fonts import glyph_twins, print_font, require_cjk_family
from desktop_app.render.paginate import Band, page_slices
from desktop_app.render.pages import FOOTER_MM, HEADER_MM, Furniture, page_layout
from desktop_app.render.tounicode import repair_pdf

PDF_RESOLUTION = 300
FURNITURE_PT = 8.5
RULE_COLOR = QColor("#7a8899")


def furniture(brief: Brief, library_name: str, printed_on: str) -> Furniture:
    words = labels(brief.lang)
    return Furniture(
        title=header_title(brief),
        library=f"TelRef · {words['library'].format(name=library_name)}",
        printed_on=words["printed_on"].format(date=printed_on),
        page_of=words["page_of"],
    )


def layout_document(html: str, device: QPagedPaintDevice, family: str) -> tuple[QTextDocument, QRectF]:
    """The HTML laid out as one long page the width of the device's body area (between header and footer bands).

    Pages are cut afterwards by render/paginate.py, which keeps table rows and headings whole.
    """
    paint = device.pageLayout().paintRectPixels(device.resolution())
    dots_per_mm = device.resolution() / 25.4
    body = QRectF(0, HEADER_MM * dots_per_mm, paint.width(), paint.height() - (HEADER_MM + FOOTER_MM) * dots_per_mm)
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setDefaultFont(print_font(family, style()["body_pt"]))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setTextWidth(body.width())
    return document, body


def paint_pages(device: QPagedPaintDevice, html: str, words: Furniture, family: str) -> int:
    """Draw the HTML page by page onto a PDF writer or printer; returns the number of pages."""
    document, body = layout_document(html, device, family)
    slices = page_slices(document, body.height())
    painter = QPainter(device)
    try:
        for index, piece in enumerate(slices):
            if index:
                device.newPage()
            top = body.top()
            if piece.header is not None:
                _draw_band(painter, document, piece.header, top)
                top += piece.header.height
            _draw_band(painter, document, piece.body, top)
            _furniture(painter, device, body, words, family, index + 1, len(slices))
    finally:
        painter.end()
    return len(slices)


def _draw_band(painter: QPainter, document: QTextDocument, band: Band, top: float) -> None:
    """The band of the long page drawn at top; lines outside it are not drawn at all, so not in the text layer."""
    inset = 0.5  # a line ending exactly on the band's edge belongs to the neighbouring page
    painter.save()
    painter.translate(0, top - band.top)
    document.drawContents(painter, QRectF(0, band.top + inset, document.textWidth(), band.height - 2 * inset))
    painter.restore()


def _furniture(
    painter: QPainter, device: QPagedPaintDevice, body: QRectF, words: Furniture, family: str, page: int, pages: int
) -> None:
    painter.setFont(print_font(family, FURNITURE_PT))
    painter.setPen(QColor("#444444"))
    dots_per_mm = device.resolution() / 25.4
    width = body.width()
    header = QRectF(0, 0, width, body.top() - 3 * dots_per_mm)
    footer = QRectF(0, body.bottom() + 3 * dots_per_mm, width, FOOTER_MM * dots_per_mm - 3 * dots_per_mm)
    bottom_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    bottom_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    top_right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
    title = painter.fontMetrics().elidedText(words.title, Qt.TextElideMode.ElideRight, int(width * 0.62))
    painter.drawText(header, bottom_left, title)
    painter.drawText(header, bottom_right, words.library)
    painter.drawText(footer, top_left, words.printed_on)
    painter.drawText(footer, top_right, words.page_of.format(page=page, pages=pages))
    painter.setPen(QPen(RULE_COLOR, max(1.0, 0.25 * dots_per_mm)))
    painter.drawLine(QPointF(0, header.bottom() + dots_per_mm), QPointF(width, header.bottom() + dots_per_mm))
    painter.drawLine(QPointF(0, footer.top() - dots_per_mm), QPointF(width, footer.top() - dots_per_mm))


def paint_brief(device: QPagedPaintDevice, brief: Brief, library_name: str, printed_on: str) -> int:
    """The brief on a printer, a preview's printer or a PDF writer; returns its page count. Raises FontMissing."""
    family = require_cjk_family()
    return paint_pages(device, body_html(brief, family), furniture(brief, library_name, printed_on), family)


def write_pdf(brief: Brief, path: Path, library_name: str, printed_on: str, paper: str = "a4") -> int:
    """The brief as a PDF file with embedded CJK fonts; returns its page count. Raises FontMissing first."""
    family = require_cjk_family()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(paper))
    writer.setTitle(header_title(brief))
    writer.setCreator("TelRef")
    pages = paint_brief(writer, brief, library_name, printed_on)
    del writer  # the file is complete only once the writer is gone
    repair_pdf(Path(path), glyph_twins(family))
    return pages
