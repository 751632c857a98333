"""The words for the codes a library stores (kinds of session, roles, attendance, kinds of document), read from
resources/vocabulary.json: one table, so the window and the printed briefs call each thing by the same word."""

from __future__ import annotations

from desktop_app.core.resources import load_json

VOCABULARIES: tuple[str, ...] = ("session_kinds", "roles", "attendance", "document_kinds")


def entries(vocabulary: str) -> dict[str, dict[str, str]]:
    """{code: {"zh": word, "en": word}} of one vocabulary, in the table's order."""
    return load_json("vocabulary.json")[vocabulary]


def terms(vocabulary: str, lang: str) -> dict[str, str]:
    """{code: word} of one vocabulary in one language; anything but 'en' is Chinese, the readers' first language."""
    key = "en" if lang == "en" else "zh"
    return {code: words[key] for code, words in entries(vocabulary).items()}


def term(vocabulary: str, code: str, lang: str) -> str:
    """The word for a code; the code itself where the table has none (a kind a newer parser wrote)."""
    words = entries(vocabulary).get(code)
    return words["en" if lang == "en" else "zh"] if words else code
