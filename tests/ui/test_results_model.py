"""The results model over real search hits from the seeded library, without widgets."""

from __future__ import annotations

from desktop_app.core.library import Library
from desktop_app.ui.results_model import ECONOMIES_ROLE, MARKS_ROLE, PATH_ROLE, SNIPPET_ROLE, URL_ROLE, ResultsModel
from desktop_app.ui.search_client import NO_ANSWER, SearchClient


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
    rows = SearchClient(seeded_library).search("頻譜", economy="PG").rows
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
    for row_number, row in enumerate(rows):
        path = model.index(row_number).data(PATH_ROLE)
        if row.heading.startswith("台美發布5G共同宣言"):
            assert not path.startswith("台美發布5G共同宣言")  # the document's own first section
        else:
            assert path.startswith("台美發布5G共同宣言")


def test_each_result_gives_its_documents_date_in_the_readers_language(seeded_library: Library) -> None:
    rows = SearchClient(seeded_library).search("華為 OR 頻譜").rows
    model = ResultsModel()
    model.set_results("華為 OR 頻譜", rows)
    paths = [model.index(number).data(PATH_ROLE) for number in range(len(rows))]
    assert any(path.endswith("2020年8月27日") for path in paths) and any(path.endswith("2024年5月9日") for path in paths)
    model.set_language("en")
    assert any(model.index(number).data(PATH_ROLE).endswith("27\u00a0Aug\u00a02020") for number in range(len(rows)))
