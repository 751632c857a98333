"""A report laid out in chapters (第一章 › 第一節 › 一、) with an unnumbered cover (會議名稱：…), after an online
meeting and without a schedule table, extracts as the numbered template's reports do: its meeting, delegation,
sessions (from its headings), country updates and recommendations. Every rule it needs is shape or template
data, not its wording: the fixture differs from the seeds in layout throughout."""

from __future__ import annotations

from datetime import date

import pytest
from report_fixtures import FIXTURES, parse_fixture

from desktop_app.core.drafts import DocumentDraft

FIXTURE = FIXTURES / "telwg65_chapters_report.txt"


@pytest.fixture(scope="module")
def draft() -> DocumentDraft:
    return parse_fixture(FIXTURE.name)


def test_it_is_read_as_a_trip_report_whose_chapters_nest(draft: DocumentDraft) -> None:
    assert draft.kind == "trip_report"
    assert draft.title == "出席亞太經濟合作電信暨資訊工作小組第65次會議報告"
    tree = [(s.label, s.heading, draft.sections[s.parent].label if s.parent is not None else None) for s in draft.sections]
    assert tree[1:5] == [("第一章", "前言", None), ("第二章", "會議紀要", None), ("第一節", "大會", "第二章"), ("一、", "開幕", "第一節")]
    assert ("第二節", "指導分組會議", "第二章") in tree and ("第四章", "附錄", None) in tree
    assert not any("第二節" in section.text or "第三章" in section.text for section in draft.sections)


def test_meeting_from_an_unnumbered_cover(draft: DocumentDraft) -> None:
    meeting = draft.meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC TELWG", 65)
    assert (meeting.start_date, meeting.end_date) == (date(2022, 5, 9), date(2022, 5, 13))
    assert (meeting.host_economy, meeting.chair_name, meeting.chair_organization) == (
        "TH", "Somchai Prasert", "泰國國家廣播電信委員會（NBTC）"
    )
    assert len(meeting.economies_present) == 18 and meeting.economies_present[-1] == "TW"
    assert meeting.economies_absent == []


def test_delegation_rows_in_any_order_with_ideographic_spaces(draft: DocumentDraft) -> None:
    delegates = [(p.name, p.title, p.organization, p.economy) for p in draft.meetings[0].people if p.role == "delegate"]
    assert delegates == [
        ("王美玲", "科長", "國家通訊傳播委員會 綜合規劃處", "TW"),
        ("李志明", "專員", "數位發展部 電信建設司", "TW"),
        ("黃怡君", "研究員", "財團法人電信技術中心", "TW"),
    ]


def test_sessions_come_from_the_headings_without_a_schedule(draft: DocumentDraft) -> None:
    meeting = draft.meetings[0]
    sessions = [(s.kind, s.body, draft.sections[s.section].heading) for s in meeting.sessions]
    assert sessions == [
        ("plenary", None, "大會"),
        ("steering_group", "LSG", "自由化指導分組（LSG）"),
        ("steering_group", "DPSG", "數位繁榮指導分組（DPSG）"),
    ]
    updates = [(u.economy, meeting.sessions[u.session].kind) for u in meeting.updates]
    assert updates == [("JP", "plenary"), ("US", "plenary"), ("TW", "plenary"), ("SG", "plenary")]


def test_recommendations_written_as_numbered_sentences(draft: DocumentDraft) -> None:
    assert [(r.title, r.text) for r in draft.recommendations] == [
        ("持續關注各經濟體Beyond 5G及6G研發動向", "作為我國政策規劃參考。"),
        ("建議積極參與APEC數位包容相關計畫", "爭取主辦研討會。"),
    ]


def test_an_ordinal_in_chinese_numerals_numbers_the_meeting() -> None:
    """The same report with its meeting written 第六十五次, in its title and its cover: forum and number as before."""
    from desktop_app.ingest.parsers import parse_text

    text = FIXTURE.read_text(encoding="utf-8").replace("（APEC TELWG 65）", "").replace("第65次", "第六十五次")
    meeting = parse_text(text, FIXTURE.name, "1" * 64).meetings[0]
    assert "第六十五次會議" in meeting.name and (meeting.forum, meeting.number) == ("APEC TELWG", 65)
