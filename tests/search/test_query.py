"""Reading what a user typed into terms and their other spellings."""

from __future__ import annotations

from desktop_app.search.query import parse


def test_a_latin_word_changing_case_inside_is_also_spelt_apart_and_others_are_left_alone() -> None:
    def spellings(text: str) -> tuple[str, ...]:
        (term,) = parse(text).clauses[0]
        return term.spellings

    assert spellings("OpenRAN") == ("OpenRAN", "Open RAN")
    assert spellings("eSIM") == ("eSIM", "e SIM")
    for text in ("IPv6", "SATRIA-1", "Bluetooth", "LSG"):
        assert spellings(text) == (text,), text


def test_an_economy_is_searched_by_its_names_not_its_side_unless_typed() -> None:
    """美方 and 加方 stand as substrings of words that name no economy (完美方案, 增加方式): a search for the
    economy does not look for them; typed, they are searched as written."""
    (canada,) = parse("Canada").clauses[0]
    assert "加拿大" in canada.spellings and "加國" in canada.spellings
    assert not any(spelling.endswith("方") for spelling in canada.spellings)
    (side,) = parse("美方").clauses[0]
    assert side.spellings[0] == "美方" and "美國" in side.spellings


def test_an_organisation_named_in_words_and_an_acronym_typed_full_width_find_their_other_names() -> None:
    """Ministry of Digital Affairs, unquoted, is one name (its words were each required alone, and its other
    names lost); ＫＲ, as a Chinese input method types it, is KR; APT, as often a kind of attack, names nothing."""
    (whole,) = parse("Ministry of Digital Affairs").clauses
    assert "數位發展部" in whole[0].spellings
    (korea,) = parse("ＫＲ").clauses
    assert "韓國" in korea[0].spellings
    (apt,) = parse("APT").clauses
    assert apt[0].spellings == ("APT",)
