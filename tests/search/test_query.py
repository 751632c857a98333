"""Reading what a user typed into terms and their other spellings."""

from __future__ import annotations

from desktop_app.search.query import parse


def test_a_latin_word_changing_case_inside_is_also_spelt_apart_and_others_are_left_alone() -> None:
    def spellings(text: str) -> tuple[str, ...]:
        (term,) = parse(text).clauses[0]
        return term.spellings

    assert spellings("OpenRAN") == ("OpenRAN", "Open RAN")
    assert spellings("eSIM") == ("eSIM", "e SIM")
    for text in ("IPv6", "TELWG", "SATRIA-1", "Bluetooth", "5G"):
        assert spellings(text) == (text,), text
