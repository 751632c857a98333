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
