"""Looking ids up in an ascending NumPy array: what scoring's intersections and the newest-first order share."""

from __future__ import annotations

import numpy as np


def positions(haystack: np.ndarray, needles: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each needle, its index in the ascending haystack and whether it is there (the index is only
    meaningful where it is)."""
    if not len(haystack):
        return np.zeros(len(needles), dtype=np.intp), np.zeros(len(needles), dtype=bool)
    at = np.minimum(np.searchsorted(haystack, needles), len(haystack) - 1)
    return at, haystack[at] == needles


def contains(haystack: np.ndarray, needles: np.ndarray) -> np.ndarray:
    """For each needle, whether the ascending haystack holds it."""
    return positions(haystack, needles)[1]
