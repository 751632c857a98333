"""Write a brief to a file, PDF or HTML by the file's suffix: one call for the command line and the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.html import email_html
from desktop_app.render.pdf import write_pdf

FORMATS = (".pdf", ".html", ".htm")


def write_brief(
    brief: Brief, path: Path, library_name: str, paper: str = "a4", printed_on: date | None = None
) -> Path:
    """Save the brief at path; raises ValueError for an unknown suffix, FileNotFoundError when its folder does not
    exist and FontMissing when PDF cannot show Chinese."""
    suffix = path.suffix.lower()
    if not path.parent.is_dir():  # else Qt's PDF writer fails quietly and paints thousands of warnings
        raise FileNotFoundError(f"cannot write {path}: there is no folder {path.parent}")
    stamp = (printed_on or date.today()).isoformat()
    if suffix == ".pdf":
        write_pdf(brief, path, library_name, stamp, paper)
    elif suffix in (".html", ".htm"):
        path.write_text(email_html(brief, library_name, stamp), encoding="utf-8")
    else:
        raise ValueError(f"write a .pdf or .html file, not {path.name!r}")
    return path
