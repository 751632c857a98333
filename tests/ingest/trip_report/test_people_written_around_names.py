"""What a report writes around a person: an economy in brackets after the name, a speech of opening or closing,
and a delegate's name in both scripts in the delegation table."""

from __future__ import annotations

from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.delegation import delegation
from desktop_app.ingest.trip_report.people import officers
from tests.ingest.trip_report.report_fixtures import parse_fixture


def _roles(*paragraphs: str) -> list[tuple[str, str, str | None]]:
    section = OutlineSection(0, 1, "一、", "大會", None, list(paragraphs))
    return [(p.name, p.role, p.economy) for p in officers([section], [], "Victor Martinez", set())]


def test_an_economy_in_brackets_after_a_name_is_the_person_s() -> None:
    assert _roles("召集人Mr. Ramiro Ortega（美國）主持會議，討論MRA參與情形。") == [("Ramiro Ortega", "convenor", "US")]
    assert _roles("講者Ms. Helen Park（南韓）分享海纜保護區劃設經驗。") == [("Helen Park", "speaker", "KR")]
    assert _roles("日本總務省Mr. Kenji Tanaka（海纜專家）分享經驗。") == [("Kenji Tanaka", "speaker", "JP")]


def test_a_speech_that_opens_or_closes_the_meeting_makes_a_speaker() -> None:
    assert _roles("美國國務院網路空間與數位政策局大使Mr. Nathaniel Fick致開幕詞。") == [("Nathaniel Fick", "speaker", "US")]
    assert _roles("泰國數位經濟及社會部Ms. Suda Chai致閉幕詞。") == [("Suda Chai", "speaker", "TH")]


def test_a_delegate_written_in_both_scripts_is_one_name() -> None:
    people = delegation(["數位發展部資通安全署　專員　Kevin Wu 吳凱文", "吳凱文 Kevin Wu　專員　數位發展部"], "TW")
    assert [(p.name, p.title, p.organization) for p in people] == [
        ("Kevin Wu 吳凱文", "專員", "數位發展部資通安全署"), ("吳凱文 Kevin Wu", "專員", "數位發展部"),
    ]


def test_the_report_s_people_with_their_economies() -> None:
    people = parse_fixture("telwg69_mixed_script_delegate_next_meeting_label.txt").meetings[0].people
    assert [(p.name, p.role, p.title, p.economy) for p in people] == [
        ("邱俊榮", "delegate", "副署長", "TW"),
        ("邱俊榮", "head_of_delegation", "副署長", "TW"),
        ("Kevin Wu 吳凱文", "delegate", "專員", "TW"),
        ("Victor Manuel Martinez Vanegas", "chair", None, "MX"),
        ("Ramiro Ortega", "convenor", None, "US"),
        ("Emily Chen", "speaker", None, "AU"),
    ]
    fick = parse_fixture("telwg67_facts_under_first_part.txt").meetings[0].people
    assert ("Nathaniel Fick", "speaker", "US") in [(p.name, p.role, p.economy) for p in fick]
