"""The one table of words for stored codes: both languages for every code, the document kinds the library knows."""

from __future__ import annotations

from desktop_app.core.document_kinds import DOCUMENT_KINDS
from desktop_app.core.vocabulary import VOCABULARIES, entries, term, terms


def test_every_code_has_a_word_in_both_languages() -> None:
    for vocabulary in VOCABULARIES:
        assert entries(vocabulary), vocabulary
        for code, words in entries(vocabulary).items():
            assert set(words) == {"zh", "en"} and all(words.values()), (vocabulary, code)
            assert "{" not in words["zh"] + words["en"], (vocabulary, code)


def test_document_kinds_are_the_library_s() -> None:
    assert tuple(entries("document_kinds")) == DOCUMENT_KINDS


def test_a_word_in_a_language_and_the_code_itself_for_a_code_the_table_lacks() -> None:
    assert term("session_kinds", "steering_group", "zh") == "指導分組"
    assert term("session_kinds", "steering_group", "en") == "Steering group"
    assert term("roles", "head_of_delegation", "fr") == "團長", "anything but English is Chinese"
    assert term("roles", "rapporteur", "en") == "rapporteur"
    assert terms("attendance", "en") == {"present": "Present", "absent": "Absent", "unknown": "Not stated"}
