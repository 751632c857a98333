"""Chinese numerals as reports write a meeting's ordinal."""

from __future__ import annotations

import pytest

from desktop_app.core.numerals import chinese_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("七", 7), ("十", 10), ("十二", 12), ("二十", 20), ("六十八", 68), ("一百零二", 102), ("一百二十", 120), ("兩百", 200),
     ("二〇二四", 2024)],
)
def test_values(text: str, value: int) -> None:
    assert chinese_number(text) == value


def test_other_text_is_no_number() -> None:
    assert chinese_number("") is None and chinese_number("六十八次") is None and chinese_number("68") is None
