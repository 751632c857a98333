"""An economy across the library: attendance, every update it gave, its people and the sections naming it."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.topics import taxonomy
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import date_range, session_title
from desktop_app.ui.pages.base import (
    LISTED_SECTIONS, Page, crumbs, esc, grid, link, listed_note, not_found, page, paragraphs, section_heading,
    section_where, topic_badges, update_title,
)
from desktop_app.ui.urls import economy_topic_url, page_url


def render_economy(library: Library, code: str, strings: Strings, topic_id: str | None = None) -> Page:
    """An economy's page; with topic_id, only what it said on that topic (its updates and the sections naming
    it that carry the topic), a link back to the whole page."""
    economy = registry().get(code)
    topic = taxonomy().get(topic_id) if topic_id else None
    url = economy_topic_url(code, topic_id) if topic_id else page_url("economy", code)
    if economy is None or (topic_id and topic is None):
        return not_found(url, strings)
    name = economy.name(strings.lang)
    title = f"{name} · {topic.label(strings.lang)}" if topic else name
    other = economy.en if strings.lang == "zh" else economy.zh
    body = [crumbs([esc(strings("branch_economies"))]), f"<h1>{esc(title)}</h1>", f'<p class="meta">{esc(other)} · {esc(code)}</p>']
    if topic:
        everything = strings("economy_on_topic_all", economy=name)
        body.append(f'<p class="meta"><a href="{esc(page_url("economy", code))}">{esc(everything)}</a></p>')
        said = _said_on(library, code, strings, topic.id) + _mentions(library, code, strings, topic.id)
        return page(url, title, "".join(body + said))
    topics = queries.economy_topic_counts(library, code)
    if topics:
        links = " ".join(
            f'<a class="topic" href="{esc(economy_topic_url(code, topic.id))}">&nbsp;{esc(topic.label(strings.lang))}'
            f" {topics[topic.id]}&nbsp;</a>"
            for topic in taxonomy().topics
            if topics.get(topic.id)
        )
        body.append(f'<p class="meta">{esc(strings("economy_topics_intro"))} {links}</p>')
    attendance = queries.economy_attendance(library, code)
    if attendance:
        body.append(f"<h2>{esc(strings('field_attendance'))}</h2>")
        body.append(
            grid(
                [strings("field_meeting"), strings("field_dates"), strings("field_attendance")],
                (
                    [
                        link("meeting", a.meeting.id, a.meeting.name),
                        esc(date_range(a.meeting.start_date, a.meeting.end_date, strings)),
                        esc(strings.term("attendance", a.status) + (strings("attendance_disputed") if a.disputed else "")),
                    ]
                    for a in attendance
                ),
            )
        )
    body.extend(_said_on(library, code, strings))
    people = queries.economy_people(library, code, with_roles=False)
    if people:
        body.append(f"<h2>{esc(strings('field_people'))}</h2><ul>")
        body.extend(
            f"<li>{link('person', p.id, p.name)} <span class='meta'>{esc(' '.join(x for x in (p.organization, p.title) if x))}</span></li>"
            for p in people
        )
        body.append("</ul>")
    body.extend(_mentions(library, code, strings))
    return page(url, title, "".join(body))


def _said_on(library: Library, code: str, strings: Strings, topic_id: str | None = None) -> list[str]:
    """The economy's updates, by meeting (on one topic, when given)."""
    body: list[str] = []
    updates = queries.economy_updates(library, code)
    if topic_id:
        updates = [update for update in updates if topic_id in update.topics]
    body.append(f"<h2>{esc(strings('field_updates'))}</h2>")
    if not updates:
        body.append(f'<p class="muted">{esc(strings("none_yet"))}</p>')
    facts = queries.titles_and_kinds(library, list({u.meeting.document_id for u in updates}))
    for items in queries.updates_by_meeting(library, updates, facts):
        body.append(f"<h3>{link('meeting', items[0].meeting_id, items[0].meeting.name)}</h3>")
        reported_apart = len({update.meeting_id for update in items}) > 1
        for update in items:
            where = f"{session_title(update.session, strings)} › " if update.session else ""
            if reported_apart:  # one meeting, two documents: say which this update comes from
                kind = facts[update.meeting.document_id][1]
                where = f"{strings.term('document_kinds', kind)} · {where}"
            title = update_title(update.economy, update.heading, strings)  # 韓國 on an English page is Korea
            body.append(f'<p class="meta">{esc(where)}{link("update", update.id, title)} {topic_badges(update.topics, strings)}</p>')
            body.append(paragraphs(update.text))
    return body


def _mentions(library: Library, code: str, strings: Strings, topic_id: str | None = None) -> list[str]:
    """The sections naming the economy (on one topic, when given), the first LISTED_SECTIONS."""
    body: list[str] = []
    sections = queries.sections_for_economy(library, code, LISTED_SECTIONS, topic_id)
    if sections:
        total = queries.count_sections_for_economy(library, code, topic_id)
        body.append(f"<h2>{esc(strings('group_mentions'))} ({total})</h2><ul>")
        body.extend(
            f"<li>{link('section', s.id, section_heading(s))}"
            + (f" <span class='muted'>· {esc(where)}</span>" if (where := section_where(s)) else "")
            + "</li>"
            for s in sections
        )
        body.append("</ul>")
        body.append(listed_note(len(sections), total, strings))
    return body
