"""Snippet patterns mark a term where the substring index finds it, in the text as written."""

from __future__ import annotations

import pytest

from desktop_app.search.snippets import (
    reads_text_as_written,
    searchable_text,
    snippet_around,
    spans_in,
    term_pattern,
)


def find_spans(text: str, patterns: list) -> list[tuple[int, int, int]]:
    """Every match in text as a hit's text is searched when some pattern is not Chinese only."""
    return spans_in(searchable_text(text), patterns)


def spans(spelling: str, text: str) -> list[str]:
    pattern = term_pattern(spelling)
    assert pattern is not None
    return [text[start:end] for start, end, _term in find_spans(text, [(0, pattern)])]


@pytest.mark.parametrize(
    ("spelling", "text", "marked"),
    [
        ("华为", "與華 為合作、華\n為、華\u3000為", ["華 為", "華\u3000為"]),  # one space, as the index bridges
        ("APEC", "Apec、ＡＰＥＣ與apec", ["Apec", "ＡＰＥＣ", "apec"]),
        ("Korea", "Koreans, Korea; SouthKorea", ["Korea"]),
        ("5G", "15G 與 5G、5GHz 及 第5G", ["5G", "第5G"[1:]]),
        ("IPv6", "IPv6、IPV6 與 IPv64", ["IPv6", "IPV6"]),
        ("Republic of Korea", "the Republic-of  Korea said", ["Republic-of  Korea"]),
        ("SATRIA-1", "衛星SATRIA-1已發射", ["SATRIA-1"]),
    ],
)
def test_a_term_is_marked_where_the_index_finds_it(spelling: str, text: str, marked: list[str]) -> None:
    assert spans(spelling, text) == marked


@pytest.mark.parametrize(
    ("spelling", "text", "marked"),
    [
        ("華为", "華為、華爲、华为與華偽", ["華為", "華爲", "华为"]),
        ("发展", "發展、发展、髮展與登展", ["發展", "发展", "髮展"]),
        ("研發", "研發、研发、研 髮與研髪", ["研發", "研发", "研 髮"]),
    ],
)
def test_a_character_that_folds_three_ways_is_marked_in_each_form(spelling: str, text: str, marked: list[str]) -> None:
    """發, 发 and 髮 fold alike: as a term's first character (a class) and after it (alternatives) alike."""
    assert spans(spelling, text) == marked


def test_a_term_with_nothing_searchable_has_no_pattern() -> None:
    assert term_pattern("、。 ") is None


def test_a_snippet_is_cut_around_the_window_with_most_terms() -> None:
    text = "頻譜" + "。" * 300 + "韓國的頻譜政策" + "。" * 300
    snippet = snippet_around(text, find_spans(text, [(0, term_pattern("頻譜")), (1, term_pattern("韩国"))]))
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert [snippet.text[start:end] for start, end in snippet.spans] == ["韓國", "頻譜"]


@pytest.mark.parametrize(
    ("spelling", "text", "found"),
    [("Korea", "koreans and southkorea", False), ("Korea", "koreans, korea", True), ("华为", "與華 為", True), ("华为", "與華\n為", False)],
)
def test_a_term_is_found_only_where_it_stands_whole(spelling: str, text: str, found: bool) -> None:
    pattern = term_pattern(spelling)
    assert pattern is not None and pattern.found_in(text) is found


@pytest.mark.parametrize("text", ["與華為合作", "ＡＰＥＣ 與 華 為", "İstanbul 華為"])
def test_chinese_patterns_find_the_same_spans_in_text_as_written(text: str) -> None:
    patterns = [(0, term_pattern("华为")), (1, term_pattern("合作"))]
    assert reads_text_as_written(pattern for _term, pattern in patterns)
    assert not reads_text_as_written([term_pattern("APEC"), term_pattern("华为")])
    assert spans_in(text, patterns) == find_spans(text, patterns)
