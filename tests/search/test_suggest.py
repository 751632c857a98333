"""Names offered when a search finds nothing: the closest economy or topic name to a mistyped Latin word."""

from __future__ import annotations

from desktop_app.search.suggest import suggestions


def test_a_mistyped_name_is_offered_in_the_query_it_stood_in() -> None:
    assert suggestions("Koera")[0] == "Korea"
    assert suggestions("Phillipines 5G")[0] == "Philippines 5G"
    assert suggestions("spectum")[0] == "Spectrum"  # the topic as the library names it
    assert suggestions("Kor")[0] == "Korea"


def test_nothing_is_offered_for_names_chinese_short_or_far_words() -> None:
    for text in ("Korea", "頻譜", "韓國 漫遊", "Ko", "zzzzzz", "", '"', "-Koera"):
        assert suggestions(text) == [], text
