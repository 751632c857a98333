"""Office files that are zip archives (.docx, .odt): opened only after checking they are what they claim and
unpack to a sane size, so a damaged file or a zip bomb is refused with a reason before any XML is parsed."""

from __future__ import annotations

import io
import zipfile
import zlib

from desktop_app.ingest.errors import ImportRefused

MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # refuse an archive that would inflate beyond this
# what zipfile raises for a damaged archive: a bad header, a name that is not UTF-8 though flagged so, a bad
# checksum or compressed stream, an unknown compression method, a size that does not add up
_DAMAGED = (
    zipfile.BadZipFile, zipfile.LargeZipFile, UnicodeDecodeError, zlib.error, EOFError, NotImplementedError,
    ValueError, OSError,
)


def check_archive(data: bytes, member: str, kind: str, suffix: str) -> None:
    """Refuse data unless it is a zip archive holding member and unpacking to at most MAX_UNPACKED_BYTES;
    kind names the format in the reasons ("Word", "OpenDocument"), suffix its file name ending."""
    a_kind = f"{'an' if kind[:1] in 'AEIOU' else 'a'} {kind}"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if member not in archive.namelist():
                raise ImportRefused(f"not {a_kind} document (no document body in the file)")
            if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
                raise ImportRefused(f"{kind} document unpacks to more than the {MAX_UNPACKED_BYTES // 2**20} MB limit")
    except _DAMAGED:
        raise ImportRefused(f"not {a_kind} {suffix} document (damaged, or not {a_kind} file)") from None


def read_member(data: bytes, member: str, kind: str) -> bytes | None:
    """A checked archive's member, None when it has none of that name; ImportRefused when it cannot be
    unpacked (a damaged entry, a bad checksum)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.read(member) if member in archive.namelist() else None
    except _DAMAGED as error:
        raise ImportRefused(f"damaged {kind} file ({member} cannot be unpacked: {type(error).__name__})") from None
