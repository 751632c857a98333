"""The ToUnicode repair changes destination code points only, in both of the forms a CMap writes them."""

from __future__ import annotations

from desktop_app.render.tounicode import repair_cmap

CMAP = """begincmap
2 beginbfrange
<2F47> <2F47> <2F47>
<0001> <0003> [<0009> <2F47> <672C>]
endbfrange
1 beginbfchar
<0004> <2ED1>
endbfchar
endcmap
"""


def test_destinations_are_repaired_and_sources_kept() -> None:
    repaired = repair_cmap(CMAP, {0x2F47: 0x65E5, 0x2ED1: 0x9577})
    assert "<2F47> <2F47> [<65E5>]" in repaired  # a source code equal to a radical stays as it is
    assert "<0001> <0003> [<0020> <65E5> <672C>]" in repaired  # tab back to space, ⽇ to 日
    assert "<0004> <9577>" in repaired
