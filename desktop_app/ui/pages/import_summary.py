"""What an import did, file by file: added, already there, or refused with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from desktop_app.ingest.extracted import Extracted
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import Page, esc, format_date, link, page
from desktop_app.ui.refusal_reasons import localized_reason


@dataclass(frozen=True)
class ImportLine:
    """One file's outcome, reduced to what the page shows (the worker's ImportOutcome, without its import)."""

    file_name: str
    status: str  # added | skipped | refused
    title: str
    document_id: int | None
    reason: str
    namesakes: tuple[int, ...] = ()  # documents already there with the same kind and title
    extracted: Extracted | None = None  # what an added document was read as


def status_counts(lines: Sequence[ImportLine]) -> dict[str, int]:
    """How many files were added, skipped and refused: the summary's line and the status bar's."""
    return {status: sum(1 for line in lines if line.status == status) for status in ("added", "skipped", "refused")}


def render_import_summary(lines: Sequence[ImportLine], cancelled: bool, strings: Strings) -> Page:
    title = strings("import_summary_title")
    body = [f"<h1>{esc(title)}</h1>"]
    counts = status_counts(lines)
    body.append(f'<p class="meta">{esc(strings("status_import_done", **counts))}</p>')
    if cancelled:
        body.append(f'<p class="absent">{esc(strings("import_cancelled"))}</p>')
    for status in ("refused", "added", "skipped"):
        chosen = [line for line in lines if line.status == status]
        if not chosen:
            continue
        body.append(f"<h2>{esc(strings(f'import_{status}'))} ({len(chosen)})</h2><ul>")
        for line in chosen:
            if status == "refused":
                reason = localized_reason(line.reason, strings.lang)
                body.append(f"<li><b>{esc(line.file_name)}</b>：<span class='absent'>{esc(reason)}</span></li>")
            else:
                target = link("document", line.document_id, line.title) if line.document_id else esc(line.title)
                read_as = _read_as(line.extracted, strings)
                body.append(f"<li>{esc(line.file_name)} → {target}{read_as}{_namesakes_note(line, strings)}</li>")
        body.append("</ul>")
    return page("telref://welcome", title, "".join(body))


def _read_as(extracted: Extracted | None, strings: Strings) -> str:
    """What the document was read as, on a line of its own: a trip report with its meeting and what hangs off it
    (出國報告：APEC TELWG 65 · 3 個議程 · 4 則國情報告 · 4 位人物), a dated news article, a plain document."""
    if extracted is None:
        return ""
    parts = [strings.get(f"kind_{extracted.kind}", extracted.kind)]
    if extracted.meeting:
        parts[0] += f"：{extracted.meeting}" if strings.lang == "zh" else f": {extracted.meeting}"
        parts += [
            strings("count_sessions", count=extracted.sessions),
            strings("count_updates", count=extracted.updates),
            strings("count_people", count=extracted.people),
        ]
    elif extracted.published:
        parts.append(format_date(extracted.published, strings))
    return f'<br/><span class="meta">{esc(" · ".join(parts))}</span>'


def _namesakes_note(line: ImportLine, strings: Strings) -> str:
    """A new document titled like ones already there: maybe a revised report; say so, with links to them."""
    if line.status != "added" or not line.namesakes:
        return ""
    links = strings.join(link("document", number, f"#{number}") for number in line.namesakes)
    return f'<br/><span class="absent">{esc(strings("import_namesakes"))}{links}</span>'
