"""A full report (出國報告) opens with the government form instead of the brief report's numbered cover: the
form's header, unnumbered fields (服務機關：…, 出國期間：…), a summary and a table of contents. Its meeting is
read from the title and the form; its body parses as the brief report's does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.parsers import parse_text

SECOND_REPORT = Path(__file__).parents[2] / "fixtures" / "telwg70_report.txt"
FORM = """出國報告（出國類別：開會）

出席 APEC 電信暨資訊工作小組第 70 次會議報告

服務機關：數位發展部
姓名職稱：林大明 科長
派赴國家：南韓
出國期間：114年3月29日至114年4月3日
報告日期：114年5月1日

摘要
本次會議於南韓釜山舉行，我國代表團積極參與各項議程。

目　次
壹、 目的 ........................................................ 1
貳、 過程 ........................................................ 2
參、 心得與建議 .................................................. 9

"""


def _body() -> str:
    text = SECOND_REPORT.read_text(encoding="utf-8")
    return text[text.index("壹、 目的") :]


@pytest.fixture(scope="module")
def full() -> DocumentDraft:
    return parse_text(FORM + _body(), "full.txt", "0" * 64)


def test_the_meeting_is_read_from_the_title_and_the_form(full: DocumentDraft) -> None:
    assert (full.kind, full.title) == ("trip_report", "出席 APEC 電信暨資訊工作小組第 70 次會議報告")
    meeting = full.meetings[0]
    assert (meeting.name, meeting.forum, meeting.number) == ("APEC 電信暨資訊工作小組第 70 次會議", "APEC TELWG", 70)
    assert (meeting.start_date, meeting.end_date) == (date(2025, 3, 29), date(2025, 4, 3))  # the trip's dates
    assert (meeting.location, meeting.host_economy) == ("南韓", "KR")


def test_the_form_is_the_first_section_and_the_body_parses_as_the_brief_reports(full: DocumentDraft) -> None:
    brief = parse_text(SECOND_REPORT.read_text(encoding="utf-8"), "brief.txt", "1" * 64)
    assert full.sections[0].text.split("\n") == [
        "服務機關：數位發展部",
        "姓名職稱：林大明 科長",
        "派赴國家：南韓",
        "出國期間：114年3月29日至114年4月3日",
        "報告日期：114年5月1日",
        "摘要：本次會議於南韓釜山舉行，我國代表團積極參與各項議程。",
    ]
    assert [s.heading for s in full.sections[1:]] == [s.heading for s in brief.sections[1:]]
    assert [(s.title, s.date, s.start) for s in full.meetings[0].sessions] == [
        (s.title, s.date, s.start) for s in brief.meetings[0].sessions
    ]
    assert [(u.economy, u.heading) for u in full.meetings[0].updates] == [
        (u.economy, u.heading) for u in brief.meetings[0].updates
    ]
