"""Where a report's cover ends (split_cover): at its first part (壹、, 第一章), else at the body's first 一、 heading
after a cover of fields, which may be numbered with 一、 themselves."""

from __future__ import annotations

from desktop_app.ingest.trip_report.cover import parse_cover, split_cover

NUMBERED_COVER = [
    "出席第 68 次會議報告",
    "一、會議名稱 APEC TELWG 68",
    "二、會議日期 113年5月4日至9日",
    "八、重要討論及決議事項",
    "1. TELWG 69：將於秘魯舉行。",
]


def test_a_numbered_cover_ends_at_the_first_heading_that_is_no_field() -> None:
    cover, body = split_cover([*NUMBERED_COVER, "一、目的", "說明。", "二、過程"])
    assert cover == NUMBERED_COVER and body[0] == "一、目的"
    assert [row.key for row in parse_cover(cover).rows] == ["name", "dates", "decisions"]


def test_parts_come_first_and_text_without_a_cover_is_all_body() -> None:
    lines = [*NUMBERED_COVER, "一、目的", "壹、 目的"]
    assert split_cover(lines) == (lines[:6], lines[6:])
    plain = ["頻譜政策說明", "一、背景", "會議名稱：某會議", "二、說明"]
    assert split_cover(plain) == ([], plain)
    one_field = ["某報告", "會議名稱：某會議", "一、目的"]
    assert split_cover(one_field) == ([], one_field)


def test_a_cover_table_without_numbers_has_its_value_across_a_gap() -> None:
    """A Word table of label and value cells with no numbering, as a PDF's text gives it (a wide gap) and as the
    Word reader writes it (a cell separator): each row is a field."""
    rows = ["會議名稱          APEC電信暨資訊工作小組第66次會議", "會議日期 | 111年11月14日至17日", "會議地點\u3000泰國曼谷",
            "我國出席人員      數位發展部  林大明  科長"]
    cover, body = split_cover(["出席第 66 次會議報告", *rows, "壹、目的"])
    fields = {row.key: row.lines for row in parse_cover(cover).rows}
    assert fields == {
        "name": ["APEC電信暨資訊工作小組第66次會議"],
        "dates": ["111年11月14日至17日"],
        "location": ["泰國曼谷"],
        "delegation": ["數位發展部  林大明  科長"],
    }


def test_other_names_agencies_give_the_fields() -> None:
    rows = ["開會日期：111年11月14日至17日", "開會地點：泰國曼谷", "與會國家：泰國、日本", "大會主席：Dr. Somchai Prasert", "出國人員："]
    cover, _body = split_cover(["出席第 66 次會議報告", *rows, "壹、目的"])
    assert [row.key for row in parse_cover(cover).rows] == ["dates", "location", "attendance", "chair", "delegation"]


def test_a_title_wrapped_on_the_cover_runs_on_to_the_line_that_ends_it() -> None:
    """A title too long for the cover's line ends on the next (…出國報告): one title; a title that ends on its own
    line is not joined to what follows it, and a field is never taken into it."""
    wrapped = parse_cover(["出國報告（出國類別：開會）", "出席APEC電信暨資訊工作小組第69次會議", "（TELWG 69）出國報告", "報告日期：114/1/8"])
    assert wrapped.title == "出席APEC電信暨資訊工作小組第69次會議（TELWG 69）出國報告"
    assert [(row.key, row.lines) for row in wrapped.rows] == [("report_date", ["114/1/8"])]
    whole = parse_cover(["出席第 66 次會議報告", "數位發展部", "會議名稱：APEC TELWG 66"])
    assert whole.title == "出席第 66 次會議報告"
    unended = parse_cover(["出席APEC電信暨資訊工作小組", "會議名稱：APEC TELWG 66", "會議地點：泰國曼谷報告"])
    assert unended.title == "出席APEC電信暨資訊工作小組"
