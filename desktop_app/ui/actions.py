"""The window's actions, menus and toolbar, with their shortcuts and their words in the current language.

The File menu keeps a named slot (`print_slot`, a separator) where the briefing/printing actions are inserted:
`MainWindow.add_file_actions` puts actions just above it.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop_app.ui.i18n import LANGUAGES, Strings


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        self.window = window

        def action(name: str, shortcuts: list[QKeySequence.StandardKey | str] | None = None) -> QAction:
            made = QAction(window)
            made.setObjectName(name)
            if shortcuts:
                unique: dict[str, QKeySequence] = {}
                for shortcut in shortcuts:
                    for sequence in QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]:
                        unique.setdefault(sequence.toString(), sequence)
                made.setShortcuts(list(unique.values()))
            return made

        self.import_files = action("importFilesAction", [QKeySequence.StandardKey.Open])
        self.import_folder = action("importFolderAction", ["Ctrl+Shift+O"])
        self.quit = action("quitAction", [QKeySequence.StandardKey.Quit])
        self.back = action("backAction", ["Alt+Left", QKeySequence.StandardKey.Back])
        self.forward = action("forwardAction", ["Alt+Right", QKeySequence.StandardKey.Forward])
        self.home = action("homeAction", ["Alt+Home"])
        self.previous_section = action("previousSectionAction", ["Alt+Up"])
        self.next_section = action("nextSectionAction", ["Alt+Down"])
        self.find = action("findAction", [QKeySequence.StandardKey.Find])
        self.search = action("searchAction", ["Ctrl+L", "Ctrl+K"])
        self.bookmark = action("bookmarkAction", ["Ctrl+D"])
        self.bookmark.setCheckable(True)
        self.clear_filters = action("clearFiltersAction")
        self.newest_first = action("newestFirstAction", ["Ctrl+Shift+N"])
        self.newest_first.setCheckable(True)
        self.about = action("aboutAction")
        self.language_group = QActionGroup(window)
        self.languages: dict[str, QAction] = {}
        for lang in LANGUAGES:
            choice = action(f"language_{lang}")
            choice.setCheckable(True)
            choice.setData(lang)
            self.language_group.addAction(choice)
            self.languages[lang] = choice

        bar = window.menuBar()
        self.file_menu = QMenu(window)
        self.file_menu.setObjectName("fileMenu")
        self.file_menu.addActions([self.import_files, self.import_folder])
        self.file_menu.addSeparator()
        self.print_slot = self.file_menu.addSeparator()
        self.print_slot.setObjectName("printActionsSlot")
        self.file_menu.addAction(self.quit)
        self.go_menu = QMenu(window)
        self.go_menu.addActions([self.back, self.forward, self.home, self.previous_section, self.next_section])
        self.go_menu.addSeparator()
        self.go_menu.addActions([self.search, self.find, self.bookmark])
        self.view_menu = QMenu(window)
        self.view_menu.addActions([self.clear_filters, self.newest_first])
        self.language_menu = QMenu(window)
        self.language_menu.setObjectName("languageMenu")
        self.language_menu.addActions(list(self.languages.values()))
        self.help_menu = QMenu(window)
        self.help_menu.addAction(self.about)
        for menu in (self.file_menu, self.go_menu, self.view_menu, self.language_menu, self.help_menu):
            bar.addMenu(menu)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addActions([self.back, self.forward, self.home])
        self.toolbar.addSeparator()

    def set_icons(self) -> None:
        """qtawesome icons for the toolbar (drawn once the window is up)."""
        import qtawesome

        color = "#334e68"
        for act, name in (
            (self.back, "fa5s.arrow-left"),
            (self.forward, "fa5s.arrow-right"),
            (self.home, "fa5s.home"),
            (self.import_files, "fa5s.file-import"),
            (self.import_folder, "fa5s.folder-open"),
            (self.bookmark, "fa5s.star"),
            (self.find, "fa5s.search"),
            (self.clear_filters, "fa5s.filter"),
            (self.newest_first, "fa5s.sort-amount-down"),
        ):
            act.setIcon(qtawesome.icon(name, color=color, color_on="#d69e2e"))

    def retranslate(self, strings: Strings) -> None:
        for act, key in (
            (self.import_files, "action_import_files"),
            (self.import_folder, "action_import_folder"),
            (self.quit, "action_quit"),
            (self.back, "action_back"),
            (self.forward, "action_forward"),
            (self.home, "action_home"),
            (self.previous_section, "action_previous_section"),
            (self.next_section, "action_next_section"),
            (self.find, "action_find"),
            (self.search, "action_search"),
            (self.bookmark, "action_bookmark"),
            (self.clear_filters, "action_clear_filters"),
            (self.newest_first, "action_newest_first"),
            (self.about, "action_about"),
        ):
            act.setText(strings(key))
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{strings(key)} ({shortcut})" if shortcut else strings(key))
        for lang, act in self.languages.items():
            act.setText(strings(f"lang_{lang}"))
            act.setChecked(lang == strings.lang)
        self.file_menu.setTitle(strings("menu_file"))
        self.go_menu.setTitle(strings("menu_go"))
        self.view_menu.setTitle(strings("menu_view"))
        self.language_menu.setTitle(strings("menu_language"))
        self.help_menu.setTitle(strings("menu_help"))
