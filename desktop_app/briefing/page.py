"""The window's current page as a brief: its title and markup, printed with the same header and footer."""

from __future__ import annotations

import re

from desktop_app.briefing.blocks import Brief, RawHtml

_BODY = re.compile(r"<body[^>]*>(?P<inner>.*)</body>", re.S | re.I)
_STYLE = re.compile(r"<style[^>]*>.*?</style>", re.S | re.I)
# Markers around what only the window needs (links to the next section): printed pages leave it out. Page
# text is escaped, so a document's own words can never hold them.
SCREEN_ONLY_START, SCREEN_ONLY_END = "<!--screen-only-->", "<!--/screen-only-->"
_SCREEN_ONLY = re.compile(re.escape(SCREEN_ONLY_START) + ".*?" + re.escape(SCREEN_ONLY_END), re.S)


def page_brief(title: str, html: str, lang: str = "zh") -> Brief:
    """A brief whose content is the page's own HTML: its style sheets and body when it is a whole document,
    without what is marked screen-only."""
    html = _SCREEN_ONLY.sub("", html)
    match = _BODY.search(html)
    content = "".join(_STYLE.findall(html[: match.start()])) + match["inner"] if match else html
    return Brief(kind="page", title=title, lang=lang, blocks=[RawHtml(content)])
