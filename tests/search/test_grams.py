"""The substring index's tokens: what the indexer stores is what a query's phrase is cut into."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.search.folding import fold
from desktop_app.search.grams import Phrase, query_phrase, token_texts

_HAN_TEXT = st.text(alphabet=st.sampled_from(list("藍牙追蹤器华為頻譜資安アカ한글")), min_size=1, max_size=20)


def test_bigrams_of_a_run_broken_by_line_wraps_then_its_last_character() -> None:
    expected = ["蓝牙", "牙追", "追踪", "踪器", "器", "ipv", "6", "5", "925", "ghz"]
    assert token_texts(fold("藍牙追\n蹤器 IPv6，5.925GHz")) == expected


@given(_HAN_TEXT)
def test_a_run_is_its_bigrams_then_its_last_character(run: str) -> None:
    assert token_texts(run) == [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


@given(_HAN_TEXT, _HAN_TEXT, st.sampled_from([" ", "\n", "\r\n", " \n "]))
def test_white_space_inside_a_run_changes_none_of_its_tokens(first: str, second: str, wrap: str) -> None:
    assert token_texts(first + wrap + second) == token_texts(first + second)


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("華為", Phrase(("华为",))),  # the run's last character is already in its last bigram
        ("華", Phrase(("华",), prefix=True)),  # one character: a prefix of whatever follows in the text
        ("發展5G", Phrase(("发展", "展", "5", "g"))),  # kept where more tokens follow
        ("5G發", Phrase(("5", "g", "发"), prefix=True)),
        ("發展，展", Phrase(("发展", "展", "展"), prefix=True)),  # a run of its own after punctuation
        ("藍牙追\n蹤器", Phrase(("蓝牙", "牙追", "追踪", "踪器"))),
        ("，。", None),
    ],
)
def test_a_query_becomes_the_phrase_of_its_tokens(query: str, phrase: Phrase | None) -> None:
    assert query_phrase(fold(query)) == phrase
