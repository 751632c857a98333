"""What an import made of a document, for its report: the kind it was read as and, for a trip report, its meeting
and what hangs off it. A reader sees at once whether a report was understood or came in as a plain document."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.core.drafts import DocumentDraft
from desktop_app.core.models import numbered_name


@dataclass(frozen=True)
class Extracted:
    kind: str  # one of document_kinds.DOCUMENT_KINDS
    meeting: str = ""  # the forum and number (APEC TELWG 65), else the meeting's name; "" without a meeting
    sessions: int = 0
    updates: int = 0
    people: int = 0
    published: date | None = None

    @classmethod
    def of(cls, draft: DocumentDraft) -> Extracted:
        meeting = draft.meetings[0] if draft.meetings else None
        if meeting is None:
            return cls(draft.kind, published=draft.published)
        return cls(
            draft.kind,
            numbered_name(meeting.forum, meeting.number) or meeting.name,
            len(meeting.sessions),
            len(meeting.updates),
            len({person.name for person in meeting.people}),
            draft.published,
        )

    def describe(self) -> str:
        """In English, for the command line: trip report: APEC TELWG 65; 3 sessions, 4 updates, 4 people."""
        kind = self.kind.replace("_", " ")
        if self.meeting:
            counts = ", ".join(
                _counted(count, one, many)
                for count, one, many in ((self.sessions, "session", "sessions"), (self.updates, "update", "updates"),
                                         (self.people, "person", "people"))
            )
            return f"{kind}: {self.meeting}; {counts}"
        return f"{kind}, {self.published.isoformat()}" if self.published else kind


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"
