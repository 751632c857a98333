"""Postings records: what a document's rows hold, and which tokens have postings at all."""

from __future__ import annotations

import numpy as np

from desktop_app.core.library import Library
from desktop_app.search import postings


def test_rows_hold_weighted_frequencies_lengths_and_tags() -> None:
    entries = [
        postings.SectionEntry(7, (["频谱"], ["频谱", "管理", "频谱"], []), ("economy:KR",)),
        postings.SectionEntry(9, ([], ["管理"], ["频谱"]), ("economy:KR", "kind:trip_report")),
    ]
    written = postings.document_postings(35, entries)
    assert {block for _key, block, _records in written.rows} == {35 // postings.BLOCK_DOCUMENTS}
    rows = {key: postings.decode([records]) for key, _block, records in written.rows}
    assert (written.sections, written.tokens) == (2, 6)
    spectrum = rows["频谱"]
    assert spectrum["section"].tolist() == [7, 9]
    assert spectrum["frequency"].tolist() == [8 + 2, 4]  # heading 8, body 1, title 4 a token
    assert spectrum["length"].tolist() == [4, 2]
    assert rows["economy:KR"]["section"].tolist() == [7, 9]  # reading order
    assert rows["economy:KR"].view(postings.TAGGED)["document"].tolist() == [35, 35]
    assert rows["kind:trip_report"]["section"].tolist() == [9]


def test_only_tokens_fts5_holds_as_written_have_postings() -> None:
    assert postings.is_key("频谱") and postings.is_key("ipv") and postings.is_key("2024")
    assert not postings.is_key("élysée")
    written = postings.document_postings(1, [postings.SectionEntry(1, ([], ["élysée", "ok"], []), ())])
    assert [key for key, _d, _r in written.rows] == ["ok"]


def test_records_come_back_in_section_order() -> None:
    later = postings.document_postings(2, [postings.SectionEntry(20, ([], ["x"], []), ())]).rows[0][2]
    earlier = postings.document_postings(1, [postings.SectionEntry(4, ([], ["x"], []), ())]).rows[0][2]
    records, sections = postings.by_section(postings.decode([later, earlier]))
    assert records["section"].tolist() == sections.tolist() == [4, 20]


def test_a_key_read_back_from_the_library_file_keeps_every_byte(library: Library) -> None:
    """Section ids and counts whose bytes hold NUL and non-UTF-8 values survive SQLite's appending to a row
    and joining of rows."""
    sections = [(0x00FF00FF, 1, 0), (0x01000000, 0xFFFF, 0xFF00), (0xFFFFFFFE, 0, 1)]
    blobs = {document: np.array([record], dtype=postings.RECORD).tobytes() for document, record in enumerate(sections, start=1)}
    with library.engine.begin() as connection:
        connection.exec_driver_sql(
            postings.APPEND, [("x", postings.block_of(document), blob) for document, blob in blobs.items()]
        )
        connection.exec_driver_sql(postings.APPEND, [("x", postings.block_of(99), blobs[1])])
        (joined,) = connection.exec_driver_sql(postings.READ_KEY, ("x",)).fetchone()
        (missing,) = connection.exec_driver_sql(postings.READ_KEY, ("y",)).fetchone()
    assert joined == b"".join(blobs[document] for document in sorted(blobs)) + blobs[1]
    assert postings.decode([joined]).tolist() == [*sections, sections[0]]
    assert missing is None


def test_word_records_count_words_by_column_and_carry_the_weighted_word_length() -> None:
    entries = [
        postings.SectionEntry(4, (["频谱"], ["频谱"], []), (), (["频谱"], ["频谱", "管理", "频谱"], [])),
        postings.SectionEntry(5, ([], ["管理"], ["频谱"]), (), ([], ["管理"], ["频谱", "政策"])),
    ]
    written = postings.document_postings(1, entries)
    rows = {key: postings.decode([records]) for key, _document, records in written.rows}
    assert written.words == (8 * 1 + 3) + (1 + 4 * 2)
    spectrum = rows["word:频谱"]
    assert spectrum["section"].tolist() == [4, 5]
    assert spectrum["frequency"].tolist() == [8 + 2, 4]
    assert spectrum["length"].tolist() == [11, 9]
    assert rows["频谱"]["length"].tolist() == [2, 2]  # substring tokens keep their own, unweighted length
    assert "word:政策" in rows and "政策" not in rows


def test_pair_records_count_by_column_and_carry_the_token_length() -> None:
    entry = postings.SectionEntry(3, (["5", "g"], ["5", "g", "专网", "网"], []), (), pairs=(["5 g"], ["5 g"], []))
    rows = {key: postings.decode([records]) for key, _block, records in postings.document_postings(1, [entry]).rows}
    assert rows["pair:5 g"].tolist() == [(3, 8 + 1, 6)]  # heading 8, body 1; six substring tokens
