"""Loading, ahead of time, what the first search of a session needs, so it is as quick as the next one.

A first search used to load jieba's dictionary (about a second), and on the way build the alias tables
(economies, topics: their regexes, 25 ms) and the snippet patterns' table of character forms (3 ms). The
window starts this on a background thread once it is shown; bench/search.py calls it before timing, as the
window would have.
"""

from __future__ import annotations

import threading

from desktop_app.search.plan import plan_for

# An economy, a topic, Chinese and Latin text: planning it touches every table a query reads.
_SAMPLE_QUERY = "Korea 頻譜"


def warm_up() -> None:
    plan_for(_SAMPLE_QUERY).words()


def preload_in_background() -> threading.Thread:
    """warm_up on a daemon thread (the dictionary is loaded under segmenter's lock, so a search that comes
    first waits for it rather than loading it twice)."""
    thread = threading.Thread(target=warm_up, name="telref-search-preload", daemon=True)
    thread.start()
    return thread
