"""The results model over real search hits from the seeded library, without widgets."""

from __future__ import annotations

from desktop_app.core.library import Library
from desktop_app.ui.results_model import ECONOMIES_ROLE, MARKS_ROLE, PATH_ROLE, SNIPPET_ROLE, URL_ROLE, ResultsModel
from desktop_app.ui.search_client import NO_ANSWER, Narrowing, SearchClient


def test_results_model_rows_and_roles(qtmodeltester, seeded_library: Library) -> None:
    rows = SearchClient(seeded_library).search("頻譜").rows
    model = ResultsModel()
    model.set_results("頻譜", rows)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(rows) > 0
    first = model.index(0)
    assert first.data() == rows[0].heading
    assert first.data(URL_ROLE).startswith("telref://section/")
    snippet, marks = first.data(SNIPPET_ROLE), first.data(MARKS_ROLE)
    assert any(snippet[a:b] == "頻譜" for a, b in marks)
    assert isinstance(first.data(PATH_ROLE), str)


def test_economy_badges_follow_the_language(seeded_library: Library) -> None:
    rows = SearchClient(seeded_library).search("頻譜", Narrowing(economy="PG")).rows
    model = ResultsModel()
    model.set_results("頻譜", rows)
    assert "巴布亞紐幾內亞" in model.index(0).data(ECONOMIES_ROLE)
    model.set_language("en")
    assert "Papua New Guinea" in model.index(0).data(ECONOMIES_ROLE)


def test_empty_query_gives_no_rows(seeded_library: Library) -> None:
    assert SearchClient(seeded_library).search("   ") == NO_ANSWER


def test_each_result_says_which_document_it_comes_from(seeded_library: Library) -> None:
    rows = SearchClient(seeded_library).search("華為").rows
    model = ResultsModel()
    model.set_results("華為", rows)
    first_sections = [number for number, row in enumerate(rows) if row.heading.startswith("台美發布5G共同宣言")]
    later_sections = [number for number in range(len(rows)) if number not in first_sections]
    assert first_sections and later_sections
    for number in first_sections:  # the document's own first section
        assert not model.index(number).data(PATH_ROLE).startswith("台美發布5G共同宣言")
    for number in later_sections:
        assert model.index(number).data(PATH_ROLE).startswith("台美發布5G共同宣言")


def test_each_result_gives_its_documents_date_in_the_readers_language(seeded_library: Library) -> None:
    rows = SearchClient(seeded_library).search("華為 OR 頻譜").rows
    model = ResultsModel()
    model.set_results("華為 OR 頻譜", rows)
    paths = [model.index(number).data(PATH_ROLE) for number in range(len(rows))]
    assert any(path.endswith("2020年8月27日") for path in paths) and any(path.endswith("2024年5月9日") for path in paths)
    model.set_language("en")
    assert any(model.index(number).data(PATH_ROLE).endswith("27\u00a0Aug\u00a02020") for number in range(len(rows)))


def test_rows_are_fetched_a_page_at_a_time_until_every_match_is_listed(qtmodeltester, seeded_library: Library) -> None:
    client = SearchClient(seeded_library)
    everything = client.search("會議", limit=1000)
    first = client.search("會議", limit=4)
    asked: list[int] = []

    def fetch(offset: int) -> list:
        asked.append(offset)
        return client.search("會議", offset=offset, limit=4).rows

    model = ResultsModel()
    model.set_results("會議", first.rows, first.total, fetch)
    assert model.rowCount() == 4 and model.total == everything.total == len(everything.rows) > 8
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row(r) for r in range(model.rowCount())] == everything.rows
    assert asked == list(range(4, everything.total, 4))


def test_fetching_stops_when_the_library_has_fewer_matches_than_it_had(seeded_library: Library) -> None:
    model = ResultsModel()
    rows = SearchClient(seeded_library).search("會議", limit=2).rows
    model.set_results("會議", rows, 10, lambda offset: [])
    model.fetchMore()
    assert model.rowCount() == 2 and not model.canFetchMore()
