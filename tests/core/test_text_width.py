"""Text width in columns: what reflow measures a wrapped line by and what a brief's excerpt is cut to."""

from __future__ import annotations

from desktop_app.core.text_width import display_width


def test_wide_characters_take_two_columns_and_others_one() -> None:
    assert display_width("資通安全") == 8
    assert display_width("spectrum") == 8
    assert display_width("5G 網路") == 7
    assert display_width("（ＡＢ）") == 8  # full-width forms are wide
    assert display_width("") == 0
