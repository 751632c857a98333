"""Economy updates in a meeting record: under an agenda item for them (Economy Reports), each sub-item named
by an economy, else each paragraph that opens with one (5. Australia reported …; The delegate of Japan
presented …). Consecutive paragraphs of one economy are one update."""

from __future__ import annotations

from desktop_app.core.drafts import SessionDraft, UpdateDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.meeting_record.recognise import PARAGRAPH_NUMBER
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.tree import children, economy_named_by, subtree_text
from desktop_app.ingest.trip_report.updates import session_of
from desktop_app.ingest.word_lists import contains_any

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


def find_updates(outline: list[OutlineSection], sessions: list[SessionDraft]) -> list[UpdateDraft]:
    updates: list[UpdateDraft] = []
    for index, section in enumerate(outline):
        if not section.label or not contains_any(section.heading, record_words().update_lists):
            continue
        updates.extend(_paragraph_updates(section, index, session_of(outline, sessions, index)))
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
