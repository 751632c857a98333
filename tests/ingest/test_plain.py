"""A document of no known kind is dated by the date field it gives near its start, and by nothing else."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.parsers import parse_text


def _published(text: str):
    draft = parse_text(text, "note.txt", "0" * 64)
    assert draft.kind == "document"
    return draft.published


def test_a_labelled_date_near_the_start_dates_the_document() -> None:
    assert _published("頻譜政策說明\n報告日期：民國113年7月30日\n本文說明頻譜釋出。") == date(2024, 7, 30)
    assert _published("報告名稱 | 頻譜政策說明\n報告日期 | 民國113年07月30日\n") == date(2024, 7, 30)
    assert _published("Spectrum policy note\nDate of issue: 4 May 2024\nThis note explains the auction.") == date(2024, 5, 4)


def test_dates_in_the_text_or_far_down_do_not() -> None:
    assert _published("頻譜政策說明\n本部於113年7月30日公告頻譜釋出。") is None
    far = "\n".join(["頻譜政策說明", *(f"第{n}段說明文字，不含日期。" for n in range(30)), "日期：113年7月30日"])
    assert _published(far) is None
