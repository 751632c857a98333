"""Marks in a page match what search matched: folded spellings, aliases, whole Latin words, Chinese over wraps."""

from __future__ import annotations

from desktop_app.ui.highlight import match_spans


def _marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, query)]


def test_an_economy_alias_marks_whole_words_only() -> None:
    text = "美國網路信任標章計畫（U.S. Cyber Trust Mark）與 US 政策"
    assert _marked(text, "美國") == ["美國", "U.S", "US"]


def test_simplified_query_marks_traditional_text_and_case_is_folded() -> None:
    assert _marked("華為與華爲設備", "华为") == ["華為", "華爲"]
    assert _marked("HUAWEI 與 Huawei", "huawei") == ["HUAWEI", "Huawei"]


def test_chinese_matches_across_a_wrap_left_as_a_space_as_the_index_does() -> None:
    assert _marked("推動資通 安全人才培育", "資通安全") == ["資通 安全"]
    assert _marked("推動資通\n安全人才培育", "資通安全") == []  # two paragraphs: not where search finds it


def test_a_longer_spelling_wins_over_one_inside_it() -> None:
    spans = match_spans("5G專網與5G", "5G專網 5G")
    assert spans == [(0, 4), (5, 7)]


def test_excluded_terms_are_not_marked() -> None:
    assert _marked("華為與中興", "中興 -華為") == ["中興"]
