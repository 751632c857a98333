"""The window's words: both languages for every key, and English counts that agree with their number."""

from __future__ import annotations

import re
import string

from desktop_app.core.resources import load_json
from desktop_app.ui.i18n import LANGUAGES, Strings, library_summary


def _fields(text: str) -> set[str]:
    return {name for _literal, name, _spec, _conversion in string.Formatter().parse(text) if name}


def test_every_key_has_both_languages_with_the_same_fields_and_singulars_only_for_counts() -> None:
    table = load_json("ui_strings.json")["strings"]
    for key, entry in table.items():
        assert set(LANGUAGES) <= set(entry), key
        assert _fields(entry["zh"]) == _fields(entry["en"]), key
        for form in set(entry) - set(LANGUAGES):
            assert re.fullmatch(r"[a-z]+_one", form) and "count" in _fields(entry[form.removesuffix("_one")]), key
            assert _fields(entry[form]) <= _fields(entry["en"]), key


def test_english_counts_of_one_are_singular() -> None:
    english = Strings("en")
    assert english("count_people", count=1) == "1 person" and english("count_people", count=2) == "2 people"
    assert english("status_results", count=1) == "1 result" and english("status_results", count=0) == "0 results"
    assert english("count_sections", count=1) == "mentioned in 1 section"
    assert Strings("zh")("count_people", count=1) == "1 位人物"


def test_the_library_summary_counts_each_kind_in_the_right_number() -> None:
    stats = {"documents": 1, "sections": 162, "meetings": 1, "updates": 30, "people": 1}
    assert library_summary(Strings("en"), stats) == "1 document · 162 sections · 1 meeting · 30 economy updates · 1 person"
    assert library_summary(Strings("zh"), stats) == "1 份文件 · 162 個段落 · 1 場會議 · 30 則國情報告 · 1 位人物"


def test_a_topic_is_called_by_one_word_in_every_chinese_label() -> None:
    """The tree, the filter and the pages say 主題; the Briefing dialog and the briefs said 議題."""
    import json

    from desktop_app.core.resources import resource

    labels = json.loads(resource("ui_strings.json").read_text(encoding="utf-8"))
    briefs = resource("brief_labels.json").read_text(encoding="utf-8")
    chinese = [value.get("zh", "") for value in labels["strings"].values()]
    assert not any("議題" in text for text in chinese) and "議題" not in briefs
    assert any("主題" in text for text in chinese) and "主題" in briefs
