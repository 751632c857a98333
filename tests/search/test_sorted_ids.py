"""Looking ids up in an ascending array: both ways (a binary search, a table by id) give the same answers as a
set, whichever the cost model picks."""

from __future__ import annotations

import random

import numpy as np
import pytest

from desktop_app.search import sorted_ids
from desktop_app.search.sorted_ids import contains, positions

# (haystack size, needle count, largest id): the first two make a table the cheaper way, the last two a search
SHAPES = [(3000, 7000, 40_000), (800, 5000, 9_000), (7000, 20, 40_000), (50, 30, 5_000_000)]


def _case(rng: random.Random, haystack_size: int, needle_count: int, largest: int) -> tuple[np.ndarray, np.ndarray]:
    haystack = np.array(sorted(rng.sample(range(1, largest), haystack_size)), dtype=np.uint32)
    held = rng.sample(haystack.tolist(), min(len(haystack), needle_count // 2))
    others = [rng.randrange(1, largest + 500) for _ in range(needle_count - len(held))]  # some beyond the haystack's end
    needles = held + others
    rng.shuffle(needles)  # needles need not ascend (a tag's records come in document order)
    return haystack, np.array(needles, dtype=np.int64)


def _check(haystack: np.ndarray, needles: np.ndarray, found: np.ndarray, at: np.ndarray | None = None) -> None:
    held = set(haystack.tolist())
    assert found.tolist() == [needle in held for needle in needles.tolist()]
    if at is not None:
        assert (haystack[at[found]] == needles[found]).all()


@pytest.mark.parametrize("shape", SHAPES)
def test_contains_and_positions_agree_with_a_set(shape: tuple[int, int, int]) -> None:
    rng = random.Random(hash(shape) & 0xFFFF)
    for _ in range(5):
        haystack, needles = _case(rng, *shape)
        _check(haystack, needles, contains(haystack, needles))
        at, present = positions(haystack, needles)
        _check(haystack, needles, present, at)


def test_the_cost_model_picks_a_table_for_many_needles_and_a_search_for_few() -> None:
    """The shapes above do take both ways (else the test above would check one of them twice)."""
    rng = random.Random(68)
    chosen = []
    for shape in SHAPES:
        haystack, needles = _case(rng, *shape)
        chosen.append(sorted_ids._table_bound(haystack, needles, sorted_ids._MASK_NS_PER_SLOT) is not None)
    assert chosen == [True, True, False, False]


def test_both_ways_give_the_same_answers() -> None:
    rng = random.Random(7)
    for shape in SHAPES:
        haystack, needles = _case(rng, *shape)
        bound = int(max(haystack.max(), needles.max())) + 1
        by_search = sorted_ids._positions_by_search(haystack, needles)
        by_table = sorted_ids._positions_by_table(haystack, needles, bound)
        assert by_search[1].tolist() == by_table[1].tolist() == sorted_ids._contains_by_mask(haystack, needles, bound).tolist()
        _check(haystack, needles, by_table[1], by_table[0])


def test_empty_arrays() -> None:
    ids = np.array([3, 5, 9], dtype=np.int64)
    nothing = np.zeros(0, dtype=np.int64)
    assert contains(nothing, ids).tolist() == [False, False, False]
    assert contains(ids, nothing).tolist() == []
    at, present = positions(nothing, ids)
    assert present.tolist() == [False, False, False] and len(at) == 3
