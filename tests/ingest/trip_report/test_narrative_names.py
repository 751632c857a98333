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


def test_a_name_after_its_title_when_a_word_of_speaking_follows() -> None:
    found = [
        (n.name, n.title)
        for clause in ("NCC主委陳耀祥表示", "數位部部長唐鳳致詞", "主委陳耀祥、副主委王正嘉出席", "由處長林佳龍主持")
        for n in chinese_names(clause)
    ]
    assert found == [("陳耀祥", "主委"), ("唐鳳", "部長"), ("陳耀祥", "主委"), ("王正嘉", "副主委"), ("林佳龍", "處長")]
    for clause in ("科長周報告進度", "部長高度肯定", "處長表示", "主任委員會議", "部長韓國表示"):
        assert chinese_names(clause) == [], clause


def test_a_name_written_with_an_extension_a_character_is_a_name() -> None:
    assert [(n.name, n.title) for n in chinese_names("數發部黃䶮部長亦宣示")] == [("黃䶮", "部長")]
