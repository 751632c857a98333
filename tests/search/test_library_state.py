"""What searches keep of the library between writes: each section's newest-first place."""

from __future__ import annotations

import numpy as np

from desktop_app.core.library import Library
from desktop_app.search.library_state import LibraryState


def test_each_section_takes_its_documents_newest_first_place_and_unknown_ids_come_after_all(
    seeded_library: Library,
) -> None:
    """The seeded library holds the 2024 trip report and the 2020 article; ids the state does not hold (a
    section written after it was read, an id no section has) come after every known one."""
    cursor = seeded_library.reader().cursor()
    state = LibraryState(0)
    sections = dict(cursor.execute("SELECT id, document_id FROM sections").fetchall())
    documents = dict(cursor.execute("SELECT id, published FROM documents").fetchall())
    newest_document = max(documents, key=documents.get)
    ids = np.array(sorted(sections), dtype=np.int64)
    places = state.newest_section_rank(cursor, ids)
    assert places.tolist() == [0 if sections[i] == newest_document else 1 for i in ids.tolist()]
    unknown = np.array([ids.max() + 1, ids.max() + 1000, ids[0]], dtype=np.int64)
    after, later, first = state.newest_section_rank(cursor, unknown).tolist()
    assert after == later > places.max() and first == places[0]
