"""The 21 APEC economies: every name resolves, mentions in text are found longest-first, once each."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.core.economies import APEC_CODES, latin_word_pattern, names_pattern, registry


def test_the_table_holds_the_21_economies_once_each_by_their_iso_codes() -> None:
    assert len(set(APEC_CODES)) == len(APEC_CODES) == 21
    assert all(len(code) == 2 and code.isascii() and code.isupper() for code in APEC_CODES)
    assert {"CN", "TW", "HK", "KR", "US", "RU", "PG"} <= set(APEC_CODES)


def test_every_name_and_alias_resolves_to_its_code() -> None:
    wrong = [
        (name, economy.code, registry().resolve(name))
        for economy in registry().economies
        for name in economy.all_names
        if registry().resolve(name) != economy.code
    ]
    assert wrong == []


def test_every_name_and_alias_is_found_in_running_text() -> None:
    missed = [
        (name, economy.code)
        for economy in registry().economies
        for name in (economy.zh, economy.en, *economy.aliases)
        if registry().find_in_text(f"會中 {name} 表示") != [economy.code]
    ]
    assert missed == []


def test_resolution_ignores_case_and_spacing_but_not_unknown_names() -> None:
    assert registry().resolve("  chinese   taipei ") == "TW"
    assert registry().resolve("kr") == "KR"
    assert registry().resolve("Atlantis") is None
    assert registry().resolve("") is None


def test_resolution_reads_full_width_letters_and_accents_as_typed_plain() -> None:
    """A Chinese input method types ＫＲ; Peru's and Mexico's own spellings carry accents."""
    assert registry().resolve("ＫＲ") == registry().resolve("Ｋｏｒｅａ") == "KR"
    assert registry().resolve("Perú") == registry().resolve("PERU") == "PE"
    assert registry().find_in_text("la delegación de México y Perú") == ["MX", "PE"]


def test_every_economy_is_found_in_simplified_text_by_its_chinese_names() -> None:
    from desktop_app.search.folding import fold

    for economy in registry().economies:
        for name in (economy.zh, *economy.aliases):
            if fold(name) != name and not name.isascii():
                assert registry().find_in_text(f"会议上{fold(name)}表示") == [economy.code], name


def test_longest_name_wins_and_counts_once() -> None:
    assert registry().mentions("中國大陸代表發言") == [(0, 4, "CN")]
    assert registry().find_in_text("Hong Kong, China and China") == ["HK", "CN"]


@pytest.mark.parametrize("name", ["我國", "中華台北", "臺灣", "台灣", "Chinese Taipei", "中華臺北"])
def test_names_of_chinese_taipei(name: str) -> None:
    assert registry().find_in_text(f"{name}分享經驗") == ["TW"]


@pytest.mark.parametrize("text", ["南韓宣布", "Korea announced", "the Republic of Korea", "韓國代表"])
def test_names_of_korea(text: str) -> None:
    assert registry().find_in_text(text) == ["KR"]


def test_acronyms_match_in_capitals_only_and_as_whole_words() -> None:
    assert registry().find_in_text("the US delegation") == ["US"]
    assert registry().find_in_text("let us know, thus") == []
    assert registry().find_in_text("USB ports and BUS lanes") == []
    assert registry().find_in_text("the PNG delegate, not a png image") == ["PG"]


def test_mentions_keep_the_order_of_first_appearance() -> None:
    assert registry().find_in_text("日本、美國與日本及我國") == ["JP", "US", "TW"]


def test_names_in_both_languages_and_suggestions() -> None:
    assert registry().name("KR") == "韓國"
    assert registry().name("KR", "en") == "Korea"
    assert registry().name("XX") == "XX"
    assert "Taiwan" in registry().closest("Taiwn")


def test_a_side_name_is_no_mention_where_its_last_character_begins_a_word() -> None:
    """美方 is the United States' side, but 完美方案 and 審美方面 name no economy; 加國 and 俄羅斯聯邦 are names too."""
    assert registry().find_in_text("美方代表表示支持，日方亦同意") == ["US", "JP"]
    assert registry().find_in_text("提出完美方案，審美方面亦有討論，增加方式多元") == []
    assert registry().find_in_text("加國與俄羅斯聯邦代表出席，陸方未派員") == ["CA", "RU", "CN"]


_NAMES = ["中國大陸", "Hong Kong, China", "Republic of Korea", "Hong Kong", "Korean", "中國", "韓國", "Korea", "美方", "PNG", "US"]


@given(st.lists(st.sampled_from([*_NAMES, "的", "，", " ", "a", "Koreas", "USA", "us", "方案", "5", "-"]), max_size=30))
def test_names_split_by_script_match_as_one_longest_first_alternation(pieces: list[str]) -> None:
    """names_pattern puts the Latin names behind a look-ahead, after the Chinese ones: every match is the one a
    single alternation of all the names, longest first, finds."""
    ordered = sorted(_NAMES, key=len, reverse=True)
    parts = {name: latin_word_pattern(name) if name.isascii() else re.escape(name) for name in ordered}
    single = re.compile("|".join(parts[name] for name in ordered))
    split = names_pattern([parts[n] for n in ordered if not n.isascii()], [parts[n] for n in ordered if n.isascii()])
    text = "".join(pieces)
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in single.finditer(text)]


def test_closest_names_offer_each_economy_once() -> None:
    offered = registry().closest("EU")
    assert len({registry().resolve(name) for name in offered}) == len(offered)
