"""Looking ids up in an ascending NumPy array: what scoring's intersections and the newest-first order share.

Two ways, each the cheaper for some shapes. A binary search per needle (np.searchsorted) costs about a
nanosecond per needle per halving, so 7 000 needles in 3 000 ids took 75 µs; a table indexed by id (a mask, or
each id's index) costs a pass over the table, which grows with the largest id, and a nanosecond or so per id
and per needle: 9 µs for the same. Section ids are dense (a library's sections are numbered as they are
added), so the table is small next to what searching costs unless the needles are few. The constants
below come from timing both ways, for 40 000 and 400 000 ids, on the machine the search bench ran on; a
wrong guess only costs time, never changes an answer.
"""

from __future__ import annotations

import math

import numpy as np

_SEARCH_NS_PER_STEP = 1.0  # a needle's binary search, per halving of the haystack
_MASK_NS_PER_SLOT = 0.0125  # a boolean table: zeroing one id's slot
_INDEX_NS_PER_SLOT = 0.1  # a table of indexes: filling one id's slot
_TABLE_NS_PER_ID = 1.0  # writing a haystack id into a table, or reading a needle's slot
_TABLE_OVERHEAD_NS = 1500.0


def positions(haystack: np.ndarray, needles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each needle, its index in the ascending haystack and whether it is there (the index is only
    meaningful where it is)."""
    if not len(haystack) or not len(needles):
        return np.zeros(len(needles), dtype=np.intp), np.zeros(len(needles), dtype=bool)
    bound = _table_bound(haystack, needles, _INDEX_NS_PER_SLOT)
    if bound is not None:
        return _positions_by_table(haystack, needles, bound)
    return _positions_by_search(haystack, needles)


def contains(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """For each needle, whether the ascending haystack holds it."""
    if not len(haystack) or not len(needles):
        return np.zeros(len(needles), dtype=bool)
    bound = _table_bound(haystack, needles, _MASK_NS_PER_SLOT)
    if bound is not None:
        return _contains_by_mask(haystack, needles, bound)
    return _positions_by_search(haystack, needles)[1]


def _table_bound(haystack: np.ndarray, needles: np.ndarray, slot_ns: float) -> int | None:
    """The size of the table (one more than the largest id) when a table is the cheaper way; None when
    searching is. The largest needle is looked for only when the sizes leave a table a chance (the needles
    need not ascend, so it is a pass over them)."""
    searching = _SEARCH_NS_PER_STEP * len(needles) * math.log2(len(haystack) + 1)
    tabling = _TABLE_OVERHEAD_NS + _TABLE_NS_PER_ID * (len(haystack) + len(needles))
    if tabling >= searching:
        return None
    bound = max(int(haystack[-1]), int(needles.max())) + 1
    return bound if tabling + slot_ns * bound < searching else None


def _positions_by_search(haystack: np.ndarray, needles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    at = np.minimum(np.searchsorted(haystack, needles), len(haystack) - 1)
    return at, haystack[at] == needles


def _positions_by_table(haystack: np.ndarray, needles: np.ndarray, bound: int) -> tuple[np.ndarray, np.ndarray]:
    index = np.full(bound, -1, dtype=np.int32)  # half the slots' bytes of intp; a haystack is never 2**31 long
    index[haystack] = np.arange(len(haystack), dtype=np.int32)
    at = index[needles]
    return at, at >= 0


def _contains_by_mask(haystack: np.ndarray, needles: np.ndarray, bound: int) -> np.ndarray:
    mask = np.zeros(bound, dtype=bool)
    mask[haystack] = True
    return mask[needles]
