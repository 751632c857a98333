"""A document: what it is, the meetings it reports, its outline and its recommendations."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.labels import format_date
from desktop_app.ui.pages.base import (
    Page, crumbs, economy_badges, esc, facts, link, not_found, page, paragraphs, reference,
)
from desktop_app.ui.pages.section import section_link
from desktop_app.ui.urls import page_url


def render_document(library: Library, document_id: int, strings: Strings) -> Page:
    url = page_url("document", document_id)
    document = queries.document(library, document_id)
    if document is None:
        return not_found(url, strings)
    kind = strings.term("document_kinds", document.kind)
    published = format_date(document.published, strings)
    body = [
        crumbs([esc(strings("branch_documents"))]),
        f"<h1>{esc(document.title)}</h1>",
        facts(
            [
                (strings("field_kind"), esc(kind)),
                (strings("field_published"), esc(published)),
                (strings("field_file"), esc(document.source)),
                (strings("field_imported"), esc(document.imported_at.strftime("%Y-%m-%d %H:%M"))),
                (strings("field_economies"), economy_badges(document.economies, strings)),
                (strings("field_meeting"), " ".join(link("meeting", mt.id, mt.name) for mt in document.meetings)),
            ]
        ),
        f"<h2>{esc(strings('field_outline'))}</h2>",
    ]
    for section in document.sections:
        indent = 18 * section.level
        body.append(f'<p style="margin-left:{indent}px; margin-bottom:2px">{section_link(section)}</p>')
    if document.recommendations:
        body.append(f"<h2>{esc(strings('field_recommendations'))}</h2>")
        for recommendation in document.recommendations:
            body.append(f"<h3>{esc(recommendation.title)}</h3>{paragraphs(recommendation.text)}")
    cited = reference(strings, None, document.title, kind, published)
    return page(url, document.title, "".join(body), document_id=document.id, reference=cited)
