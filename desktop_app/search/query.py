"""Reading what a user typed: words, "quoted phrases", OR, -exclusions, economy and topic aliases.

Any string is a valid query. Nothing the user types reaches FTS5 as syntax: each term is cut into the substring
index's own tokens (grams.py) and written as a quoted phrase, so quotes, *, NEAR(, AND, parentheses and SQL
fragments are plain text; characters that form no token are dropped. Rules:

- words are all required: `藍牙 追蹤器` finds sections holding both, and so does `藍牙，追蹤器` (a list's
  punctuation parts words as a space does);
- `"a phrase"` must stand as written (white space and punctuation between its words are not compared);
- `a OR b` (capital OR) accepts either; `-word` or `-"a phrase"` excludes; an unclosed quote runs to the end;
- a word that names an economy in any language or script (Korea, 南韓, 韩国, KR) also finds its other names; a
  topic's label (spectrum, 頻譜, 频谱) also finds the topic's label in the other language and the names its
  sections say it with (詐騙防制: 詐騙, fraud); a company's or organisation's name (華為, NCC) its other names; a word in mainland wording
  (网络安全, 人工智能) also finds the Taiwan wording (網路安全, 人工智慧; regional.py); a Latin word that
  changes case inside also finds its parts written apart (OpenRAN: Open RAN). The other names count for a
  little less in ranking than what was typed (plan.ALIAS_WEIGHT).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

from desktop_app.core.economies import SIDE, Economy, registry
from desktop_app.core.topics import Topic, taxonomy
from desktop_app.search import synonyms
from desktop_app.search.folding import folded_name
from desktop_app.search.grams import Phrase
from desktop_app.search.regional import taiwan_spellings
from desktop_app.search.spellings import phrase_of

# A word ends at white space and at the punctuation a list is written with (華為，美國; 5G, Korea), except a
# comma between digits (1,000); inside quotes, everything stands as typed.
_PIECE = re.compile(r'(-?)"([^"]*)"?|((?:[^\s，、；;,]|(?<=\d),(?=\d))+)')
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


@dataclass(frozen=True)
class Term:
    """One thing to find: the text as typed and the other spellings that count as the same."""

    typed: str
    spellings: tuple[str, ...]

    def phrases(self) -> list[Phrase]:
        found = [phrase_of(spelling) for spelling in self.spellings]
        unique: dict[Phrase, None] = {phrase: None for phrase in found if phrase is not None}
        return list(unique)


@dataclass
class ParsedQuery:
    """Required clauses (each a list of alternatives), excluded terms, and the whole positive text as typed."""

    clauses: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    def positive_terms(self) -> list[Term]:
        return [term for clause in self.clauses for term in clause]

    def gram_match(self) -> str | None:
        """The FTS5 expression over the substring index; None when nothing searchable was typed."""
        groups = []
        for clause in self.clauses:
            alternatives = [phrase.fts() for term in clause for phrase in term.phrases()]
            if alternatives:
                groups.append("(" + " OR ".join(alternatives) + ")")
        if not groups:
            return None
        expression = " AND ".join(groups)
        excluded = [phrase.fts() for term in self.excluded for phrase in term.phrases()]
        if excluded:
            expression = f"({expression}) NOT ({' OR '.join(excluded)})"
        return expression

    def whole_text(self) -> str | None:
        """The positive words in order as one phrase, for the boost of sections that hold the query verbatim;
        None unless there are several words and no OR."""
        if len(self.clauses) < 2 or any(len(clause) > 1 for clause in self.clauses):
            return None
        return " ".join(clause[0].typed for clause in self.clauses)


def parse(text: str) -> ParsedQuery:
    """The query a user typed, read forgivingly (see the module docstring)."""
    query = ParsedQuery()
    whole = _aliases(text.strip())
    if whole is not None and " " in text.strip() and '"' not in text:
        query.clauses.append([whole])
        return query
    join_next = False
    for match in _PIECE.finditer(text):
        negated, quoted, word = match.group(1), match.group(2), match.group(3)
        if word == "OR":
            join_next = bool(query.clauses)
            continue
        if quoted is not None:
            term_text, exclude = quoted, bool(negated)
        elif word.startswith("-") and len(word) > 1:
            term_text, exclude = word[1:], True
        else:
            term_text, exclude = word, False
        term = _with_other_spellings(_aliases(term_text) or Term(term_text, (term_text,)))
        if not term.phrases():
            join_next = False
            continue
        if exclude:
            query.excluded.append(term)
        elif join_next:
            query.clauses[-1].append(term)
        else:
            query.clauses.append([term])
        join_next = False
    return query


def _aliases(text: str) -> Term | None:
    """A term with every name of the economy, topic, company or organisation (synonyms.py) that text names, in
    either script; None when it names none."""
    if not text:
        return None
    economy = _economy_named(text)
    if economy is not None:
        return Term(text, _unique((text, *_economy_names(economy))))
    topic = _topics_by_label().get(folded_name(text))
    if topic is not None:
        return Term(text, _unique((text, *_topic_names(topic))))
    others = synonyms.other_names(text)  # a company's or organisation's, typed in words: Ministry of Digital Affairs
    return Term(text, _unique((text, *others))) if others else None


def _economy_named(text: str) -> Economy | None:
    """The economy text names: by a name or alias as the registry holds it, or in the other script (巴布亚
    纽几内亚); an acronym only in capitals (US, not us)."""
    code = registry().resolve(text)
    economy = registry().get(code) if code else None
    if economy is not None and _names_economy(text, economy.all_names):
        return economy
    return _economies_by_name().get(folded_name(text))


@cache
def _economies_by_name() -> dict[str, Economy]:
    """Every economy name but acronyms, folded, → its economy."""
    return {
        folded_name(name): economy
        for economy in reversed(registry().economies)
        for name in economy.all_names
        if not (name.isupper() and name.isascii())
    }


@cache
def _topics_by_label() -> dict[str, Topic]:
    """Every topic's id and labels, folded, → the topic (a keyword is no label: 頻段 does not name spectrum)."""
    return {folded_name(name): topic for topic in reversed(taxonomy().topics) for name in (topic.id, topic.zh, topic.en)}


def alias_names() -> Iterator[str]:
    """Every name _aliases and _with_other_spellings may add to a term: each economy's and each topic's names
    in both languages, and every name of the synonyms table."""
    for economy in registry().economies:
        yield from _economy_names(economy)
    for topic in taxonomy().topics:
        yield from _topic_names(topic)
    yield from synonyms.all_names()


def _economy_names(economy: Economy) -> tuple[str, ...]:
    """The names a search for the economy also looks for: not its side's (美方, 加方), which as substrings
    stand in words that name no economy (完美方案, 增加方式); a section that says 美方 is tagged with the
    economy all the same (economies.py tells the two apart), so the economy filter finds it."""
    return tuple(name for name in (economy.zh, economy.en, *economy.aliases) if not name.endswith(SIDE))


def _topic_names(topic: Topic) -> tuple[str, ...]:
    """Its labels and the names its sections say it with where the label is a heading's phrase (topics.json
    search_names: 詐騙防制 → 詐騙, 防詐; 人工智慧 → 人工智能, AI)."""
    return (topic.zh, topic.en, *topic.search_names)


def _with_other_spellings(term: Term) -> Term:
    """The term, also spelt in Taiwan wording where it uses mainland words (regional.py: 网络 → 網路), with the
    other names of what that wording names (人工智能 → 人工智慧, a topic's label → Artificial intelligence), and
    with a Latin word that changes case inside split there (OpenRAN → Open RAN, eSIM → e SIM)."""
    split = _CAMEL_CASE.sub(" ", term.typed)
    extra: list[str] = [split] if split != term.typed else []
    for spelling in taiwan_spellings(term.typed):
        named = _aliases(spelling)
        extra.extend(named.spellings if named else (spelling,))
    return Term(term.typed, _unique((*term.spellings, *extra))) if extra else term


def _names_economy(text: str, names: tuple[str, ...]) -> bool:
    """Capitals count for acronyms: US and PNG name economies, the English words us and png do not (typed
    full-width, ＫＲ is KR)."""
    plain = unicodedata.normalize("NFKC", text).strip()
    for name in names:
        if name.isupper() and name.isascii():
            if plain == name:
                return True
        elif text.strip().casefold() == name.casefold():
            return True
    return False


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(name for name in names if name))
