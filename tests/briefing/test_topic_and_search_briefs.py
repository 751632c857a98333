"""Topic and search briefs on a library holding one report twice: each section once; a search by filters only
is titled by them."""

from __future__ import annotations

from desktop_app.briefing.blocks import Heading
from desktop_app.briefing.build import SEARCH, BriefRequest, build_brief
from desktop_app.core.library import Library


def _section_headings(brief) -> list[str]:
    return [block.text for block in brief.blocks if isinstance(block, Heading) and block.level == 3]


def test_a_topic_brief_prints_a_section_of_a_report_imported_twice_once(tel69_library: Library) -> None:
    brief = build_brief(tel69_library, BriefRequest("topic", "5g"))
    assert sorted(_section_headings(brief)) == ["(一) 南韓", "3.1 Korea"]
    assert brief.subtitle.startswith("共 2 段")


def test_a_search_brief_counts_and_prints_a_copy_once_and_is_titled_by_its_filters(tel69_library: Library) -> None:
    """--search '' --economy KR --topic 5g printed every copy, under an empty title (搜尋結果：)."""
    brief = build_brief(tel69_library, BriefRequest(SEARCH, "", economy="KR", topic="5g"))
    assert sorted(_section_headings(brief)) == ["(一) 南韓", "3.1 Korea"]
    assert brief.subtitle.startswith("共 2 筆") and brief.title == "韓國 Korea · 5G"
    assert build_brief(tel69_library, BriefRequest(SEARCH, "zzzqqq")).empty
    assert build_brief(tel69_library, BriefRequest("topic", "blockchain")).empty
