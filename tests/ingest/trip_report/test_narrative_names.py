"""Chinese names in running text, known by the title after them, become officers and speakers."""

from __future__ import annotations

from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.narrative_names import chinese_names
from desktop_app.ingest.trip_report.people import officers


def test_a_name_stands_between_an_organization_or_economy_and_its_title() -> None:
    found = [
        (n.name, n.title)
        for clause in (
            "我國資通安全署陳清福簡任視察提問",
            "由電信技術中心巫國豪主任詢問澳洲",
            "數發部黃彥男部長亦宣示",
            "第一副召集人我國籍謝志昌科長進行報告",
            "林大明科長報告",
        )
        for n in chinese_names(clause)
    ]
    assert found == [("陳清福", "簡任視察"), ("巫國豪", "主任"), ("黃彥男", "部長"), ("謝志昌", "科長")]  # not at a clause's start


def test_words_that_only_look_like_a_name_and_a_title_are_none() -> None:
    for clause in ("俄羅斯代表建議", "韓國代表分享", "由數位部高級專員說明", "時也有5G緊急方案委員會", "擔任會議主席", "陳述部長意見"):
        assert chinese_names(clause) == [], clause


def test_a_named_official_who_speaks_is_a_speaker_with_title_and_economy() -> None:
    section = OutlineSection(0, 1, "一、", "大會", None, ["我國資通安全署陳清福簡任視察提問，就日本所提機制詢問細節。"])
    people = [(p.name, p.role, p.title, p.economy) for p in officers([section], [], None, set())]
    assert people == [("陳清福", "speaker", "簡任視察", "TW")]
