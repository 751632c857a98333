"""The substring index's tokens: overlapping Chinese character bigrams plus Latin words and numbers.

A run of Han (or kana/hangul) characters, which may be broken by white space as PDF line wraps leave it,
becomes its bigrams followed by its last character alone: 藍牙追蹤器 → 蓝牙 牙追 追踪 踪器 器. Any substring of
two or more characters is then a phrase of consecutive bigrams, wherever jieba would have cut the words.
The lone last character keeps a phrase exact across a run's end (發展5G → 发展 展 5 g) and lets a one-character
query be a prefix search. Latin letters and digits split at every change (IPv6 → ipv 6, 5.925GHz → 5 925 ghz).
Text is folded first (see folding.py), so 华为 and 華為 give the same tokens.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

HAN = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
_PIECES = re.compile(rf"(?P<han>[{HAN}](?:\s*[{HAN}])*)|[^\W\d_{HAN}]+|\d+|[^\W_{HAN}]")
_HAN_CHAR = re.compile(rf"[{HAN}]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int


def tokens(folded: str) -> list[Token]:
    """Every token of folded text with its span (the same span in the original text)."""
    result: list[Token] = []
    for piece in _PIECES.finditer(folded):
        if piece.lastgroup == "han":
            result.extend(_han_run_tokens(piece.group(), piece.start()))
        else:
            result.append(Token(piece.group(), piece.start(), piece.end()))
    return result


def token_texts(folded: str) -> list[str]:
    """The texts of tokens(folded), without spans: what the index stores. Making a Token per bigram was about
    7 % of the search index's share of an import."""
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


def _han_run_tokens(run: str, offset: int) -> list[Token]:
    if any(char.isspace() for char in run):
        chars = [(offset + index, char) for index, char in enumerate(run) if not char.isspace()]
    else:
        chars = list(enumerate(run, offset))
    grams = [
        Token(first + second, first_at, second_at + 1)
        for (first_at, first), (second_at, second) in zip(chars, chars[1:])
    ]
    last_at, last = chars[-1]
    grams.append(Token(last, last_at, last_at + 1))
    return grams


@dataclass(frozen=True)
class Phrase:
    """A query phrase for the substring index; prefix when it ends in a lone Han character."""

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        return '"' + " ".join(self.tokens) + '"' + (" *" if self.prefix else "")


def query_phrase(folded: str) -> Phrase | None:
    """The phrase that finds folded as a substring of indexed text; None when it has no searchable character.

    A Han run's lone last character is kept only when more tokens follow: at the end of the query the run may
    continue in the text, where that lone character is not a token.
    """
    found = tokens(folded)
    if not found:
        return None
    texts = [token.text for token in found]
    last = found[-1]
    if not _HAN_CHAR.fullmatch(last.text):
        return Phrase(tuple(texts))
    if len(found) > 1 and found[-2].end == last.end:  # the run's last bigram already ends here
        return Phrase(tuple(texts[:-1]))
    return Phrase(tuple(texts), prefix=True)
