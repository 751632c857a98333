"""A list of economies' reports known by its items when its heading has no word for it, and not mistaken for one
when its items are talks headed by the speakers' economies."""

from __future__ import annotations

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.updates import find_updates


def _updates(text: str) -> list[tuple[str, str]]:
    outline = build_outline(reflow(text))
    return [(u.economy, u.text) for u in find_updates(outline, [])]


def test_a_list_of_economy_items_is_a_list_of_reports_whatever_its_heading() -> None:
    text = "（二）第一次大會\n2.各經濟體分享\n(1)南韓：韓方說明AI基本法草案。\n(2)星國：新加坡說明國家AI策略。\n(3)我國：本部說明海纜備援措施。"
    assert _updates(text) == [("KR", "韓方說明AI基本法草案。"), ("SG", "新加坡說明國家AI策略。"), ("TW", "本部說明海纜備援措施。")]


def test_paragraphs_opening_with_an_economy_and_a_colon_make_a_list() -> None:
    text = "一、大會\n（一）意見交流\n日本：日本說明光纖建設。\n美國：美國說明寬頻補助。"
    assert _updates(text) == [("JP", "日本說明光纖建設。"), ("US", "美國說明寬頻補助。")]


def test_a_policy_report_list_is_known_by_its_heading() -> None:
    text = "一、大會\n（一）經濟體政策報告\n1. 日本\n日本說明光纖建設。\n2. 美國\n美國說明寬頻補助。"
    assert [economy for economy, _text in _updates(text)] == ["JP", "US"]


def test_talks_headed_by_the_speakers_economies_are_no_updates() -> None:
    text = "（一）如何轉型到雲端\n1. 美國\n主任致詞時表示感謝。\n2. Fair Tech Institute\n專家提出觀點。\n3. 中國\n代表提出問題。"
    assert _updates(text) == []
