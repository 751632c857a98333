"""The substring index's tokens: what the indexer stores is what a query's phrase is cut into."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.search.folding import fold
from desktop_app.search.grams import token_texts, tokens

_TEXT = st.text(alphabet=st.sampled_from(list("藍牙追蹤器华為ア한 \n\t5G.IPv6-é_，")), max_size=40)


def test_bigrams_of_a_run_broken_by_line_wraps_then_its_last_character() -> None:
    expected = ["蓝牙", "牙追", "追踪", "踪器", "器", "ipv", "6", "5", "925", "ghz"]
    assert token_texts(fold("藍牙追\n蹤器 IPv6，5.925GHz")) == expected


def test_the_indexers_texts_are_the_tokens_texts_on_the_seeds(sections) -> None:
    for section in sections:
        for value in (section.heading, section.text):
            folded = fold(value)
            assert token_texts(folded) == [token.text for token in tokens(folded)]


@given(_TEXT)
def test_the_indexers_texts_are_the_tokens_texts_on_any_text(text: str) -> None:
    folded = fold(text)
    assert token_texts(folded) == [token.text for token in tokens(folded)]
