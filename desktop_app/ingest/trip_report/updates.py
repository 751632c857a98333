"""Country updates: each economy's item under a list of reports (國情報告, 更新報告, 經濟體報告, 討論事項), as a
numbered sub-section ((一) 日本) or as a paragraph or table row of the list's own text (日本：…, 日本 | …)."""

from __future__ import annotations

import re

from desktop_app.core.drafts import SessionDraft, UpdateDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.headings import ends_sentence
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.line_kinds import CELL_GAP
from desktop_app.ingest.trip_report.template import contains_any, template
from desktop_app.ingest.trip_report.tree import ancestors, children, economy_named_by, leading_economy, subtree_text


# after an economy's name (and 代表): a colon, or the gap between two cells of a table row
_LEAD = re.compile(rf"(?:代表(?:團)?)?(?P<separator>\s*[：:]\s*|{CELL_GAP.pattern})")


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


def _economy_lead(paragraph: str) -> tuple[str, str, str] | None:
    """(economy, its name as written, the rest) of a paragraph or table row that opens with an economy and a
    colon, a cell separator or a wide gap (日本：…, 我國代表：…, 日本 | …); None for any other."""
    leading = leading_economy(paragraph)
    if leading is None:
        return None
    name_end, economy = leading
    lead = _LEAD.match(paragraph, name_end)
    if lead is None or not paragraph[lead.end() :].strip():
        return None
    return economy, paragraph[: lead.start("separator")].strip(), paragraph[lead.end() :].strip()


def _at_economy_leads(paragraph: str) -> list[str]:
    """A paragraph cut where a sentence ends and the next opens with an economy and a colon (秘魯：…。我國代表：…):
    a page's text wraps such items into one paragraph when their lines run to the margin."""
    cuts = [
        start
        for start, end, _code in registry().mentions(paragraph)
        if start > 0
        and ends_sentence(paragraph[:start])
        and (lead := _LEAD.match(paragraph, end)) is not None
        and lead["separator"].strip() in ("：", ":")
    ]
    return [paragraph[a:b] for a, b in zip([0, *cuts], [*cuts, len(paragraph)])]


def _listed_updates(outline: list[OutlineSection], sessions: list[SessionDraft], index: int) -> list[UpdateDraft]:
    """The updates a list gives in its own text, one a paragraph or table row that opens with an economy; the
    lines after one that open with none (a table cell's further paragraphs) are its text too."""
    updates: list[UpdateDraft] = []
    for paragraph in (part for paragraph in outline[index].paragraphs for part in _at_economy_leads(paragraph)):
        lead = _economy_lead(paragraph)
        if lead is not None:
            economy, heading, text = lead
            session = session_of(outline, sessions, index)
            updates.append(UpdateDraft(economy, heading, text, session=session, section=index))
        elif updates:
            updates[-1].text += "\n" + paragraph
    return updates


def find_updates(outline: list[OutlineSection], sessions: list[SessionDraft]) -> list[UpdateDraft]:
    """One update per economy-named item of every report list, with its subsections' text, and
    one per paragraph or table row of a list's own text that opens with an economy (日本：…, 日本 | …)."""
    updates: list[UpdateDraft] = []
    for index, section in enumerate(outline):
        if not _is_update_list(section.heading):
            continue
        updates += _listed_updates(outline, sessions, index)
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
                    session=session_of(outline, sessions, child),
                    section=child,
                )
            )
    return updates
