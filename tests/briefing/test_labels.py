"""Printed words per language: counts agree with their number in English, Chinese has one form."""

from __future__ import annotations

from desktop_app.briefing.labels import counted, labels


def test_a_count_of_one_is_singular_in_english_only() -> None:
    english, chinese = labels("en"), labels("zh")
    assert [counted(english, "meetings", n) for n in (0, 1, 2)] == ["0 meetings", "1 meeting", "2 meetings"]
    assert counted(english, "economies", 1) == "1 economy"
    assert [counted(chinese, "meetings", n) for n in (1, 2)] == ["1 次會議", "2 次會議"]


def test_both_languages_print_the_same_labels() -> None:
    english, chinese = labels("en"), labels("zh")
    assert {key for key in english if not key.endswith("_one")} == set(chinese)
