"""Choose what to brief on: an economy, a meeting or a topic, the language and the paper.

The choices are the library's own (economies in APEC order, meetings newest first, topics), so a reader picks
instead of typing; the result is the same BriefRequest the command line builds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.briefing.blocks import Brief
from desktop_app.briefing.build import KINDS, BriefRequest, build_brief, nothing_to_brief
from desktop_app.briefing.resolve import NotFound
from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.topics import taxonomy
from desktop_app.render.pages import PAPERS
from desktop_app.ui.i18n import LANGUAGES, Strings
from desktop_app.ui.meeting_choices import meeting_choices
from desktop_app.ui.urls import parse_url

EXPORT = 2  # result code of the Export… button; Accepted (1) means preview and print


def subjects(library: Library, kind: str, lang: str) -> list[tuple[str, str]]:
    """(label shown, name the brief resolves) for every economy, meeting (as the tree lists it, two reports of
    one meeting told apart by their files) or topic."""
    if kind == "economy":
        return [(f"{e.name(lang)} ({e.code})", e.code) for e in registry().economies]
    if kind == "meeting":
        return [(label, str(meeting_id)) for label, meeting_id in meeting_choices(library, Strings(lang))]
    return [(topic.label(lang), topic.id) for topic in taxonomy().topics]


def brief_subject(library: Library, url: str) -> tuple[str, str] | None:
    """(kind, subject) of a page a brief can be of: an economy's (on a topic too), a meeting's, a topic's, and a
    session's or an update's meeting; None for any other page. The dialog opens on it, as a reader on Korea's
    page means Korea."""
    address = parse_url(url)
    if address is None or not address.key:
        return None
    if address.kind in KINDS:
        return address.kind, address.key.split("/")[0]
    number = address.number
    held = (
        queries.agenda_session(library, number) if address.kind == "session" and number is not None
        else queries.country_update(library, number) if address.kind == "update" and number is not None
        else None
    )
    return ("meeting", str(held.meeting_id)) if held is not None else None


class BriefDialog(QDialog):
    def __init__(self, library: Library, strings: Strings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefDialog")
        self.setWindowTitle(strings("brief_dialog_title"))
        self.library, self.strings = library, strings
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(strings(f"brief_kind_{kind}"), kind)
        self.subject = QComboBox(self)
        self.subject.setMinimumContentsLength(28)
        self.language = QComboBox(self)
        for lang in LANGUAGES:
            self.language.addItem(strings(f"lang_{lang}"), lang)
        self.language.setCurrentIndex(LANGUAGES.index(strings.lang))
        self.paper = QComboBox(self)
        for paper in PAPERS:
            self.paper.addItem(paper.upper() if paper == "a4" else paper.capitalize(), paper)
        form = QFormLayout(self)
        for key, widget in (("brief_kind", self.kind), ("brief_subject", self.subject),
                            ("brief_language", self.language), ("brief_paper", self.paper)):
            form.addRow(strings(key), widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(strings("brief_preview"), QDialogButtonBox.ButtonRole.AcceptRole)
        export = buttons.addButton(strings("brief_export"), QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(lambda: self.done(EXPORT))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.nothing = QLabel(self)  # says why the dialog stays open: the library holds nothing on the subject
        self.nothing.setObjectName("briefNothing")
        self.nothing.setWordWrap(True)
        self.nothing.hide()
        form.addRow(self.nothing)
        form.addRow(buttons)
        self.brief: Brief | None = None  # the brief chosen, built when Preview or Export was pressed
        for choice in (self.kind, self.subject, self.language):
            choice.currentIndexChanged.connect(self.nothing.hide)
        self.kind.currentIndexChanged.connect(self._fill_subjects)
        self.language.currentIndexChanged.connect(self._fill_subjects)
        self._fill_subjects()

    def _fill_subjects(self) -> None:
        """List the kind's subjects in the chosen language, keeping the subject chosen (by its code or id) when
        only the language changed: the labels are retranslated, the brief is still of Korea."""
        chosen = self.subject.currentData()
        self.subject.clear()
        for label, name in subjects(self.library, self.kind.currentData(), self.language.currentData()):
            self.subject.addItem(label, name)
        if chosen is not None:
            self.subject.setCurrentIndex(max(0, self.subject.findData(chosen)))

    def choose(self, kind: str, name: str) -> None:
        """Select a kind and subject, as a reader would (used when opening the dialog on the page shown)."""
        self.kind.setCurrentIndex(KINDS.index(kind))
        self.subject.setCurrentIndex(max(0, self.subject.findData(name)))

    def done(self, result: int) -> None:
        """Preview and Export build the brief first: one on a subject the library holds nothing on is not
        printed as a page of "nothing yet" (as the command line refuses it); the dialog says so and stays open."""
        if result in (QDialog.DialogCode.Accepted.value, EXPORT):
            try:
                brief = build_brief(self.library, self.request())
            except NotFound as error:
                self._say(str(error))
                return
            if brief.empty:
                self._say(nothing_to_brief(brief, self.strings.lang))
                return
            self.brief = brief
        super().done(result)

    def _say(self, text: str) -> None:
        self.nothing.setText(text)
        self.nothing.show()

    def request(self) -> BriefRequest:
        return BriefRequest(self.kind.currentData(), self.subject.currentData() or "", self.language.currentData())

    def paper_size(self) -> str:
        return self.paper.currentData()
