"""A forum is told by its name in words before a bare acronym (…數位經濟指導小組第2次會議暨TEL-DESG聯席會議 is
DESG's meeting, not TEL's), and a number after a dash that is the meeting's year is no count of meetings
(WTDC-25 held in 2025)."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.trip_report.meeting import forum_and_number, forum_named_in
from tests.ingest.trip_report.report_fixtures import parse_fixture


def test_a_joint_meeting_s_acronym_does_not_make_it_tel_s() -> None:
    meeting = parse_fixture("desg2_joint_meeting_trip_dates_only.txt").meetings[0]
    assert (meeting.forum, meeting.number) == ("APEC DESG", 2)
    assert forum_named_in("TEL-DESG聯席會議") is None
    assert forum_named_in("TEL - DESG聯席會議") is None
    assert forum_named_in("APEC TEL-70會議") == "APEC TELWG"  # a dash before a number still ends it
    assert forum_named_in("數位經濟指導小組與電信暨資訊工作小組") == "APEC DESG"  # the first named


def test_a_number_after_a_dash_that_is_the_year_is_no_meeting_number() -> None:
    meeting = parse_fixture("wtdc25_year_after_acronym.txt").meetings[0]
    assert (meeting.forum, meeting.number) == ("WTDC", None)
    assert (meeting.start_date, meeting.end_date) == (date(2025, 11, 17), date(2025, 11, 28))
    assert forum_and_number("世界電信發展大會（WTDC-25）", 2025) == ("WTDC", None)
    assert forum_and_number("無線論壇（AWG-34）", 2024) == ("AWG", 34)
    assert forum_and_number("第二十三屆政策與法規論壇（APT PRF-23）", 2023) == ("APT PRF", 23)  # the ordinal
