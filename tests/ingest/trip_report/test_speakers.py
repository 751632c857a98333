"""Named speakers and officers in running text: Latin names by shape, their roles and economies."""

from __future__ import annotations

from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.people import officers


def _people(*paragraphs: str, talks: bool = True) -> list[tuple[str, str, str | None]]:
    section = OutlineSection(0, 1, "一、", "監管圓桌會議", None, list(paragraphs))
    return [(p.name, p.role, p.economy) for p in officers([section], [], None, {0} if talks else set())]


def test_an_honorific_after_an_organizations_acronym_still_marks_the_name() -> None:
    assert _people("秘魯電信監管機構 OSIPTEL Mr. Javier Yogui Sato，介紹秘魯的監管架構。") == [
        ("Javier Yogui Sato", "speaker", "PE")
    ]
    assert _people("韓國科學技術情報通信部 MSIT Ms. Jiyoung Park 分享頻譜政策。", talks=False) == [
        ("Jiyoung Park", "speaker", "KR")
    ]


def test_a_name_that_ends_its_clause_is_known_by_what_follows_it() -> None:
    assert _people("第四位講者是來自美國的 Martha Suarez。她首先介紹頻譜共享。") == [("Martha Suarez", "speaker", "US")]


def test_a_speaker_said_to_head_a_delegation_is_its_head_with_its_economy() -> None:
    people = _people("Jai Nair 先生也是美國代表團參與 APEC TELWG的團長。", talks=False)
    assert people == [("Jai Nair", "head_of_delegation", "US")]
