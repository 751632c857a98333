"""The words an English meeting record's parser keys on (resources/meeting_record.json)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.resources import load_json


@dataclass(frozen=True)
class RoleWords:
    role: str
    words: tuple[str, ...]


@dataclass(frozen=True)
class RecordWords:
    record_kinds: tuple[str, ...]
    meeting_name: re.Pattern[str]
    fields: dict[str, tuple[str, ...]]
    held: re.Pattern[str]
    page_mark: str
    attended: tuple[str, ...]
    absent_words: tuple[str, ...]
    honorifics: tuple[str, ...]
    particles: tuple[str, ...]  # lower-case words inside a name (de, van, bin)
    roles: tuple[RoleWords, ...]
    role_after: tuple[str, ...]
    title_joins: tuple[str, ...]  # lower-case words inside a title after a name (Commissioner of IFT)
    speaker_words: tuple[str, ...]
    update_lists: tuple[str, ...]
    update_leads: tuple[str, ...]
    procedural_items: tuple[str, ...]
    next_meeting: tuple[str, ...]
    decision_verbs: tuple[str, ...]
    decision_excluded: tuple[str, ...]


@cache
def record_words() -> RecordWords:
    raw = load_json("meeting_record.json")
    people = raw["people"]
    return RecordWords(
        record_kinds=tuple(raw["record_kinds"]),
        meeting_name=re.compile(raw["meeting_name"], re.IGNORECASE),
        fields={field: tuple(labels) for field, labels in raw["fields"].items()},
        held=re.compile(raw["held"], re.IGNORECASE),
        page_mark=raw["page_mark"],
        attended=tuple(raw["attended"]),
        absent_words=tuple(raw["absent_words"]),
        honorifics=tuple(people["honorifics"]),
        particles=tuple(people["particles"]),
        roles=tuple(RoleWords(row["role"], tuple(row["words"])) for row in people["roles"]),
        role_after=tuple(people["role_after"]),
        title_joins=tuple(people["title_joins"]),
        speaker_words=tuple(people["speaker_words"]),
        update_lists=tuple(raw["update_lists"]),
        update_leads=tuple(raw["update_leads"]),
        procedural_items=tuple(raw["procedural_items"]),
        next_meeting=tuple(raw["next_meeting"]),
        decision_verbs=tuple(raw["decision_verbs"]),
        decision_excluded=tuple(raw["decision_excluded"]),
    )
