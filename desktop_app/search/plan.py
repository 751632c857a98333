"""What a query's text becomes before any SQL runs, worked out once per distinct text.

Parsing, alias look-ups, cutting terms into index tokens, jieba words and snippet regexes depend only on the
text and on data shipped with TelRef (economies, topics, jieba's dictionary), never on the library, so a plan
is memoized: a window re-runs the same text on every filter change and while paging, and this work was a
large share of a search's time.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.search import snippets
from desktop_app.search.grams import Phrase
from desktop_app.search.query import ParsedQuery, Term, alias_names, parse
from desktop_app.search.spellings import forget_spellings, pattern_of, phrase_of, prepare_names, words_of

PLAN_CACHE = 256
# Each term's spellings, each as its jieba words and its weight (QueryPlan.words).
WordTerms = tuple[tuple[tuple[tuple[str, ...], float], ...], ...]
ALIAS_WEIGHT = 0.6


@dataclass(frozen=True)
class QueryPlan:
    match: str | None  # FTS5 expression over the substring index; None when nothing positive is searchable
    excluded: tuple[Phrase, ...]  # every spelling of every excluded term
    clauses: tuple[tuple[Phrase, ...], ...]  # each required clause's alternative phrases
    weights: tuple[tuple[float, ...], ...]  # each alternative's weight: 1 as typed, ALIAS_WEIGHT for another name
    owners: tuple[tuple[int, ...], ...]  # each alternative's term within its clause (a OR b: two terms)
    spellings: tuple[tuple[int, str], ...]  # every spelling of every required term, numbered by term
    clause_of_term: tuple[int, ...]  # each positive term's clause, in the numbering of spellings
    whole_pattern: snippets.TermPattern | None  # the positive words as one phrase, for the phrase boost
    typed: tuple[str, ...]  # every required term as the reader typed it

    @property
    def clause_count(self) -> int:
        return len(self.clauses)

    def words(self, unheld: Collection[Phrase] = ()) -> WordTerms:
        """Each term's spellings as jieba words with the spelling's weight, 1 for what the reader typed,
        ALIAS_WEIGHT for another name (loads the dictionary on first use; only ranked searches need them).
        A term scores as its best spelling (scoring.word_scores): 資通安全's other name 網路安全 would
        otherwise have added the common words 網路 and 安全 to every section about networks.

        Words of a spelling whose phrase is unheld (stands in no section the search could find) are left
        out: of Korea's twelve names, Republic of Korea would otherwise have given every section that holds
        "of" a share of Korea's score in a library where it stands nowhere."""
        spellings = tuple(
            (term, spelling) for term, spelling in self.spellings if not unheld or phrase_of(spelling) not in unheld
        )
        return _words(spellings, self.typed)

    def patterns(self, unheld: Collection[Phrase] = ()) -> tuple[tuple[int, snippets.TermPattern], ...]:
        """Each term's snippet patterns, numbered by term, without repeats (spellings that differ only in script
        or case, 韓國 and 韩国, make the same pattern, and each is a pass over every hit's text); none for a
        spelling whose phrase is unheld, which no hit holds (half of Korea's twelve names in the bench's
        library). A pattern is compiled on first use, so an unheld spelling's never is."""
        patterns: dict[tuple[int, snippets.TermPattern], None] = {}
        for number, spelling in self.spellings:
            if unheld and phrase_of(spelling) in unheld:
                continue
            pattern = pattern_of(spelling)
            if pattern is not None:
                patterns[(number, pattern)] = None
        return tuple(patterns)


@lru_cache(maxsize=PLAN_CACHE)
def plan_for(text: str) -> QueryPlan:
    parsed = parse(text)
    alternatives = [_weighted(clause) for clause in parsed.clauses]
    owners = [_owners(clause) for clause in parsed.clauses]
    return QueryPlan(
        match=parsed.gram_match(),
        excluded=tuple(phrase for term in parsed.excluded for phrase in term.phrases()),
        clauses=tuple(tuple(weighted) for weighted in alternatives),
        weights=tuple(tuple(weighted.values()) for weighted in alternatives),
        owners=tuple(tuple(owner[phrase] for phrase in weighted) for owner, weighted in zip(owners, alternatives)),
        spellings=tuple(
            (number, spelling) for number, term in enumerate(parsed.positive_terms()) for spelling in term.spellings
        ),
        clause_of_term=tuple(number for number, clause in enumerate(parsed.clauses) for _term in clause),
        whole_pattern=_whole_pattern(parsed),
        typed=tuple(term.typed for term in parsed.positive_terms()),
    )


def prepare_alias_names() -> None:
    """Work out every economy's and topic's names ahead of the first query naming one (spellings.py): 160
    names, about 5 ms, which the warm-up spends off the window's thread."""
    prepare_names(alias_names())


def forget_plans() -> None:
    """Drop every memoized plan, spelling and word list, as if no text had been searched since the warm-up
    (the search bench times a query mix's first searches twice, once per way of taking turns)."""
    plan_for.cache_clear()
    _words.cache_clear()
    forget_spellings()
    prepare_alias_names()


def _weighted(clause: list[Term]) -> dict[Phrase, float]:
    """A clause's alternative phrases with their weights: a phrase of the text as typed counts in full, one
    only another name gives (韓國 for Korea, cybersecurity for 資通安全) counts ALIAS_WEIGHT, so sections
    holding what the reader typed come first among equals."""
    weights: dict[Phrase, float] = {}
    for term in clause:
        typed = phrase_of(term.typed)
        for phrase in term.phrases():
            weights[phrase] = max(weights.get(phrase, 0.0), _name_weight(phrase == typed))
    return weights


def _owners(clause: list[Term]) -> dict[Phrase, int]:
    """Each of a clause's phrases → the first of its terms that gives it: a term's names score as its best
    one, not added up, so a section that names Korea three ways is not three times as much about it."""
    owners: dict[Phrase, int] = {}
    for number, term in enumerate(clause):
        for phrase in term.phrases():
            owners.setdefault(phrase, number)
    return owners


def _name_weight(as_typed: bool) -> float:
    return 1.0 if as_typed else ALIAS_WEIGHT


@lru_cache(maxsize=PLAN_CACHE)
def _words(spellings: tuple[tuple[int, str], ...], typed: tuple[str, ...]) -> WordTerms:
    """Each term's spellings' words in jieba's accurate mode, as in QueryPlan.words: a spelling's words
    without repeats, spellings with the same words once (at the higher weight)."""
    terms: dict[int, dict[tuple[str, ...], float]] = {}
    for term, spelling in spellings:
        words = tuple(dict.fromkeys(words_of(spelling)))
        if words:
            weights = terms.setdefault(term, {})
            weights[words] = max(weights.get(words, 0.0), _name_weight(spelling in typed))
    return tuple(tuple(weights.items()) for weights in terms.values())


def _whole_pattern(parsed: ParsedQuery) -> snippets.TermPattern | None:
    whole = parsed.whole_text()
    return pattern_of(whole) if whole else None
