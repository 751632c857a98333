"""Which parser a text goes to, by its shape: a report's parts may be 壹、 or 第一章, but parts alone make no report."""

from __future__ import annotations

from desktop_app.ingest.classify import classify

_COVER = "會議名稱：第 65 次會議\n會議期間：111年5月9日至13日\n會議地點：視訊會議\n出席經濟體：澳洲、日本\n"


def test_a_report_in_chapters_or_in_formal_numerals_is_a_trip_report() -> None:
    assert classify(_COVER + "第一章 前言\n說明。\n第二章 心得與建議\n一、建議持續參與。\n") == "trip_report"
    assert classify(_COVER + "壹、 目的\n說明。\n貳、 心得與建議\n一、建議持續參與。\n") == "trip_report"


def test_parts_without_a_report_cover_or_a_cover_without_parts_is_a_document() -> None:
    assert classify("第一章 緒論\n本書說明頻譜政策。\n第二章 結論\n未來建議。\n") == "document"
    assert classify(_COVER + "會後心得與建議：持續參與。\n") == "document"
    assert classify(_COVER + "本次報告之目的在於說明，參、貳、等字樣出現在行中。\n建議持續參與。") == "document"


def test_news_datelines_in_the_forms_sites_write_them() -> None:
    body = "\n\nOfficials agreed on the plan.\n"
    assert classify("Cable plan agreed at Lima meeting\nBy Jane Doe | November 16, 2024 | Policy" + body) == "news_article"
    assert classify("利馬會議閉幕 各方聚焦人工智慧\n2024-11-16 09:32:15\u3000来源：新华网\u3000编辑：王晓明" + body) == "news_article"
    assert classify("數位部分享衛星備援經驗\n2024/11/13 18:45（11/13 19:02 更新）" + body) == "news_article"


def test_a_labelled_date_in_a_table_row_is_no_dateline() -> None:
    assert classify("Spectrum policy note\nVersion | 2024-05-04\n\nThe note explains the plan.\n") == "document"
