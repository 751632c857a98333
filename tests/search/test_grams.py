"""The substring index's tokens: what the indexer stores is what a query's phrase is cut into."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.search.folding import fold
from desktop_app.search.grams import Phrase, mixed_pairs, query_phrase, token_texts

_HAN_TEXT = st.text(alphabet=st.sampled_from(list("藍牙追蹤器华為頻譜資安アカ한글")), min_size=1, max_size=20)


def test_bigrams_of_a_run_broken_by_a_space_then_its_last_character() -> None:
    expected = ["蓝牙", "牙追", "追踪", "踪器", "器", "ipv", "6", "5", "925", "ghz"]
    assert token_texts(fold("藍牙追 蹤器 IPv6，5.925GHz")) == expected


@given(_HAN_TEXT)
def test_a_run_is_its_bigrams_then_its_last_character(run: str) -> None:
    assert token_texts(run) == [run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]]


@given(_HAN_TEXT, _HAN_TEXT)
def test_one_space_inside_a_run_changes_none_of_its_tokens(first: str, second: str) -> None:
    """A PDF's wrap or spacing (巴布亞紐 幾內亞)."""
    assert token_texts(fold(first + " " + second)) == token_texts(fold(first + "\u3000" + second))
    assert token_texts(fold(first + " " + second)) == token_texts(fold(first + second))


@given(_HAN_TEXT, _HAN_TEXT, st.sampled_from(["\n", "\r\n", " \n ", "  ", "\t", " " * 20]))
def test_a_line_break_or_column_spacing_ends_a_run(first: str, second: str, gap: str) -> None:
    """After reflow a line break parts paragraphs, a caption from its source line (經驗 / 資料來源), and spaces
    part a flattened table's columns: no bigram spans them."""
    assert token_texts(first + gap + second) == token_texts(first) + token_texts(second)


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("華為", Phrase(("华为",))),  # the run's last character is already in its last bigram
        ("華", Phrase(("华",), prefix=True)),  # one character: a prefix of whatever follows in the text
        ("發展5G", Phrase(("发展", "展", "5", "g"))),  # kept where more tokens follow
        ("5G發", Phrase(("5", "g", "发"), prefix=True)),
        ("發展，展", Phrase(("发展", "展", "展"), prefix=True)),  # a run of its own after punctuation
        ("藍牙追 蹤器", Phrase(("蓝牙", "牙追", "追踪", "踪器"))),
        ("，。", None),
    ],
)
def test_a_query_becomes_the_phrase_of_its_tokens(query: str, phrase: Phrase | None) -> None:
    assert query_phrase(fold(query)) == phrase


def test_every_character_a_token_holds_is_a_token_character_to_fts5() -> None:
    """FTS5 reads a row as these tokens joined by spaces: each must stay at least one token to its unicode61
    tokenizer, or two tokens on either side of it would meet in FTS5's phrases and not in mixed_pairs."""
    import sqlite3

    rows = []
    for code in range(0x110000):
        character = chr(code)
        if character.isalnum() and not 0xD800 <= code < 0xE000:
            rows.extend(token_texts(fold(character)))
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE grams USING fts5(body, content = '', tokenize = 'unicode61 remove_diacritics 2')")
    connection.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(grams, 'instance')")
    connection.executemany("INSERT INTO grams(rowid, body) VALUES (?, ?)", enumerate(rows, start=1))
    holding = {row for (row,) in connection.execute("SELECT DISTINCT doc FROM terms")}
    lost = [f"U+{ord(token[0]):04X}" for row, token in enumerate(rows, start=1) if row not in holding]
    assert len(rows) > 100_000 and not lost, lost[:20]


def test_a_number_beside_a_latin_word_is_a_mixed_pair_either_way_round() -> None:
    joined = " ".join(token_texts(fold("5G專網、IPv6 與 SATRIA-1；25G 5 G ᦰ 4G5 3.5GHz Ab12")))
    # Apart or not, as FTS5 sees them: 25G 5 G ᦰ 4G5 gives 25 g, g 5, 5 g, g 4 (ᦰ is no token), 4 g, g 5.
    expected = ["5 g", "ipv 6", "satria 1", "25 g", "g 5", "5 g", "g 4", "4 g", "g 5", "5 ghz", "ab 12"]
    assert mixed_pairs(joined) == expected
    assert mixed_pairs("5٣ g ab") == mixed_pairs("蓝牙 5") == []
    assert [query_phrase(fold(text)).mixed_pair() for text in ("5G", "IPv6", "SATRIA-1", "g5")] == ["5 g", "ipv 6", "satria 1", "g 5"]
    assert [query_phrase(fold(text)).mixed_pair() for text in ("5G專網", "5.9", "Open RAN", "4G5")] == [None] * 4
