"""A list's items stay apart however each is written: a sentence item numbered next after a titled one is an item
of the same list, not a paragraph of the one before it."""

from __future__ import annotations

from desktop_app.ingest.headings import follows, match_heading
from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.trip_report.recommendations import find_recommendations


def _heading(line: str):
    match = match_heading(line)
    assert match is not None
    return match


def test_an_item_follows_the_one_numbered_before_it_in_the_same_style() -> None:
    assert follows(_heading("三、積極參與"), _heading("二、強化合作"))
    assert follows(_heading("十一、議題"), _heading("十、議題"))
    assert follows(_heading("（3）議題"), _heading("(2)議題"))
    assert follows(_heading("第三節 大會"), _heading("第二節 議程"))
    assert not follows(_heading("四、議題"), _heading("二、議題")), "a skipped number"
    assert not follows(_heading("3.議題"), _heading("(2)議題")), "another style"


def test_a_sentence_item_after_titled_items_opens_its_own_section() -> None:
    outline = build_outline(
        ["第四章 心得與建議", "一、掌握詐騙防制：建議研議導入。", "二、強化海纜合作：建議交流。", "三、積極參與6G標準討論，爭取主辦研討會。"]
    )
    assert [(s.label, s.heading, s.text) for s in outline[1:]] == [
        ("一、", "掌握詐騙防制", "建議研議導入。"),
        ("二、", "強化海纜合作", "建議交流。"),
        ("三、", "積極參與6G標準討論", "爭取主辦研討會。"),
    ]
    assert [r.title for r in find_recommendations(outline)] == ["掌握詐騙防制", "強化海纜合作", "積極參與6G標準討論"]


def test_sentence_items_with_no_titled_item_before_them_stay_paragraphs() -> None:
    outline = build_outline(["四、心得及建議", "（一）AI治理已成焦點，建議持續參與。", "（二）建議研議合作，推動韌性計畫。"])
    assert len(outline) == 1
    assert [r.title for r in find_recommendations(outline)] == ["AI治理已成焦點", "建議研議合作"]


def test_a_list_opening_with_a_sentence_item_keeps_it_before_its_titled_items() -> None:
    outline = build_outline(["四、心得與建議", "（一）持續關注AI治理，並參與倡議。", "（二）強化合作：建議交流。"])
    assert [r.title for r in find_recommendations(outline)] == ["持續關注AI治理", "強化合作"]


def test_a_kind_that_splits_its_own_items_keeps_its_paragraphs() -> None:
    paragraphs = ["1. Opening", "2. The Chair welcomed members, and the agenda was adopted."]
    outline = build_outline(paragraphs, split=lambda match: ("", match.rest) if match.label == "2." else (match.rest, ""))
    assert [s.heading for s in outline] == ["Opening"]
