"""Web pages saved as one file (.mht, .mhtml): the archive's page read as the same page saved as .html is, in
the charset its part declares; images beside it ignored; what is not a web archive refused with a reason.

The archives are written here as Internet Explorer ("Web Archive, single file": big5, quoted-printable) and
Chrome ("Webpage, Single File": UTF-8, its own headers) lay them out.
"""

from __future__ import annotations

import base64
import quopri
from pathlib import Path

import pytest
from test_reader_html import PAGE

from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.readers import read_file
from desktop_app.ingest.readers.mhtml import read_mhtml

_IMAGE = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(40)).decode("ascii")


def _internet_explorer(page: str) -> bytes:
    html = quopri.encodestring(page.encode("cp950")).decode("ascii")
    return (
        "From: <Saved by Windows Internet Explorer 8>\r\nSubject: =?big5?B?"
        + base64.b64encode("台美發布5G共同宣言".encode("cp950")).decode("ascii")
        + '?=\r\nDate: Thu, 27 Aug 2020 10:00:00 +0800\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n'
        '\ttype="text/html";\r\n\tboundary="----=_NextPart_000_0000_01D67C5A.12345670"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n\r\n------=_NextPart_000_0000_01D67C5A.12345670\r\n"
        'Content-Type: text/html;\r\n\tcharset="big5"\r\nContent-Transfer-Encoding: quoted-printable\r\n'
        "Content-Location: https://news.example.invalid/5g\r\n\r\n" + html.replace("\n", "\r\n")
        + "\r\n------=_NextPart_000_0000_01D67C5A.12345670\r\nContent-Type: image/png\r\n"
        "Content-Transfer-Encoding: base64\r\nContent-Location: https://news.example.invalid/logo.png\r\n\r\n"
        + _IMAGE + "\r\n------=_NextPart_000_0000_01D67C5A.12345670--\r\n"
    ).encode("ascii")


def _chrome(page: str) -> bytes:
    html = quopri.encodestring(page.replace('charset="big5"', 'charset="utf-8"').encode("utf-8")).decode("ascii")
    boundary = "----MultipartBoundary--Qx8Ay2pD7kQ3Yz0mV5rL1nB4cW9tE6sH----"
    return (
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example.invalid/5g\r\n"
        "Subject: =?utf-8?Q?5G?=\r\nDate: Thu, 27 Aug 2020 02:00:00 -0000\r\nMIME-Version: 1.0\r\n"
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n\r\n\r\n'
        f"--{boundary}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
        "Content-Location: cid:css-1@mhtml.blink\r\n\r\np { color: red; }\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\nContent-Location: https://news.example.invalid/5g\r\n\r\n"
        + html.replace("\n", "\r\n") + f"\r\n\r\n--{boundary}--\r\n"
    ).encode("utf-8")


@pytest.mark.parametrize("archive", [_internet_explorer, _chrome], ids=["internet-explorer", "chrome"])
def test_the_archived_page_reads_as_the_page_itself(tmp_path: Path, archive) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(PAGE.encode("cp950"))
    saved = tmp_path / "page.mht"
    saved.write_bytes(archive(PAGE))
    read = read_file(saved)[1]
    assert (read.format, read.structured) == ("mhtml", True)
    assert read.text == read_file(page)[1].text
    assert "8月26日，台灣正式成為美國「乾淨網路」計畫夥伴。" in read.text


def test_a_plain_page_saved_under_the_archives_name_reads_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "page.mht"
    saved.write_bytes(PAGE.encode("cp950"))
    assert read_file(saved)[1].text.startswith("台美發布5G共同宣言")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"Minutes of the meeting, typed as plain text. " * 20, "not a web archive"),
        (
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
            b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n",
            "no web page in the web archive",
        ),
    ],
    ids=["plain-text", "images-only"],
)
def test_what_is_not_a_web_archive_is_refused(data: bytes, reason: str) -> None:
    with pytest.raises(ImportRefused, match=reason):
        read_mhtml(data)
