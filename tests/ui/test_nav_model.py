"""The navigation model on the seeded library, without widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt

from desktop_app.core import queries
from desktop_app.core.bookmarks import add_bookmark
from desktop_app.core.library import Library
from desktop_app.core.resources import seed_files
from desktop_app.ingest.pipeline import import_paths
from desktop_app.services import open_library
from desktop_app.ui.i18n import Strings
from desktop_app.ui.nav_model import KIND_ROLE, URL_ROLE, NavModel
from desktop_app.ui.nav_nodes import NavFilter


def _branch(model: NavModel, kind: str) -> QModelIndex:
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KIND_ROLE) == kind:
            return index
    raise AssertionError(f"no {kind} branch")


def _expand(model: NavModel, index: QModelIndex) -> list[QModelIndex]:
    if model.canFetchMore(index):
        model.fetchMore(index)
    return [model.index(row, 0, index) for row in range(model.rowCount(index))]


def test_model_passes_qt_consistency_checks_while_branches_load(qtmodeltester, seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"))
    for row in range(model.rowCount()):
        for child in _expand(model, model.index(row, 0))[:3]:
            _expand(model, child)
    qtmodeltester.check(model, force_py=True)


def test_branches_in_chinese_with_counts(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"))
    labels = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert labels == ["會議", "經濟體", "主題", "人物", "文件", "書籤"]
    economies = _branch(model, "economies")
    assert model.index(economies.row(), 1).data() == "21"
    assert model.rowCount(economies) == 0 and model.hasChildren(economies)
    names = [index.data() for index in _expand(model, economies)]
    assert len(names) == 21 and "澳洲" in names
    assert model.index(_branch(model, "documents").row(), 1).data() == "2"
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole) is not None


def test_english_labels(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("en"))
    assert model.index(0, 0).data() == "Meetings"
    names = [index.data() for index in _expand(model, _branch(model, "economies"))]
    assert "Australia" in names and names == sorted(names)


def test_document_outline_nests_sections(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"))
    documents = _expand(model, _branch(model, "documents"))
    report = next(index for index in documents if "TELWG" in index.data())
    assert report.data(URL_ROLE).startswith("telref://document/")
    top = _expand(model, report)
    assert top and all(index.data(URL_ROLE).startswith("telref://section/") for index in top)
    nested = [child for index in top for child in _expand(model, index)]
    assert any("經濟體國情報告" in index.data() for index in nested + [c for n in nested for c in _expand(model, n)])


def test_topic_sections_and_economy_mentions(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"))
    topics = _expand(model, _branch(model, "topics"))
    five_g = next(index for index in topics if index.data(URL_ROLE) == "telref://topic/5g")
    assert int(model.index(five_g.row(), 1, five_g.parent()).data()) == len(_expand(model, five_g)) > 0
    economies = _expand(model, _branch(model, "economies"))
    taipei = next(index for index in economies if index.data(URL_ROLE) == "telref://economy/TW")
    groups = _expand(model, taipei)
    assert groups[-1].data(KIND_ROLE) == "group" and _expand(model, groups[-1])


def test_filters_narrow_branches(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"), NavFilter(economy="PG", topic="spectrum"))
    economies = _expand(model, _branch(model, "economies"))
    assert [index.data(URL_ROLE) for index in economies] == ["telref://economy/PG/spectrum"]  # what PG said on it
    topics = _expand(model, _branch(model, "topics"))
    assert [index.data(URL_ROLE) for index in topics] == ["telref://topic/spectrum"]
    sections = _expand(model, topics[0])
    assert [index.data() for index in sections] == ["8. 巴布亞紐幾內亞"]
    documents = _expand(model, _branch(model, "documents"))
    assert len(documents) == 1
    model.reload(nav_filter=NavFilter())
    assert len(_expand(model, _branch(model, "documents"))) == 2


def test_bookmarks_branch_lists_starred_pages(seeded_library: Library) -> None:
    add_bookmark(seeded_library, "telref://topic/5g", "5G")
    model = NavModel(seeded_library, Strings("zh"))
    marks = _expand(model, _branch(model, "bookmarks"))
    assert [(index.data(), index.data(URL_ROLE)) for index in marks] == [("5G", "telref://topic/5g")]


def test_meetings_branch_shows_the_seed_meeting_by_day(seeded_library: Library) -> None:
    model = NavModel(seeded_library, Strings("zh"))
    meetings = _expand(model, _branch(model, "meetings"))
    telwg = next(index for index in meetings if "68" in index.data())
    days = _expand(model, telwg)
    assert days and all(index.data(KIND_ROLE) == "day" for index in days)
    sessions = _expand(model, days[0])
    assert sessions and sessions[0].data(URL_ROLE).startswith("telref://session/")


def test_each_count_says_what_it_counts_in_its_tooltip(seeded_library: Library) -> None:
    tooltip = Qt.ItemDataRole.ToolTipRole
    for lang, economy_hint, meeting_hint in (("zh", "個段落提及", "個議程"), ("en", "mentioned in", "agenda sessions")):
        model = NavModel(seeded_library, Strings(lang))
        taipei = next(i for i in _expand(model, _branch(model, "economies")) if i.data(URL_ROLE) == "telref://economy/TW")
        count = model.index(taipei.row(), 1, taipei.parent())
        assert economy_hint in count.data(tooltip) and count.data() in count.data(tooltip)
        assert taipei.data(tooltip).startswith(taipei.data() + "\n")
        meeting = _expand(model, _branch(model, "meetings"))[0]
        assert meeting_hint in model.index(meeting.row(), 1, meeting.parent()).data(tooltip)
        section = _expand(model, _expand(model, _branch(model, "documents"))[0])[0]
        assert section.data(tooltip) == section.data()  # no count, no hint


def test_a_report_imported_twice_is_told_apart_by_its_file(tmp_path: Path) -> None:
    """One report imported as .doc and as .odt: one meeting, reported twice, whose two reports and two
    documents would read alike, so each names the file it came from; a name no other row shares stays as it is."""
    office = Path(__file__).parents[1] / "fixtures" / "office"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [office / "telwg70_cover_table.odt", office / "telwg70_delegation_table.doc", *seed_files()])
        model = NavModel(library, Strings("zh"))
        meetings = {index.data(): index for index in _expand(model, _branch(model, "meetings"))}
        reports = sorted(index.data() for index in _expand(model, meetings["APEC TELWG 70 · 2025年3月"]))
        documents = sorted(index.data() for index in _expand(model, _branch(model, "documents")))
    finally:
        library.close()
    assert sorted(meetings) == ["APEC TELWG 68 · 2024年5月", "APEC TELWG 70 · 2025年3月"]
    assert reports == [
        "出國報告 · 出席 APEC TELWG 第 70 次會議出國報告 · telwg70_cover_table.odt",
        "出國報告 · 出席 APEC TELWG 第 70 次會議出國報告 · telwg70_delegation_table.doc",
    ]
    assert [label for label in documents if "第 70 次" in label] == [
        "出席 APEC TELWG 第 70 次會議出國報告 · telwg70_cover_table.odt",
        "出席 APEC TELWG 第 70 次會議出國報告 · telwg70_delegation_table.doc",
    ]


def test_a_meeting_reported_by_a_trip_report_and_its_record_is_one_row_with_both_beneath(tmp_path: Path) -> None:
    """Taiwan's trip report on TEL67 and APEC's own summary of it: one meeting in the tree, counted once, its
    two reports beneath it by kind and title, each with its own sessions; the row opens the first's page."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [fixtures / "telwg67_numbered_body_report.txt", fixtures / "tel67_summary_report.txt"])
        model = NavModel(library, Strings("en"))
        branch = _branch(model, "meetings")
        meetings = _expand(model, branch)
        reports = _expand(model, meetings[0])
        record = next(index for index in reports if index.data().startswith("Meeting record"))
        record_sessions = [index.data() for index in _expand(model, record)]
        tooltip = meetings[0].data(Qt.ItemDataRole.ToolTipRole)
        stats = queries.library_stats(library)
    finally:
        library.close()
    assert [index.data() for index in meetings] == ["APEC TELWG 67 · Aug 2023"] and branch.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 reports" in tooltip and (stats["documents"], stats["meetings"]) == (2, 1)
    assert meetings[0].siblingAtColumn(1).data() in (None, "")
    assert sorted(index.data().split(" · ")[0] for index in reports) == ["Meeting record", "Trip report"]
    assert record.data().endswith("Summary Report: 67th APEC Telecommunications and Information Working Group Meeting")
    assert record_sessions == [
        "Economy Reports", "Digital Prosperity Steering Group (DPSG)", "Security and Trust Steering Group (STSG)"
    ]
    assert meetings[0].data(URL_ROLE).startswith("telref://meeting/")


def test_a_meeting_whose_sessions_have_no_dates_lists_them_without_a_day(tmp_path: Path) -> None:
    """A report narrating its sessions without a schedule gives undated sessions: they hang from the meeting
    itself, not from one "undated" day; a dated meeting keeps its days."""
    report = Path(__file__).parents[1] / "fixtures" / "telwg65_chapters_report.txt"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [report, *seed_files()])
        model = NavModel(library, Strings("zh"))
        meetings = {index.data(): index for index in _expand(model, _branch(model, "meetings"))}
        narrated = next(index for label, index in meetings.items() if "65" in label)
        dated = next(index for label, index in meetings.items() if "68" in label)
        sessions = _expand(model, narrated)
        assert [index.data(KIND_ROLE) for index in sessions] == ["session"] * 3
        assert [index.data() for index in sessions][1:] == ["自由化指導分組（LSG）", "數位繁榮指導分組（DPSG）"]
        assert {index.data(KIND_ROLE) for index in _expand(model, dated)} == {"day"}
    finally:
        library.close()


def test_meetings_are_listed_by_forum_number_and_month_with_the_full_name_in_the_tooltip(tmp_path: Path) -> None:
    """Full names cut to the tree's width all begin alike (APEC電信暨資訊工作小組第…): the tree leads with what tells
    meetings apart, newest first, in the reader's language; the report's name for the meeting is the tooltip."""
    fixtures = Path(__file__).parents[1] / "fixtures"
    library = open_library(tmp_path / "library.sqlite")
    try:
        import_paths(library, [fixtures / "telwg65_chapters_report.txt", fixtures / "telwg67_numbered_body_report.txt"])
        for lang, expected in (("zh", ["APEC TELWG 67 · 2023年8月", "APEC TELWG 65 · 2022年5月"]),
                               ("en", ["APEC TELWG 67 · Aug 2023", "APEC TELWG 65 · May 2022"])):
            model = NavModel(library, Strings(lang))
            meetings = _expand(model, _branch(model, "meetings"))
            assert [index.data() for index in meetings] == expected
        tooltip = meetings[1].data(Qt.ItemDataRole.ToolTipRole)
        assert tooltip.startswith("APEC TELWG 65 · May 2022\n亞太經濟合作（APEC）電信暨資訊工作小組第65次會議")
    finally:
        library.close()


def test_an_index_kept_across_a_rebuild_names_no_row(seeded_library: Library) -> None:
    """A rebuild frees the rows it replaces; an index to one of them reads as nothing (it read freed memory)."""
    import gc

    model = NavModel(seeded_library, Strings("zh"))
    kept = _expand(model, _branch(model, "economies"))[0]
    assert kept.data(URL_ROLE)
    model.reload()
    gc.collect()
    assert kept.data(URL_ROLE) is None and kept.data(Qt.ItemDataRole.DisplayRole) in (None, "")
    assert not kept.siblingAtColumn(1).isValid() and not model.parent(kept).isValid()
    assert model.rowCount(kept) == 0
    fresh = _expand(model, _branch(model, "economies"))[0]
    assert fresh.data(URL_ROLE)


def test_updates_and_roles_are_named_in_the_reader_s_language(seeded_library: Library) -> None:
    """In English, update rows showed their raw heading (韓國) under a page titled Korea, and role rows the full
    Chinese meeting name instead of the meeting's label (APEC TELWG 65 · …)."""
    from desktop_app.core.economies import registry
    from desktop_app.ui.meeting_choices import meeting_label
    from desktop_app.ui.nav_nodes import NavBuilder

    english = Strings("en")
    update = next(u for u in queries.economy_updates(seeded_library, "KR"))
    model = NavModel(seeded_library, english)
    korea = next(i for i in _expand(model, _branch(model, "economies")) if i.data(URL_ROLE) == "telref://economy/KR")
    meeting = next(i for i in _expand(model, korea) if i.data(URL_ROLE) == f"telref://meeting/{update.meeting_id}")
    rows = [row for session in _expand(model, meeting) for row in _expand(model, session)]
    assert rows and all(row.data().startswith("Korea") for row in rows)
    builder = NavBuilder(seeded_library, english, NavFilter())
    assert [node.label for node in builder._update_nodes([update, update])] == ["Korea (1)", "Korea (2)"]
    person = next(p for p in queries.people(seeded_library) if p.roles)
    person_row = next(i for i in _expand(model, _branch(model, "people")) if i.data(URL_ROLE) == f"telref://person/{person.id}")
    role_labels = [row.data() for row in _expand(model, person_row)]
    assert role_labels[0].endswith(meeting_label(person.roles[0].meeting, english))
    assert registry().name("KR", "en") == "Korea"
