"""The promise of the substring index: any run of 2–5 Chinese characters taken from a section finds it."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.search.grams import HAN


def test_random_substrings_find_their_sections(engine: SearchEngine, sections) -> None:
    runs = [
        (section.id, run)
        for section in sections
        for part in (section.heading, section.text)
        for run in re.findall(rf"[{HAN}]{{2,}}", part)
    ]
    assert runs

    @settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        section_id, run = data.draw(st.sampled_from(runs))
        length = data.draw(st.integers(2, min(5, len(run))))
        start = data.draw(st.integers(0, len(run) - length))
        needle = run[start : start + length]
        found = {hit.section_id for hit in engine.search(SearchQuery(needle, limit=1000)).hits}
        assert section_id in found, needle

    check()
