"""Take the README's screenshots of the real window on the sample library (run under Xvfb).

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication


def pump(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> int:
    from desktop_app.app import create_window
    from desktop_app.core import queries
    from desktop_app.core.resources import seed_files
    from desktop_app.ingest.pipeline import import_paths
    from desktop_app.services import open_library
    from desktop_app.ui.nav_model import KIND_ROLE
    from desktop_app.ui.style import apply_style

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv)
    apply_style(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite"
        library = open_library(db)
        import_paths(library, seed_files())
        meeting = queries.meetings(library)[0]
        library.close()
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = create_window(db, settings)
        window.resize(1400, 860)
        window.splitter.setSizes([380, 1020])
        window.show()
        window.actions_.set_icons()
        window.search.preload.start()  # as the app does once shown: searches below then run at once
        while not window.search.preload.ready:
            app.processEvents()
            time.sleep(0.01)
        model = window.nav_model

        def branch(kind: str):
            return next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(KIND_ROLE) == kind)

        def shot(name: str) -> None:
            pump(app)
            window.grab().save(str(out / f"{name}.png"))

        window.tree.expand(branch("meetings"))
        pump(app)
        first_meeting = model.index(0, 0, branch("meetings"))
        window.tree.expand(first_meeting)
        pump(app)
        window.tree.expand(model.index(0, 0, first_meeting))
        shot("welcome-zh")
        window.tree.setCurrentIndex(first_meeting)
        shot("meeting-zh")
        window.search.search_in_meeting(meeting.id)  # the meeting page's "search this meeting's report" link
        window.search.box.setText("美國")
        window.search.run()
        window.search.open_current()
        shot("search-scoped-zh")
        window.leave_search()
        window.search.scope_bar.clear()
        window.tree.collapseAll()
        window.tree.expand(branch("economies"))
        window.open_url("telref://economy/TW")
        shot("economy-zh")
        window.filters.economy_combo.setCurrentIndex(window.filters.economy_combo.findData("KR"))
        window.search.box.setText("頻譜")
        window.search.run()
        window.search.open_current()
        shot("search-filtered-zh")
        window.leave_search()
        window.filters.clear()
        window.set_language("en")
        window.open_url(f"telref://meeting/{meeting.id}")
        window.tree.expand(branch("meetings"))
        shot("meeting-en")
        window.tree.collapseAll()
        window.tree.expand(branch("topics"))
        window.search.box.setText("spectrum")
        window.search.run()
        shot("search-en")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")))
