"""Turn what a reader typed (a code, an alias, an id, a name fragment) into the thing to brief on.

An unknown name raises NotFound with one line that lists the closest matches, for the command line and the window.
"""

from __future__ import annotations

from desktop_app.core import queries
from desktop_app.core.economies import registry
from desktop_app.core.library import Library
from desktop_app.core.names import closest_names
from desktop_app.core.topics import taxonomy


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
    """A meeting id from an id or a name fragment such as 'TELWG 68'; several matches must be told apart, unless
    they are one meeting's reports (its trip report's is then taken)."""
    found = queries.find_meetings(library, name)
    keys = {meeting.same_meeting_key() for meeting in found}
    if len(found) == 1 or (len(found) > 1 and len(keys) == 1 and None not in keys):
        return queries.reports_in_order(library, [found])[0][0].id
    if len(found) > 1:
        names = ", ".join(f"#{meeting.id} {meeting.name}" for meeting in found[:5])
        raise NotFound(f"{len(found)} meetings match {name!r}: {names}")
    names = [meeting.name for meeting in queries.meetings(library)]
    if not names:
        raise NotFound(f"no meeting matches {name!r}; the library holds no meetings yet")
    raise NotFound(_message("meeting", name, closest_names(name, names)))


def resolve_topic(name: str) -> str:
    topic_id = taxonomy().resolve(name)
    if topic_id is None:
        candidates = [label for topic in taxonomy().topics for label in (topic.id, topic.zh, topic.en)]
        raise NotFound(_message("topic", name, closest_names(name, candidates)))
    return topic_id
