"""Running heads of a record's pages: a page's number beside the record's symbol or title."""

from __future__ import annotations

from desktop_app.ingest.meeting_record.pages import is_running_head, without_running_heads


def test_a_page_number_beside_a_symbol_or_title_is_a_running_head() -> None:
    assert is_running_head("\f2021/TEL63/SUMMARY" + " " * 40 + "Page 2 of 3")
    assert is_running_head("2021/TEL63/SUMMARY Page 2 of 3")
    assert is_running_head("Page 4 | Summary Report of TEL63")
    assert is_running_head("TEL63 Summary Report\tPage 3")


def test_a_sentence_that_names_a_page_is_not() -> None:
    assert not is_running_head("described in the annex at page 2 of 3")
    assert not is_running_head("The annex is on Page 4 of 9.")
    assert not is_running_head("5. The figures are set out    Page 2 of 3")
    assert not is_running_head("Page 2 of 3"), "a bare page number is reflow's to drop"


def test_the_symbol_stays_atop_the_first_page_only() -> None:
    text = "2021/TEL63/SUMMARY\nSummary Report\n1. The meeting opened.\n\f2021/TEL63/SUMMARY\n2. It closed."
    assert without_running_heads(text) == "2021/TEL63/SUMMARY\nSummary Report\n1. The meeting opened.\n2. It closed."
