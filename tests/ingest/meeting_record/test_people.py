"""People a meeting record names, with the role said after or nearest before them."""

from __future__ import annotations

from desktop_app.ingest.meeting_record.people import people_in
from desktop_app.ingest.outline import OutlineSection


def _named(*paragraphs: str) -> list[tuple[str, str, str | None, str | None]]:
    section = OutlineSection(0, -1, "", "Record", None, list(paragraphs))
    return [(p.name, p.role, p.economy, p.organization) for p in people_in([section])]


def test_roles_after_the_name_before_it_or_a_speaker_who_presented() -> None:
    assert _named(
        "The meeting was chaired by Mr Ali Amran (Malaysia), with Ms Jane Smith (United States) as Deputy Chair.",
        "The DSG Convenor, Dr Maria de la Cruz (Mexico), reported progress.",
        "Prof. Lee Min (Korea University) presented a study. Mr John Doe (Canada) attended.",
    ) == [
        ("Ali Amran", "chair", "MY", None),
        ("Jane Smith", "vice_chair", "US", None),
        ("Maria de la Cruz", "convenor", "MX", None),
        ("Lee Min", "speaker", "KR", "Korea University"),
    ]


def test_a_person_is_listed_once_per_role() -> None:
    assert len(_named("Mr Ali Amran (Malaysia), the Chair, spoke.", "The Chair, Mr Ali Amran (Malaysia), closed it.")) == 1


def test_a_name_without_an_honorific_needs_its_economy_in_brackets_and_a_role() -> None:
    assert _named(
        "The Chair, Ali Amran (Malaysia), opened the meeting.",
        "The U.S. Cyber Trust Mark (United States) was presented.",
        "Delegates from Chinese Taipei (TW) spoke. The STSG Convenor, Ana Maria Lim (Singapore), reported.",
    ) == [("Ali Amran", "chair", "MY", None), ("Ana Maria Lim", "convenor", "SG", None)]


def test_a_role_said_after_the_name_with_the_verb_that_gives_it() -> None:
    assert _named(
        "Dr Somchai Prasert (Thailand) served as Vice Chair.",
        "Ms Ana Lim (Singapore) was elected Convenor of the STSG.",
        "Mr John Doe (Canada) thanked the Chair.",
    ) == [("Somchai Prasert", "vice_chair", "TH", None), ("Ana Lim", "convenor", "SG", None)], (
        "a verb before the role only with as, or one that names it (elected): thanking the Chair makes no chair"
    )
