"""An economy across the library: attendance, every update it gave, its people and the sections naming it."""

from __future__ import annotations


from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import (
    LISTED_SECTIONS, Page, crumbs, date_range, esc, grid, link, listed_note, not_found, page, paragraphs, topic_badges,
)
from desktop_app.ui.pages.meeting import session_title
from desktop_app.ui.urls import page_url


def render_economy(library: Library, code: str, strings: Strings) -> Page:
    url = page_url("economy", code)
    economy = registry().get(code)
    if economy is None:
        return not_found(url, strings)
    title = economy.name(strings.lang)
    other = economy.en if strings.lang == "zh" else economy.zh
    body = [crumbs([esc(strings("branch_economies"))]), f"<h1>{esc(title)}</h1>", f'<p class="meta">{esc(other)} · {esc(code)}</p>']
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
                        esc(strings(f"attendance_{a.status}")),
                    ]
                    for a in attendance
                ),
            )
        )
    updates = queries.economy_updates(library, code)
    body.append(f"<h2>{esc(strings('field_updates'))}</h2>")
    if not updates:
        body.append(f'<p class="muted">{esc(strings("none_yet"))}</p>')
    facts = queries.titles_and_kinds(library, list({u.meeting.document_id for u in updates}))
    for items in by_same_meeting(updates, lambda update: update.meeting):
        body.append(f"<h3>{link('meeting', items[0].meeting_id, items[0].meeting.name)}</h3>")
        reported_apart = len({update.meeting_id for update in items}) > 1
        for update in items:
            where = f"{session_title(update.session, strings)} › " if update.session else ""
            if reported_apart:  # one meeting, two documents: say which this update comes from
                kind = facts[update.meeting.document_id][1]
                where = f"{strings.get(f'kind_{kind}', kind)} · {where}"
            body.append(f'<p class="meta">{esc(where)}{link("update", update.id, update.heading)} {topic_badges(update.topics, strings)}</p>')
            body.append(paragraphs(update.text))
    people = queries.economy_people(library, code, with_roles=False)
    if people:
        body.append(f"<h2>{esc(strings('field_people'))}</h2><ul>")
        body.extend(
            f"<li>{link('person', p.id, p.name)} <span class='meta'>{esc(' '.join(x for x in (p.organization, p.title) if x))}</span></li>"
            for p in people
        )
        body.append("</ul>")
    sections = queries.sections_for_economy(library, code, LISTED_SECTIONS)
    if sections:
        total = queries.count_sections_for_economy(library, code)
        body.append(f"<h2>{esc(strings('group_mentions'))} ({total})</h2><ul>")
        body.extend(
            f"<li>{link('section', s.id, f'{s.label} {s.heading}'.strip())} <span class='muted'>· {esc(s.document.title)}</span></li>"
            for s in sections
        )
        body.append("</ul>")
        body.append(listed_note(len(sections), total, strings))
    return page(url, title, "".join(body))
