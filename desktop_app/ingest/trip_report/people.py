"""People: the officers and speakers the text names with a role (the cover's delegation: delegation.py).

Roles come from the words around a name within one clause (召集人, 副召集人, 主席, 秘書處, 主持, 團長; else a
speaking verb makes a speaker). Only the meeting's chair is a chair: the cover's, or where the cover names none
the first person the text calls 主席 that is not another body's (HRDWG主席); any other is a speaker. A chair of
another term (下任主席, 前任主席) has no role for being one. Latin names are found by shape next to an honorific or
a person word; Chinese names when they are the delegation's own, or written with a title right after them
(narrative_names.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from desktop_app.core.drafts import PersonDraft
from desktop_app.core.economies import registry
from desktop_app.core.names import name_key
from desktop_app.ingest.latin_names import LATIN_NAME_WORD
from desktop_app.ingest.line_kinds import is_caption_or_note
from desktop_app.ingest.outline import OutlineSection
from desktop_app.ingest.trip_report.narrative_names import chinese_names
from desktop_app.ingest.trip_report.template import template
from desktop_app.ingest.word_lists import contains_any

_CLAUSE = re.compile(r"[，。；！？、]")
_BRACKETED = re.compile(r"\s*[（(](?P<inner>[^（()）]*)")  # Ms. Helen Park（南韓）: the bracket after a name
_ACRONYM_BEFORE = re.compile(r"(?<![A-Za-z])(?P<acronym>[A-Z]{2,}(?:\s+[A-Z]{2,})*)\s*$")
ROLE_REACH = 6  # characters between a name and a role word after it that still tie them without 擔任/以/為/是
LATIN_NAME = rf"{LATIN_NAME_WORD}(?:\s+{LATIN_NAME_WORD}){{1,4}}"  # two to five capitalised words (Ramona Saar)


@dataclass(frozen=True)
class NameHit:
    start: int
    end: int
    name: str
    title: str | None = None  # the title written with a Chinese name in running text


def _clean_latin(name: str) -> str | None:
    """Drop leading acronyms (CEO, APEC); a name needs two words, not all capitals."""
    words = name.replace("’", "'").split()
    while words and words[0].isupper() and len(words[0]) > 1:
        words.pop(0)
    if len(words) < 2 or all(word.isupper() for word in words):
        return None
    return " ".join(words)


@cache
def latin_name_pattern(fewest_words: int = 2) -> re.Pattern[str]:
    """A Latin name of fewest_words to five words, with the honorific before it (the template's honorifics);
    an honorific is no word of a name, so an acronym before it (OSIPTEL Mr. Javier Yogui Sato) cannot take it
    in and hide the name. Running text needs two words to tell a name from a capitalised word; a field that
    holds a name (the cover's chair) may give one after an honorific."""
    honorific = "|".join(re.escape(word) for word in template().honorifics)
    word = rf"(?!(?:{honorific})\b){LATIN_NAME_WORD}"
    return re.compile(
        rf"(?P<honorific>(?:{honorific})\.?\s*)?(?P<name>{word}(?:\s+{word}){{{fewest_words - 1},4}})"
    )


def _latin_names(clause: str, after: str = "") -> list[NameHit]:
    """Latin names with an honorific before them or a person word after them; `after` is the paragraph's text
    past the clause, where a name that ends its clause is followed on (…的 Martha Suarez。她…)."""
    hits = []
    after_words = template().person_after
    for match in latin_name_pattern().finditer(clause):
        following = (clause[match.end():] + after).lstrip(" ")
        if not match["honorific"] and not following.startswith(after_words):
            continue
        name = _clean_latin(match["name"])
        if name:
            hits.append(NameHit(match.start("name"), match.end(), name))
    return hits


def _role_for(clause: str, hit: NameHit) -> tuple[str, int] | None:
    """(role, where its word starts) of the role word nearest before the name in the clause, else of one right
    after it (or tied by 擔任/以/為/是).

    Where role words overlap (副召集人 holds 召集人) the first rule of the template wins.
    """
    found: list[tuple[int, int, str]] = []
    for rule in template().roles:
        for m in rule.pattern.finditer(clause):
            if not any(start <= m.start() < end for start, end, _ in found):
                found.append((m.start(), m.end(), rule.role))
    before = [f for f in found if f[1] <= hit.start]
    if before:
        start, _end, role = max(before)
        return role, start
    after = [f for f in found if f[0] >= hit.end]
    if not after:
        return None
    start, _end, role = min(after)
    gap = clause[hit.end:start]
    return (role, start) if len(gap) <= ROLE_REACH or template().role_links.search(gap) else None


def _economy_of(clause: str, hit: NameHit, role_at: int | None) -> str | None:
    """The economy a bracket right after the name opens with (Mr. Ramiro Ortega（美國）), else the one named last
    before the name in the clause, else one named between the name and the role word after it (…先生也是美國代表
    團的團長): the economy whose delegation or office the role is."""
    bracket = _BRACKETED.match(clause, hit.end)
    if bracket and (inside := registry().mentions(bracket["inner"])) and inside[0][0] == 0:
        return inside[0][2]
    mentions = registry().mentions(clause)
    before = [code for start, _end, code in mentions if start < hit.start]
    if before:
        return before[-1]
    between = [code for start, _end, code in mentions if role_at is not None and hit.end <= start < role_at]
    return between[0] if between else None


def _clauses(paragraph: str) -> list[tuple[str, str]]:
    """(clause, the paragraph's text after it) for each clause of a paragraph."""
    ends = [match.start() for match in _CLAUSE.finditer(paragraph)] + [len(paragraph)]
    starts = [0] + [end + 1 for end in ends[:-1]]
    return [(paragraph[start:end], paragraph[end:]) for start, end in zip(starts, ends)]


def _fold(name: str) -> set[str]:
    """A name's words without case or accents (Ramírez = Ramirez)."""
    return set(name_key(name).split())


def _same_person(a: str, b: str) -> bool:
    """'Victor Martinez' and 'Victor Manuel Martinez Vanegas' are one person: one's words are within the other's."""
    words_a, words_b = _fold(a), _fold(b)
    return bool(words_a) and (words_a <= words_b or words_b <= words_a)


def officers(
    outline: list[OutlineSection],
    delegates: list[PersonDraft],
    chair: str | None,
    talks: set[int],
) -> list[PersonDraft]:
    """Named officers and speakers with their roles, one entry per (person, role).

    talks: sections of workshops and roundtables, where a named person without a role word is a speaker.
    """
    words = template()
    known = {person.name: person for person in delegates}
    found: list[PersonDraft] = []
    for index, section in enumerate(outline):
        for paragraph in section.paragraphs:
            if is_caption_or_note(paragraph):
                continue
            for clause, after in _clauses(paragraph):
                hits = _latin_names(clause, after)
                hits += [NameHit(clause.find(name), clause.find(name) + len(name), name) for name in known if name in clause]
                hits += [NameHit(*named) for named in chinese_names(clause) if named.name not in known]
                for hit in hits:
                    role, role_at = _role_for(clause, hit) or (None, None)
                    if role == "chair" and _other_term_chair(clause, role_at):
                        role = None
                    if role == "chair" and chair is None and not _other_body_chair(clause, role_at):
                        chair = hit.name
                    if role == "chair" and not (chair and _same_person(hit.name, chair)):
                        role = "speaker"
                    if role is None and (index in talks or contains_any(clause, words.speaker_words)):
                        role = "speaker"
                    if role is None:
                        continue
                    delegate = known.get(hit.name)
                    found.append(
                        PersonDraft(
                            name=hit.name,
                            role=role,
                            title=delegate.title if delegate else hit.title,
                            organization=delegate.organization if delegate else None,
                            economy=delegate.economy if delegate else _economy_of(clause, hit, role_at),
                            section=index,
                        )
                    )
    return _merge(found)


def _other_body_chair(clause: str, role_at: int | None) -> bool:
    """Whether the words right before 主席 make the chair another body's: an acronym that names no forum of the
    template (HRDWG主席), or one of the template's words for such a body (聯盟主席, 指導分組主席)."""
    before = clause[:role_at].rstrip() if role_at is not None else ""
    acronym = _ACRONYM_BEFORE.search(before)
    if acronym and not any(acronym["acronym"] in names for names in template().forum_acronyms.values()):
        return True
    return before.endswith(template().other_body_chair)


def _other_term_chair(clause: str, role_at: int | None) -> bool:
    """Whether the words right before 主席 make the chair another term's (下任主席, 前任主席): one elected at the
    meeting to chair later ones, or one who chaired earlier ones, is not the meeting's chair."""
    before = clause[:role_at].rstrip() if role_at is not None else ""
    return before.endswith(template().other_term_chair)


def _merge(people: list[PersonDraft]) -> list[PersonDraft]:
    """One name per person (the longest spelling), one economy (the first known), one entry per role."""
    names = sorted({p.name for p in people}, key=lambda name: (len(name), name), reverse=True)  # ties: not by hash
    canonical = {name: next(longer for longer in names if _same_person(name, longer)) for name in names}
    economy: dict[str, str] = {}
    for person in people:
        if person.economy:
            economy.setdefault(canonical[person.name], person.economy)
    merged: dict[tuple[str, str], PersonDraft] = {}
    for person in people:
        name = canonical[person.name]
        person.name, person.economy = name, economy.get(name)
        merged.setdefault((name, person.role), person)
    return list(merged.values())
