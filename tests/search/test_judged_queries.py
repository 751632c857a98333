"""Judged queries on the seeds: what a reader types, and what must come back (first).

The expectations rest on the sections' own text (through the Ctrl+F oracle `containing`), not on how many
sections the parser cuts, so they hold while the parser improves.
"""

from __future__ import annotations

import re

import pytest

from desktop_app.core.topics import taxonomy
from desktop_app.search import synonyms
from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN

# Chinese words, two-character substrings inside longer words, and phrases: found exactly where they stand.
SUBSTRINGS = [
    "藍牙",  # inside 藍牙追蹤器
    "追蹤器",
    "華為",
    "漫遊",
    "緊急漫遊",
    "資通安全署",
    "零信任",
    "頻段",
    "信雄",  # part of a person's name, where jieba cuts elsewhere
    "巴布亞紐幾內亞",  # broken by a line wrap in the report
    "乾淨網路",
    "區塊",
    "5G專網",
    "SATRIA-1",
    "DPSG",
]


@pytest.mark.parametrize("needle", SUBSTRINGS)
def test_substring_finds_exactly_the_sections_holding_it(needle: str, containing, hit_ids) -> None:
    """... or one of its other names, for the acronym of a steering group the report also spells out."""
    assert containing(needle), f"the seeds no longer contain {needle}"
    expected = set().union(*(containing(name) for name in (needle, *synonyms.other_names(needle))))
    assert set(hit_ids(needle)) == expected


@pytest.mark.parametrize(("label", "other_language"), [("資通安全", "cybersecurity"), ("區塊鏈", "blockchain")])
def test_topic_label_finds_itself_its_other_language_and_its_search_names(
    label: str, other_language: str, containing, hit_ids
) -> None:
    names = taxonomy().get(taxonomy().resolve(label)).search_names
    expected = set().union(*(containing(name) for name in (label, other_language, *names)))
    assert set(hit_ids(label)) == expected != set()


def test_a_topic_label_no_text_says_finds_what_its_sections_say(containing, hit_ids) -> None:
    """詐騙防制 heads a topic; reports say 詐騙. 資通安全 also finds 資安, 人工智慧 AI. In Simplified, a label
    finds what it finds in Traditional."""
    assert not containing("詐騙防制") and containing("詐騙") <= set(hit_ids("詐騙防制")) != set()
    assert containing("資安") - containing("資通安全") and containing("資安") <= set(hit_ids("資通安全"))
    assert set(hit_ids("AI")) - containing("人工智慧") and set(hit_ids("AI")) <= set(hit_ids("人工智慧"))
    assert set(hit_ids("频谱")) == set(hit_ids("頻譜")) and set(hit_ids("连网普及")) == set(hit_ids("連網普及")) != set()


def test_a_company_is_found_by_its_name_in_either_language(containing, hit_ids) -> None:
    expected = containing("華為") | containing("huawei")
    assert set(hit_ids("Huawei")) == set(hit_ids("華為")) == expected != set()


def test_simplified_query_finds_traditional_text(containing, hit_ids) -> None:
    assert set(hit_ids("华为")) == containing("華為") != set()
    assert set(hit_ids("紧急漫游")) == containing("緊急漫遊") != set()


def test_mainland_wording_finds_the_taiwan_wording_and_what_else_that_names(containing, hit_ids) -> None:
    """資通安全 and 人工智慧 label topics, so their English labels and search names count as well (AI, a Latin
    word, as the engine finds it: whole)."""
    cybersecurity = containing("網路安全") | containing("資通安全") | containing("cybersecurity") | containing("資安")
    assert set(hit_ids("网络安全")) == containing("网络安全") | cybersecurity != set()
    ai = containing("人工智慧") | containing("artificial intelligence") | set(hit_ids("AI"))
    assert set(hit_ids("人工智能")) == containing("人工智能") | ai > containing("人工智能")
    assert set(hit_ids("数字经济")) == containing("數位經濟") != set()


def test_a_word_both_shores_use_keeps_its_taiwan_sense_when_typed_in_traditional(containing, hit_ids) -> None:
    """數字 is "numbers" in Taiwan: typed in Traditional it finds only itself; a mainland reader's 数字 ("digital"
    too) also finds 數位."""
    assert set(hit_ids("數字")) == containing("數字") != set()
    assert set(hit_ids("数字")) == containing("數字") | containing("數位") > containing("數字")


def test_a_latin_word_run_together_finds_it_written_apart(containing, hit_ids) -> None:
    assert set(hit_ids("OpenRAN")) == containing("Open RAN") | containing("OpenRAN") != set()


def test_english_economy_name_finds_chinese_mentions(containing, hit_ids) -> None:
    korea = set(hit_ids("Korea"))
    assert containing("韓國") <= korea
    assert containing("Korea") <= korea
    assert set(hit_ids("南韓")) == korea == set(hit_ids("KR"))


def test_lower_case_us_is_a_word_not_the_united_states(hit_ids, containing) -> None:
    assert containing("美國") <= set(hit_ids("US"))
    assert not containing("美國") <= set(hit_ids("us"))


def test_topic_label_finds_the_other_language(containing, hit_ids) -> None:
    spectrum = set(hit_ids("spectrum"))
    assert containing("頻譜") <= spectrum
    assert set(hit_ids("頻譜")) == spectrum


def test_acronym_found_in_any_case(containing, hit_ids) -> None:
    expected = containing("ipv6")
    assert expected and set(hit_ids("IPv6")) == expected == set(hit_ids("ipv6"))


def test_numbers_and_units_are_found(containing, hit_ids) -> None:
    assert containing("6.425") <= set(hit_ids("6.425"))
    assert containing("5.925") <= set(hit_ids("5.925-6.425GHz")) | containing("5.925~6.425")
    assert set(hit_ids("GHz")) >= containing("ghz") - containing("mhz") - {0}


def test_heading_about_the_query_ranks_first(engine: SearchEngine) -> None:
    top = engine.search(SearchQuery("人工智慧", limit=3)).hits
    assert "人工智慧" in top[0].heading


@pytest.mark.parametrize(("typed", "other_name"), [("資通安全", "cybersecurity"), ("cybersecurity", "資通安全")])
def test_what_was_typed_ranks_before_another_name_for_it(engine: SearchEngine, typed: str, other_name: str) -> None:
    """Both names find both kinds of section; a heading holding the words the reader typed comes first (each
    term scores as its best name: a section that names it several ways does not add them up)."""
    top = engine.search(SearchQuery(typed, limit=1)).hits[0]
    assert fold(typed) in fold(top.heading).replace(" ", "")
    assert fold(other_name) not in fold(top.heading)


def test_steering_group_acronym_ranks_its_own_section_first(engine: SearchEngine) -> None:
    top = engine.search(SearchQuery("DPSG", limit=1)).hits[0]
    assert "DPSG" in top.heading


def test_whole_query_as_phrase_ranks_first(engine: SearchEngine) -> None:
    hits = engine.search(SearchQuery("數位 安全", limit=3)).hits
    assert "數位安全" in fold(hits[0].heading + hits[0].snippet).replace(fold("數位安全"), "數位安全") or \
        "数位安全" in fold(hits[0].heading + hits[0].snippet)


def test_all_words_must_match(engine: SearchEngine, containing) -> None:
    hits = engine.search(SearchQuery("資安 人才", limit=1000)).hits
    assert {hit.section_id for hit in hits} == containing("資安") & containing("人才") != set()


def test_or_accepts_either(hit_ids, containing) -> None:
    assert set(hit_ids("華為 OR 中興")) == containing("華為") | containing("中興")


def test_minus_excludes(hit_ids, containing) -> None:
    found = set(hit_ids("5G -華為"))
    assert found and not found & containing("華為")
    assert found <= containing("5G") - containing("華為")
    assert containing("網路") - containing("華為") == set(hit_ids("網路 -華為"))


def test_document_title_is_searched(engine: SearchEngine) -> None:
    hits = engine.search(SearchQuery("共同宣言 撐腰", limit=5)).hits
    assert hits and "撐腰" in hits[0].document_title


def test_economy_filter_without_text(engine: SearchEngine) -> None:
    results = engine.search(SearchQuery("", economy="KR", limit=1000))
    assert results.total == len(results.hits) > 0
    assert all("KR" in hit.economies for hit in results.hits)
    assert [hit.section_id for hit in engine.search(SearchQuery("", economy="南韓", limit=1000)).hits] == [
        hit.section_id for hit in results.hits
    ]


def test_topic_filter_with_text(engine: SearchEngine, containing) -> None:
    hits = engine.search(SearchQuery("5G", topic="頻譜", limit=1000)).hits
    assert hits and all("spectrum" in hit.topics for hit in hits)
    assert {hit.section_id for hit in hits} <= containing("5G")


def test_kind_filter(engine: SearchEngine) -> None:
    news = engine.search(SearchQuery("5G", kind="news_article", limit=1000)).hits
    reports = engine.search(SearchQuery("5G", kind="trip_report", limit=1000)).hits
    assert news and reports
    assert {hit.document_kind for hit in news} == {"news_article"}
    assert {hit.document_kind for hit in reports} == {"trip_report"}


def test_meeting_filter_keeps_to_the_meetings_report(engine: SearchEngine, reading_library) -> None:
    from sqlalchemy import select

    from desktop_app.core import models as m

    with reading_library.session() as session:
        meeting_id, document_id = session.execute(select(m.Meeting.id, m.Meeting.document_id)).first()
    hits = engine.search(SearchQuery("5G", meeting_id=meeting_id, limit=1000)).hits
    assert hits and {hit.document_id for hit in hits} == {document_id}
    browse = engine.search(SearchQuery("", meeting_id=meeting_id, limit=5))
    assert browse.total > 5 and {hit.document_id for hit in browse.hits} == {document_id}


def test_snippet_shows_original_text_with_marks(engine: SearchEngine) -> None:
    hit = engine.search(SearchQuery("华为", limit=1)).hits[0]
    marked = [hit.snippet[start:end] for start, end in hit.marks] or [
        hit.heading[start:end] for start, end in hit.heading_marks
    ]
    assert marked and set(marked) == {"華為"}
    assert "«華為»" in hit.snippet_marked() or "«華為»" in hit.heading.replace("華為", "«華為»")


def test_snippet_is_cut_around_the_match(engine: SearchEngine) -> None:
    hit = engine.search(SearchQuery("SATRIA-1", limit=1)).hits[0]
    assert hit.marks and hit.snippet[hit.marks[0][0] : hit.marks[0][1]] == "SATRIA-1"
    assert len(hit.snippet) <= 122


def test_snippet_html_is_escaped(engine: SearchEngine) -> None:
    hits = engine.search(SearchQuery("HoD", limit=5)).hits
    html = "".join(hit.snippet_html() for hit in hits)
    assert "<mark>" in html and "& " not in html.replace("&amp; ", "")


def test_what_readers_type_without_accents_variants_or_spaces_finds_what_reports_write(containing, hit_ids) -> None:
    """Ruiz finds Ruíz, 衞星 (a variant) 衛星, and a list written with Chinese punctuation (華為，美國) every word
    of it, as a space does."""
    assert set(hit_ids("Ruiz")) == set(hit_ids("Ruíz")) == containing("ruíz") != set()
    assert set(hit_ids("衞星")) == set(hit_ids("衛星")) == containing("衛星") != set()
    both = containing("華為") & containing("美國")
    assert set(hit_ids("華為，美國")) == set(hit_ids("華為、美國")) == set(hit_ids("華為 美國")) == both != set()


def test_two_characters_on_either_side_of_a_line_break_are_not_a_match(sections, containing, hit_ids) -> None:
    """A section's paragraphs stand on lines of their own: the last character of one and the first of the
    next are no substring of it (經驗 / 資料來源 does not hold 驗資), though one space between two is bridged."""
    pairs = {
        match.group(1) + match.group(2)
        for section in sections
        for match in re.finditer(rf"([{HAN}])\n([{HAN}])", section.text)
    }
    apart = sorted(pair for pair in pairs if not containing(pair))
    assert len(apart) >= 5
    assert all(hit_ids(pair) == [] for pair in apart)


def test_a_rare_other_name_does_not_outrank_the_name_typed(engine: SearchEngine) -> None:
    """The report says 秘魯 in many sections and Peru in a few (AWS Girls Peru): each name counts as rare as
    the economy is, so a section holding the rare one no longer comes first with BM25's weight for a rare word."""
    top = engine.search(SearchQuery("秘魯", limit=1)).hits[0]
    assert "秘魯" in top.heading + top.snippet
    for filtered in engine.search(SearchQuery("秘魯", economy="PE", limit=1)).hits:
        assert "秘魯" in filtered.heading + filtered.snippet, "a filter narrows the sections, not the term's rarity"
