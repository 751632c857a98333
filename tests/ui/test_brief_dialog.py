"""The Briefing dialog on a real library: what a reader chose stays chosen."""

from __future__ import annotations

from pathlib import Path

from brief_drafts import telwg68_draft

from desktop_app.core.library import Library
from desktop_app.core.topics import taxonomy
from desktop_app.ingest.pipeline import import_paths
from desktop_app.ui.brief_dialog import EXPORT, BriefDialog
from desktop_app.ui.i18n import Strings


def test_switching_the_brief_s_language_keeps_its_subject(qtbot, seeded_library: Library) -> None:
    """On Korea's page, Ctrl+B then English: still Korea's brief, not the first economy's (nor for a meeting,
    nor a topic)."""
    import_paths(seeded_library, [Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"])
    dialog = BriefDialog(seeded_library, Strings("zh"))
    qtbot.addWidget(dialog)
    dialog.choose("meeting", "")
    last_meeting = dialog.subject.itemData(dialog.subject.count() - 1)
    chosen = {"economy": "KR", "meeting": last_meeting, "topic": taxonomy().topics[-1].id}
    for kind, name in chosen.items():
        dialog.language.setCurrentIndex(dialog.language.findData("zh"))
        dialog.choose(kind, name)
        assert dialog.subject.currentIndex() > 0, kind  # not the first entry, which a refill falls back to
        for lang in ("en", "zh"):
            dialog.language.setCurrentIndex(dialog.language.findData(lang))
            assert (dialog.request().kind, dialog.request().name, dialog.request().lang) == (kind, name, lang)
    dialog.choose("economy", "KR")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.subject.currentText() == "Korea (KR)"  # the list itself is in the new language


def test_a_brief_with_nothing_in_it_keeps_the_dialog_open_and_says_so(qtbot, library) -> None:
    """Preview or Export on a subject the library holds nothing on printed a page of 'nothing yet'."""
    library.add_document(telwg68_draft())
    dialog = BriefDialog(library, Strings("zh"))
    qtbot.addWidget(dialog)
    dialog.choose("topic", "blockchain")
    dialog.done(EXPORT)
    assert dialog.result() != EXPORT and dialog.brief is None
    assert not dialog.nothing.isHidden() and dialog.nothing.text() == "資料庫中沒有「區塊鏈（Blockchain）」的資料。"
    dialog.choose("economy", "JP")
    assert dialog.nothing.isHidden()
    dialog.done(EXPORT)
    assert dialog.result() == EXPORT and dialog.brief is not None and dialog.brief.title == "日本 Japan"
