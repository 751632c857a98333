"""The window's words: both languages for every key, and English counts that agree with their number."""

from __future__ import annotations

import re
import string

from pathlib import Path

from brief_drafts import telwg68_draft

from desktop_app.core.resources import load_json
from desktop_app.services import open_library
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


def test_the_window_and_the_briefs_name_every_session_kind_role_and_status_alike() -> None:
    """Both read the one vocabulary; briefs said 指導分組 where the window said 分組會議."""
    from desktop_app.briefing.labels import labels
    from desktop_app.core.vocabulary import entries

    for lang in LANGUAGES:
        window, brief = Strings(lang), labels(lang)
        for code in entries("session_kinds"):
            assert window.term("session_kinds", code) == brief["kinds"][code], (lang, code)
        for code in entries("roles"):
            assert window.term("roles", code) == brief["role_names"][code], (lang, code)
        for status in entries("attendance"):
            assert window.term("attendance", status) == brief[status], (lang, status)
        for kind in entries("document_kinds"):
            assert window.term("document_kinds", kind) == brief["document_kinds"][kind], (lang, kind)


def test_a_meeting_s_page_and_its_brief_print_the_same_words(tmp_path: Path) -> None:
    """The same meeting on screen and on paper: its steering group session and its head of delegation."""
    from desktop_app.briefing.build import BriefRequest, build_brief
    from desktop_app.briefing.html import email_html
    from desktop_app.core import queries
    from desktop_app.ui.pages import render

    library = open_library(tmp_path / "library.sqlite")
    try:
        library.add_document(telwg68_draft())
        meeting = queries.meetings(library)[0]
        for lang, words in (("zh", ("指導分組", "團長")), ("en", ("Steering group", "Head of delegation"))):
            page = render(library, f"telref://meeting/{meeting.id}", Strings(lang)).html
            brief = email_html(build_brief(library, BriefRequest("meeting", "TELWG 68", lang)), "x", "2024-05-10")
            for word in words:
                assert word in re.sub(r"<[^>]+>", "", page) and word in re.sub(r"<[^>]+>", "", brief), (lang, word)
    finally:
        library.close()
