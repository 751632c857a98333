"""`telref brief` as a user runs it: a real subprocess on a copy of the seeded library, the PDF read back."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader


def telref(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True, text=True, encoding="utf-8", env=environment, timeout=120,
    )


def _library(seeded_library_file: Path, tmp_path: Path) -> Path:
    return Path(shutil.copy(seeded_library_file, tmp_path / "library.sqlite"))


def test_economy_brief_pdf(seeded_library_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = telref("--db", str(_library(seeded_library_file, tmp_path)), "brief", "--economy", "JP", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out)
    reader = PdfReader(out)
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    assert "經濟體簡報：日本Japan" in text and "TELWG68" in text and f"第1頁／共{len(reader.pages)}頁" in text
    assert (round(float(reader.pages[0].mediabox.width)), round(float(reader.pages[0].mediabox.height))) == (595, 842)


def test_unknown_economy_is_one_line_with_the_closest(seeded_library_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    done = telref("--db", str(_library(seeded_library_file, tmp_path)), "brief", "--economy", "Japn", "--out", str(out))
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.count("\n") == 1 and "closest:" in done.stderr and "Japan" in done.stderr


def test_a_folder_that_does_not_exist_is_one_line_and_nothing_else(seeded_library_file: Path, tmp_path: Path) -> None:
    """Qt's PDF writer painted two thousand warnings and the repair step ended in a traceback."""
    library = str(_library(seeded_library_file, tmp_path))
    for name in ("x.pdf", "x.html"):
        out = tmp_path / "missing" / name
        done = telref("--db", library, "brief", "--economy", "JP", "--out", str(out))
        assert done.returncode == 1 and not out.parent.exists()
        assert done.stderr == f"telref brief: cannot write {out}: there is no folder {out.parent}\n"


def test_unknown_meeting_and_topic_fail_plainly(seeded_library_file: Path, tmp_path: Path) -> None:
    db = str(_library(seeded_library_file, tmp_path))
    for option, name, closest in (("--meeting", "TELWG 60 Meeting", "TELWG 68"), ("--topic", "satelite", "Satellite")):
        done = telref("--db", db, "brief", option, name, "--out", str(tmp_path / "x.html"))
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert closest in done.stderr


def test_without_a_chinese_font_nothing_is_written(seeded_library_file: Path, tmp_path: Path) -> None:
    """Fontconfig pointed at an empty folder: the machine has no fonts at all."""
    library = _library(seeded_library_file, tmp_path)
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    config = tmp_path / "fonts.conf"
    config.write_text(f"<?xml version='1.0'?><fontconfig><dir>{fonts}</dir><cachedir>{fonts}</cachedir></fontconfig>")
    out = tmp_path / "x.pdf"
    done = telref(
        "--db", str(library), "brief", "--topic", "ai", "--out", str(out),
        env={"FONTCONFIG_FILE": str(config)},
    )
    assert done.returncode == 3 and not out.exists()
    assert done.stderr.count("\n") == 1 and "no Chinese font found" in done.stderr


def test_a_search_brief_lists_what_the_search_finds(seeded_library_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.html"
    done = telref("--db", str(_library(seeded_library_file, tmp_path)), "brief", "--search", "SATRIA-1", "--out", str(out))
    assert done.returncode == 0, done.stderr
    html = out.read_text(encoding="utf-8")
    assert "搜尋結果" in html and "SATRIA-1" in html and "出處" in html
    nothing = tmp_path / "nothing.html"
    done = telref("--db", str(tmp_path / "library.sqlite"), "brief", "--search", "zzzz", "--out", str(nothing))
    assert done.returncode == 1 and not nothing.exists(), "a page of nothing is not written"
    assert done.stderr == "telref brief: the library holds nothing on zzzz; no file written\n"


def test_a_search_brief_takes_the_search_s_filters(seeded_library_file: Path, tmp_path: Path) -> None:
    """--search with --economy, --topic, --meeting or --kind narrows the search and names the filters; without
    --search, one subject and no --kind."""
    db = str(_library(seeded_library_file, tmp_path))
    everything, korea = tmp_path / "all.html", tmp_path / "korea.html"
    assert telref("--db", db, "brief", "--search", "5G", "--out", str(everything)).returncode == 0
    done = telref("--db", db, "brief", "--search", "5G", "--economy", "Korea", "--kind", "trip_report", "--out", str(korea))
    assert done.returncode == 0, done.stderr
    narrowed = korea.read_text(encoding="utf-8")
    assert "篩選：韓國 Korea · 出國報告" in narrowed

    def hits(html: str) -> int:
        return int(re.search(r"共 (\d+) 筆", html)[1])

    assert 0 < hits(narrowed) < hits(everything.read_text(encoding="utf-8"))
    for wrong in (["--meeting", "TELWG 68", "--topic", "ai"], ["--economy", "JP", "--kind", "news_article"], []):
        refused = telref("--db", db, "brief", *wrong, "--out", str(tmp_path / "x.html"))
        assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1, wrong


def test_an_economy_brief_on_a_topic_holds_only_what_it_said_on_it(seeded_library_file: Path, tmp_path: Path) -> None:
    db = str(_library(seeded_library_file, tmp_path))
    whole, on_5g = tmp_path / "kr.html", tmp_path / "kr-5g.html"
    assert telref("--db", db, "brief", "--economy", "KR", "--out", str(whole)).returncode == 0
    done = telref("--db", db, "brief", "--economy", "Korea", "--topic", "5G", "--out", str(on_5g))
    assert done.returncode == 0, done.stderr
    narrowed, everything = on_5g.read_text(encoding="utf-8"), whole.read_text(encoding="utf-8")
    assert "韓國 Korea · 5G" in narrowed and "出席紀錄" not in narrowed and "出席紀錄" in everything
    assert narrowed.count("<tr") < everything.count("<tr")


def test_an_empty_search_brief_without_a_filter_is_refused(seeded_library_file: Path, tmp_path: Path) -> None:
    """It printed a titled page of nothing; with a filter, the filter's sections are the brief."""
    library = str(_library(seeded_library_file, tmp_path))
    out = tmp_path / "x.pdf"
    done = telref("--db", library, "brief", "--search", " ", "--out", str(out))
    assert done.returncode == 2 and not out.exists() and "--search needs words" in done.stderr
    done = telref("--db", library, "brief", "--search", "", "--economy", "KR", "--out", str(out))
    assert done.returncode == 0 and "韓國" in "".join(page.extract_text() for page in PdfReader(out).pages)


def test_a_brief_with_nothing_in_it_is_one_line_and_no_file(seeded_library_file: Path, tmp_path: Path) -> None:
    """--economy KR --topic blockchain wrote a page saying nothing and exited 0."""
    out = tmp_path / "x.pdf"
    done = telref(
        "--db", str(_library(seeded_library_file, tmp_path)), "brief", "--economy", "KR", "--topic", "blockchain",
        "--out", str(out),
    )
    assert done.returncode == 1 and not out.exists() and done.stdout == ""
    assert done.stderr == "telref brief: the library holds nothing on 韓國 Korea · 區塊鏈; no file written\n"
