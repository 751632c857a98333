"""Web pages saved from a browser: the article body found, the site around it (chrome) dropped.

The page is parsed with the standard library into a small tree; nothing in it is run or fetched. Scripts,
styles, forms, navigation, headers, footers, asides and elements whose class or role says "menu", "login",
"share" and the like are dropped. The body is the <article> (or <main>, or the element holding most paragraph
text); it is written out as a news extract looks: title, a date line, one paragraph per line, table rows with
cells separated by " | ", list items as "• ".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from desktop_app.core.dates import WRITTEN_DATE
from desktop_app.core.scripts import WIDE
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.line_kinds import TABLE_CELL_SEPARATOR
from desktop_app.ingest.news_chrome import news_chrome
from desktop_app.ingest.readers.text import clean_text, decode_text

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NEVER_TEXT = {
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "form",
    "input", "button", "select", "textarea", "label", "dialog", "menu", "nav", "aside", "footer", "head", "img",
    "video", "audio", "picture", "map",
}  # fmt: skip
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar"}
_BLOCK = {
    "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "table", "thead", "tbody", "tfoot", "tr", "blockquote", "pre", "figure", "figcaption", "dl", "dt", "dd",
    "address", "hr", "br", "caption", "center",
}  # fmt: skip
_NEWLINE_BETWEEN_WIDE = re.compile(rf"(?<=[{WIDE}])[ \t]*[\r\n]\s*(?=[{WIDE}])")
_DATE = re.compile(WRITTEN_DATE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def elements(self) -> list[Node]:
        """This node and every element below it, in document order."""
        found = [self]
        for child in self.children:
            if isinstance(child, Node):
                found.extend(child.elements())
        return found

    def text_length(self) -> int:
        return sum(len(c.strip()) if isinstance(c, str) else c.text_length() for c in self.children)


class _TreeBuilder(HTMLParser):
    """Forgiving tree building: unknown end tags are ignored, unclosed elements end with their parent."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p" and self.stack[-1].tag == "p":
            self.stack.pop()
        node = Node(tag, {name: value or "" for name, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(Node(tag, {name: value or "" for name, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html(source: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(source)
    builder.close()
    return builder.root


def _always_dropped(node: Node) -> bool:
    return node.tag in _NEVER_TEXT or "hidden" in node.attrs or node.attrs.get("aria-hidden") == "true"


def _looks_like_chrome(node: Node) -> bool:
    """Site furniture by tag, role, class or id: a header, a menu, a log-in box, sharing buttons."""
    if node.tag == "header" or node.attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    tokens = re.split(r"[\s_\-]+", f"{node.attrs.get('class', '')} {node.attrs.get('id', '')}".lower())
    return not news_chrome().chrome_classes.isdisjoint(tokens)


def _holds_title(node: Node) -> bool:
    """An article's own header: it holds the headline (h1) or, as a <header>, the date."""
    return any(n.tag == "h1" or (node.tag == "header" and n.tag == "time") for n in node.elements())


def _prune(node: Node, keep_above: int) -> None:
    """Drop chrome below node; an element holding more than keep_above characters of text is never chrome."""
    kept: list[Node | str] = []
    for child in node.children:
        if isinstance(child, Node):
            if _always_dropped(child):
                continue
            if _looks_like_chrome(child) and not _holds_title(child) and child.text_length() <= keep_above:
                continue
            _prune(child, keep_above)
        kept.append(child)
    node.children = kept


def _paragraph_text(node: Node) -> int:
    return sum(p.text_length() for p in node.elements() if p.tag == "p")


def _find_body(root: Node) -> Node:
    """The article: the <article> with most paragraph text, else <main>, else the densest paragraph parent."""
    elements = root.elements()
    for tags in (("article",), ("main",)):
        candidates = [n for n in elements if n.tag in tags or n.attrs.get("itemprop") == "articleBody"]
        candidates = [n for n in candidates if n.text_length() > 0]
        if candidates:
            return max(candidates, key=lambda n: (_paragraph_text(n), n.text_length()))
    parents = [n for n in elements if any(isinstance(c, Node) and c.tag == "p" for c in n.children)]
    if parents:
        return max(parents, key=lambda n: sum(c.text_length() for c in n.children if isinstance(c, Node) and c.tag == "p"))
    bodies = [n for n in elements if n.tag == "body"]
    return bodies[0] if bodies else root


class _Writer:
    """Renders a subtree as paragraphs: blocks end a line, inline text is joined with collapsed whitespace."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.line = ""

    def flush(self) -> None:
        text = " ".join(self.line.split())
        if text:
            self.blocks.append(text)
        self.line = ""

    def write(self, node: Node, in_pre: bool = False) -> None:
        if node.tag == "tr":
            self.flush()
            cells = [" ".join(_inline_text(c).split()) for c in node.children if isinstance(c, Node) and c.tag in ("td", "th")]
            row = TABLE_CELL_SEPARATOR.join(cell for cell in cells if cell)
            if row:
                self.blocks.append(row)
            return
        if node.tag == "pre":
            self.flush()
            self.blocks.extend(line.rstrip() for line in _inline_text(node).split("\n") if line.strip())
            return
        block = node.tag in _BLOCK
        if block:
            self.flush()
        if node.tag == "li":
            self.line = "• "
        for child in node.children:
            if isinstance(child, str):
                self.line += _NEWLINE_BETWEEN_WIDE.sub("", child)
            else:
                self.write(child, in_pre)
        if block:
            self.flush()


def _inline_text(node: Node) -> str:
    return "".join(c if isinstance(c, str) else _inline_text(c) for c in node.children)


def _meta(root: Node, *names: str) -> str:
    for node in root.elements():
        if node.tag == "meta" and (node.attrs.get("property") in names or node.attrs.get("name") in names):
            return node.attrs.get("content", "").strip()
    return ""


def _page_title(root: Node) -> str:
    title = _meta(root, "og:title")
    if not title:
        titles = [n for n in root.elements() if n.tag == "title"]
        title = " ".join(_inline_text(titles[0]).split()) if titles else ""
    return title


def _page_date(root: Node) -> str:
    stamp = _meta(root, "article:published_time", "pubdate", "publishdate", "date", "og:published_time")
    if not stamp:
        times = [n for n in root.elements() if n.tag == "time"]
        stamp = times[0].attrs.get("datetime", "") or _inline_text(times[0]) if times else ""
    match = _DATE.search(stamp)
    return match.group(0) if match else ""


def read_html(data: bytes) -> ReadText:
    return read_page(decode_page(data), "html")


def decode_page(data: bytes, charset: str | None = None) -> str:
    """A page's bytes as text: by the charset its container declares (an .mht part's), else by its own meta
    charset (unless a byte order mark says otherwise), else as any text is decoded (decode_text)."""
    declared = [charset] if charset else []
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        meta = _META_CHARSET.search(data[:4096])
        declared += [meta.group(1).decode("ascii")] if meta else []
    for name in declared:
        try:
            return data.decode(name.lower().replace("big5", "cp950"))
        except (LookupError, UnicodeDecodeError):
            continue
    return decode_text(data)


_MIN_TITLE_CHARS = 8  # a shorter first block (a section label: 新聞) inside the title is no title of its own


def _names_first_block(title: str, blocks: list[str]) -> bool:
    """Whether the page's first block already says what its <title> says (a report page whose title is 報告 or
    the report's own name, the first paragraph its full name): the title would only repeat it above it."""
    first = " ".join(blocks[0].split()) if blocks else ""
    return bool(first) and (title in first or (len(first) >= _MIN_TITLE_CHARS and first in title))


def read_page(page: str, source_format: str) -> ReadText:
    """The article of a page's HTML, as a news extract looks (see the module's docstring)."""
    root = parse_html(page)
    title, date = _page_title(root), _page_date(root)
    body = _find_body(root)
    _prune(body, keep_above=body.text_length() // 2)
    writer = _Writer()
    writer.write(body)
    writer.flush()
    blocks = writer.blocks
    if not any(tag.tag == "h1" for tag in body.elements()) and title and not _names_first_block(title, blocks):
        blocks.insert(0, title)
    if date and not any(_DATE.search(block) for block in blocks[:12]):
        blocks.insert(1 if blocks else 0, date)
    if not blocks:
        raise ImportRefused("no article text found in the web page")
    return ReadText(clean_text("\n\n".join(blocks)), source_format, structured=True)
