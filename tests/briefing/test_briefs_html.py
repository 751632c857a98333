"""Briefs as self-contained HTML: the facts a delegate needs, from a real library, with inline styles only."""

from __future__ import annotations

import re

import pytest

from desktop_app.briefing.build import BriefRequest, build_brief
from desktop_app.briefing.html import email_html
from desktop_app.briefing.page import SCREEN_ONLY_END, SCREEN_ONLY_START, page_brief
from desktop_app.core.library import Library


def _html(library: Library, kind: str, name: str, lang: str = "zh") -> str:
    return email_html(build_brief(library, BriefRequest(kind, name, lang)), "library.sqlite", "2024-05-10")


def _text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&quot;", '"').replace("&#x27;", "'")


def test_html_is_self_contained_with_inline_styles(seeded_library: Library) -> None:
    html = _html(seeded_library, "topic", "衛星")
    assert html.startswith("<!DOCTYPE html>")
    assert "<style" not in html and "<link" not in html and "<script" not in html and "src=" not in html
    assert 'style="' in html and "Noto Sans CJK TC" in html
    assert "列印日期 2024-05-10" in html and "資料庫 library.sqlite" in html


def test_topic_brief_groups_sections_by_economy(seeded_library: Library) -> None:
    text = _text(_html(seeded_library, "topic", "satellite"))
    assert "主題簡報" in text and "衛星（Satellite）" in text
    assert "印尼 Indonesia" in text and "馬來西亞 Malaysia" in text
    assert "SATRIA-1" in text
    assert text.index("印尼 Indonesia") < text.index("馬來西亞 Malaysia")  # APEC order, the same in every brief


def test_topic_brief_in_english(seeded_library: Library) -> None:
    text = _text(_html(seeded_library, "topic", "ai", lang="en"))
    assert "Topic brief" in text and "Artificial intelligence (人工智慧)" in text and "Printed 2024-05-10" in text
    assert "Source: " in text and "Source：" not in text, "an English brief's own punctuation"
    assert "5G（5G）" not in _text(_html(seeded_library, "topic", "5g")), "a label that is the same in both is said once"


def test_a_section_in_a_brief_keeps_its_paragraphs(seeded_library: Library) -> None:
    """A caption, its source and the prose after it were run together into one line
    (資料來源：團員拍攝我國數位發展部…)."""
    html = _html(seeded_library, "topic", "5g")
    assert "資料來源：團員拍攝" in html and "資料來源：團員拍攝我國" not in html


def test_meeting_brief_holds_the_summary(drafted_library: Library) -> None:
    text = _text(_html(drafted_library, "meeting", "TELWG 68"))
    for expected in (
        "APEC TELWG 68 Meeting",
        "2024-05-04 至 2024-05-09（113年 5月 4日至 9日）",
        "秘魯阿雷基帕",
        "秘魯 Peru",
        "Mr. Victor Manuel Martinez Vanegas",
        "汶萊、加拿大、智利、新加坡、香港、紐西蘭、越南",
        "[STSG]指導分組會議",
        "09:00–10:30",
        "日本 Japan",
        "緊急情況下營運商間漫遊研究小組於 2022年 9月成立",  # the gist: the update's first sentence
        "TELWG 69：墨西哥預計於 113年 9月上旬或中旬舉行實體會議",
        "網路韌性政策與推動措施成為重點議題之一",
        "沈信雄",
        "專門委員",
        "團長",
    ):
        assert expected in text, expected
    assert "Takahiro FUJITA" not in text.split("代表團")[1]  # a speaker is not part of the delegation


def test_economy_brief_lists_updates_people_and_attendance(drafted_library: Library) -> None:
    text = _text(_html(drafted_library, "economy", "日本"))
    assert "日本 Japan" in text and "共 1 則發言，1 次會議" in text
    assert "決定在 2025財年底引入完全營運商間漫遊" in text
    assert "[STSG]指導分組會議" in text and "網路韌性" in text and "2024-05-05" in text
    assert "Takahiro FUJITA" in text and "講者" in text
    assert "出席" in text.split("會議出席紀錄")[1]
    absent = _text(_html(drafted_library, "economy", "Singapore"))
    assert "未出席" in absent.split("會議出席紀錄")[1]


def test_current_page_keeps_the_pages_markup() -> None:
    brief = page_brief("日本", "<html><head><style>p{color:red}</style></head><body><p>日本的頁面</p></body></html>")
    html = email_html(brief, "library.sqlite", "2024-05-10")
    assert "<p>日本的頁面</p>" in html and "p{color:red}" in html and "頁面：日本" in html


def test_a_printed_page_leaves_out_what_only_the_window_needs() -> None:
    page = f"<html><body><p>本文</p>{SCREEN_ONLY_START}<p>下一段：連結</p>{SCREEN_ONLY_END}<p>結語</p></body></html>"
    html = email_html(page_brief("段落", page), "library.sqlite", "2024-05-10")
    assert "<p>本文</p>" in html and "<p>結語</p>" in html and "下一段" not in html


@pytest.mark.parametrize("kind,name", [("meeting", "TELWG 68"), ("economy", "JP")])
def test_seed_report_briefs(seeded_library: Library, kind: str, name: str) -> None:
    """Once the trip-report parser extracts the seed's meeting, its briefs carry the report's facts."""
    text = _text(_html(seeded_library, kind, name))
    assert "TELWG 68" in text and "2024-05-04" in text
    if kind == "meeting":
        assert "秘魯阿雷基帕" in text and "沈信雄" in text and "日本 Japan" in text
    else:
        assert "共 0 則發言" not in text


def test_a_printed_page_shows_its_own_title_once() -> None:
    page = "<html><body><p>經濟體</p><h1>日本</h1><p>日本的頁面</p></body></html>"
    html = email_html(page_brief("日本", page), "library.sqlite", "2024-05-10")
    assert html.count("<h1") == 1 and "頁面：日本" in html


def test_english_subtitles_count_one_in_the_singular(seeded_library: Library) -> None:
    economy = build_brief(seeded_library, BriefRequest("economy", "KR", "en"))
    assert economy.subtitle.endswith("updates in 1 meeting") or economy.subtitle.endswith("update in 1 meeting")
    chinese = build_brief(seeded_library, BriefRequest("economy", "KR", "zh"))
    assert chinese.subtitle.endswith("則發言，1 次會議")
    topic = build_brief(seeded_library, BriefRequest("topic", "satellite", "en"))
    assert re.search(r"\d+ sections?, \d+ economies$", topic.subtitle), topic.subtitle


def test_the_next_meeting_is_printed_once_though_the_report_lists_it_among_the_decisions(seeded_library: Library) -> None:
    text = _text(_html(seeded_library, "meeting", "TELWG 68"))
    assert text.count("TELWG 69：墨西哥預計於 113年 9月上旬或中旬舉行實體會議") == 1


def test_a_delegate_who_also_led_the_delegation_is_listed_once_with_both_roles(seeded_library: Library) -> None:
    delegation = _text(_html(seeded_library, "meeting", "TELWG 68")).split("代表團")[-1]
    assert delegation.count("沈信雄") == 1 and "團長、代表" in delegation


def test_an_agenda_without_dates_or_times_leaves_those_columns_out(tmp_path) -> None:
    """A report that narrates its sessions without a schedule: the agenda lists sessions and kinds only; the
    seed's dated agenda keeps its columns."""
    from pathlib import Path

    from desktop_app.briefing.blocks import Table
    from desktop_app.core.resources import seed_files
    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library

    report = Path(__file__).parents[1] / "fixtures" / "telwg65_chapters_report.txt"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [report, *seed_files()])
        narrated = _html(library, "meeting", "TELWG 65")
        dated = _html(library, "meeting", "TELWG 68")
    finally:
        library.close()
    agenda = narrated[narrated.index("會議議程") : narrated.index("各經濟體報告摘要")]
    assert "自由化指導分組（LSG）" in agenda and ">日期<" not in agenda and ">時間<" not in agenda
    assert ">日期<" in dated and ">時間<" in dated
    table = Table(("a", "b", "c"), (("1", "", "x"), ("2", " ", "y")), (20, 30, 50))
    assert table.without_empty_columns() == Table(("a", "c"), (("1", "x"), ("2", "y")), (29, 71))


def test_a_meeting_brief_names_every_document_that_reports_the_meeting(seeded_library: Library) -> None:
    from pathlib import Path

    from desktop_app.ingest.pipeline import import_paths

    alone = _text(_html(seeded_library, "meeting", "TELWG 68", "en"))
    assert "Reports" in alone and "Summary Report" not in alone
    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    text = _text(_html(seeded_library, "meeting", "TELWG 68", "en"))
    reports = text[text.index("Reports"):]
    assert reports.index("出席 APEC TELWG 第 68 次會議簡要報告") < reports.index(
        "Summary Report: 68th APEC Telecommunications and Information Working Group Meeting"
    )
    korea = _text(_html(seeded_library, "economy", "KR", "en"))
    assert "in 1 meeting" in korea and "e-Um 5G" in korea


def test_a_record_s_brief_lists_its_officers_and_no_delegation_of_ours(seeded_library: Library) -> None:
    from pathlib import Path

    from desktop_app.ingest.pipeline import import_paths

    report = _text(_html(seeded_library, "meeting", "TELWG 68", "en"))
    assert "Chairs, convenors and speakers" in report and "Delegation" in report and "Recommendations" in report
    assert "Victor Manuel Martinez Vanegas" in report.split("Chairs, convenors and speakers")[1]
    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel66_record_of_meeting.txt"])
    record = _text(_html(seeded_library, "meeting", "TELWG 66", "en"))
    officers = record.split("Chairs, convenors and speakers")[1]
    assert "Sarah Connor" in officers and "Kenji Tanaka" in officers and "Ana Ruiz" in officers
    assert "Delegation" not in record and "Recommendations" not in record
    assert "ECONOMY UPDATES" in record.split("Country updates")[1] and "(no session)" not in record


def test_an_economy_brief_heads_a_record_s_update_by_the_list_it_stands_in(seeded_library: Library) -> None:
    """The forum's record lists Korea under Economy Reports, outside any session: the economy brief says so,
    as the meeting brief does, not "(no session)"; and its text is what Korea said, without the paragraph's
    number."""
    from pathlib import Path

    from desktop_app.ingest.pipeline import import_paths

    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    text = _text(_html(seeded_library, "economy", "KR", "en"))
    assert "Economy Reports" in text and "(no session)" not in text
    assert "Korea shared its 5G private network" in text and "7. Korea shared" not in text


def test_a_meeting_brief_s_delegation_is_the_reporting_agency_s_own(seeded_library: Library) -> None:
    """The report names Peru's and the United States' heads of delegation too: they are listed with their
    economies among the officers, not in the delegation table, which has no economy column."""
    html = _html(seeded_library, "meeting", "TELWG 68", "en")
    officers, delegation = html.split("Delegation</h2>")
    delegation = delegation.split("</table>")[0]
    assert "沈信雄" in delegation and "Jai Nair" not in delegation and "Fiorella" not in delegation
    assert "Jai Nair" in officers and "Head of delegation" in officers.split("Jai Nair")[1].split("</tr>")[0]


def test_an_english_meeting_brief_uses_no_chinese_punctuation_of_its_own(seeded_library: Library) -> None:
    """Dates, the chair and dated session headings were joined with （）and ，on English briefs."""
    text = _text(_html(seeded_library, "meeting", "TELWG 68", "en"))
    assert "2024-05-04 to 2024-05-09" in text and "(113" not in text, "dates as written only in the brief's language"
    assert "Martinez Vanegas, " in text and "Martinez Vanegas，" not in text
