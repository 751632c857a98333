"""Bad input: every refused file gets one line with its reason, the library is left as it was, exit is non-zero."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfWriter

from desktop_app.core.export import export_library
from desktop_app.ingest import pipeline
from desktop_app.ingest.pipeline import STRICT_ENV, import_file
from desktop_app.ingest.readers import MAX_FILE_BYTES


def telref(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, timeout=300)


def _blank_pdf(path: Path, password: str | None = None) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password is not None:
        writer.encrypt(user_password=password, algorithm="RC4-128")
    writer.write(path)
    return path


def _bad_folder(root: Path) -> dict[str, str]:
    """A folder of files that must all be refused, each with the words its reason must contain."""
    folder = root / "incoming"
    folder.mkdir()
    (folder / "noise.txt").write_bytes(random.Random(6).randbytes(30000))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("  \n\r\n\t \n", encoding="utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01\x02PK\x03\x04" * 500)
    _blank_pdf(folder / "scan.pdf")
    _blank_pdf(folder / "locked.pdf", password="secret")
    whole = _blank_pdf(root / "whole.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (folder / "old-word.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    (folder / "minutes.rtf").write_bytes(b"{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}}")
    (folder / "gone.txt").symlink_to(root / "deleted-long-ago.txt")
    with (folder / "huge.txt").open("wb") as handle:  # sparse: over the limit without using the disk
        handle.truncate(MAX_FILE_BYTES + 1)
    os.mkfifo(folder / "pipe.txt")  # not a regular file; reading it would hang
    return {
        "noise.txt": "not readable as text",
        "empty.txt": "file is empty",
        "blank.md": "file is empty",
        "binary.md": "not readable as text",
        "scan.pdf": "no text layer; OCR is not supported",
        "locked.pdf": "encrypted PDF",
        "truncated.pdf": "truncated or damaged PDF",
        "old-word.docx": "damaged Word .doc document",
        "minutes.rtf": "no text in the RTF document",
        "gone.txt": "cannot read the file",
        "huge.txt": "larger than the 50 MB limit",
    }


def test_each_bad_file_is_refused_in_one_line_and_the_library_is_unchanged(
    seeded_library_file: Path, tmp_path: Path
) -> None:
    db = tmp_path / "library.sqlite"
    db.write_bytes(seeded_library_file.read_bytes())
    before = telref("--db", str(db), "export", "--json").stdout
    expected = _bad_folder(tmp_path)
    result = telref("--db", str(db), "import", str(tmp_path / "incoming"), str(tmp_path / "incoming" / "pipe.txt"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.strip().splitlines()
    refused = {Path(line.split(": ", 1)[0].split(None, 1)[1]).name: line for line in lines[:-1]}
    assert all(line.startswith("refused  ") for line in lines[:-1]), lines
    for name, reason in expected.items():
        assert reason in refused[name], refused[name]
    assert "not a regular file" in refused["pipe.txt"]
    assert lines[-1] == f"0 added, 0 skipped, {len(expected) + 1} refused"
    after = telref("--db", str(db), "export", "--json").stdout
    assert json.loads(after) == json.loads(before)


def test_a_good_file_among_bad_ones_is_still_added(report_seed: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "report.txt").write_bytes(report_seed.read_bytes())
    (folder / "noise.txt").write_bytes(random.Random(7).randbytes(5000))
    (folder / "~$report.docx").write_bytes(b"lock file of an open Word document")
    result = telref("--db", str(tmp_path / "library.sqlite"), "import", str(folder))
    assert result.returncode == 1
    assert result.stdout.strip().splitlines()[-1] == "1 added, 0 skipped, 1 refused"


def test_an_unexpected_parser_failure_becomes_a_refusal(
    library, report_seed: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_parser(text: str, source: str, sha256: str, prejoined: bool = False, file_title: str | None = None):
        raise RuntimeError("parser bug\nsecond line")

    monkeypatch.setattr(pipeline, "parse_text", broken_parser)
    monkeypatch.delenv(STRICT_ENV, raising=False)
    outcome = import_file(library, report_seed)
    assert outcome.status == "refused"
    assert outcome.reason == "could not be imported (RuntimeError: parser bug second line)"
    assert export_library(library)["documents"] == []
    monkeypatch.setenv(STRICT_ENV, "1")
    with pytest.raises(RuntimeError, match="parser bug"):
        import_file(library, report_seed)
