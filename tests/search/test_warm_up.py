"""The background warm-up loads what a first search needs, in a process that has loaded nothing yet."""

from __future__ import annotations

import subprocess
import sys

_CHECK = """
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
import gc, sys
from desktop_app.search import query, regional, segmenter, snippets, spellings, warm_up
def names_prepared():
    ready = [spellings.phrase_of, spellings.words_of, snippets.term_pattern]
    return all(cached.cache_info().currsize >= len(set(query.alias_names())) for cached in ready)
def state():
    return (segmenter.is_loaded(), registry.cache_info().currsize, taxonomy.cache_info().currsize, regional._table.cache_info().currsize,
            "numpy" in sys.modules and "desktop_app.search.engine" in sys.modules, gc.get_freeze_count() > 0, names_prepared())
before = state()
warm_up.preload_in_background().join()
print(before, state())
from desktop_app.search.plan import forget_plans
forget_plans()
print(names_prepared())
"""


def test_the_warm_up_loads_the_dictionary_the_alias_tables_and_the_engine() -> None:
    """Loaded on the preload thread, and what it loaded is frozen out of the collector's walks; every alias
    name is worked out (spellings.py), and still is after the bench forgets the plans."""
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=120, check=True)
    expected = "(False, 0, 0, 0, False, False, False) (True, 1, 1, 1, True, True, True)"
    assert result.stdout.split("\n")[:2] == [expected, "True"]
