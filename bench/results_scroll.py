"""Results-list scrolling benchmark: what one more page of results costs the window, near the top and far down.

    .venv/bin/python bench/results_scroll.py --db LIBRARY [--query 會議] [--at 50,1000,3000,6000] [--rounds 5]

Opens the real window on LIBRARY (offscreen unless a display is set, the app's stylesheet and font applied),
searches QUERY, lists results up to each row count of --at (untimed), then scrolls the list to its end --rounds
times at that count: each scroll makes the model fetch the next page of 50 and the list lay itself out again.
Prints, per row count, the median time from the scroll to the list laid out again (what a reader waits), and
the median time of the page's search alone (what the fetch costs without the list).

Measured 2026-11-30 on the shared 2-core machine (load average 3.4), the 300-report library of bench/search.py,
會議 (10 094 hits), offscreen, medians of 3–5 scrolls. Before, rows as tall as their word-wrapped rich text: 93 ms
at row 50, 658 ms at 1 000, 1 585 ms at 3 000, 3 471 ms at 6 000 (the list measured every row again after each
insert). After, rows of one height (uniform item sizes): 10–31 ms at row 50, 13–31 ms at 1 000, 37–61 ms at
3 000, 40–60 ms at 6 000, 37 ms at 10 000. The page's search alone: 2–8 ms. What still grows with the rows is Qt's
own walk over them (twice `model.index` per row, each a Python call): about 3 µs a row, 18 ms at 6 000.
With each row's first match brought into view and a page's meetings and heading-only sections' text read
(search/hit_context.py, 3–9 ms for a page of 50 heading-only hits), same machine: before 31 / 37 / 21 / 63 ms at
rows 50 / 1 000 / 3 000 / 6 000, after 20 / 23 / 35 / 35 ms; the page's search with its context 4–6 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--query", default="會議")
    parser.add_argument("--at", default="50,1000,3000,6000")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import create_window
    from desktop_app.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        window = create_window(args.db, QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat))
        window.resize(1400, 860)
        window.show()
        window.search.preload.start()
        while not window.search.preload.ready:
            app.processEvents()
            time.sleep(0.01)
        panel, model, view = window.search, window.search.model, window.search.view
        panel.box.setText(args.query)
        panel.run()
        app.processEvents()
        print(f"{args.query!r}: {model.total} hits, {args.rounds} scrolls to the end at each row count")
        print(f"{'rows':>6}  {'scroll to layout, median ms':>28}  {'page search alone, median ms':>28}")
        for target in (int(part) for part in args.at.split(",")):
            while model.rowCount() < target and model.canFetchMore():
                model.fetchMore()
            app.processEvents()  # the list lays out its rows once, untimed
            waits, searches = [], []
            for _ in range(args.rounds):
                if not model.canFetchMore():
                    break
                rows = model.rowCount()
                bar = view.verticalScrollBar()
                started = time.perf_counter()
                bar.setValue(bar.maximum())  # at the end, the view asks the model for more
                app.processEvents()  # the insert's delayed layout runs here
                app.processEvents()
                waits.append((time.perf_counter() - started) * 1000)
                assert model.rowCount() > rows, "the scroll fetched nothing"
                narrowing = panel.narrowing()
                started = time.perf_counter()
                panel.client.search(args.query, narrowing, panel.order, rows)
                searches.append((time.perf_counter() - started) * 1000)
            if waits:
                print(f"{target:>6}  {statistics.median(waits):>28.1f}  {statistics.median(searches):>28.1f}")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
