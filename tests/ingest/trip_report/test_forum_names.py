"""One forum, however a report writes it (APEC TEL 66, TELWG 69, APEC TELWG第67次會議): a trip report's meeting and
the forum's own record of it share forum and number, and so are one meeting in the library."""

from __future__ import annotations

import pytest

from desktop_app.core import models as m
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.queries import other_reports
from desktop_app.ingest.pipeline import import_paths
from desktop_app.ingest.trip_report.meeting import canonical_forum, forum_and_number, forum_named_in
from tests.ingest.trip_report.report_fixtures import FIXTURES, parse_fixture


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("出席亞太經濟合作電信暨資訊工作小組第66次會議（APEC TEL 66）出國報告", ("APEC TELWG", 66)),
        ("TELWG 69", ("APEC TELWG", 69)),
        ("TEL70", ("APEC TELWG", 70)),
        ("亞太電信組織第二十三屆政策與法規論壇（APT PRF-23）", ("APT PRF", 23)),
    ],
)
def test_a_forum_s_acronyms_read_as_its_one_name(name: str, expected: tuple) -> None:
    assert forum_and_number(name) == expected


def test_an_acronym_apart_from_the_number_still_names_the_forum() -> None:
    assert forum_named_in("APEC TELWG第67次會議") == "APEC TELWG"
    assert forum_named_in("Hotel TELEPHONE 第3次會議") is None  # capitals within a word are no acronym
    assert canonical_forum("APT  PRF") == "APT PRF"
    assert parse_fixture("telwg67_facts_under_first_part.txt").meetings[0].forum == "APEC TELWG"


def test_a_trip_report_and_the_forum_s_record_of_the_meeting_are_one_meeting(library: Library) -> None:
    report = FIXTURES / "telwg66_form_cover_facts_in_chapter.txt"
    record = FIXTURES / "tel66_record_of_meeting.txt"
    assert [outcome.status for outcome in import_paths(library, [report, record])] == ["added", "added"]
    with library.session() as session:
        meetings = {meeting.document.kind: meeting for meeting in session.query(m.Meeting)}
        trip = meetings["trip_report"]
        assert (trip.forum, trip.number) == ("APEC TELWG", 66)
    assert [same.document.kind for same in other_reports(library, trip)] == ["meeting_record"]


def test_short_names_taiwan_s_reports_give_new_zealand_and_singapore() -> None:
    assert [registry().resolve(name) for name in ("紐國", "纽国", "星國")] == ["NZ", "NZ", "SG"]
    assert registry().find_in_text("紐方表示支持，星方亦同意") == ["NZ", "SG"]
    assert registry().find_in_text("新的紐方案") == []  # 方 begins a word there: no side
    updates = parse_fixture("telwg66_form_cover_facts_in_chapter.txt").meetings[0].updates
    assert [update.economy for update in updates] == ["SG", "NZ", "TW"]
