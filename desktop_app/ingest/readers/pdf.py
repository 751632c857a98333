"""PDF with a text layer, read with pypdf's layout mode; scans, encrypted and truncated files are refused.

Measured on the seed trip report typeset to PDF (Noto Sans CJK TC, 40 A4 pages; tests/ingest/readers): pypdf
7.1 `extraction_mode="layout"` and pdfminer.six 20260107 recover the same Traditional Chinese characters and,
after reflow, every outline section (185 of 185) and 99.7% identical paragraphs; pypdf's plain mode splits
lines wherever the script changes (CJK ↔ Latin), which broke 9 headings and most paragraphs (20% identical).
pdfminer marks glyphs without a Unicode mapping as "(cid:N)", pypdf as stray Latin letters; neither recovers
them. pypdf layout mode was also faster (≈3.2 s vs ≈4.6 s) and is already a dependency, so it is the reader.

PDF fonts share one glyph between look-alike code points and map it back to one of them: the Kangxi radicals
(⼀ for 一), the CJK radicals supplement (⻑ for 長) and dashes (‒ for –); and a Latin ligature's one glyph
comes back as one code point (ﬁ for fi), which no search for "fi" would find. Those are folded back here.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata

from desktop_app.core.scripts import WIDE
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.pages import without_running_lines
from desktop_app.ingest.readers.text import clean_text

_EM_SPACE_BESIDE_CJK = re.compile(rf"(?<=[{WIDE}])\u2003|\u2003(?=[{WIDE}])")
MIN_TEXT_CHARS = 20  # fewer visible characters than this in the whole file: a scan or an image-only PDF
_RADICAL_LOOKALIKES = str.maketrans(
    {"⺠": "民", "⻑": "長", "⻄": "西", "⻘": "青", "⻝": "食", "⻤": "鬼", "⻣": "骨", "⻩": "黃", "⻌": "辶", "\u2012": "–"}
)


def fold_lookalikes(text: str) -> str:
    """Undo glyph sharing: Kangxi radicals to their unified ideographs, radical-supplement look-alikes too,
    Latin ligatures to their letters, and an em space beside Chinese text to the ideographic space (a CJK
    font's one blank glyph may map to either)."""
    folded = "".join(
        unicodedata.normalize("NFKC", ch) if "\u2f00" <= ch <= "\u2fdf" or "\ufb00" <= ch <= "\ufb06" else ch
        for ch in text
    )
    return _EM_SPACE_BESIDE_CJK.sub("\u3000", folded.translate(_RADICAL_LOOKALIKES))


def read_pdf(data: bytes) -> ReadText:
    if b"%PDF-" not in data[:1024]:
        raise ImportRefused("not a PDF file (no PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ImportRefused("truncated or damaged PDF (no end-of-file marker)")
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _unlocks_without_password(reader):
            raise ImportRefused("encrypted PDF (it needs a password to open)")
        pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    except ImportRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError) as error:
        raise ImportRefused(f"damaged PDF ({type(error).__name__}: {_one_line(error)})") from None
    text = "\n".join(without_running_lines(pages)).replace("\t", " ")
    if sum(1 for ch in text if not ch.isspace()) < MIN_TEXT_CHARS:
        raise ImportRefused("no text layer; OCR is not supported")
    return ReadText(clean_text(fold_lookalikes(text)), "pdf")


def _unlocks_without_password(reader) -> bool:
    """PDFs locked only against editing open with the empty password; those with a user password do not."""
    try:
        return bool(reader.decrypt(""))
    except Exception:  # noqa: BLE001 - an unsupported cipher is just another lock we cannot open
        return False


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:160] or "unreadable structure"
