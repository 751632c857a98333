"""Word documents: headings become outline paragraphs, tables become text rows, in reading order."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from readers_support import import_alone

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.docx import outline_label
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.cover import clean_lines, split_cover

SECOND_REPORT = Path(__file__).parents[2] / "fixtures" / "telwg70_report.txt"


def _write_report(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("出席 APEC TELWG 第 68 次會議報告", style="Title")
    document.add_heading("目的", level=1)
    document.add_paragraph("本次出席會議係為掌握各經濟體數位政策發展。")
    document.add_heading("過程", level=1)
    document.add_heading("大會", level=2)
    document.add_paragraph("主席宣布會議開始，\n各經濟體代表依序報告。")
    document.add_heading("(一) 已有編號的標題", level=3)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("機關", "姓名", "職稱"), ("數位發展部", "沈信雄", "專門委員"), ("國家通訊傳播委員會", "謝志昌", "科長")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.add_heading("心得與建議", level=1)
    document.add_paragraph("建議持續參與。")
    document.save(path)
    return path


def test_headings_are_numbered_and_tables_are_rows(tmp_path: Path) -> None:
    text = read_file(_write_report(tmp_path / "report.docx"))[1].text
    paragraphs = text.split("\n\n")
    assert paragraphs[:5] == ["出席 APEC TELWG 第 68 次會議報告", "壹、 目的", "本次出席會議係為掌握各經濟體數位政策發展。", "貳、 過程", "一、 大會"]
    assert "主席宣布會議開始，各經濟體代表依序報告。" in paragraphs
    assert "(一) 已有編號的標題" in paragraphs
    assert "機關 | 姓名 | 職稱\n數位發展部 | 沈信雄 | 專門委員\n國家通訊傳播委員會 | 謝志昌 | 科長" in paragraphs
    assert paragraphs[-2:] == ["參、 心得與建議", "建議持續參與。"]


def test_imported_docx_nests_sections_as_word_did(tmp_path: Path) -> None:
    export = import_alone(_write_report(tmp_path / "report.docx"), tmp_path / "library.sqlite")
    by_heading = {s["heading"]: s for s in export["sections"]}
    assert by_heading["大會"]["path"][-1] == "過程"
    assert "沈信雄" in export["documents"][0]["text"]


def _write_word_report(text: str, path: Path, cover_table: bool) -> Path:
    """The report as its author's Word file, the body's paragraphs unwrapped and columns lined up by tabs.
    Without cover_table, a paragraph per cover line and the delegation (organization, name, title) a table;
    with it, the cover is a table of label and value cells, each value line a paragraph of its cell."""
    cover, body = split_cover(clean_lines(text))
    document = docx.Document()
    document.add_paragraph(cover[0])
    if cover_table:
        rows = [[match.group(1), [match.group(2)]] if (match := re.match(r"([一二三四五六七八九十]+、\S+)\s*(.*)", line)) else None for line in cover[1:]]
        fields: list[list] = []
        for line, row in zip(cover[1:], rows):
            if row is not None:
                fields.append(row)
            elif not fields[-1][1][-1] and len(line) < 8:  # a label wrapped in its narrow column
                fields[-1][0] += line
            else:
                fields[-1][1].append(line)
        table = document.add_table(rows=len(fields), cols=2)
        for table_row, (label, values) in zip(table.rows, fields):
            table_row.cells[0].text = label
            values = [re.sub(r"\s{2,}", "\t", value) for value in values if value]
            table_row.cells[1].text = values[0]
            for value in values[1:]:
                table_row.cells[1].add_paragraph(value)
    else:
        delegation: list[tuple[str, ...]] = []
        for line in [*cover[1:], ""]:
            row = re.fullmatch(r"(\S+)\s{2,}(\S+)\s{2,}(\S+)", line)
            if row:
                delegation.append(row.groups())
                continue
            if delegation:
                table = document.add_table(rows=len(delegation), cols=3)
                for table_row, cells in zip(table.rows, delegation):
                    for cell, value in zip(table_row.cells, cells):
                        cell.text = value
                delegation.clear()
            if line:
                document.add_paragraph(line)
    for paragraph in reflow("\n".join(body), False):
        document.add_paragraph(paragraph)
    document.save(path)
    return path


def _extracted(export: dict) -> dict:
    """The meeting and its people, sessions and updates, without ids."""
    meeting = {key: value for key, value in export["meetings"][0].items() if key not in ("id", "document_id")}
    people = sorted((p["name"], p["organization"], p["economy"], sorted(r["role"] for r in p["roles"])) for p in export["people"])
    sessions = [(s["title"], s["kind"], s["date"], s["start"], s["end"]) for s in export["sessions"]]
    updates = [(u["economy"], u["heading"]) for u in export["updates"]]
    return {"meeting": meeting, "people": people, "sessions": sessions, "updates": updates}


@pytest.mark.parametrize("cover_table", [False, True], ids=["delegation-table", "cover-table"])
def test_a_word_report_extracts_as_its_text_does(tmp_path: Path, cover_table: bool) -> None:
    """A Word file of the second report gives the meeting, people (its delegation table's delegates among them),
    sessions and updates its text gives: the cover read through table cells and tabs."""
    text = SECOND_REPORT.read_text(encoding="utf-8")
    word = _write_word_report(text, tmp_path / "report.docx", cover_table)
    from_word = _extracted(import_alone(word, tmp_path / "word.sqlite"))
    from_text = _extracted(import_alone(SECOND_REPORT, tmp_path / "text.sqlite"))
    assert from_word == from_text
    delegates = {name: organization for name, organization, _economy, roles in from_word["people"] if "delegate" in roles}
    assert delegates == {"林大明": "數位發展部", "陳小華": "數位發展部", "張志遠": "國家通訊傳播委員會"}


def test_outline_labels_follow_report_numbering() -> None:
    assert [outline_label(1, n) for n in (1, 2, 10, 11, 12)] == ["壹、", "貳、", "拾、", "拾壹、", "拾貳、"]
    assert [outline_label(level, 3) for level in range(2, 7)] == ["三、", "(三)", "3.", "(3)", "C."]


def test_a_damaged_or_renamed_file_is_refused(tmp_path: Path) -> None:
    renamed = tmp_path / "old.docx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)  # an old binary .doc
    with pytest.raises(ImportRefused, match="not a Word .docx document"):
        read_file(renamed)
