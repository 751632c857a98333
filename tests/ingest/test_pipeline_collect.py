"""Which files an import of a folder takes: every supported file below it, but not what only looks like one."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ingest.pipeline import collect_files


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("內容", encoding="utf-8")


def test_a_folder_gives_its_documents_and_not_what_sits_beside_them(tmp_path: Path) -> None:
    """Lock files and resource forks are no documents; nor is the folder a browser writes beside a page saved
    whole (news.html and news_files/ with its frames and adverts). A folder that only ends in _files is kept."""
    _touch(
        tmp_path,
        "2024/report.docx", "2024/~$report.docx", "2024/._report.pdf", "2024/report.pdf", "2024/notes.xlsx",
        "web/news.html", "web/news_files/frame.htm", "web/news_files/ad/banner.html",
        "web/old_files/minutes.txt", "web/page.HTM", "web/page_files/inner.html",
    )
    found = [path.relative_to(tmp_path).as_posix() for path in collect_files([tmp_path])]
    assert found == ["2024/report.docx", "2024/report.pdf", "web/news.html", "web/old_files/minutes.txt", "web/page.HTM"]


def test_a_file_named_directly_is_taken_wherever_it_is(tmp_path: Path) -> None:
    _touch(tmp_path, "web/news.html", "web/news_files/frame.htm")
    named = tmp_path / "web" / "news_files" / "frame.htm"
    assert collect_files([named]) == [named]
    inside = tmp_path / "web" / "news_files"
    assert collect_files([inside]) == [named]  # the companion folder itself was chosen
