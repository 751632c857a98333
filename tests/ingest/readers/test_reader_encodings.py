"""The same report in every encoding and line-ending a ministry folder holds imports to the same structure."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest
from readers_support import import_alone, structure

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers.text import decode_text, read_txt


def _portable(text: str) -> str:
    """The report without the few characters Big5 cannot hold (accented Latin, a Simplified 来, bullets)."""
    return "".join(ch for ch in text if ch.encode("cp950", errors="ignore"))


VARIANTS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8 with BOM": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "utf-16-le with BOM": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be with BOM": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "big5 (cp950)": lambda t: t.encode("cp950"),
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-8 CRLF": lambda t: t.replace("\n", "\r\n").encode("utf-8"),
    "utf-8 CR": lambda t: t.replace("\n", "\r").encode("utf-8"),
    "big5 CRLF": lambda t: t.replace("\n", "\r\n").encode("cp950"),
}


@pytest.fixture(scope="module")
def portable_report(report_text: str) -> str:
    return _portable(report_text)


@pytest.fixture(scope="module")
def baseline(portable_report: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("baseline")
    source = folder / "report.txt"
    source.write_bytes(portable_report.encode("utf-8"))
    return import_alone(source, folder / "library.sqlite")


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_every_encoding_imports_to_the_same_structure(
    variant: str, portable_report: str, baseline: dict, tmp_path: Path
) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(VARIANTS[variant](portable_report))
    imported = import_alone(path, tmp_path / "library.sqlite")
    assert imported["documents"][0]["text"] == baseline["documents"][0]["text"]
    assert structure(imported) == structure(baseline)


@pytest.mark.parametrize("encoding", ["cp950", "gb18030"])
def test_short_legacy_text_is_told_apart_by_its_characters(encoding: str) -> None:
    """A few lines are enough: Big5 bytes read as GB18030 (and back) give rare characters, not common ones."""
    text = "國家通訊傳播委員會出席亞太經濟合作會議，討論數位經濟與資通安全議題。\n"
    assert decode_text(text.encode(encoding)) == text


def test_utf8_with_a_stray_bad_byte_stays_utf8(portable_report: str) -> None:
    head, tail = portable_report[:3000].encode("utf-8"), portable_report[3000:].encode("utf-8")
    assert decode_text(head + b"\xff" + tail) == portable_report[:3000] + "\ufffd" + portable_report[3000:]


def test_binary_noise_is_refused() -> None:
    noise = random.Random(6).randbytes(20000)
    with pytest.raises(ImportRefused, match="not readable as text"):
        read_txt(noise)
