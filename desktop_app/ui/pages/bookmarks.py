"""The list of starred pages."""

from __future__ import annotations

from desktop_app.core.bookmarks import list_bookmarks
from desktop_app.core.library import Library
from desktop_app.ui.bookmark_titles import bookmark_titles
from desktop_app.ui.i18n import Strings
from desktop_app.ui.pages.base import Page, esc, page
from desktop_app.ui.urls import page_url


def render_bookmarks(library: Library, strings: Strings) -> Page:
    title = strings("bookmarks_title")
    marks = list_bookmarks(library)
    body = [f"<h1>{esc(title)}</h1>"]
    if not marks:
        body.append(f'<p class="muted">{esc(strings("none_yet"))}</p>')
    else:
        marks = [mark for mark in marks if mark.target.startswith("telref://")]
        body.append("<ul>")
        body.extend(
            f'<li><a href="{esc(mark.target)}">{esc(title)}</a></li>'
            for mark, title in zip(marks, bookmark_titles(library, marks, strings))
        )
        body.append("</ul>")
    return page(page_url("bookmarks"), title, "".join(body))
