"""A chair the text names when the cover names none: the meeting's chair, not a speaker; another body's chair
(HRDWG主席) and a vice chair are not."""

from __future__ import annotations

from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.people import officers
from tests.ingest.trip_report.report_fixtures import parse_fixture


def _roles(*paragraphs: str, chair: str | None = None) -> list[tuple[str, str, str | None]]:
    section = OutlineSection(0, 1, "一、", "大會", None, list(paragraphs))
    return [(p.name, p.role, p.economy) for p in officers([section], [], chair, set())]


def test_without_a_cover_chair_the_person_the_text_calls_chair_is_the_chair() -> None:
    assert _roles("本次會議由墨西哥聯邦電信院Mr. Victor Manuel Martinez Vanegas擔任主席，計有14個經濟體出席。") == [
        ("Victor Manuel Martinez Vanegas", "chair", "MX")
    ]
    assert _roles("主席Ms. Sarah Connor致詞歡迎各團長。") == [("Sarah Connor", "chair", None)]


def test_with_a_cover_chair_another_person_called_chair_speaks() -> None:
    assert _roles("主席Ms. Sarah Connor致詞歡迎各團長。", chair="Victor Martinez") == [("Sarah Connor", "speaker", None)]


def test_only_the_first_chair_is_the_meeting_s_and_never_another_body_s_or_a_vice_chair() -> None:
    people = _roles(
        "人力資源發展工作小組HRDWG主席Mr. Zhao Li分享優先議題。",
        "動態頻譜聯盟主席Ms. Martha Suarez強調網路安全。",
        "副主席Ms. Aiko Sato說明。",
        "TEL主席Mr. Victor Martinez致詞。",
        "主席Mr. Jai Nair發言。",
    )
    assert people == [
        ("Zhao Li", "speaker", None), ("Martha Suarez", "speaker", None), ("Aiko Sato", "vice_chair", None),
        ("Victor Martinez", "chair", None), ("Jai Nair", "speaker", None),
    ]


def test_a_report_without_a_cover_chair_takes_its_meeting_s_chair_from_the_text() -> None:
    meeting = parse_fixture("telwg68_no_cover_opening_narrative.txt").meetings[0]
    assert meeting.chair_name == "Victor Manuel Martinez Vanegas"
    assert [(p.name, p.role, p.economy) for p in meeting.people] == [("Victor Manuel Martinez Vanegas", "chair", "MX")]
