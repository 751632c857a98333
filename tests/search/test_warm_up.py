"""The background warm-up loads what a first search needs, in a process that has loaded nothing yet."""

from __future__ import annotations

import subprocess
import sys

_CHECK = """
from desktop_app.core.economies import registry
from desktop_app.core.topics import taxonomy
from desktop_app.search import segmenter, warm_up
before = (segmenter.is_loaded(), registry.cache_info().currsize, taxonomy.cache_info().currsize)
warm_up.preload_in_background().join()
after = (segmenter.is_loaded(), registry.cache_info().currsize, taxonomy.cache_info().currsize)
print(before, after)
"""


def test_the_warm_up_loads_the_dictionary_and_the_alias_tables() -> None:
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout.split("\n")[0] == "(False, 0, 0) (True, 1, 1)"
