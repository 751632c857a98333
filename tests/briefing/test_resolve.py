"""Names a reader types resolve to the thing to brief on; unknown ones get one line with the closest matches."""

from __future__ import annotations

import pytest

from desktop_app.briefing.resolve import NotFound, resolve_economy, resolve_meeting, resolve_topic
from desktop_app.core.library import Library


def test_economies_resolve_from_any_alias() -> None:
    assert resolve_economy("日本") == resolve_economy("Japan") == resolve_economy("jp") == "JP"


def test_topics_resolve_from_id_or_label() -> None:
    assert resolve_topic("衛星") == resolve_topic("Satellite") == resolve_topic("satellite") == "satellite"


def test_meetings_resolve_from_id_or_fragment(drafted_library: Library) -> None:
    meeting_id = resolve_meeting(drafted_library, "TELWG 68")
    assert resolve_meeting(drafted_library, str(meeting_id)) == meeting_id
    assert resolve_meeting(drafted_library, "telwg68") == meeting_id


@pytest.mark.parametrize(
    "call,closest",
    [
        (lambda: resolve_economy("Japn"), "Japan"),
        (lambda: resolve_topic("satelite"), "Satellite"),
    ],
)
def test_unknown_names_list_closest(call, closest: str) -> None:
    with pytest.raises(NotFound) as raised:
        call()
    message = str(raised.value)
    assert "\n" not in message and "closest:" in message and closest in message


def test_unknown_meeting_lists_closest(drafted_library: Library) -> None:
    with pytest.raises(NotFound) as raised:
        resolve_meeting(drafted_library, "TELWG 60 Meeting")
    assert "closest:" in str(raised.value) and "TELWG 68" in str(raised.value)


def test_no_meetings_at_all_is_said_plainly(library: Library) -> None:
    with pytest.raises(NotFound, match="holds no meetings"):
        resolve_meeting(library, "TELWG 68")


def test_a_meeting_its_trip_report_and_its_record_both_report_resolves_to_the_trip_report(
    seeded_library: Library,
) -> None:
    """'TELWG 68' matches the trip report's meeting by name and the English summary's by forum and number: one
    meeting, so no choice is asked for, and the brief is of the trip report; two meetings still are told apart."""
    from pathlib import Path

    from desktop_app.core import queries
    from desktop_app.ingest.pipeline import import_paths

    fixtures = Path(__file__).parents[1] / "fixtures"
    import_paths(seeded_library, [fixtures / "tel68_summary_report.txt", fixtures / "tel67_summary_report.txt"])
    report = next(mt for mt in queries.meetings(seeded_library) if mt.number == 68 and "次會議" in mt.name)
    assert resolve_meeting(seeded_library, "TELWG 68") == report.id
    assert len(queries.find_meetings(seeded_library, "TELWG 68")) == 2
    with pytest.raises(NotFound) as raised:
        resolve_meeting(seeded_library, "TELWG 6")
    assert str(raised.value) == "2 meetings match 'TELWG 6': APEC TELWG 67–68", "each meeting once, however many report it"


def test_a_meeting_id_names_that_meeting_whatever_names_hold_its_digits(seeded_library: Library) -> None:
    """Lists of meetings name them #id; 12 or #12 is that meeting, not every meeting whose name holds a 1 and
    a 2; #99 names none even where a name holds 99."""
    from pathlib import Path

    from desktop_app.core import queries
    from desktop_app.ingest.pipeline import import_paths

    fixtures = Path(__file__).parents[1] / "fixtures"
    import_paths(seeded_library, [fixtures / "tel67_summary_report.txt", fixtures / "tel66_record_of_meeting.txt"])
    first, second, third = sorted(queries.meetings(seeded_library), key=lambda meeting: meeting.id)
    with seeded_library.session() as session:  # a name that holds the second's id, as "2024" holds 2
        session.get(type(third), third.id).name = f"{third.name} {second.id}{second.id}"
        session.commit()
    assert len(queries.find_meetings(seeded_library, f"{second.id}{second.id}")) == 1
    assert resolve_meeting(seeded_library, str(second.id)) == second.id
    assert resolve_meeting(seeded_library, f"#{second.id}") == second.id
    assert queries.find_meetings(seeded_library, "#6") == [] and len(queries.find_meetings(seeded_library, "6")) == 3


def test_a_meeting_named_by_the_forum_s_own_symbol(seeded_library: Library) -> None:
    """The forum's records are filed as 2024/TEL68/SUMMARY: TEL68 and TEL 68 name TELWG 68."""
    from desktop_app.core import queries

    report = queries.meetings(seeded_library)[0]
    assert resolve_meeting(seeded_library, "TEL68") == resolve_meeting(seeded_library, "tel 68") == report.id
    assert queries.find_meetings(seeded_library, "XX68") == [] and queries.find_meetings(seeded_library, "TEL67") == []


def test_a_meeting_typed_in_full_width_letters_is_found(seeded_library: Library) -> None:
    """A Chinese input method types ＴＥＬＷＧ６８; the meeting is the one TELWG 68 names."""
    from desktop_app.core import queries

    assert {meeting.id for meeting in queries.find_meetings(seeded_library, "ＴＥＬＷＧ　６８")} == {
        meeting.id for meeting in queries.find_meetings(seeded_library, "TELWG 68")
    } != set()


def test_argument_errors_say_what_is_wrong_in_one_line(tel69_library: Library) -> None:
    """--meeting '' said no meeting matched ''; a topic was offered under two of its names (Supply chain,
    supply_chain); 火星 was offered 星方 for one character in common."""
    with pytest.raises(NotFound, match="^--meeting needs a name"):
        resolve_meeting(tel69_library, " ")
    with pytest.raises(NotFound) as raised:
        resolve_topic("nosuch")
    assert "Supply chain" in str(raised.value) and "supply_chain" not in str(raised.value)
    with pytest.raises(NotFound) as raised:
        resolve_economy("火星")
    assert str(raised.value) == "no economy matches '火星'"


def test_a_name_many_meetings_match_names_each_meeting_once(tel69_library: Library) -> None:
    """'TELWG 6' said '10 meetings match' and listed five reports of four meetings, with no word of the rest."""
    from dataclasses import replace

    from tests.briefing.tel69_reports import full_report

    for number in (66, 67, 68):
        draft = full_report(f"tel{number}.txt", str(number) * 32)
        draft.meetings = [replace(draft.meetings[0], number=number, name=f"第{number}次會議")]
        tel69_library.add_document(draft)
    unnumbered = full_report("digital.txt", "d" * 64)
    unnumbered.meetings = [replace(unnumbered.meetings[0], forum=None, number=None, name=f"Digital {n}")
                           for n in range(6)]
    tel69_library.add_document(unnumbered)
    with pytest.raises(NotFound) as raised:
        resolve_meeting(tel69_library, "TELWG 6")
    assert str(raised.value) == "4 meetings match 'TELWG 6': APEC TELWG 66–69"
    with pytest.raises(NotFound) as raised:
        resolve_meeting(tel69_library, "Digital")
    assert str(raised.value).startswith("6 meetings match 'Digital': #") and str(raised.value).endswith("and 1 more")
