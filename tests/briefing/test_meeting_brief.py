"""A meeting brief when several documents report the meeting: which report it is of, what the others add, and
nothing said twice or in the wrong language (QA of printed briefs, TELWG 68 and 69)."""

from __future__ import annotations

from desktop_app.briefing.blocks import Brief, Facts, Heading, Note, Table
from desktop_app.briefing.build import BriefRequest, build_brief
from desktop_app.briefing.meeting import meeting_brief
from desktop_app.briefing.resolve import resolve_meeting
from desktop_app.core.library import Library
from tests.briefing.tel69_reports import (
    CHAIR,
    CHAIR_ORGANIZATION,
    COPY_SOURCE,
    FULL_SOURCE,
    KOREA_EN,
    KOREA_ZH,
    SINGAPORE_EN,
    THIN_SOURCE,
    meeting_of,
)


def _brief(library: Library, lang: str = "zh") -> Brief:
    return build_brief(library, BriefRequest("meeting", "TELWG 69", lang))


def _facts(brief: Brief) -> dict[str, str]:
    return dict(next(block for block in brief.blocks if isinstance(block, Facts)).rows)


def _table_after(brief: Brief, heading: str) -> Table:
    at = next(i for i, block in enumerate(brief.blocks) if isinstance(block, Heading) and block.text == heading)
    return next(block for block in brief.blocks[at:] if isinstance(block, Table))


def _cells(brief: Brief) -> str:
    return "\n".join(cell for block in brief.blocks if isinstance(block, Table) for row in block.rows for cell in row)


def test_a_meeting_brief_is_of_its_fullest_trip_report_and_says_so(tel69_library: Library) -> None:
    """TELWG 68 was briefed from a cover-less report of one session and four updates, filed first, while the
    full trip report of the meeting held twelve sessions and 28 updates."""
    full = {meeting_of(tel69_library, source): source for source in (FULL_SOURCE, COPY_SOURCE)}
    chosen = resolve_meeting(tel69_library, "TELWG 69")
    assert chosen in full, "either copy of the full report, not the thin one"
    brief = _brief(tel69_library)
    assert full[chosen] in brief.subtitle and brief.subtitle.startswith("依據：數位發展部出席")
    assert len(_table_after(brief, "會議議程").rows) == 2


def test_officers_named_only_in_the_record_are_in_the_brief_once(tel69_library: Library) -> None:
    """TELWG 69's record names a vice chair and convenors no trip report names; people both name are listed
    once."""
    officers = _table_after(_brief(tel69_library, "en"), "Chairs, convenors and speakers")
    names = [row[0] for row in officers.rows]
    assert "Aiko Sato" in names and "Hiroshi Yamada" in names
    assert names.count(CHAIR) == 1 and names.count("Ramiro Ortega") == 1
    assert dict((row[0], row[3]) for row in officers.rows)["Aiko Sato"] == "Vice chair"


def test_updates_come_in_the_brief_s_language_each_economy_once(tel69_library: Library) -> None:
    english, chinese = _cells(_brief(tel69_library, "en")), _cells(_brief(tel69_library, "zh"))
    assert KOREA_EN[:40] in english and KOREA_ZH[:20] not in english, "the record's English update"
    assert KOREA_ZH[:20] in chinese and KOREA_EN[:40] not in chinese, "the trip report's Chinese one"
    assert SINGAPORE_EN[:40] in chinese, "an economy only the record covers is still there"
    assert "我國說明非同步衛星" in english, "and one only the trip report covers"
    assert chinese.count("韓國 Korea") == 1 and english.count("Korea 韓國") == 1


def test_dates_as_written_are_printed_only_in_the_brief_s_language(tel69_library: Library) -> None:
    english = _facts(_brief(tel69_library, "en"))["Dates"]
    assert english == "2024-08-26 to 2024-08-30", english
    record = meeting_brief(tel69_library, meeting_of(tel69_library, "m1_tel69_summary_record.txt"), "zh")
    assert "August" not in _facts(record)["會議日期"]
    assert "2024年8月26日（星期一）" in _facts(_brief(tel69_library, "zh"))["會議日期"]


def test_the_chair_row_and_the_officers_table_agree(tel69_library: Library) -> None:
    """The officers table took the chair's organization from the person (shared by every report) while the
    Chair row took the meeting's: a report naming no organization printed one in the table only."""
    for source, organization in ((FULL_SOURCE, CHAIR_ORGANIZATION), (THIN_SOURCE, "")):
        brief = meeting_brief(tel69_library, meeting_of(tel69_library, source), "zh")
        chair_row = _facts(brief)["會議主席"]
        officer = next(row for row in _table_after(brief, "主席、召集人與講者").rows if row[0] == CHAIR)
        assert officer[2] == organization and chair_row == "，".join(filter(None, (CHAIR, organization)))


def test_a_steering_group_s_kind_is_written_as_the_window_writes_it(tel69_library: Library) -> None:
    kinds = [row[-1] for row in _table_after(_brief(tel69_library), "會議議程").rows]
    assert "指導分組 · DPSG" in kinds


def test_reports_of_one_title_are_told_apart_and_a_missing_part_is_this_report_s(tel69_library: Library) -> None:
    """TELWG 66 listed three identical titles under Reports; 'Nothing in the library yet.' under Decisions misled
    when only this report lists none."""
    brief = _brief(tel69_library, "en")
    reports = _facts(brief)["Reports"].splitlines()
    assert len(reports) == 4 and len(set(reports)) == 4
    assert any(COPY_SOURCE in report and "imported" in report for report in reports)
    at = next(i for i, block in enumerate(brief.blocks) if isinstance(block, Heading) and block.text == "Decisions")
    assert brief.blocks[at + 1] == Note("This report lists none.")
