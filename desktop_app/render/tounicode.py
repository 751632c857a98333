"""Repair the ToUnicode maps Qt writes into PDFs, so that searching and copying Chinese in the PDF works.

Qt maps each glyph back to the lowest code point that shows it. CJK fonts such as Noto Sans CJK draw the Kangxi
radical ⽇ (U+2F47) and the ideograph 日 (U+65E5) with one glyph, so the PDF's text would read ⽇本 and a search
for 日本 would fail; the space glyph likewise comes back as a tab. This rewrites those targets in place.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_HEX4 = re.compile(r"<([0-9A-Fa-f]{4})>")
_RANGE = re.compile(r"^(<[0-9A-Fa-f]+>\s+<[0-9A-Fa-f]+>\s+)(.*)$")
_CHAR = re.compile(r"^(<[0-9A-Fa-f]+>\s+)(<[0-9A-Fa-f]+>)\s*$")
# Qt reports the space glyph as a tab, and a ligature's glyph by its presentation form (ﬁ), which a search for
# "Artificial" does not match: the letters it joins are written instead.
ALWAYS: dict[int, int | str] = {0x0009: 0x0020, **{code: unicodedata.normalize("NFKC", chr(code)) for code in range(0xFB00, 0xFB07)}}


def _hex(target: int | str) -> str:
    """A CMap destination: one code point, or several (a ligature's letters), as UTF-16 big-endian hex."""
    return f"{target:04X}" if isinstance(target, int) else "".join(f"{ord(char):04X}" for char in target)


def repair_cmap(cmap: str, targets: dict[int, int]) -> str:
    """A ToUnicode CMap with every destination code point found in targets replaced (sources are left alone)."""
    table: dict[int, int | str] = {**ALWAYS, **targets}

    def swap(match: re.Match[str]) -> str:
        value = int(match[1], 16)
        return f"<{_hex(table.get(value, value))}>"

    lines = []
    section = ""
    for line in cmap.splitlines():
        stripped = line.strip()
        if stripped.endswith(("beginbfrange", "beginbfchar")):
            section = stripped.split()[-1]
        elif stripped in ("endbfrange", "endbfchar"):
            section = ""
        elif section == "beginbfrange" and (match := _RANGE.match(stripped)):
            line = match[1] + _range_targets(match[1], match[2], table, swap)
        elif section == "beginbfchar" and (match := _CHAR.match(stripped)):
            line = match[1] + _HEX4.sub(swap, match[2])
        lines.append(line)
    return "\n".join(lines) + ("\n" if cmap.endswith("\n") else "")


def _range_targets(sources: str, rest: str, table: dict[int, int | str], swap) -> str:
    if rest.startswith("["):
        return _HEX4.sub(swap, rest)
    first = _HEX4.fullmatch(rest.strip())
    if first is None:
        return rest
    low, high = (int(code, 16) for code in re.findall(r"<([0-9A-Fa-f]+)>", sources))
    start = int(first[1], 16)
    values = [start + offset for offset in range(high - low + 1)]
    if not any(value in table for value in values):
        return rest
    return "[" + " ".join(f"<{_hex(table.get(value, value))}>" for value in values) + "]"


def repair_pdf(path: Path, targets: dict[int, int]) -> int:
    """Rewrite the ToUnicode maps of every font in the PDF at path; returns how many maps changed."""
    # pypdf is imported here, not at the top: the window imports this module to print, and pypdf took 58 ms of
    # a start that must stay within 1.5× its dependency floor (bench/startup.py)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DictionaryObject, StreamObject

    writer = PdfWriter(clone_from=PdfReader(path))
    seen: set[int] = set()
    changed = 0
    for page in writer.pages:
        fonts = page.get("/Resources", DictionaryObject()).get_object().get("/Font", DictionaryObject()).get_object()
        for reference in fonts.values():
            font = reference.get_object()
            stream_ref = font.get("/ToUnicode")
            if stream_ref is None or id(stream := stream_ref.get_object()) in seen:
                continue
            seen.add(id(stream))
            if not isinstance(stream, StreamObject):
                continue
            before = stream.get_data().decode("latin-1")
            after = repair_cmap(before, targets)
            if after != before:
                stream.set_data(after.encode("latin-1"))
                changed += 1
    with path.open("wb") as handle:
        writer.write(handle)
    return changed
