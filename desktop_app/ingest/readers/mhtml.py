"""Web pages saved as one file (.mht, .mhtml): Internet Explorer's and Edge's "Web Archive, single file",
Chrome's "Webpage, Single File". The file is a MIME message; its first HTML part is the page, decoded by the
charset the part declares and read as a saved .html page is (html.py). Images and style sheets packed beside
it are left alone, and nothing in it is run or fetched.
"""

from __future__ import annotations

import email
import email.policy

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import ReadText
from desktop_app.ingest.readers.html import decode_page, read_html, read_page


def read_mhtml(data: bytes) -> ReadText:
    head = data[:4096].lower()
    if b"content-type:" not in head or b"mime-version:" not in head:
        if head.lstrip().startswith(b"<"):
            return read_html(data)  # a page saved as plain HTML under the archive's name
        raise ImportRefused("not a web archive (.mht) file (no MIME headers)")
    message = email.message_from_bytes(data, policy=email.policy.compat32)  # lenient with browsers' headers
    page = next((part for part in message.walk() if part.get_content_type() == "text/html"), None)
    if page is None:
        raise ImportRefused("no web page in the web archive (it holds no HTML part)")
    payload = page.get_payload(decode=True)
    if not isinstance(payload, bytes) or not payload.strip():
        raise ImportRefused("the web archive's page is empty")
    return read_page(decode_page(payload, page.get_content_charset()), "mhtml")
