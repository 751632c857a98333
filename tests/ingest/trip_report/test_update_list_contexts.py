"""Economy-led items that are no country updates: a report's reflections, Taiwan's bilateral talks, a workshop's
speakers and a sentence naming several economies; while lists of economies' reports stay updates."""

from __future__ import annotations

from desktop_app.ingest.outline import build_outline
from desktop_app.ingest.reflow import reflow
from desktop_app.ingest.trip_report.updates import find_updates

from tests.ingest.trip_report.report_fixtures import parse_fixture


def _updates(text: str) -> list[tuple[str, str, str]]:
    outline = build_outline(reflow(text))
    return [(u.economy, u.heading, u.text) for u in find_updates(outline, [])]


def _economies(name: str) -> list[str]:
    (meeting,) = parse_fixture(name).meetings
    return [update.economy for update in meeting.updates]


def test_reflections_headed_by_economies_are_recommendations_not_updates() -> None:
    report = parse_fixture("ecsg49_reflections_headed_by_economy.txt")
    (meeting,) = report.meetings
    assert [(u.economy, u.text[:4]) for u in meeting.updates] == [
        ("US", "美國商務"), ("JP", "日本個人"), ("KR", "韓國個人"), ("TW", "本部說明")
    ]
    assert [r.title for r in report.recommendations][:2] == ["美國", "日本"]


def test_taiwans_bilateral_talks_headed_by_the_other_side_are_no_updates() -> None:
    assert _economies("wtdc25_bilateral_talks_field_lines.txt") == []


def test_a_workshops_speakers_and_the_reflections_are_no_updates() -> None:
    assert _economies("tel70_itinerary_speakers_reflections.txt") == ["TW", "US", "AU"]


def test_an_item_naming_several_economies_in_a_sentence_is_no_update() -> None:
    text = (
        "一、大會\n（一）意見交流\n1.美國：美國說明寬頻補助。\n2.日本：日本說明光纖建設。\n"
        "3.美國、日本及澳洲均肯定我國韌性作為，並期待明年合作。\n下次會議前，各經濟體將更新資料。"
    )
    assert _updates(text) == [("US", "美國", "美國說明寬頻補助。"), ("JP", "日本", "日本說明光纖建設。")]


def test_a_list_named_for_reports_keeps_every_economy_led_item() -> None:
    text = "一、大會\n（一）經濟體報告\n1. 日本智慧銀髮計畫\n日本說明照護科技。\n2. 美國\n美國說明寬頻補助。"
    assert [economy for economy, _heading, _text in _updates(text)] == ["JP", "US"]


def test_reports_under_a_speakers_heading_word_list_are_still_updates() -> None:
    text = "一、研討會講者\n（一）經濟體報告\n1.日本：日本說明光纖建設。\n2.美國：美國說明寬頻補助。"
    assert [economy for economy, _heading, _text in _updates(text)] == ["JP", "US"]
