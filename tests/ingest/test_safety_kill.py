"""A kill mid-import leaves only whole documents; running the same import again completes it, once each."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

DOCUMENTS = 120


def _generated_document(n: int) -> str:
    """A plain document of a fixed shape (9 outline sections) with text unique to n."""
    parts = [f"第 {n} 號工作會議紀錄"]
    for part, label in enumerate("壹貳參"):
        parts.append(f"{label}、議題 {n}-{part}")
        for sub, sublabel in enumerate("一二"):
            parts.append(f"{sublabel}、子題 {n}-{part}-{sub}")
            parts.append(f"第 {n} 號文件的第 {part} 部分第 {sub} 段，討論頻譜、資安與數位經濟。" * 12)
    return "\n\n".join(parts) + "\n"


def _counts(db: Path) -> tuple[str, list[tuple[int, int]]]:
    connection = sqlite3.connect(db)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        rows = connection.execute(
            "SELECT d.id, (SELECT count(*) FROM sections s WHERE s.document_id = d.id) FROM documents d"
        ).fetchall()
        return integrity, rows
    finally:
        connection.close()


def _document_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        connection = sqlite3.connect(db, timeout=1)
        try:
            return connection.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0  # the schema is still being created


def test_killed_import_leaves_whole_documents_and_rerun_completes(tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    for n in range(DOCUMENTS):
        (folder / f"doc{n:03}.txt").write_text(_generated_document(n), encoding="utf-8")
    db = tmp_path / "library.sqlite"
    command = [sys.executable, "-m", "desktop_app", "--db", str(db), "import", str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _document_count(db) < 5 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.02)
    assert process.poll() is None, "the import finished before it could be killed; raise DOCUMENTS"
    process.send_signal(signal.SIGKILL)
    process.wait()

    integrity, rows = _counts(db)
    assert integrity == "ok"
    assert 5 <= len(rows) < DOCUMENTS
    assert {sections for _, sections in rows} == {10}  # the preamble and 9 headings, for every document

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stdout[-2000:] + rerun.stderr[-2000:]
    assert rerun.stdout.strip().splitlines()[-1] == f"{DOCUMENTS - len(rows)} added, {len(rows)} skipped, 0 refused"
    integrity, rows = _counts(db)
    assert integrity == "ok"
    assert len(rows) == DOCUMENTS and {sections for _, sections in rows} == {10}
    connection = sqlite3.connect(db)
    sources = [row[0] for row in connection.execute("SELECT source FROM documents ORDER BY source")]
    connection.close()
    assert sources == [f"doc{n:03}.txt" for n in range(DOCUMENTS)]
