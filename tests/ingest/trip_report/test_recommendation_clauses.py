"""A 心得與建議 written as one paragraph: one recommendation per clause that opens with 建議."""

from __future__ import annotations

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.recommendations import find_recommendations

from tests.ingest.trip_report.report_fixtures import parse_fixture


def _items(text: str) -> list[tuple[str, str]]:
    return [(item.title, item.text) for item in find_recommendations(build_outline(reflow(text)))]


def test_a_paragraph_of_several_recommendations_gives_one_a_clause() -> None:
    text = (
        "參、心得與建議\n本次部長會議為疫情後首次實體舉行，我國代表團積極參與宣言協商。建議持續掌握部長宣言後續之TELWG策略行動"
        "計畫修訂進度；並建議於下屆TELMM前預先研提我國可主導之倡議，以提升我國能見度。"
    )
    assert _items(text) == [
        ("持續掌握部長宣言後續之TELWG策略行動計畫修訂進度", ""),
        ("於下屆TELMM前預先研提我國可主導之倡議", "以提升我國能見度。"),
    ]


def test_a_wrapped_paragraph_of_recommendations_read_from_a_pdf() -> None:
    report = parse_fixture("desg3_pdf_quote_and_paragraph_advice.txt")
    assert [(item.title, item.text) for item in report.recommendations] == [
        ("持續派員出席DESG會議", "並與理念相近經濟體合作推動數位貿易規則"),
        ("本部就AIDER各項行動盤點我國執行成果", "於下次會議主動分享。"),
    ]


def test_a_word_of_recommending_inside_a_clause_opens_none() -> None:
    text = "參、心得與建議\n各經濟體建議秘書處簡化提案流程，此外，建議本部持續關注，以掌握趨勢。"
    assert _items(text) == [("本部持續關注", "以掌握趨勢。")]


def test_a_clause_introducing_a_list_is_no_item() -> None:
    assert _items("參、心得與建議\n綜上，建議如下：") == []


def test_numbered_items_are_still_the_items() -> None:
    text = "參、心得與建議\n一、持續參與國際會議，建議持續派員。\n二、強化合作，並建議交流。"
    assert [title for title, _text in _items(text)] == ["持續參與國際會議", "強化合作"]
