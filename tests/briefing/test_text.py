"""The brief's short forms of text: a gist is a first sentence, cut to a table line's width."""

from __future__ import annotations

from desktop_app.briefing.text import excerpt, gist


def test_an_english_gist_is_its_first_sentence_cut_between_words() -> None:
    """English sentences end with a full stop (not U.S.), and a line of Latin letters holds twice as many as a
    line of Chinese characters: "submarine ca…" read as a mistake."""
    two = "Japan presented its Beyond 5G strategy and its policy on submarine cable resilience. It also said more."
    assert gist(two, 70) == "Japan presented its Beyond 5G strategy and its policy on submarine cable resilience."
    long = "The U.S. delegation presented its Cyber Trust Mark programme for consumer devices and smart homes."
    cut = gist(long, 40)
    assert cut.startswith("The U.S. delegation") and cut.endswith("consumer…") and long.startswith(cut[:-1])


def test_a_chinese_excerpt_keeps_its_width_in_characters() -> None:
    text = "各經濟體分享網路韌性經驗，說明推動情形。" * 10
    assert excerpt(text, 30) == text[:29] + "…" and len(excerpt(text, 30)) == 30


def test_width_counts_a_latin_letter_as_half_a_chinese_character() -> None:
    from desktop_app.briefing.text import chinese_width

    assert chinese_width("資通安全") == 4 and chinese_width("spectrum") == 4 and chinese_width("5G 網路") == 4
