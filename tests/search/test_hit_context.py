"""What result rows show besides their hits, read from the seeded library: the meeting a document reports and
the first text under a heading that has none."""

from __future__ import annotations

from desktop_app.core.library import Library
from desktop_app.search.hit_context import meeting_names, text_below


def section_id(library: Library, heading: str) -> int:
    return library.reader().execute("SELECT id FROM sections WHERE heading = ?", (heading,)).fetchone()[0]


def test_a_report_names_its_meeting_and_a_news_article_none(seeded_library: Library) -> None:
    cursor = seeded_library.reader().cursor()
    kinds = dict(cursor.execute("SELECT id, kind FROM documents"))
    names = meeting_names(cursor, kinds)
    assert {kinds[document]: name for document, name in names.items()} == {"trip_report": "APEC TELWG 68"}


def test_a_heading_with_no_text_gives_the_first_text_under_it(seeded_library: Library) -> None:
    cursor = seeded_library.reader().cursor()
    heads = section_id(seeded_library, "團長及執行委員會議")
    first_child = cursor.execute(
        "SELECT heading, text FROM sections WHERE parent_id = ? AND text != '' ORDER BY position LIMIT 1", (heads,)
    ).fetchone()
    below = text_below(cursor, [heads])[heads]
    assert below.startswith(f"{first_child[0]}：{first_child[1][:20]}") and len(below) <= 121


def test_a_heading_with_nothing_under_it_borrows_no_later_sections_text(seeded_library: Library) -> None:
    """A leaf heading in a list of workshops: the next workshop's text is not its own."""
    cursor = seeded_library.reader().cursor()
    leaf = section_id(seeded_library, "電信設備符合性評鑑 MRA研討會-操作/實施 TEL MRA【美國-全天】")
    assert text_below(cursor, [leaf]) == {}
