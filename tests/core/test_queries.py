"""Library queries on the seeded library: what the tree and pages read."""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.library import Library


def test_documents_with_sections_narrowed_by_economy_and_topic(seeded_library: Library) -> None:
    """The ids of the documents holding a section the economy and topic narrow to, as the sections say."""
    every = {document.id for document in queries.documents(seeded_library)}
    assert queries.documents_with_sections(seeded_library) == every
    for economy, topic in (("US", None), (None, "5g"), ("PG", "spectrum"), ("US", "supply_chain")):
        sections = (
            queries.sections_for_economy(seeded_library, economy, topic=topic)
            if economy
            else queries.sections_for_topic(seeded_library, topic)
        )
        expected = {section.document_id for section in sections}
        assert expected and queries.documents_with_sections(seeded_library, economy, topic) == expected
    assert queries.documents_with_sections(seeded_library, "PG", "blockchain") == set()
