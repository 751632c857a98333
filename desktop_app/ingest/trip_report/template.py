"""The report template's words (resources/report_template.json): what the trip-report parser keys on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.resources import load_json


@dataclass(frozen=True)
class RolePattern:
    role: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class DelegationTable:
    titles: tuple[str, ...]
    organization_endings: tuple[str, ...]
    header_words: frozenset[str]
    member_words: tuple[str, ...]  # a member's place in the delegation (團長, 團員)


@dataclass(frozen=True)
class NarrativeNames:
    surnames: frozenset[str]
    titles: tuple[str, ...]  # longest first
    not_names: tuple[str, ...]
    said_after_title_first: tuple[str, ...]  # longest first


@dataclass(frozen=True)
class OpeningNarrative:
    place_before: tuple[str, ...]  # 在, 於: the word before the meeting's place
    held: tuple[str, ...]  # 舉行, 召開: the word after it
    meeting_words: tuple[str, ...]  # 會議, 論壇: the word that ends a meeting's name after its number


@dataclass(frozen=True)
class ReportTemplate:
    cover_fields: dict[str, tuple[str, ...]]
    form_headers: tuple[str, ...]
    title_prefixes: tuple[str, ...]
    title_suffixes: tuple[str, ...]
    forums: dict[str, tuple[str, ...]]
    forum_acronyms: dict[str, tuple[str, ...]]  # the forum's one name by the acronyms reports write it in
    opening_narrative: OpeningNarrative
    self_economy: str
    absent_words: tuple[str, ...]
    schedule_heading: tuple[str, ...]
    schedule_venue_words: tuple[str, ...]  # a room (Sala, Room, 會議室) or a venue column's head (地點, Venue)
    schedule_travel_words: tuple[str, ...]  # 搭機, 抵達, 返國: a schedule row without a time is a travel day
    session_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    session_sections: dict[str, tuple[str, ...]]
    narrated_session_excluded: tuple[str, ...]
    body_pattern: re.Pattern[str]
    update_lists: tuple[str, ...]
    update_lists_excluded: tuple[str, ...]
    update_summaries: tuple[str, ...]  # words opening a paragraph that sums up every economy's report
    update_items_not_reports_under: tuple[str, ...]  # 雙邊會談, 講者: economy-led items there are no reports
    recommendations: tuple[str, ...]
    recommendation_items: tuple[str, ...]
    recommendation_leaf: tuple[str, ...]
    recommendation_clause_joiners: tuple[str, ...]  # 另, 並: may stand between a clause's start and its 建議
    next_meeting: tuple[str, ...]
    next_meeting_follows: tuple[str, ...]  # 下次會議：…, 下次會議將於…: words after 下次會議 that announce it
    roles: tuple[RolePattern, ...]
    speaker_words: tuple[str, ...]
    person_after: tuple[str, ...]
    honorifics: tuple[str, ...]  # longest first
    role_links: re.Pattern[str]
    other_body_chair: tuple[str, ...]  # words before 主席 that make the chair another body's
    other_term_chair: tuple[str, ...]  # 下任主席, 前任主席: a chair of another term, not the meeting's
    delegation_table: DelegationTable
    narrative_names: NarrativeNames


@cache
def template() -> ReportTemplate:
    """The template table, loaded once."""
    raw = load_json("report_template.json")
    return ReportTemplate(
        cover_fields={key: tuple(labels) for key, labels in raw["cover_fields"].items()},
        form_headers=tuple(raw["form_headers"]),
        title_prefixes=tuple(raw["title_prefixes"]),
        title_suffixes=tuple(raw["title_suffixes"]),
        forums={forum: tuple(names) for forum, names in raw["forums"].items()},
        forum_acronyms={forum: tuple(names) for forum, names in raw["forum_acronyms"].items()},
        opening_narrative=OpeningNarrative(
            place_before=tuple(raw["opening_narrative"]["place_before"]),
            held=tuple(raw["opening_narrative"]["held"]),
            meeting_words=tuple(raw["opening_narrative"]["meeting_words"]),
        ),
        self_economy=raw["self_economy"],
        absent_words=tuple(raw["absent_words"]),
        schedule_heading=tuple(raw["schedule_heading"]),
        schedule_venue_words=tuple(raw["schedule_venue_words"]),
        schedule_travel_words=tuple(raw["schedule_travel_words"]),
        session_kinds=tuple((row["kind"], tuple(row["words"])) for row in raw["session_kinds"]),
        session_sections={kind: tuple(words) for kind, words in raw["session_sections"].items()},
        narrated_session_excluded=tuple(raw["narrated_session_excluded"]),
        body_pattern=re.compile(raw["body_pattern"]),
        update_lists=tuple(raw["update_lists"]),
        update_lists_excluded=tuple(raw["update_lists_excluded"]),
        update_summaries=tuple(raw["update_summaries"]),
        update_items_not_reports_under=tuple(raw["update_items_not_reports_under"]),
        recommendations=tuple(raw["recommendations"]),
        recommendation_items=tuple(raw["recommendation_items"]),
        recommendation_leaf=tuple(raw["recommendation_leaf"]),
        recommendation_clause_joiners=tuple(raw["recommendation_clause_joiners"]),
        next_meeting=tuple(raw["next_meeting"]),
        next_meeting_follows=tuple(raw["next_meeting_follows"]),
        roles=tuple(RolePattern(row["role"], re.compile(row["pattern"])) for row in raw["roles"]),
        speaker_words=tuple(raw["speaker_words"]),
        person_after=tuple(raw["person_after"]),
        honorifics=tuple(sorted(raw["honorifics"], key=len, reverse=True)),
        role_links=re.compile(raw["role_links"]),
        other_body_chair=tuple(raw["other_body_chair"]),
        other_term_chair=tuple(raw["other_term_chair"]),
        delegation_table=DelegationTable(
            titles=tuple(sorted(raw["delegation_table"]["titles"], key=len, reverse=True)),
            organization_endings=tuple(raw["delegation_table"]["organization_endings"]),
            header_words=frozenset(word.casefold() for word in raw["delegation_table"]["header_words"]),
            member_words=tuple(raw["delegation_table"]["member_words"]),
        ),
        narrative_names=NarrativeNames(
            surnames=frozenset(raw["narrative_names"]["surnames"]),
            titles=tuple(sorted(raw["narrative_names"]["titles"], key=len, reverse=True)),
            not_names=tuple(raw["narrative_names"]["not_names"]),
            said_after_title_first=tuple(
                sorted(raw["narrative_names"]["said_after_title_first"], key=len, reverse=True)
            ),
        ),
    )
