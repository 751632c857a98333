"""An economy brief on a library holding one report twice and the forum's record of the same meeting."""

from __future__ import annotations

from desktop_app.briefing.blocks import Heading, Table
from desktop_app.briefing.economy import economy_brief
from desktop_app.core.library import Library
from tests.briefing.tel69_reports import KOREA_EN, KOREA_ZH


def test_a_report_imported_twice_gives_each_update_once(tel69_library: Library) -> None:
    """--economy KR printed the TEL 66 update three times and counted it so (共 7 則發言 where 3 were distinct)."""
    brief = economy_brief(tel69_library, "KR")
    texts = [row[3] for block in brief.blocks if isinstance(block, Table) and "內容" in block.headers for row in block.rows]
    assert sorted(texts) == sorted([KOREA_ZH, KOREA_EN])
    assert "共 2 則發言，1 次會議" in brief.subtitle


def test_people_are_listed_with_short_meeting_names_and_no_empty_columns(tel69_library: Library) -> None:
    """Roles carried the meetings' full names (Vice chair (69th APEC Telecommunications and Information Working
    Group Meeting)) and the Title and Organization columns no one filled were printed empty."""
    brief = economy_brief(tel69_library, "JP", "en")
    at = next(i for i, block in enumerate(brief.blocks) if isinstance(block, Heading) and block.text == "People")
    people = brief.blocks[at + 1]
    assert isinstance(people, Table) and people.headers == ("Name", "Roles")
    assert ("Aiko Sato", "Vice chair: APEC TELWG 69") in people.rows


def test_a_brief_with_nothing_in_it_says_it_is_empty(tel69_library: Library) -> None:
    assert economy_brief(tel69_library, "KR", topic="blockchain").empty
    assert not economy_brief(tel69_library, "KR", topic="5g").empty
    assert not economy_brief(tel69_library, "JP").empty, "people, no updates"
    assert economy_brief(tel69_library, "RU").empty
