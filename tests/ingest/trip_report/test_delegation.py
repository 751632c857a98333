"""The cover's delegation table: a delegate per row, cells told apart by what they hold, not their order."""

from __future__ import annotations

from desktop_app.ingest.line_kinds import TABLE_CELL_SEPARATOR
from desktop_app.ingest.trip_report.delegation import delegation


def _rows(rows: list[str]) -> list[tuple[str, str | None, str | None]]:
    return [(p.name, p.title, p.organization) for p in delegation(rows, "TW")]


def test_organization_name_title_as_most_reports_lay_it_out() -> None:
    assert _rows(["數位發展部              林大明    科長", "國家通訊傳播委員會      張志遠    專員"]) == [
        ("林大明", "科長", "數位發展部"),
        ("張志遠", "專員", "國家通訊傳播委員會"),
    ]


def test_title_before_name_a_division_and_ideographic_spaces() -> None:
    assert _rows(["國家通訊傳播委員會\u3000綜合規劃處\u3000科長\u3000王美玲", "王小明\u3000副處長"]) == [
        ("王美玲", "科長", "國家通訊傳播委員會 綜合規劃處"),
        ("王小明", "副處長", None),
    ]


def test_table_cells_and_latin_names() -> None:
    separator = TABLE_CELL_SEPARATOR.strip()
    assert _rows([f"Ministry of Digital Affairs {separator} Deputy Director {separator} Alice Chen"]) == [
        ("Alice Chen", "Deputy Director", "Ministry of Digital Affairs")
    ]


def test_a_header_row_and_rows_without_a_delegate_give_nobody() -> None:
    assert _rows(["服務單位　職稱　姓名", "單位  姓名  職稱", "備註", "共計 3 人"]) == []
    assert all(p.economy == "TW" and p.role == "delegate" for p in delegation(["數位發展部  林大明  科長"], "TW"))


def test_words_one_space_apart_give_a_delegate_only_when_the_cells_tell_title_and_name() -> None:
    assert _rows(["數位發展部 林大明 科長", "我國 代表團 共三人", "由數位發展部 率團出席"]) == [("林大明", "科長", "數位發展部")]


def test_a_body_section_lists_the_delegation_when_the_cover_does_not() -> None:
    from desktop_app.ingest.parsers import parse_text

    text = (
        "出席第 66 次會議報告\n會議名稱：APEC TELWG 66\n會議日期：111年11月14日至17日\n壹、目的\n參與會議。\n"
        "貳、我國出席人員\n數位發展部  林大明  科長\n國家通訊傳播委員會  王小華  專員\n參、過程\n一、大會\n參、心得與建議\n一、建議持續參與。\n"
    )
    people = parse_text(text, "report.txt", "0" * 64).meetings[0].people
    assert [(p.name, p.title, p.organization, p.role) for p in people] == [
        ("林大明", "科長", "數位發展部", "delegate"), ("王小華", "專員", "國家通訊傳播委員會", "delegate")
    ]


def test_a_members_place_in_the_delegation_is_no_cell_of_the_organization() -> None:
    """團長 and 團員 in a cell of their own, or 團長 in brackets after the title: the head of the delegation gets
    that role besides the delegate's, the members only the delegate's."""
    rows = ["\u3000團長\u3000國家通訊傳播委員會\u3000技術處\u3000處長\u3000王大同", "\u3000團員\u3000台灣網路資訊中心\u3000經理\u3000鄭凱文"]
    separator = TABLE_CELL_SEPARATOR.strip()
    rows += [f"林志遠 {separator} 數位發展部電信基礎建設司 {separator} 副司長（團長）"]
    people = [(p.name, p.role, p.title, p.organization) for p in delegation(rows, "TW")]
    assert people == [
        ("王大同", "delegate", "處長", "國家通訊傳播委員會 技術處"),
        ("王大同", "head_of_delegation", "處長", "國家通訊傳播委員會 技術處"),
        ("鄭凱文", "delegate", "經理", "台灣網路資訊中心"),
        ("林志遠", "delegate", "副司長", "數位發展部電信基礎建設司"),
        ("林志遠", "head_of_delegation", "副司長", "數位發展部電信基礎建設司"),
    ]


def test_only_the_head_the_cover_table_names_heads_the_delegation() -> None:
    """A cover table whose first row marks its head (團長): the rows after it are members, not heads, and the
    form's 姓名職稱 that refers to the table gives nobody."""
    from desktop_app.ingest.parsers import parse_text

    separator = TABLE_CELL_SEPARATOR.strip()
    text = (
        "出席APEC電信暨資訊工作小組第69次會議出國報告\n姓名職稱：詳如出國人員名單\n會議名稱：APEC TELWG 69\n"
        "會議日期：113/11/12～113/11/15\n會議地點：秘魯利馬\n"
        f"我國出席人員：\n姓名 {separator} 服務單位 {separator} 職稱\n"
        f"林志遠 {separator} 數位發展部電信基礎建設司 {separator} 副司長（團長）\n"
        f"陳怡安 {separator} 數位發展部數位產業署 {separator} 科長\n壹、目的\n參與會議。\n貳、過程\n一、大會\n參、心得與建議\n一、建議持續參與。\n"
    )
    people = parse_text(text, "report.txt", "0" * 64).meetings[0].people
    assert sorted((p.name, p.role) for p in people) == [
        ("林志遠", "delegate"), ("林志遠", "head_of_delegation"), ("陳怡安", "delegate")
    ]
