"""First-stage search: every section a query matches, and its BM25 over the substring index, in one NumPy pass.

A query is clauses that must all match, each a set of alternative phrases (plan.py), and excluded phrases.
A phrase of one plain token (a Chinese bigram, a Latin word, a number) is answered by its postings alone: they
are exactly the sections that hold it. Any other phrase (several tokens in order, a prefix) is matched by the
FTS5 substring index, whose match list comes back as one string of ids, and only where some section holds
all its tokens and neither the jieba words (Scorer._held_as_word) nor the pairs of a number and a Latin word
(grams.mixed_pairs, for 5G) already prove which do. Filters are postings too (postings.py tags), so a filter
is an intersection, not a look-up per row.

A phrase scores the mean BM25 of its tokens (so a long phrase weighs what a word does); one term's names score
as the best of them, the terms of a clause (a OR b) add up, and clauses add up: BM25 with FTS5's constants (k1 1.2, b 0.75), lengths and frequencies column-weighted as the
substring index's bm25() weighted them. word_scores adds BM25 of the query's jieba words from the word
postings, lengths in words, so 資安 counts where jieba found it as a word and not inside 物資安全.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

from desktop_app.search import postings
from desktop_app.search.grams import Phrase
from desktop_app.search.kept_postings import KeptPostings
from desktop_app.search.library_state import Totals, read_totals
from desktop_app.search.rerank import B, K1
from desktop_app.search.sorted_ids import contains, positions
from desktop_app.search.filters import Tag
from desktop_app.search.tags import pair_key, word_key

if TYPE_CHECKING:
    from desktop_app.search.plan import WordTerms

_IDS = np.int64
_NOTHING = '""'  # an FTS5 expression that matches no row, and still reads the index's structure
STARTING_WORDS = 8  # the most words starting with a phrase read instead of asking FTS5


@dataclass(frozen=True)
class Matches:
    """Matching section ids (ascending) and their scores, higher is better."""

    ids: np.ndarray
    scores: np.ndarray

    @classmethod
    def empty(cls) -> Matches:
        return cls(np.zeros(0, dtype=_IDS), np.zeros(0))

    def scaled(self, factor: float) -> Matches:
        return self if factor == 1.0 else Matches(self.ids, self.scores * factor)

    def top(self, count: int, tie_rank: Callable[[np.ndarray], np.ndarray] | None = None) -> list[tuple[int, float]]:
        """The best count (section id, score), best first; equal scores by tie_rank of their ids (lower
        first) when given, then in section order."""
        if count <= 0 or not len(self.ids):
            return []
        if count < len(self.ids):
            chosen = np.argpartition(-self.scores, count - 1)[:count]
            threshold = self.scores[chosen].min()
            chosen = np.flatnonzero(self.scores >= threshold)  # every tie at the cut: the order picks among them
        else:
            chosen = np.arange(len(self.ids))
        ids, scores = self.ids[chosen], self.scores[chosen]
        keys = (ids, -scores) if tie_rank is None else (ids, tie_rank(ids), -scores)
        order = np.lexsort(keys)[:count]
        return list(zip(ids[order].tolist(), scores[order].tolist()))


class Scorer:
    """Answers one search: postings are read once per key and kept for the length of the search (and for
    later searches, in the KeptPostings given)."""

    def __init__(
        self,
        cursor: sqlite3.Cursor,
        totals: Callable[[], Totals] | None = None,
        at_hand: Callable[[str], np.ndarray | None] | None = None,
        kept: KeptPostings | None = None,
    ) -> None:
        """totals reads the library's totals (read_totals unless given); at_hand gives a key's stored records
        when they are already in memory (LibraryState.kind_records), or None to read them; kept holds what
        earlier searches on the same version of the library decoded (LibraryState.kept_postings), and takes
        what this one decodes."""
        self.cursor = cursor
        self._read_totals = totals or (lambda: read_totals(cursor))
        self._at_hand = at_hand or (lambda _key: None)
        self._kept = kept if kept is not None else KeptPostings(budget_bytes=0)
        self._records: dict[str, np.ndarray] = {}
        self._sections: dict[str, np.ndarray] = {}
        self.unheld: set[Phrase] = set()  # phrases scored that stand in no allowed section (QueryPlan.words)
        self._unfiltered: dict[Phrase, np.ndarray] = {}  # each phrase scored: every section holding it, unfiltered

    def read_ahead(self) -> None:
        """Run each of the statements a search may run, on nothing: they are compiled into the cursor's
        connection's statement cache, and FTS5 reads its index's structure (0.5 ms of a first phrase search)."""
        self.fts_ids(_NOTHING)
        self.stored("")
        self._sections_of_words_starting(postings.LAST_CHARACTER)

    @cached_property
    def _totals(self) -> Totals:
        """Asked for only by searches that score (browsing needs none of it)."""
        return self._read_totals()

    @property
    def sections(self) -> int:
        return self._totals[0]

    def _average(self, total: int) -> float:
        return total / self.sections if self.sections and total else 1.0

    def records(self, key: str) -> np.ndarray:
        """The key's records in section order (empty when no section holds it)."""
        found = self._records.get(key)
        if found is None:
            decoded = self._kept.get(key)
            if decoded is None:
                decoded = self._kept.keep(key, postings.by_section(self.stored(key)))
            found, self._sections[key] = decoded
            self._records[key] = found
        return found

    def stored(self, key: str) -> np.ndarray:
        """The key's records as stored: each document's together, in reading order."""
        held = self._at_hand(key)
        if held is not None:
            return held
        (joined,) = self.cursor.execute(postings.READ_KEY, (key,)).fetchone()
        return postings.decode([joined] if joined else [])

    def sections_of(self, key: str) -> np.ndarray:
        """The sections holding the key, ascending."""
        found = self._sections.get(key)
        if found is None:
            self.records(key)
            found = self._sections[key]
        return found

    def stored_any(self, tag: Tag) -> np.ndarray:
        """A tag's records as stored, or its alternatives' one after another (each document's still together)."""
        if isinstance(tag, str):
            return self.stored(tag)
        return np.concatenate([self.stored(alternative) for alternative in tag])

    def tagged(self, tags: list[Tag]) -> np.ndarray | None:
        """Sections carrying every tag (one of a tag's alternatives), ascending; None when there are no tags."""
        allowed = None
        for tag in tags:
            ids = self.sections_of(tag) if isinstance(tag, str) else _sorted_unique(
                np.concatenate([self.sections_of(alternative) for alternative in tag])
            )
            allowed = ids if allowed is None else _intersect(allowed, ids)
        return allowed

    def fts_ids(self, expression: str) -> np.ndarray:
        """Sections the FTS5 substring index matches, ascending."""
        joined = self.cursor.execute(
            "SELECT group_concat(rowid) FROM search_grams WHERE search_grams MATCH ?", (expression,)
        ).fetchone()[0]
        if not joined:
            return np.zeros(0, dtype=_IDS)
        return _sorted_unique(np.fromstring(joined, dtype=_IDS, sep=","))

    def holding(self, phrase: Phrase) -> np.ndarray:
        """Sections holding the phrase, ascending. A plain token's are its postings, and so are a number and a
        Latin word side by side (5G: grams.mixed_pairs); a longer phrase (or a prefix) is asked of FTS5, but
        only when some section holds every one of its tokens that has postings: a phrase needs all its
        tokens, and most alias spellings stand in no section at all."""
        plain = _plain_token(phrase)
        if plain is not None:
            return self.sections_of(plain)
        pair = phrase.mixed_pair()
        if pair is not None:
            return self.sections_of(pair_key(pair))
        kept = self._kept.get(phrase)
        if kept is None:
            kept = self._kept.keep(phrase, (self._holding_phrase(phrase),))
        return kept[0]

    def _holding_phrase(self, phrase: Phrase) -> np.ndarray:
        """Sections holding a phrase of several tokens (or a prefix), ascending."""
        common: np.ndarray | None = None
        for token in _scored_tokens(phrase):
            common = self.sections_of(token) if common is None else _intersect(common, self.sections_of(token))
            if not len(common):
                return common
        if common is not None and self._held_as_word(phrase, common):
            return common
        return self.fts_ids(phrase.fts())

    def _held_as_word(self, phrase: Phrase, common: np.ndarray) -> bool:
        """Whether every section holding all of a Chinese phrase's bigrams holds its text as a jieba word, or
        at the start of one (資通安全署). jieba finds a word only where its text stands (those sections ⊆ the
        phrase's ⊆ common), so equal sets leave FTS5 nothing to rule out, and its phrase matching (0.2-0.5 ms)
        is skipped. The word's postings are read anyway when the phrase is also a word of the query, as it
        usually is; the longer words' only when the word alone falls short."""
        text = phrase.chinese_text()
        if text is None:
            return False
        words = self.sections_of(word_key(text))
        if len(words) < len(common):
            words = self._sections_of_words_starting(text)
        return len(words) == len(common) and bool(contains(common, words).all())

    def _sections_of_words_starting(self, text: str) -> np.ndarray:
        """Sections holding a jieba word that starts with text, ascending; empty when more than
        STARTING_WORDS words do (reading them all would cost what FTS5 does)."""
        start = word_key(text)
        rows = self.cursor.execute(
            postings.READ_KEYS_STARTING, (start, start + postings.LAST_CHARACTER, STARTING_WORDS + 1)
        ).fetchall()
        if not rows or len(rows) > STARTING_WORDS:
            return np.zeros(0, dtype=_IDS)
        return _sorted_unique(np.concatenate([postings.decode([joined])["section"].astype(_IDS) for (joined,) in rows]))

    def matches(
        self,
        clauses: tuple[tuple[Phrase, ...], ...],
        excluded: tuple[Phrase, ...],
        tags: list[Tag],
        weights: tuple[tuple[float, ...], ...],
        owners: tuple[tuple[int, ...], ...],
    ) -> Matches:
        """Sections holding every clause, none of the excluded, every tag, each with its score: of each term,
        its best alternative's score times that alternative's weight; of a clause, its terms' added up (weights
        and owners, each alternative's term, given alongside clauses)."""
        result: Matches | None = None
        allowed = self.tagged(tags)
        for number, (clause, scales) in enumerate(zip(clauses, weights)):
            scored = [self.phrase(phrase, allowed).scaled(scale) for phrase, scale in zip(clause, scales)]
            found = _union([self._term(clause, scored, names) for names in _names_by_term(owners[number])])
            result = found if result is None else _both(result, found)
            if not len(result.ids):
                break
        if result is None:
            return Matches.empty()
        if excluded and len(result.ids):
            keep = ~self.holding_any(excluded, result.ids)
            result = Matches(result.ids[keep], result.scores[keep])
        return result

    def _term(self, clause: tuple[Phrase, ...], scored: list[Matches], names: list[int]) -> Matches:
        """One term's names (their indexes in clause and scored) as one: every section holding any, with its
        best name's score. Each name is scored with the term's rarity, not its own: the sections holding any of
        a term's names are what the term finds, and a rare other name (Peru in a Chinese library, NCC beside
        國家通訊傳播委員會) had BM25's large weight of a rare word and outranked the name the reader typed.
        Counted in the whole library, as BM25 counts, whatever filter narrows the search."""
        if len(names) == 1:
            return _union([scored[names[0]]])
        held = _sorted_unique(np.concatenate([self._unfiltered[clause[index]] for index in names]))
        term_idf = self._idf(len(held))
        alike = []
        for index in names:
            own = len(self._unfiltered[clause[index]])
            rescaled = own > 0 and len(scored[index].ids) > 0
            alike.append(scored[index].scaled(term_idf / self._idf(own)) if rescaled else scored[index])
        return _union(alike, best=True)

    def holding_any(self, phrases: tuple[Phrase, ...], ids: np.ndarray) -> np.ndarray:
        """For each of ids, whether its section holds any of the phrases."""
        found = np.zeros(len(ids), dtype=bool)
        for phrase in phrases:
            found |= contains(self.holding(phrase), ids)
        return found

    def phrase(self, phrase: Phrase, allowed: np.ndarray | None) -> Matches:
        """Sections holding the phrase (within allowed, when given), scored by its tokens' mean BM25."""
        plain = _plain_token(phrase)
        if plain is not None:
            holding = self.records(plain)  # exactly the sections holding the token: score them directly
            self._unfiltered[phrase] = self.sections_of(plain)
            chosen = holding if allowed is None else holding[contains(allowed, self.sections_of(plain))]
            if not len(chosen):
                self.unheld.add(phrase)
            return Matches(chosen["section"].astype(_IDS), self._bm25_of(chosen, len(holding)))
        scored = _scored_tokens(phrase)
        ids = self._unfiltered[phrase] = self.holding(phrase)
        if allowed is not None:
            ids = ids[contains(allowed, ids)]
        if not len(ids):
            self.unheld.add(phrase)
        scores = np.zeros(len(ids))
        for token in scored:
            scores += self._bm25(token, ids)
        if scored:
            scores /= len(scored)
        return Matches(ids, scores)

    def word_scores(self, terms: WordTerms, ids: np.ndarray) -> np.ndarray:
        """BM25 of the query's jieba words in each of ids (0 where a section holds none of them): of each term,
        its best spelling's (the BM25 of its words added up, times its weight), the terms' added up. From the
        word postings: frequencies and lengths column-weighted, averages over the library."""
        scores = np.zeros(len(ids))
        average = self._average(self._totals[2])
        by_word: dict[str, np.ndarray] = {}
        for spellings in terms:
            best: np.ndarray | None = None
            for words, weight in spellings:
                spelling = np.zeros(len(ids))
                for word in words:
                    if word not in by_word:
                        by_word[word] = self._bm25(word_key(word), ids, average)
                    spelling += by_word[word]
                spelling *= weight
                best = spelling if best is None else np.maximum(best, spelling)
            if best is not None:
                scores += best
        return scores

    def _bm25(self, key: str, ids: np.ndarray, average: float | None = None) -> np.ndarray:
        """The key's BM25 in each of ids (0 where a section does not hold it as a whole token)."""
        records = self.records(key)
        result = np.zeros(len(ids))
        if not len(records) or not len(ids):
            return result
        at, present = positions(self.sections_of(key), ids)
        result[present] = self._bm25_of(records[at[present]], len(records), average)
        return result

    def _bm25_of(self, chosen: np.ndarray, document_frequency: int, average: float | None = None) -> np.ndarray:
        """BM25 of a key in the sections of its chosen records, which document_frequency sections hold; the
        average length is the substring tokens' unless given."""
        average = self._average(self._totals[1]) if average is None else average
        frequency = chosen["frequency"].astype(np.float64)
        norm = (K1 * B / average) * chosen["length"] + K1 * (1 - B)
        return self._idf(document_frequency) * (K1 + 1) * frequency / (frequency + norm)

    def _idf(self, frequency: int) -> float:
        return math.log(1 + (self.sections - frequency + 0.5) / (frequency + 0.5))


def _scored_tokens(phrase: Phrase) -> list[str]:
    """The phrase's tokens that stand whole and have postings (a prefix phrase's last token may begin a
    longer one): the ones its score and its pre-check for FTS5 read."""
    whole = phrase.tokens[:-1] if phrase.prefix else phrase.tokens
    return [token for token in whole if postings.is_key(token)]


def _plain_token(phrase: Phrase) -> str | None:
    """The phrase's one token when its postings alone answer it (one whole token that has postings)."""
    if len(phrase.tokens) == 1 and not phrase.prefix and postings.is_key(phrase.tokens[0]):
        return phrase.tokens[0]
    return None


def _sorted_unique(ids: np.ndarray) -> np.ndarray:
    """ids ascending without repeats; a sort of already sorted runs (np.unique hashes first: slower here)."""
    if len(ids) > 1 and not bool(np.all(ids[1:] > ids[:-1])):
        ids = np.sort(ids, kind="stable")
        ids = ids[np.concatenate(([True], ids[1:] != ids[:-1]))]
    return ids


def _intersect(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    return first[contains(second, first)]


def _union(parts: list[Matches], best: bool = False) -> Matches:
    """Sections holding any part, with the parts' scores added up (or the best of them)."""
    parts = [part for part in parts if len(part.ids)]
    if len(parts) == 1:
        return parts[0]
    if not parts:
        return Matches.empty()
    ids = _sorted_unique(np.concatenate([part.ids for part in parts]))
    scores = np.zeros(len(ids))
    for part in parts:
        at = np.searchsorted(ids, part.ids)  # a part's ids are unique: no place is written twice
        if best:
            scores[at] = np.maximum(scores[at], part.scores)
        else:
            scores[at] += part.scores
    return Matches(ids, scores)


def _names_by_term(owners: tuple[int, ...]) -> list[list[int]]:
    """A clause's alternatives (their indexes) grouped by the term each is a name of, terms in order."""
    terms: dict[int, list[int]] = {}
    for index, owner in enumerate(owners):
        terms.setdefault(owner, []).append(index)
    return list(terms.values())


def _both(first: Matches, second: Matches) -> Matches:
    at, present = positions(second.ids, first.ids)
    return Matches(first.ids[present], first.scores[present] + second.scores[at[present]])
