"""Postings decoded by recent searches, kept for the next ones while the library stays as it was.

Searches come in runs that read the same keys: the window searches as the reader types (資通 → 資通安全 →
資通安全 美國), again when a filter changes, and again for each further page of a long result list. Each
search read every key's blob and decoded it anew: on the 300-report library 資通安全 spent 0.4 of its 1.8 ms
on it (bench/README.md). A LibraryState keeps one KeptPostings, so a write by another connection, which
starts a new state, drops everything kept.

Kept arrays are made read-only: a search that wrote into one would change every later search's answer.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

import numpy as np

BUDGET_BYTES = 32 * 1024 * 1024  # about a hundred of the largest keys of a 300-report library, a thousand typical


class KeptPostings:
    """The most recently used entries (a key's decoded records, a phrase's sections) within a byte budget."""

    def __init__(self, budget_bytes: int = BUDGET_BYTES) -> None:
        self.budget_bytes = budget_bytes
        self.size_bytes = 0
        self._entries: OrderedDict[Hashable, tuple[tuple[np.ndarray, ...], int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: Hashable) -> tuple[np.ndarray, ...] | None:
        found = self._entries.get(key)
        if found is None:
            return None
        self._entries.move_to_end(key)
        return found[0]

    def keep(self, key: Hashable, arrays: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
        """Keep arrays (read-only from now on) under key, forgetting the least recently used entries beyond
        the budget; an entry larger than the whole budget is not kept. Returns arrays."""
        size = sum(array.nbytes for array in arrays)
        if size > self.budget_bytes or key in self._entries:
            return arrays
        for array in arrays:
            array.flags.writeable = False
        self._entries[key] = (arrays, size)
        self.size_bytes += size
        while self.size_bytes > self.budget_bytes:
            _key, (_arrays, dropped) = self._entries.popitem(last=False)
            self.size_bytes -= dropped
        return arrays
