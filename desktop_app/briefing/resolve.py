"""Turn what a reader typed (a code, an alias, an id, a name fragment) into the thing to brief on.

An unknown name raises NotFound with one line that lists the closest matches, for the command line and the window.
"""

from __future__ import annotations

from desktop_app.briefing.text import meeting_runs
from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.meeting_groups import by_same_meeting
from desktop_app.core.names import closest_names, closest_of_each
from desktop_app.core.topics import taxonomy

MEETINGS_NAMED = 5  # meetings without a number an ambiguous name lists at most


class NotFound(LookupError):
    """Nothing matches; the message is one line naming the closest candidates."""


def _message(kind: str, wanted: str, suggestions: list[str]) -> str:
    hint = f"; closest: {', '.join(suggestions)}" if suggestions else ""
    return f"no {kind} matches {wanted!r}{hint}"


def resolve_economy(name: str) -> str:
    code = registry().resolve(name)
    if code is None:
        raise NotFound(_message("economy", name, registry().closest(name)))
    return code


def resolve_meeting(library: Library, name: str) -> int:
    """A meeting id from an id or a name fragment such as 'TELWG 68'; several meetings must be told apart, while
    several reports of one meeting are not (its fullest trip report's is then taken, as queries.reports_in_order
    orders them)."""
    if not name.strip():
        raise NotFound("--meeting needs a name: a meeting id or part of its name, e.g. 'TELWG 68'")
    found = queries.find_meetings(library, name)
    groups = by_same_meeting(found)
    if len(groups) == 1:
        return queries.reports_in_order(library, groups)[0][0].id
    if groups:
        raise NotFound(f"{len(groups)} meetings match {name!r}: {_meetings_named(groups)}")
    names = [meeting.name for meeting in queries.meetings(library)]
    if not names:
        raise NotFound(f"no meeting matches {name!r}; the library holds no meetings yet")
    raise NotFound(_message("meeting", name, closest_names(name, names)))


def _meetings_named(groups: list[list]) -> str:
    """The meetings several groups of reports are of, each once: numbered ones by forum and runs of numbers
    (APEC TELWG 66–69), others by id and name, the first few of them and how many more."""
    numbered = [group[0] for group in groups if group[0].forum and group[0].number is not None]
    others = [group[0] for group in groups if not (group[0].forum and group[0].number is not None)]
    named = [f"#{meeting.id} {meeting.name}" for meeting in others[:MEETINGS_NAMED]]
    more = [f"and {len(others) - MEETINGS_NAMED} more"] if len(others) > MEETINGS_NAMED else []
    return ", ".join(part for part in [meeting_runs(numbered, ", "), *named, *more] if part)


def resolve_topic(name: str) -> str:
    topic_id = taxonomy().resolve(name)
    if topic_id is None:
        candidates = [label for topic in taxonomy().topics for label in (topic.id, topic.zh, topic.en)]
        raise NotFound(_message("topic", name, closest_of_each(name, candidates, taxonomy().resolve)))
    return topic_id
