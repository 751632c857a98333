"""People a record names with their title set off by commas after the name (…, TEL Vice Chair; …,
Commissioner of IFT, delivered …)."""

from __future__ import annotations

from desktop_app.ingest.meeting_record.people import people_in
from desktop_app.ingest.outline import OutlineSection


def _named(*paragraphs: str) -> list[tuple[str, str, str | None, str | None]]:
    section = OutlineSection(0, -1, "", "Record", None, list(paragraphs))
    return [(p.name, p.role, p.economy, p.title) for p in people_in([section])]


def test_a_role_in_the_title_after_the_name_beats_the_one_said_before_it() -> None:
    assert _named(
        "The meeting was chaired by Mr Victor Manuel Martinez Vanegas (Mexico), TEL Chair, assisted by "
        "Ms Aiko Sato (Japan), TEL Vice Chair."
    ) == [("Victor Manuel Martinez Vanegas", "chair", "MX", None), ("Aiko Sato", "vice_chair", "JP", None)]


def test_a_speaker_whose_title_stands_between_name_and_verb() -> None:
    assert _named("1.2 Ms Laura Fernández, Commissioner of IFT, delivered welcome remarks.") == [
        ("Laura Fernández", "speaker", None, "Commissioner of IFT")
    ]


def test_a_title_without_a_role_and_a_verb_that_says_none_name_no_one() -> None:
    assert _named("Mr John Doe (Canada), Director of Policy, thanked the Chair.") == []


def test_a_role_led_in_by_the_still_counts_once() -> None:
    assert _named("Mr Ali Amran (Malaysia), the Chair, spoke.", "The Chair, Mr Ali Amran (Malaysia), closed it.") == [
        ("Ali Amran", "chair", "MY", None)
    ]
