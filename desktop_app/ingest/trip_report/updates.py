"""Country updates: each economy's item under a list of reports (國情報告, 更新報告, 經濟體政策報告, 討論事項, or any
list most of whose items are an economy and a colon, outside the report's 心得與建議 and its accounts of bilateral
talks, speakers and visits), as a numbered sub-section ((一) 日本) or as a paragraph or table row of the list's own
text (日本：…, 日本 | …)."""

from __future__ import annotations

import re

from desktop_app.core.drafts import SessionDraft, UpdateDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.headings import ends_sentence
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.line_kinds import CELL_GAP
from desktop_app.ingest.trip_report.figures import without_figures
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.trip_report.tree import (
    ancestors,
    children,
    economy_named_by,
    leading_economy,
    subtree_paragraphs,
    under,
)
from desktop_app.ingest.word_lists import contains_any


# after an economy's name (and 代表): a colon, or the gap between two cells of a table row
_LEAD = re.compile(rf"(?:代表(?:團)?)?(?P<separator>\s*[：:]\s*|{CELL_GAP.pattern})")
# what an item's heading may hold after its economy's name: nothing but 代表 and a colon (日本, 我國代表：)
_ITEM_AFTER_ECONOMY = re.compile(r"(?:代表(?:團)?)?\s*[：:]?\s*$")


def session_of(outline: list[OutlineSection], sessions: list[SessionDraft], index: int) -> int | None:
    """The first session narrated by the section or by its nearest ancestor that narrates one."""
    for section in ancestors(outline, index):
        for position, session in enumerate(sessions):
            if session.section == section:
                return position
    return None


def _is_update_list_by_heading(outline: list[OutlineSection], index: int) -> bool:
    """A list of reports by its heading's words (國情報告, 經濟體政策報告)."""
    words = template()
    heading = outline[index].heading
    return contains_any(heading, words.update_lists) and not contains_any(heading, words.update_lists_excluded)


def _is_update_list_by_items(outline: list[OutlineSection], index: int) -> bool:
    """A list of reports, whatever its heading says, by its items: most of them are an economy's name and a colon
    ((1)南韓：…, 日本：…). Not where such items are no economy's own report: in the report's 心得與建議 (美國：…，我國宜…)
    or under Taiwan's bilateral talks, a workshop's speakers or visits (（一）日本：與日本總務省會談…)."""
    if contains_any(outline[index].heading, template().update_lists_excluded):
        return False
    if under(outline, index, template().recommendation_items + template().update_items_not_reports_under):
        return False
    return _lists_economies(outline, index)


MIN_ECONOMY_ITEMS = 2  # economy-led items that make a list of reports of a list whose heading does not say so


def _lists_economies(outline: list[OutlineSection], index: int) -> bool:
    """Whether most of a section's items are economies' reports: sub-sections whose heading, an economy's name
    alone, runs into their text ((1)南韓：…), or paragraphs opening with an economy and a colon. A list of talks
    headed by the speakers' economies on lines of their own (1. 美國 / 主任…致詞時表示…) is none."""
    items = children(outline, index)
    named = [child for child in items if outline[child].run_in and _is_economy_item(outline[child].heading)]
    own = (part for paragraph in without_figures(outline[index].paragraphs) for part in _at_economy_leads(paragraph))
    led = [part for part in own if _opens_with_economy_colon(part)]
    economy_items = len(named) + len(led)
    return economy_items >= MIN_ECONOMY_ITEMS and economy_items > len(items) - len(named)


def _opens_with_economy_colon(paragraph: str) -> bool:
    leading = leading_economy(paragraph)
    lead = _LEAD.match(paragraph, leading[0]) if leading else None
    return lead is not None and lead["separator"].strip() in ("：", ":")


def _is_economy_item(heading: str) -> bool:
    """An item's heading that is an economy alone (日本, 我國代表), its text after a colon (日本：…): one that reads on
    from the name is a sentence about economies (美國、日本及澳洲均肯定我國…) or an economy's project (中國：數位經濟
    網路資安實踐研討會), no economy's report."""
    heading = heading.strip()
    leading = leading_economy(heading)
    return leading is not None and _ITEM_AFTER_ECONOMY.match(heading, leading[0]) is not None


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
    parts: list[list[str]] = []
    own = without_figures(outline[index].paragraphs)
    for paragraph in (part for paragraph in own for part in _at_economy_leads(paragraph)):
        lead = _economy_lead(paragraph)
        if lead is not None:
            economy, heading, text = lead
            session = session_of(outline, sessions, index)
            updates.append(UpdateDraft(economy, heading, text, session=session, section=index))
            parts.append([text])
        elif updates:
            parts[-1].append(paragraph)
    for update, paragraphs in zip(updates, parts):
        last = update is updates[-1]
        update.text = "\n".join(_before_summary(paragraphs) if last else paragraphs)
    return updates


def _before_summary(paragraphs: list[str]) -> list[str]:
    """The last economy's paragraphs up to one that sums up every economy (整體來說，各經濟體…), which is the
    list's, not the economy's; a first paragraph so worded is the economy's own summary."""
    openers = template().update_summaries
    for position, paragraph in enumerate(paragraphs[1:], start=1):
        if paragraph.lstrip().startswith(openers):
            return paragraphs[:position]
    return paragraphs


def _sub_section_updates(
    outline: list[OutlineSection], sessions: list[SessionDraft], index: int, items_only: bool
) -> list[UpdateDraft]:
    """One update per economy-named sub-section of a list, with its own sub-sections' text. In a list known only
    by its items (items_only) a sub-section is one when it is such an item (日本, 日本：…), not any whose heading
    starts with an economy's name."""
    named = [
        (child, economy)
        for child in children(outline, index)
        if (economy := economy_named_by(outline[child].heading))
        and (not items_only or _is_economy_item(outline[child].heading))
    ]
    updates = []
    for child, economy in named:
        paragraphs = subtree_paragraphs(outline, child, figures=False)
        if child == named[-1][0]:
            paragraphs = _before_summary(paragraphs)
        session = session_of(outline, sessions, child)
        heading = outline[child].heading
        updates.append(UpdateDraft(economy, heading, "\n".join(paragraphs), session=session, section=child))
    return updates


def _one_per_session(updates: list[UpdateDraft]) -> list[UpdateDraft]:
    """One update per economy and session: a later part of an economy in the same session (a discussion
    where it spoke again) joins its first update, after a paragraph break, headed when its heading says
    more than the economy's name. Updates of no known session stay apart."""
    first: dict[tuple[int, str], UpdateDraft] = {}
    kept: list[UpdateDraft] = []
    for update in updates:
        earlier = first.get((update.session, update.economy)) if update.session is not None else None
        if earlier is None:
            if update.session is not None:
                first[(update.session, update.economy)] = update
            kept.append(update)
            continue
        heading = [update.heading] if _says_more_than_economy(update.heading) else []
        earlier.text = "\n".join([earlier.text, *heading, update.text])
    return kept


_SPEAKER_WORDS_AFTER_NAME = 3  # characters after an economy's name that still only say who spoke (代表團)


def _says_more_than_economy(heading: str) -> bool:
    """Whether a heading names a subject besides the economy (日本：智慧銀髮計畫), which a joined part keeps; a
    word or two after the name (日本代表, 美國代表團) names the speaker, not a subject."""
    heading = heading.strip()
    leading = leading_economy(heading)
    return leading is None or len(heading[leading[0] :].strip(" ：:")) > _SPEAKER_WORDS_AFTER_NAME


def find_updates(outline: list[OutlineSection], sessions: list[SessionDraft]) -> list[UpdateDraft]:
    """One update per economy-named item of every report list, with its subsections' text, and
    one per paragraph or table row of a list's own text that opens with an economy (日本：…, 日本 | …);
    then one per economy and session."""
    updates: list[UpdateDraft] = []
    for index in range(len(outline)):
        by_heading = _is_update_list_by_heading(outline, index)
        if by_heading or _is_update_list_by_items(outline, index):
            updates += _listed_updates(outline, sessions, index)
            updates += _sub_section_updates(outline, sessions, index, items_only=not by_heading)
    return _one_per_session(updates)
