"""Economies and topics on every section and on the document, from the resources/ tables."""

from __future__ import annotations

from desktop_app.core.drafts import DocumentDraft
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy


def tag_document(draft: DocumentDraft) -> None:
    """Fill economies and topics of each section (heading and own text), the topics of each economy update
    (whichever parser found it) and the document's economies.

    A section's economies keep what its parser already set (e.g. the economy a heading names) first.
    """
    economies, topics = registry(), taxonomy()
    for section in draft.sections:
        words = f"{section.heading}\n{section.text}"
        section.economies = _merge(section.economies, economies.find_in_text(words))
        section.topics = _merge(section.topics, topics.tag(words))
    for meeting in draft.meetings:
        for update in meeting.updates:
            update.topics = _merge(update.topics, topics.tag(f"{update.heading}\n{update.text}"))
    found = economies.find_in_text(f"{draft.title}\n{draft.text}")
    draft.economies = _merge(draft.economies, found)


def _merge(first: list[str], more: list[str]) -> list[str]:
    return list(dict.fromkeys([*first, *more]))
