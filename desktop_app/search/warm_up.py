"""Loading, ahead of time, what the first search of a session needs, so it is as quick as the next one.

A first search used to load jieba's dictionary (about a second), and on the way build the alias tables
(economies, topics: their regexes, 25 ms; mainland and Taiwan wording) and the snippet patterns' table of
character forms (3 ms), and import the engine's modules with NumPy (about 0.1 s on the window's thread). The
window starts this on a background thread once it is shown and then prepares its own reader
(SearchEngine.prepare, which only the window's thread can do); bench/search.py calls both before timing, as the
window would have.
"""

from __future__ import annotations

import gc
import importlib
import threading

from desktop_app.search.plan import plan_for, prepare_alias_names

# An economy, a topic, Chinese and Latin text: planning it touches every table a query reads.
_SAMPLE_QUERY = "Korea 頻譜"
_ENGINE_MODULE = "desktop_app.search.engine"


def warm_up() -> None:
    """Load the engine's modules, the dictionary and the alias tables, and work out every alias name's phrase,
    words and pattern (spellings.py); then set what the session keeps for good out of the garbage collector's
    sight (gc.freeze): the dictionary's table of 350 000 words, still young after loading, was walked by a
    young-generation collection in the middle of a search (1.3 ms)."""
    importlib.import_module(_ENGINE_MODULE)
    plan_for(_SAMPLE_QUERY).words()
    prepare_alias_names()
    gc.collect(1)  # the young generations only: a full collection held the interpreter for 75 ms
    gc.freeze()


def preload_in_background() -> threading.Thread:
    """warm_up on a daemon thread (the dictionary is loaded under segmenter's lock, so a search that comes first
    waits for it rather than loading it twice). The thread touches nothing of Qt: the window looks whether it
    has ended (ui/search_preload.py)."""
    thread = threading.Thread(target=warm_up, name="telref-search-preload", daemon=True)
    thread.start()
    return thread
