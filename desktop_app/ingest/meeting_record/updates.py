"""Economy updates in a meeting record: under an agenda item for them (Economy Reports), each sub-item named
by an economy, else each paragraph that opens with one (5. Australia reported …; The delegate of Japan
presented …). Consecutive paragraphs of one economy are one update. The item is the session they were given in,
unless a session already holds it."""

from __future__ import annotations

from datetime import date

from desktop_app.core.dates import parse_date
from desktop_app.core.drafts import SessionDraft, UpdateDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.meeting_record.recognise import PARAGRAPH_NUMBER
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.tree import children, economy_named_by, subtree_text
from desktop_app.ingest.trip_report.updates import session_of
from desktop_app.ingest.word_lists import contains_any

UPDATE_SESSION_KIND = "plenary"  # economies report to the whole meeting, not to one of its groups


def without_number(paragraph: str) -> str:
    """A numbered paragraph's text (5. Australia … → Australia …, 2.1 Canada … → Canada …)."""
    return PARAGRAPH_NUMBER.sub("", paragraph, count=1)


def opening_economy(paragraph: str) -> tuple[str, str] | None:
    """(code, name as written) of the economy a paragraph opens with, after at most a lead-in (The delegate
    of); None for any other paragraph."""
    text = without_number(paragraph)
    mentions = registry().mentions(text)
    if not mentions:
        return None
    start, end, code = mentions[0]
    lead = text[:start].strip().casefold()
    return (code, text[start:end]) if lead in record_words().update_leads else None


def _update_lists(outline: list[OutlineSection]) -> list[int]:
    """The agenda items that hold economy reports (3. Economy Reports)."""
    return [
        index
        for index, section in enumerate(outline)
        if section.label and contains_any(section.heading, record_words().update_lists)
    ]


def with_update_sessions(
    sessions: list[SessionDraft], outline: list[OutlineSection], start: date | None, end: date | None
) -> list[SessionDraft]:
    """The sessions, with one more for each agenda item holding economy reports that no session holds, in
    reading order: the updates were given there, so they belong to it rather than to no session."""
    found = list(sessions)
    one_day = start if start is not None and start == end else None
    for index in _update_lists(outline):
        if session_of(outline, found, index) is not None or not _updates_in(outline, index, found):
            continue
        heading = outline[index].heading
        session = SessionDraft(
            title=heading,
            kind=UPDATE_SESSION_KIND,
            date=parse_date(heading, default_year=start.year if start else None) or one_day,
            section=index,
        )
        position = next((at for at, other in enumerate(found) if (other.section or 0) > index), len(found))
        found.insert(position, session)
    return found


def find_updates(outline: list[OutlineSection], sessions: list[SessionDraft]) -> list[UpdateDraft]:
    return [update for index in _update_lists(outline) for update in _updates_in(outline, index, sessions)]


def _updates_in(outline: list[OutlineSection], index: int, sessions: list[SessionDraft]) -> list[UpdateDraft]:
    """The updates of one agenda item for them: its paragraphs that open with an economy, and its sub-items an
    economy names."""
    updates = _paragraph_updates(outline[index], index, session_of(outline, sessions, index))
    for child in children(outline, index):
        code = economy_named_by(outline[child].heading)
        if code:
            text = "\n".join(without_number(line) for line in subtree_text(outline, child).split("\n"))
            updates.append(UpdateDraft(code, outline[child].heading, text,
                                       session=session_of(outline, sessions, child), section=child))
    return updates


def _paragraph_updates(section: OutlineSection, index: int, session: int | None) -> list[UpdateDraft]:
    found: list[UpdateDraft] = []
    for paragraph in section.paragraphs:
        opening = opening_economy(paragraph)
        if opening is None:
            continue
        code, written = opening
        text = without_number(paragraph)
        if found and found[-1].economy == code:
            found[-1].text += "\n" + text
            continue
        found.append(UpdateDraft(code, written, text, session=session, section=index))
    return found
