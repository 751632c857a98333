"""A section of a document: where it sits, its text in paragraphs, its economies and topics as links."""

from __future__ import annotations

from desktop_app.briefing.page import SCREEN_ONLY_END, SCREEN_ONLY_START
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_date
from desktop_app.ui.pages.base import (
    GRID_WIDTH, Page, crumbs, economy_badges, esc, facts, link, not_found, page, paragraphs, reference,
    section_heading, topic_badges,
)
from desktop_app.ui.urls import page_url


def _update_label(update: m.CountryUpdate, strings: Strings) -> str:
    """An update's link beside its economy's badge: its heading, or a word for it when the heading only names
    the economy (a badge and a link both saying 美國 read as a slip)."""
    return strings("update_link") if registry().names_only(update.heading, update.economy) else update.heading


def render_section(library: Library, section_id: int, strings: Strings) -> Page:
    url = page_url("section", section_id)
    section = queries.section(library, section_id)
    if section is None:
        return not_found(url, strings)
    title = section_heading(section)
    trail = [link("document", section.document_id, section.document.title)]
    trail.extend(esc(part) for part in section.path)
    body = [
        crumbs(trail),
        f"<h1>{esc(title)}</h1>",
        facts(
            [
                (strings("field_economies"), economy_badges(section.economies, strings)),
                (strings("field_topics"), topic_badges(section.topics, strings)),
            ]
        ),
        paragraphs(section.text),
    ]
    children = queries.child_sections(library, section_id)
    if children:
        body.append(f"<h2>{esc(strings('field_subsections'))}</h2><ul>")
        body.extend(f"<li>{section_link(child)}</li>" for child in children)
        body.append("</ul>")
    updates = queries.section_updates(library, section_id)
    if updates:
        body.append(f"<h2>{esc(strings('field_updates'))}</h2><ul>")
        body.extend(
            f"<li>{economy_badges([u.economy], strings)} {link('update', u.id, _update_label(u, strings))} · "
            f"{link('meeting', u.meeting_id, u.meeting.name)}</li>"
            for u in updates
        )
        body.append("</ul>")
    before, after = queries.neighbour_sections(library, section)
    body.append(pager(before, after, strings))
    neighbours = (page_url("section", s.id) if s else None for s in (before, after))
    cited = reference(
        strings, title, section.document.title, " › ".join(section.path), format_date(section.document.published, strings)
    )
    return page(url, title, "".join(body), *neighbours, document_id=section.document_id, reference=cited)


def pager(before: m.Section | None, after: m.Section | None, strings: Strings) -> str:
    """Links to the sections before and after, so a document can be read on from the end of a section."""
    if before is None and after is None:
        return ""
    left = f"‹&nbsp;{esc(strings('section_previous'))}{section_link(before)}" if before else ""
    right = f"{esc(strings('section_next'))}{section_link(after)}&nbsp;›" if after else ""
    return (
        f'{SCREEN_ONLY_START}<table class="pager" width="{GRID_WIDTH}" cellspacing="0" cellpadding="0">'
        f'<tr><td width="50%">{left}</td><td width="50%" align="right">{right}</td></tr></table>{SCREEN_ONLY_END}'
    )


def section_link(section: m.Section) -> str:
    return link("section", section.id, section_heading(section))
