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


def test_meetings_are_named_short_each_once_in_runs_of_numbers() -> None:
    """An economy brief's People table gave each role's meeting by its full name: one delegate's Roles cell ran
    to thirteen pages on a library of 300 reports."""
    from desktop_app.briefing.text import meeting_runs
    from desktop_app.core.models import Meeting

    numbered = [Meeting(forum="APEC TELWG", number=n, name=f"第{n}次會議") for n in (68, 61, 63, 64, 65, 66, 67, 68)]
    unnumbered = Meeting(forum=None, number=None, name="APEC 數位部長會議")
    assert meeting_runs([*numbered, unnumbered], ", ") == "APEC TELWG 61, 63–68, APEC 數位部長會議"


def test_the_language_a_text_is_written_in() -> None:
    from desktop_app.briefing.text import written_in

    assert written_in("2024年8月26日（星期一）至8月30日（星期五）") == written_in("民國112年8月21日至25日") == "zh"
    assert written_in("26 – 30 August 2024") == "en"
    assert written_in("The Chair (墨西哥聯邦電信院) thanked economies for their reports.") == "en"


def test_identical_texts_are_kept_once_in_their_first_place() -> None:
    from desktop_app.briefing.text import distinct_texts

    texts = ["韓國報告 6G 研發。", "日本報告。", "韓國報告\n6G 研發。", "日本報告。"]
    assert distinct_texts(texts, str) == ["韓國報告 6G 研發。", "日本報告。"]
