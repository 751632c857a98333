"""What an import did, file by file: added, already there, or refused with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.briefing.page import SCREEN_ONLY_END, SCREEN_ONLY_START
from desktop_app.ingest.extracted import Extracted
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_date
from desktop_app.ui.pages.base import Page, esc, link, page
from desktop_app.ui.refusal_reasons import localized_reason
from desktop_app.ui.urls import IMPORT_SUMMARY_URL, READ_AGAIN_URL


@dataclass(frozen=True)
class ImportLine:
    """One file's outcome, reduced to what the page shows (the worker's ImportOutcome, without its import)."""

    file_name: str
    status: str  # added | refreshed | skipped | refused
    title: str
    document_id: int | None
    reason: str
    namesakes: tuple[int, ...] = ()  # documents already there with the same kind and title
    extracted: Extracted | None = None  # what an added or refreshed document was read as
    path: Path | None = None  # the file, for reading skipped ones again


STATUSES = ("refused", "added", "refreshed", "skipped")  # in the order the summary lists them


def status_counts(lines: Sequence[ImportLine]) -> dict[str, int]:
    """How many files were added, read again, skipped and refused: the summary's line and the status bar's."""
    return {status: sum(1 for line in lines if line.status == status) for status in STATUSES}


def import_done(counts: dict[str, int], strings: Strings, cancelled: bool = False) -> str:
    """The import's counts in words; files read again named only when there were some; a cancelled import
    says so first (its counts are of the files it reached)."""
    done = strings("status_import_cancelled" if cancelled else "status_import_done", **counts)
    return done + strings("status_import_refreshed", **counts) if counts["refreshed"] else done


def render_import_summary(
    lines: Sequence[ImportLine], cancelled: bool, strings: Strings, dropped: Sequence[Path] = ()
) -> Page:
    """The summary of an import, or of a queue of them; dropped: the files and folders waiting when it was
    cancelled, which were never started."""
    title = strings("import_summary_title")
    body = [f"<h1>{esc(title)}</h1>"]
    counts = status_counts(lines)
    body.append(f'<p class="meta">{esc(import_done(counts, strings, cancelled))}</p>')
    if cancelled:
        body.append(f'<p class="absent">{esc(strings("import_cancelled"))}</p>')
    if dropped:
        body.append(f"<h2>{esc(strings('import_dropped'))} ({len(dropped)})</h2><ul>")
        body += [f"<li>{esc(str(path))}</li>" for path in dropped]
        body.append("</ul>")
    for status in STATUSES:
        chosen = [line for line in lines if line.status == status]
        if not chosen:
            continue
        body.append(f"<h2>{esc(strings(f'import_{status}'))} ({len(chosen)})</h2>")
        if status == "skipped" and any(line.path for line in chosen):
            again = strings("import_read_again", count=len(chosen))
            body.append(f'{SCREEN_ONLY_START}<p class="meta"><a href="{READ_AGAIN_URL}">{esc(again)}</a></p>{SCREEN_ONLY_END}')
        body.append("<ul>")
        for line in chosen:
            if status == "refused":
                reason = localized_reason(line.reason, strings.lang)
                body.append(f"<li><b>{esc(line.file_name)}</b>{esc(strings('colon'))}<span class='absent'>{esc(reason)}</span></li>")
            else:
                target = link("document", line.document_id, line.title) if line.document_id else esc(line.title)
                read_as = _read_as(line.extracted, strings)
                body.append(f"<li>{esc(line.file_name)} → {target}{read_as}{_namesakes_note(line, strings)}</li>")
        body.append("</ul>")
    return page(IMPORT_SUMMARY_URL, title, "".join(body))


def _read_as(extracted: Extracted | None, strings: Strings) -> str:
    """What the document was read as, on a line of its own: a trip report with its meeting and what hangs off it
    (出國報告：APEC TELWG 65 · 3 個議程 · 4 則國情報告 · 4 位人物), a dated news article, a plain document."""
    if extracted is None:
        return ""
    parts = [strings.term("document_kinds", extracted.kind)]
    if extracted.meeting:
        parts[0] += strings("colon") + extracted.meeting
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
