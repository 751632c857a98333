"""Word files of a report, as its author would have written it, and what an import extracts from a report:
the .docx and .doc reader tests compare a Word file's import with its text's."""

from __future__ import annotations

import re
from pathlib import Path

import docx

from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.cover import clean_lines, split_cover

SECOND_REPORT = Path(__file__).parents[2] / "fixtures" / "telwg70_report.txt"


def write_word_report(text: str, path: Path, cover_table: bool) -> Path:
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


def extracted(export: dict) -> dict:
    """The meeting and its people, sessions and updates, without ids."""
    meeting = {key: value for key, value in export["meetings"][0].items() if key not in ("id", "document_id")}
    people = sorted((p["name"], p["organization"], p["economy"], sorted(r["role"] for r in p["roles"])) for p in export["people"])
    sessions = [(s["title"], s["kind"], s["date"], s["start"], s["end"]) for s in export["sessions"]]
    updates = [(u["economy"], u["heading"]) for u in export["updates"]]
    return {"meeting": meeting, "people": people, "sessions": sessions, "updates": updates}
