"""Readers turn a file's bytes into text. One module per format; `read_file` picks by file name ending.

Every reader answers with text or raises ImportRefused with a one-line reason; nothing a reader reads is executed
or fetched (no scripts, no linked images, no external entities).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.ingest.errors import ImportRefused

MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ReadText:
    text: str
    format: str  # txt | md | pdf | docx | doc | odt | rtf | html | mhtml
    structured: bool = False  # True when the reader already joined wrapped lines (HTML, Word, OpenDocument, RTF)
    title: str | None = None  # the title the file's properties give (Word's, OpenDocument's), if any


Reader = Callable[[bytes], ReadText]


# Every file name ending a reader takes, known without loading any reader (the window's import dialog lists them).
SUFFIXES = (".txt", ".md", ".pdf", ".docx", ".doc", ".odt", ".rtf", ".html", ".htm", ".mht", ".mhtml")


def _readers() -> dict[str, Reader]:
    from desktop_app.ingest.readers import doc, docx, html, mhtml, odt, pdf, rtf, text

    return {
        ".txt": text.read_txt,
        ".md": text.read_md,
        ".pdf": pdf.read_pdf,
        ".docx": docx.read_docx,
        ".doc": doc.read_doc,
        ".odt": odt.read_odt,
        ".rtf": rtf.read_rtf,
        ".html": html.read_html,
        ".htm": html.read_html,
        ".mht": mhtml.read_mhtml,
        ".mhtml": mhtml.read_mhtml,
    }


def supported_suffixes() -> set[str]:
    return set(SUFFIXES)


def read_file(path: Path) -> tuple[bytes, ReadText]:
    """The file's bytes (for the content hash) and its text; ImportRefused with a reason otherwise."""
    reader = _readers().get(path.suffix.lower())
    if reader is None:
        raise ImportRefused(f"unsupported file type '{path.suffix or path.name}'")
    try:
        if path.is_symlink() and not path.exists():
            raise ImportRefused("cannot read the file (it is a link to something that does not exist)")
        if not path.is_file():
            raise ImportRefused("cannot read the file (not a regular file)")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRefused(f"file is larger than the {MAX_FILE_BYTES // (1024 * 1024)} MB limit")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"cannot read the file ({error.strerror or error})") from None
    if not data.strip():
        raise ImportRefused("file is empty")
    return data, reader(data)
