"""Country updates: each economy's item under a list of reports (國情報告, 更新報告, 經濟體報告, 討論事項)."""

from __future__ import annotations

from desktop_app.core.drafts import SessionDraft, UpdateDraft
from desktop_app.core.topics import taxonomy
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.template import contains_any, template
from desktop_app.ingest.trip_report.tree import ancestors, children, economy_named_by, subtree_text


def session_of(outline: list[OutlineSection], sessions: list[SessionDraft], index: int) -> int | None:
    """The first session narrated by the section or by its nearest ancestor that narrates one."""
    for section in ancestors(outline, index):
        for position, session in enumerate(sessions):
            if session.section == section:
                return position
    return None


def _is_update_list(heading: str) -> bool:
    words = template()
    return contains_any(heading, words.update_lists) and not contains_any(heading, words.update_lists_excluded)


def find_updates(outline: list[OutlineSection], sessions: list[SessionDraft]) -> list[UpdateDraft]:
    """One update per economy-named item of every report list, with its subsections' text and its topics."""
    updates: list[UpdateDraft] = []
    for index, section in enumerate(outline):
        if not _is_update_list(section.heading):
            continue
        for child in children(outline, index):
            economy = economy_named_by(outline[child].heading)
            if economy is None:
                continue
            text = subtree_text(outline, child)
            updates.append(
                UpdateDraft(
                    economy=economy,
                    heading=outline[child].heading,
                    text=text,
                    topics=taxonomy().tag(f"{outline[child].heading}\n{text}"),
                    session=session_of(outline, sessions, child),
                    section=child,
                )
            )
    return updates
