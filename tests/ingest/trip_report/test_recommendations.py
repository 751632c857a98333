"""The report's 心得與建議: its items, each with its own text and without the pictures that stand among them."""

from __future__ import annotations

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.recommendations import find_recommendations

ADVICE = """參、 心得與建議
一、 與會心得及建議
(一) 持續參與國際會議
建議持續派員參與，掌握各經濟體政策趨勢。
圖 9：我國代表團合影
資料來源：大會工作人員拍攝
(二) 強化資安人才培育
建議參考各經濟體作法。"""


def test_an_item_leaves_its_figures_captions_and_credits_out() -> None:
    items = [(item.title, item.text) for item in find_recommendations(build_outline(reflow(ADVICE)))]
    assert items == [
        ("持續參與國際會議", "建議持續派員參與，掌握各經濟體政策趨勢。"),
        ("強化資安人才培育", "建議參考各經濟體作法。"),
    ]


def test_the_section_keeps_the_figure_the_item_leaves_out() -> None:
    outline = build_outline(reflow(ADVICE))
    item = next(section for section in outline if section.heading == "持續參與國際會議")
    assert item.paragraphs[-2:] == ["圖 9：我國代表團合影", "資料來源：大會工作人員拍攝"]
