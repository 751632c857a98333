"""One meaning of "a Chinese character" for every parser: Extension A and compatibility ideographs included."""

from __future__ import annotations

import re

from desktop_app.core.scripts import HAN, WIDE, han_count, has_han, is_han


def test_han_takes_every_block_of_ideographs_and_nothing_else() -> None:
    for char in "中國䶮㐀龥鿿豈\U00020000\U0002a6d6":  # unified, Extension A, compatibility, Extension B
        assert is_han(char), hex(ord(char))
    for char in "AéＡ，。\u3000ぁカ한⼀":  # Latin, full-width forms, punctuation, kana, hangul, a Kangxi radical
        assert not is_han(char), hex(ord(char))


def test_counting_and_finding_han_in_text() -> None:
    assert han_count("APEC 電信工作小組 69") == 6
    assert has_han("Workshop 研討會") and not has_han("Workshop")


def test_wide_takes_han_and_the_full_width_marks_beside_it() -> None:
    wide = re.compile(f"[{WIDE}]")
    assert all(wide.fullmatch(char) for char in "中䶮豈，：（）\u3000Ａ１\U00020000⼀")
    assert not any(wide.fullmatch(char) for char in "A1,:() é")


def test_the_han_class_is_a_class_body_regexes_embed() -> None:
    assert re.fullmatch(rf"[{HAN}]{{2,4}}", "王䶮明")
