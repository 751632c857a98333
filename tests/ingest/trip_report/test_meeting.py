"""A meeting's forum and number from its name, however the report writes them."""

from __future__ import annotations

import pytest

from desktop_app.ingest.trip_report.meeting import forum_and_number, split_chair


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("APEC電信暨資訊工作小組第 68 次會議（APEC TELWG 68 Meeting）", ("APEC TELWG", 68)),
        ("亞太電信組織第二十三屆政策與法規論壇（APT PRF-23）", ("APT PRF", 23)),
        ("出席亞太經濟合作電信暨資訊工作小組第六十八次會議", (None, 68)),
        ("第二十三屆政策與法規論壇", (None, 23)),
        ("5G-2024 研討會", (None, None)),
        ("ICT-2024 論壇", (None, None)),
    ],
)
def test_forum_and_number(name: str, expected: tuple) -> None:
    assert forum_and_number(name) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["墨西哥聯邦電信院（IFT）Mr. Victor Manuel Martinez Vanegas"], ("Victor Manuel Martinez Vanegas", "墨西哥聯邦電信院（IFT）")),
        (["Ms. Maria Lopez（墨西哥聯邦電信院）"], ("Maria Lopez", "墨西哥聯邦電信院")),
        (["Dr. Tanaka, MIC"], ("Tanaka", "MIC")),  # one word after an honorific is a name in the chair's field
        (["OSIPTEL Prof Javier Yogui Sato"], ("Javier Yogui Sato", "OSIPTEL")),
        (["國家通訊傳播委員會", "王大明"], ("王大明", "國家通訊傳播委員會")),
    ],
)
def test_the_chair_is_the_name_after_a_template_honorific_and_the_rest_its_organization(lines, expected) -> None:
    assert split_chair(lines) == expected
