"""Tables of contents are taken out before a text is outlined: their entries look like headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.resources import seed_files
from desktop_app.ingest.contents import without_contents
from desktop_app.ingest.parsers import parse_text

SECOND_REPORT = Path(__file__).parents[1] / "fixtures" / "telwg70_report.txt"
FIRST_HEADING = "壹、 目的"
LEADER_CONTENTS = """目　次
壹、 目的 ......................................................... 1

貳、 過程 ......................................................... 2
一、 會議時間 ..................................................... 2
二、 會議主席 ..................................................... 3
參、 心得與建議 ................................................... 9
圖目次
圖 1：泰國智慧城市計畫推動架構 ……………………………… 6
"""
WORD_CONTENTS = "目錄\n壹、 目的\t1\n貳、 過程\t2\n一、 會議時間\t2\n參、 心得與建議\t9\n"


def _with_contents(contents: str) -> str:
    text = SECOND_REPORT.read_text(encoding="utf-8")
    at = text.index(FIRST_HEADING)
    return text[:at] + contents + text[at:]


@pytest.mark.parametrize("contents", [LEADER_CONTENTS, WORD_CONTENTS], ids=["leaders", "word-tabs"])
def test_a_report_with_contents_reads_as_without(contents: str) -> None:
    """The entries (and the contents' titles) go, the report around them stays as it was, so it parses the same:
    its cover, meeting, sessions and sections."""
    original = SECOND_REPORT.read_text(encoding="utf-8")
    assert without_contents(_with_contents(contents)) == original
    plain = parse_text(original, "report.txt", "0" * 64)
    with_contents = parse_text(_with_contents(contents), "report.txt", "1" * 64)
    assert [s.heading for s in with_contents.sections] == [s.heading for s in plain.sections]
    assert with_contents.meetings[0].sessions == plain.meetings[0].sessions


@pytest.mark.parametrize(
    "text",
    [
        "各經濟體代表……等，共 14\n個經濟體出席。",  # prose with an ellipsis, a number at the line's end
        "壹、 目的  1\n貳、 過程  2\n本段說明。",  # two apart-numbered headings are not yet a contents
        "參、 第三部分  9\n貳、 第二部分  5\n壹、 第一部分  1",  # page numbers going down: not a contents
        "3月 30日（日） 09：00-12:00\n團長會議\n4月 1日（二） 14:00-17:30",  # a schedule's times
        "目次\n本報告共分三章。",  # a title with no entries after it
    ],
    ids=["ellipsis", "two-headings", "descending", "schedule", "lone-title"],
)
def test_what_only_resembles_contents_stays(text: str) -> None:
    assert without_contents(text) == text


def test_the_seeds_hold_no_contents() -> None:
    assert len(seed_files()) == 2
    for seed in seed_files():
        text = seed.read_text(encoding="utf-8")
        assert without_contents(text) == text
