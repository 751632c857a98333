"""Content-hash de-duplication: the same file again, or under another name, adds nothing and says so."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest

from desktop_app.ingest.pipeline import import_paths


def _pdf(path: Path, text: str) -> None:
    from PySide6.QtGui import QFont, QPdfWriter, QTextDocument

    writer = QPdfWriter(str(path))
    document = QTextDocument()
    document.setDefaultFont(QFont("Noto Sans CJK TC", 10))
    document.setPlainText(text)
    document.print_(writer)
    del writer


def _docx(path: Path, text: str) -> None:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(path)


TEXT = "頻譜政策研討會紀錄\n\n壹、目的\n\n了解各經濟體 5G 頻譜釋出的做法。\n\n貳、過程\n\n與會者交換意見。"
WRITERS = {
    "txt": lambda path: path.write_text(TEXT, encoding="utf-8"),
    "md": lambda path: path.write_text("# " + TEXT, encoding="utf-8"),
    "pdf": lambda path: _pdf(path, TEXT),
    "docx": lambda path: _docx(path, TEXT),
    "html": lambda path: path.write_text(f"<html><body><article><p>{TEXT}</p></article></body></html>", encoding="utf-8"),
}


@pytest.mark.parametrize("suffix", list(WRITERS))
def test_same_file_again_or_renamed_is_skipped(suffix: str, library, qapp, tmp_path: Path) -> None:
    original = tmp_path / f"minutes.{suffix}"
    WRITERS[suffix](original)
    copy = tmp_path / "copies" / f"renamed copy.{suffix}"
    copy.parent.mkdir()
    shutil.copy(original, copy)
    first = import_paths(library, [original])
    again = import_paths(library, [original, copy])
    assert [o.status for o in first] == ["added"]
    assert [o.status for o in again] == ["skipped", "skipped"]
    assert {o.document_id for o in again} == {first[0].document_id}
    assert all("already in the library as #" in o.describe() for o in again)
    assert library.document_count() == 1


def test_a_revised_file_of_the_same_title_is_added_and_named_as_a_possible_new_version(library, tmp_path: Path) -> None:
    """Nothing is replaced unasked (two delegations may file reports of one title), but the reader is told."""
    original, revised, other = tmp_path / "minutes.txt", tmp_path / "minutes-v2.txt", tmp_path / "other.txt"
    original.write_text(TEXT, encoding="utf-8")
    revised.write_text(TEXT + "\n\n參、建議\n\n持續參與。", encoding="utf-8")
    other.write_text(TEXT.replace("頻譜政策研討會紀錄", "漫遊政策研討會紀錄"), encoding="utf-8")
    (first,) = import_paths(library, [original])
    second, third = import_paths(library, [revised, other])
    assert first.namesakes == () and second.status == "added" and second.namesakes == (first.document_id,)
    assert f"same title as #{first.document_id}" in second.describe()
    assert third.namesakes == () and "same title" not in third.describe()
    assert library.document_count() == 3
