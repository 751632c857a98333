"""A topic: every section tagged with it, newest first, with the economies each one names."""

from __future__ import annotations

from desktop_app.briefing.text import excerpt
from desktop_app.core import queries
from desktop_app.core.economies import APEC_CODES
from desktop_app.core.library import Library
from desktop_app.core.topics import taxonomy
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import (
    LISTED_SECTIONS, Page, crumbs, economy_badges, economy_name, esc, link, listed_note, not_found, page,
    section_heading, section_where,
)
from desktop_app.ui.urls import economy_topic_url, page_url

# How much of a section a topic page quotes, in Chinese characters' width (an English line holds twice as many
# letters); cut as a brief cuts it, so a hard-wrapped Chinese line is joined without a space.
EXCERPT_WIDTH = 160


def render_topic(library: Library, topic_id: str, strings: Strings) -> Page:
    url = page_url("topic", topic_id)
    topic = taxonomy().get(topic_id)
    if topic is None:
        return not_found(url, strings)
    title = topic.label(strings.lang)
    other = topic.en if strings.lang == "zh" else topic.zh
    body = [crumbs([esc(strings("branch_topics"))]), f"<h1>{esc(title)}</h1>"]
    if other != title:
        body.append(f'<p class="meta">{esc(other)}</p>')
    economies = queries.topic_economy_counts(library, topic_id)
    if economies:
        links = " ".join(
            f'<a class="badge" href="{esc(economy_topic_url(code, topic_id))}">&nbsp;{esc(economy_name(code, strings))}'
            f" {economies[code]}&nbsp;</a>"
            for code in APEC_CODES
            if economies.get(code)
        )
        body.append(f'<p class="meta">{esc(strings("topic_economies_intro"))} {links}</p>')
    sections = queries.sections_for_topic(library, topic_id, LISTED_SECTIONS)
    total = queries.count_sections_for_topic(library, topic_id)
    body.append(f"<h2>{esc(strings('field_sections'))} ({total})</h2>")
    if not sections:
        body.append(f'<p class="muted">{esc(strings("none_yet"))}</p>')
    for section in sections:
        body.append(f"<h3>{link('section', section.id, section_heading(section))}</h3>")
        body.append(f'<p class="crumbs">{esc(section_where(section))} {economy_badges(section.economies, strings)}</p>')
        if section.text:
            body.append(f"<p>{esc(excerpt(section.text, EXCERPT_WIDTH))}</p>")
    body.append(listed_note(len(sections), total, strings))
    return page(url, title, "".join(body))
