"""A meeting record's opening: forum and number, dates and place, attendance."""

from __future__ import annotations

from datetime import date

from desktop_app.ingest.meeting_record.header import attendance, dates_and_place, forum_and_number, record_title


def test_forum_and_number_from_an_ordinal_or_the_record_s_symbol() -> None:
    assert forum_and_number("65th APEC Telecommunications and Information Working Group Meeting", "") == ("APEC TELWG", 65)
    assert forum_and_number("Telecommunications and Information Working Group Meeting", "2022/TEL65/SUMMARY") == (
        "APEC TELWG", 65
    )
    assert forum_and_number("APEC Policy Partnership on Science Meeting (PPSTI23)", "") == ("PPSTI", 23)
    assert forum_and_number("Annual Meeting", "") == (None, None)


def test_dates_and_place_from_fields_from_held_in_or_from_one_line() -> None:
    fields = dates_and_place(["Date: 2-4 March 2021", "Venue: Auckland, New Zealand (virtual)"], "")
    assert fields[0].start == date(2021, 3, 2) and fields[2] == "Auckland, New Zealand (virtual)"
    held = dates_and_place([], "1. TEL62 was held in Lima, Peru on 12-14 May 2016. It was chaired by …")
    assert (held[0].start, held[0].end, held[2]) == (date(2016, 5, 12), date(2016, 5, 14), "Lima, Peru")
    line = dates_and_place(["Summary Report", "Kuala Lumpur, Malaysia | 1-3 October 2020"], "")
    assert line[0].end == date(2020, 10, 3) and line[2] == "Kuala Lumpur, Malaysia"
    assert dates_and_place(["Summary Report"], "The meeting was useful.") == (None, None, None)


def test_attendance_names_the_present_after_its_words_and_the_absent() -> None:
    present, absent = attendance(
        "The Chair of Japan opened it. The meeting was attended by Canada; Hong Kong, China and Peru. "
        "Chile and Russia were absent. Representatives of ABAC also attended."
    )
    assert present == ["CA", "HK", "PE"] and absent == ["CL", "RU"]


def test_the_title_names_the_kind_of_record_once() -> None:
    assert record_title(["Summary Report"], "TEL60 Meeting") == "Summary Report: TEL60 Meeting"
    assert record_title(["SUMMARY REPORT"], "TEL60 Meeting") == "Summary Report: TEL60 Meeting"
    assert record_title(["x"], "Summary Report of the TEL60 Meeting") == "Summary Report of the TEL60 Meeting"


def test_attendance_named_before_or_after_participated_and_those_who_did_not_attend() -> None:
    present, absent = attendance(
        "The following economies participated: Canada; Hong Kong, China; and Peru. Chile and Russia did not attend."
    )
    assert present == ["CA", "HK", "PE"] and absent == ["CL", "RU"]
    assert attendance("Australia, Japan and Viet Nam took part in the meeting.") == (["AU", "JP", "VN"], [])
    assert attendance("Representatives of ABAC and the ITU participated as guests.") == ([], [])
