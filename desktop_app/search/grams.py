"""The substring index's tokens: overlapping Chinese character bigrams plus Latin words and numbers.

A run of Han (or kana/hangul) characters, which may be broken by one space as PDF line wraps leave it (HAN_GAP),
becomes its bigrams followed by its last character alone: 藍牙追蹤器 → 蓝牙 牙追 追踪 踪器 器. Any substring of
two or more characters is then a phrase of consecutive bigrams, wherever jieba would have cut the words.
The lone last character keeps a phrase exact across a run's end (發展5G → 发展 展 5 g) and lets a one-character
query be a prefix search. Latin letters and digits split at every change (IPv6 → ipv 6, 5.925GHz → 5 925 ghz).
Text is folded first (see folding.py), so 华为 and 華為 give the same tokens.

FTS5 reads a row as these tokens joined by spaces, and every one of them is a token to its unicode61 tokenizer
too (tests/search/test_grams.py checks every character): so two tokens side by side here are side by side in
FTS5's phrase matching, which lets mixed_pairs answer two-token Latin phrases such as 5G without it.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
# Letters to Python that SQLite's unicode61 tables (older Unicode) read as separators: New Tai Lue vowel signs
# and two Vedic signs, since recategorised from marks to letters. Left out of tokens, as FTS5 would leave them.
_SEPARATORS_TO_FTS5 = "\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3"
# Within a run of Han characters, one space as a PDF's line wrap or its spacing leaves between two of them
# (巴布亞紐 幾內亞); not a line break, which after reflow parts paragraphs, captions and rows (經驗 / 資料來源), nor
# the spaces that part a flattened table's columns. A single line break was bridged until migration 0007.
HAN_GAP = " ?"
_PIECES = re.compile(
    rf"(?P<han>[{HAN}](?:{HAN_GAP}[{HAN}])*)|[^\W\d_{HAN}{_SEPARATORS_TO_FTS5}]+|\d+|[^\W_{HAN}{_SEPARATORS_TO_FTS5}]"
)
_HAN_CHAR = re.compile(rf"[{HAN}]")
_HAN_PAIR = re.compile(rf"[{HAN}]{{2}}")
# A number next to a Latin word in a row of tokens joined by spaces, either way round: 5 g, ipv 6, satria 1.
_MIXED_PAIR = re.compile(r"[0-9]+ [a-zA-Z]+|[a-zA-Z]+ [0-9]+")
_MIXED_PAIRS = re.compile(rf"(?=(?<![^ ])({_MIXED_PAIR.pattern})(?![^ ]))")  # overlapping: 5 g 6 → 5 g, g 6


def token_texts(folded: str) -> list[str]:
    """The tokens of folded text, in order: what the index stores and what a query's phrase is cut into.
    Texts only: making a span object per bigram was about 7 % of the search index's share of an import."""
    result: list[str] = []
    for piece in _PIECES.finditer(folded):
        text = piece.group()
        if piece.lastgroup == "han":
            run = "".join(text.split()) if len(text) > 1 and not text.isalnum() else text
            result += map(operator.add, run, run[1:])
            result.append(run[-1])
        else:
            result.append(text)
    return result


@dataclass(frozen=True)
class Phrase:
    """A query phrase for the substring index; prefix when it ends in a lone Han character."""

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.tokens) + '"' + (" *" if self.prefix else "")

    def chinese_text(self) -> str | None:
        """The Chinese text a phrase of two or more chained bigrams spells (人工 工智 智慧 → 人工智慧); None for
        any other phrase."""
        tokens = self.tokens
        if self.prefix or len(tokens) < 2 or not all(_HAN_PAIR.fullmatch(token) for token in tokens):
            return None
        if any(before[1] != after[0] for before, after in zip(tokens, tokens[1:])):
            return None
        return tokens[0] + "".join(token[1] for token in tokens[1:])

    def mixed_pair(self) -> str | None:
        """The phrase as mixed_pairs writes it when it is one number and one Latin word (5G, IPv6,
        SATRIA-1); None for any other phrase."""
        joined = " ".join(self.tokens)  # tokens hold no space: two tokens or no match
        return joined if not self.prefix and _MIXED_PAIR.fullmatch(joined) else None


def mixed_pairs(joined: str) -> list[str]:
    """Each number and Latin word standing side by side in a row of tokens joined by spaces (5 g for 5G),
    either way round, as "number word" or "word number": the postings keep them (tags.pair_key), so a phrase
    of exactly such two tokens is answered without FTS5's phrase matching. 5 and g stand in most sections,
    which made 5G FTS5's slowest phrase (0.7 ms)."""
    return _MIXED_PAIRS.findall(joined)


def query_phrase(folded: str) -> Phrase | None:
    """The phrase that finds folded as a substring of indexed text; None when it has no searchable character.

    A Han run's lone last character is kept only when more tokens follow: at the end of the query the run may
    continue in the text, where that lone character is not a token.
    """
    texts = token_texts(folded)
    if not texts:
        return None
    if not _HAN_CHAR.fullmatch(texts[-1]):
        return Phrase(tuple(texts))
    # Every run ends in its lone character, so a bigram just before it is the same run's, ending here too.
    if len(texts) > 1 and len(texts[-2]) == 2 and _HAN_CHAR.match(texts[-2]):
        return Phrase(tuple(texts[:-1]))
    return Phrase(tuple(texts), prefix=True)
