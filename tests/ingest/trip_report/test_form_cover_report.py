"""A report on the full form's cover (出國報告（出國類別：…）, 服務機關：, 姓名職稱：, 報告日期：, 摘要), read from a
PDF's text whose form feeds became spaces on the way: its title wraps onto a second line, 姓名職稱 lists three
people on continuation lines, every page but the first repeats a running title, two part headings wrap their last
characters and the figures are numbered by chapter (圖2-1). It is read as an import reads it, through the text
reader."""

from __future__ import annotations

from datetime import date

import pytest
from report_fixtures import FIXTURES

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.parsers import parse_text
from desktop_app.ingest.readers import read_file

FIXTURE = FIXTURES / "telwg62_form_cover_report.txt"
RUNNING_TITLE = "出席APEC TELWG 62會議報告"


def _parsed(text: str) -> DocumentDraft:
    return parse_text(text, FIXTURE.name, "0" * 64)


@pytest.fixture(scope="module")
def text() -> str:
    return read_file(FIXTURE)[1].text


@pytest.fixture(scope="module")
def draft(text: str) -> DocumentDraft:
    return _parsed(text)


def test_a_title_wrapped_on_the_cover_names_the_meeting(draft: DocumentDraft) -> None:
    assert draft.title == "出席亞太經濟合作（APEC）電信暨資訊工作小組第62次會議（視訊會議）出國報告"
    meeting = draft.meetings[0]
    assert meeting.name == "亞太經濟合作（APEC）電信暨資訊工作小組第62次會議（視訊會議）"
    assert (meeting.forum, meeting.number, meeting.host_economy) == ("APEC TELWG", 62, "MY")
    assert (meeting.start_date, meeting.end_date) == (date(2020, 11, 23), date(2020, 11, 27))


def test_the_people_of_the_forms_name_and_title_field(draft: DocumentDraft) -> None:
    delegates = [(p.name, p.title, p.organization) for p in draft.meetings[0].people if p.role == "delegate"]
    assert delegates == [
        ("何志偉", "科長", "國家通訊傳播委員會基礎設施事務處"),
        ("梁雅婷", "專員", "數位發展部數位產業署"),
        ("邱俊傑", "副研究員", "財團法人電信技術中心"),
    ]
    heads = [p.name for p in draft.meetings[0].people if p.role == "head_of_delegation"]
    assert heads == ["何志偉"]


def test_the_report_is_published_on_its_report_date(draft: DocumentDraft, text: str) -> None:
    assert draft.published == date(2021, 2, 5)
    undated = _parsed(text.replace("報告日期：110/2/5\n", ""))
    assert undated.published == date(2020, 11, 27), "without a report date, the meeting's last day"


def test_running_titles_are_gone_where_page_breaks_were_spaces(draft: DocumentDraft) -> None:
    assert RUNNING_TITLE not in draft.text
    singapore = next(u for u in draft.meetings[0].updates if u.economy == "SG")
    assert "優惠寬頻方案，並說明5G獨立組網" in singapore.text


def test_the_summary_reads_on_without_spaces_in_its_chinese(draft: DocumentDraft) -> None:
    cover = draft.sections[0].text
    assert "第62次會議於109年11月23日至27日" in cover
    assert "計有澳洲、日本、南韓" in cover and "討論疫後數位復甦" in cover


def test_part_headings_wrapped_keep_their_last_characters(draft: DocumentDraft) -> None:
    headings = [(s.label, s.heading) for s in draft.sections if s.label.startswith("第")]
    assert ("第二節", "指導分組會議") in headings and ("第三章", "心得與建議") in headings
    assert [r.title for r in draft.recommendations] == ["持續參與資安議題", "蒐集頻譜政策資訊"]
    kinds = [(s.kind, s.body) for s in draft.meetings[0].sessions]
    assert ("steering_group", "SPSG") in kinds and ("steering_group", "LSG") in kinds


def test_figures_numbered_by_chapter_are_numbered_in_order(draft: DocumentDraft) -> None:
    assert [(f.number, f.caption, f.source) for f in draft.figures] == [
        (1, "我國代表於SPSG視訊會議中簡報", "團員截圖"),
        (2, "LSG視訊會議討論情形", "團員截圖"),
    ]
