"""The background warm-up loads what a first search needs, in a process that has loaded nothing yet."""

from __future__ import annotations

import subprocess
import sys

_CHECK = """
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
import gc, sys
from desktop_app.search import regional, segmenter, warm_up
def state():
    return (segmenter.is_loaded(), registry.cache_info().currsize, taxonomy.cache_info().currsize, regional._table.cache_info().currsize,
            "numpy" in sys.modules and "desktop_app.search.engine" in sys.modules, gc.get_freeze_count() > 0)
before = state()
warm_up.preload_in_background().join()
print(before, state())
"""


def test_the_warm_up_loads_the_dictionary_the_alias_tables_and_the_engine() -> None:
    """Loaded on the preload thread, and what it loaded is frozen out of the collector's walks."""
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=120, check=True)
    expected = "(False, 0, 0, 0, False, False) (True, 1, 1, 1, True, True)"
    assert result.stdout.split("\n")[0] == expected
