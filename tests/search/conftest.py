"""Search fixtures: one seeded library opened for reading per module, and a Ctrl+F oracle over its sections."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop_app.core import models as m
from desktop_app.core.library import Library
from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.search.folding import fold
from desktop_app.search.grams import HAN
from desktop_app.services import open_library

_SPACE_INSIDE_HAN = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")  # one space, as the index bridges (grams.HAN_GAP)


@dataclass(frozen=True)
class SectionText:
    id: int
    document_id: int
    heading: str
    text: str
    title: str

    def searchable(self) -> str:
        """What Ctrl+F over the heading, the text and the title would see, folded, line wraps ignored."""
        return " \n ".join(_SPACE_INSIDE_HAN.sub("", fold(part)) for part in (self.heading, self.text, self.title))


@pytest.fixture(scope="module")
def reading_library(seeded_library_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    """The seeded library, shared by a module's read-only tests."""
    import shutil

    path = tmp_path_factory.mktemp("search") / "library.sqlite"
    shutil.copy(seeded_library_file, path)
    library = open_library(path)
    yield library
    library.close()


@pytest.fixture(scope="module")
def engine(reading_library: Library) -> SearchEngine:
    return SearchEngine(reading_library)


@pytest.fixture(scope="module")
def sections(reading_library: Library) -> list[SectionText]:
    with reading_library.session() as session:
        rows = session.execute(
            select(m.Section.id, m.Section.document_id, m.Section.heading, m.Section.text, m.Section.position)
        ).all()
        titles = dict(session.execute(select(m.Document.id, m.Document.title)).all())
    first = {}
    for row in rows:
        first[row.document_id] = min(first.get(row.document_id, row.position), row.position)
    return [
        SectionText(r.id, r.document_id, r.heading, r.text, titles[r.document_id] if r.position == first[r.document_id] else "")
        for r in rows
    ]


@pytest.fixture(scope="module")
def containing(sections: list[SectionText]) -> Callable[[str], set[int]]:
    """Ids of the sections where a needle stands: the oracle, what Ctrl+F over every section would find."""
    searchable = {section.id: section.searchable() for section in sections}

    def find(needle: str) -> set[int]:
        folded = _SPACE_INSIDE_HAN.sub("", fold(needle))
        return {section_id for section_id, text in searchable.items() if folded in text}

    return find


@pytest.fixture(scope="module")
def hit_ids(engine: SearchEngine) -> Callable[..., list[int]]:
    """Section ids the engine returns for a query (all of them, best first)."""

    def run(text: str, **filters: object) -> list[int]:
        return [hit.section_id for hit in engine.search(SearchQuery(text, limit=1000, **filters)).hits]

    return run
