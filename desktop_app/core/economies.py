"""The 21 APEC economies: canonical codes, names in two languages, and every alias (data in resources/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.names import closest_of_each, name_key
from desktop_app.core.resources import load_json

APEC_CODES: tuple[str, ...] = tuple(row["code"] for row in load_json("economies.json")["economies"])  # table order


@dataclass(frozen=True)
class Economy:
    code: str
    zh: str
    en: str
    aliases: tuple[str, ...]

    def name(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.code, self.zh, self.en, *self.aliases)


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x2E80 for ch in text)


def latin_word_pattern(word: str) -> str:
    """A regex for a Latin word standing alone: case-sensitive for acronyms (US, PNG), otherwise not."""
    body = re.escape(word)
    if not word.isupper():
        body = f"(?i:{body})"
    return rf"(?<![A-Za-z]){body}(?![A-Za-z])"


def names_pattern(chinese: list[str], latin: list[str]) -> re.Pattern[str]:
    """One regex for names, given as patterns: the Chinese ones (literals), then the Latin ones (whole words)
    behind a look-ahead for a letter or digit. Python's regex engine cannot tell where a case-insensitive
    alternative may start, so without the look-ahead it tried every Latin name at every character of Chinese
    text: 0.9 ms for 800 characters against 0.1, most of an import's economy and topic tagging. A Chinese and a
    Latin name never start with the same character, so the order between the two groups changes no match."""
    groups = ["|".join(chinese)] if chinese else []
    if latin:
        groups.append(f"(?=[A-Za-z0-9])(?:{'|'.join(latin)})")
    return re.compile("|".join(groups) or "(?!)")


SIDE = "方"  # 美方, 日方: an economy's side in a talk


class EconomyRegistry:
    """Resolves any name of an economy to its code and finds economies mentioned in text.

    Matching is longest-name-first so that 中國大陸 wins over 中國 and Chinese Taipei over Chinese; Latin names
    match whole words only, and short all-capital ones (US, PNG) only in capitals.
    """

    def __init__(self, economies: list[Economy], side_not_before: str = "") -> None:
        """side_not_before: characters after which a name ending in 方 (美方, 日方: that economy's side) is no
        mention, 方 beginning a word of its own there (完美方案, 審美方面)."""
        self.economies = economies
        self._by_code = {economy.code: economy for economy in economies}
        self._by_name: dict[str, str] = {}
        for economy in economies:
            for name in economy.all_names:
                self._by_name.setdefault(self._fold(name), economy.code)
        names = sorted(
            ((name, economy.code) for economy in economies for name in (economy.zh, economy.en, *economy.aliases)),
            key=lambda pair: -len(pair[0]),
        )
        self._code_for_match: dict[str, str] = {}
        chinese: list[str] = []
        latin: list[str] = []
        for name, code in names:
            if _is_latin(name):
                latin.append(latin_word_pattern(name))
            elif name.endswith(SIDE) and side_not_before:
                chinese.append(f"{re.escape(name)}(?![{re.escape(side_not_before)}])")
            else:
                chinese.append(re.escape(name))
            self._code_for_match[self._fold(name)] = code
        self._pattern = names_pattern(chinese, latin)

    @staticmethod
    def _fold(name: str) -> str:
        return name_key(name)

    def get(self, code: str) -> Economy | None:
        return self._by_code.get(code.upper()) if code else None

    def resolve(self, name: str) -> str | None:
        """The code for a code, a name or an alias in any language; None when it names no economy."""
        if not name:
            return None
        return self._by_name.get(self._fold(name))

    def names_only(self, text: str, code: str) -> bool:
        """Whether text names that economy and nothing else, as a heading of its update mostly does (澳洲,
        Korea)."""
        return self.resolve(text) == code

    def name(self, code: str, lang: str = "zh") -> str:
        economy = self.get(code)
        return economy.name(lang) if economy else code

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, code) for every mention of an economy in text, in order."""
        return [
            (match.start(), match.end(), self._code_for_match[self._fold(match.group(0))])
            for match in self._pattern.finditer(text)
        ]

    def find_in_text(self, text: str) -> list[str]:
        """Codes of the economies mentioned in text, in order of first mention, without repeats."""
        seen: dict[str, None] = {}
        for _start, _end, code in self.mentions(text):
            seen.setdefault(code, None)
        return list(seen)

    def closest(self, name: str, limit: int = 5) -> list[str]:
        """Names that resemble an unknown one, for 'did you mean' messages: one name an economy (Perú and PE
        were offered side by side)."""
        names = [alias for economy in self.economies for alias in economy.all_names]
        return closest_of_each(name, names, self.resolve, limit, cutoff=0.4)


@cache
def registry() -> EconomyRegistry:
    """The registry built from resources/economies.json (loaded once)."""
    data = load_json("economies.json")
    return EconomyRegistry(
        [Economy(row["code"], row["zh"], row["en"], tuple(row.get("aliases", ()))) for row in data["economies"]],
        data.get("side_names_not_before", ""),
    )
