"""Hostile content is stored as plain text: nothing in a document is executed, fetched or allowed to garble."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.export import export_library
from desktop_app.ingest.pipeline import import_paths


def test_markup_links_and_control_characters_in_text_are_stored_inert(library, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-MARKER-7Q", encoding="utf-8")
    enormous = "長" * 400_000 + "。"
    hostile = (
        "會議紀錄\n\n"
        "<script>alert('x')</script>\n\n"
        f'<img src="file://{secret}"> <a href="javascript:alert(1)">點此</a>\n\n'
        "鈴聲\x07與\x1b[31m色碼\x1b[0m和\x00空字元\n\n"
        f"{enormous}\n"
    )
    path = tmp_path / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    outcomes = import_paths(library, [path])
    assert [o.status for o in outcomes] == ["added"], [o.describe() for o in outcomes]
    document = export_library(library)["documents"][0]
    text = document["text"]
    assert "<script>alert('x')</script>" in text
    assert f'<img src="file://{secret}">' in text and 'href="javascript:alert(1)"' in text
    assert "SECRET-MARKER-7Q" not in text
    assert "鈴聲與[31m色碼[0m和空字元" in text
    assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
    assert enormous in text
