"""Briefs as HTML with inline styles: the same markup is laid out by Qt for paper and PDF, and saved for e-mail."""

from __future__ import annotations

from html import escape

from desktop_app.briefing.blocks import (
    Block,
    Brief,
    BulletList,
    Facts,
    Heading,
    Note,
    Paragraph,
    RawHtml,
    Table,
)
from desktop_app.briefing.labels import labels, style


def _css(name: str) -> str:
    return style()["styles"][name]


def font_stack(preferred: str | None = None) -> str:
    """A CSS font-family list, the family found on this machine first when one was found."""
    families = ([preferred] if preferred else []) + [f for f in style()["fonts"] if f != preferred]
    return ", ".join(f"'{family}'" for family in families) + ", sans-serif"


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _block(block: Block) -> str:
    match block:
        case Heading(text, level):
            tag = "h2" if level <= 2 else "h3"
            return f'<{tag} style="{_css(tag)}">{_text(text)}</{tag}>'
        case Paragraph(text):
            return f'<p style="{_css("p")}">{_text(text)}</p>'
        case Note(text):
            return f'<p style="{_css("note")}">{_text(text)}</p>'
        case Facts(rows):
            cells = "".join(
                f'<tr><td width="22%" style="{_css("fact_key")}">{_text(key)}</td>'
                f'<td style="{_css("td")}">{_text(value)}</td></tr>'
                for key, value in rows
            )
            return _table(cells)
        case Table(headers, rows, widths):
            head = "".join(
                f'<th{_width(widths, i)} style="{_css("th")}">{_text(h)}</th>' for i, h in enumerate(headers)
            )
            body = "".join(
                "<tr>" + "".join(f'<td style="{_css("td")}">{_text(cell)}</td>' for cell in row) + "</tr>"
                for row in rows
            )
            return _table(f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody>")
        case BulletList(items, numbered):
            tag = "ol" if numbered else "ul"
            lines = "".join(f"<li>{_text(item)}</li>" for item in items)
            return f'<{tag} style="{_css("list")}">{lines}</{tag}>'
        case RawHtml(html):
            return html
    raise TypeError(f"not a brief block: {block!r}")


def _width(widths: tuple[int, ...], index: int) -> str:
    return f' width="{widths[index]}%"' if index < len(widths) else ""


def _table(inner: str) -> str:
    # Attributes as well as CSS: Qt's rich text reads border/cellpadding from attributes, mail clients from CSS.
    return (
        f'<table width="100%" border="1" cellspacing="0" cellpadding="4" style="{_css("table")}">{inner}</table>'
    )


def title_block(brief: Brief) -> str:
    """Kind of brief, its title and subtitle: what the reader sees first on page one. A printed window page
    opens with its own crumbs and title, so nothing is set above it (it printed its title twice)."""
    if brief.kind == "page":
        return ""
    kicker = labels(brief.lang)[f"{brief.kind}_brief"]
    parts = [
        f'<p style="{_css("kicker")}">{_text(kicker)}</p>',
        f'<h1 style="{_css("title")}">{_text(brief.title)}</h1>',
    ]
    if brief.subtitle:
        parts.append(f'<p style="{_css("subtitle")}">{_text(brief.subtitle)}</p>')
    return "".join(parts)


def header_title(brief: Brief) -> str:
    """The line printed at the top of every page: kind of brief and its title."""
    separator = ": " if brief.lang == "en" else "："
    return f"{labels(brief.lang)[f'{brief.kind}_brief']}{separator}{brief.title}"


def body_html(brief: Brief, font_family: str | None = None) -> str:
    """The brief as one HTML document for Qt's layout; page header and footer are drawn by the renderer."""
    content = title_block(brief) + "".join(_block(block) for block in brief.blocks)
    return (
        '<html><head><meta charset="utf-8"></head>'
        f'<body style="font-family:{font_stack(font_family)}; {_css("body")}">{content}</body></html>'
    )


def email_html(brief: Brief, library_name: str, printed_on: str, font_family: str | None = None) -> str:
    """A self-contained page for e-mail: inline styles only, the header line on top, the print date at the end."""
    words = labels(brief.lang)
    header = (
        f'<p style="{_css("header")}">{_text(header_title(brief))} · TelRef · '
        f'{_text(words["library"].format(name=library_name))}</p>'
    )
    footer = f'<p style="{_css("footer")}">{_text(words["printed_on"].format(date=printed_on))}</p>'
    content = title_block(brief) + "".join(_block(block) for block in brief.blocks)
    lang = "en" if brief.lang == "en" else "zh-Hant"
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{_text(brief.title)}</title></head>"
        f'<body style="font-family:{font_stack(font_family)}; {_css("body")} max-width:46em; margin:1.5em auto;">'
        f"{header}{content}{footer}</body></html>\n"
    )
