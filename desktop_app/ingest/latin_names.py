"""The shape of a Latin personal name's words, which trip reports and meeting records both find names by: a
capital, then letters with or without accents, apostrophes and hyphens (Ramona, O'Neil, Jean-Luc, Núñez)."""

from __future__ import annotations

LATIN_NAME_LETTER = r"[A-Za-zÀ-ÿ'’\-]"
LATIN_NAME_WORD = rf"[A-Z]{LATIN_NAME_LETTER}*"  # an initial written without its full stop (John F Kennedy) too
