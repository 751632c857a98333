"""Mainland wording put in Taiwan wording for search, from resources/search_regional_terms.txt."""

from __future__ import annotations

from desktop_app.search.query import parse
from desktop_app.search.regional import taiwan_spellings, written_in_traditional


def test_mainland_words_get_their_taiwan_words_in_either_script() -> None:
    assert taiwan_spellings("人工智能") == ("人工智慧",)
    assert taiwan_spellings("网络安全") == taiwan_spellings("網絡安全") == ("網路安全", "資通安全")


def test_the_longest_mainland_word_wins_and_the_rest_of_the_text_stays_as_typed() -> None:
    assert taiwan_spellings("数字经济") == ("數位經濟",)  # the whole entry, not 數位 + 经济
    assert taiwan_spellings("5G网络建设") == ("5G網路建设",)


def test_each_choice_of_taiwan_word_is_one_spelling() -> None:
    assert taiwan_spellings("移动运营商") == ("行動營運商", "行動電信業者")


def test_taiwan_text_and_text_without_mainland_words_get_nothing() -> None:
    for text in ("網路安全", "人工智慧", "华为", "5G", "IPv6", ""):
        assert taiwan_spellings(text) == (), text


def test_a_shared_word_applies_only_to_text_not_written_in_traditional() -> None:
    assert written_in_traditional("數字") and not written_in_traditional("数字") and not written_in_traditional("人工智能")
    assert taiwan_spellings("數字") == ()
    assert taiwan_spellings("数字") == ("數位",)


def test_a_query_term_gets_the_taiwan_wording_with_its_other_names_and_excluded_terms_too() -> None:
    query = parse("人工智能 -网络")
    (term,) = query.clauses[0]
    assert term.spellings == ("人工智能", "人工智慧", "Artificial intelligence", "AI")  # 人工智慧 labels a topic
    assert query.excluded[0].spellings == ("网络", "網路")


def test_a_simplified_character_for_two_traditional_ones_finds_the_one_taiwan_writes() -> None:
    """Folding makes 計畫 计画: a mainland reader's 计划 finds Taiwan's 計畫 as its wording."""
    assert taiwan_spellings("计划") == ("計畫",)
    assert taiwan_spellings("回复") == ("回覆",)
    assert taiwan_spellings("计划提案") == ("計畫提案",)
