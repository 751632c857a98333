"""People a meeting record names: an honorific, a name, and their economy in brackets (Mr Ali Amran
(Malaysia)); the role is the one said just after the name (…, as Deputy Chair; …, TEL Vice Chair) or nearest
before it (chaired by …, The DPSG convenor, …), else a speaker when the sentence goes on with what they
presented, maybe after their title (Ms Laura Fernández, Commissioner of IFT, delivered …)."""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.drafts import PersonDraft
from desktop_app.core.economies import registry
from desktop_app.ingest.latin_names import LATIN_NAME_LETTER, LATIN_NAME_WORD
from desktop_app.ingest.meeting_record.words import record_words
from desktop_app.ingest.outline import OutlineSection

# a capitalised word of two letters or more: a lone capital in a record's sentences is the article A or the pronoun
# I more often than an initial
_CAPITALISED = rf"(?=[A-Z]{LATIN_NAME_LETTER}){LATIN_NAME_WORD}"
_SENTENCE_START = re.compile(r"(?:^|[.;]\s+)(?=[A-Z])")


@cache
def _name_word() -> str:
    """A capitalised word, or a particle of a name (Maria de la Cruz) that more of the name follows."""
    particles = "|".join(re.escape(word) for word in record_words().particles)
    return rf"(?:{_CAPITALISED}|(?:{particles})(?=\s+(?:[A-Z]|(?:{particles})\s)))"


@cache
def _person_pattern() -> re.Pattern[str]:
    honorifics = "|".join(re.escape(word.rstrip(".")) for word in record_words().honorifics)
    word = _name_word()
    return re.compile(
        rf"(?<![A-Za-z])(?:{honorifics})\.?\s+(?P<name>{word}(?:\s+{word}){{0,4}})"
        r"(?:\s*\((?P<bracket>[^()]{2,80})\))?"
    )


@cache
def _role_after_pattern() -> re.Pattern[str]:
    """A role said just after a name: as Deputy Chair, the TEL Chair, served as Vice Chair."""
    leads = "|".join(re.escape(lead) for lead in sorted(record_words().role_after, key=len, reverse=True))
    return re.compile(rf"^\s*,?\s*(?:{leads})\s+(?:the\s+)?(?P<role>(?:[A-Z][A-Za-z\-]*\s*){{1,3}})")


@cache
def _title_after_pattern() -> re.Pattern[str]:
    """A title set off by a comma just after a name (…, TEL Vice Chair; …, Commissioner of IFT,): capitalised
    words and the small words that join them, up to the next comma or the sentence's end."""
    joins = "|".join(re.escape(word) for word in record_words().title_joins)
    word = r"[A-Z][\w\-’']*"
    return re.compile(rf"^\s*,\s*(?:the\s+)?(?P<title>{word}(?:\s+(?:(?:{joins})\s+)*{word}){{0,8}})\s*(?=[,.;]|$)")


@cache
def _bare_pattern() -> re.Pattern[str]:
    """A name without an honorific, known only by the economy in brackets after it (Ali Amran (Malaysia))."""
    return re.compile(
        rf"(?<![A-Za-z])(?P<name>{_CAPITALISED}(?:\s+{_name_word()}){{1,3}})\s*\((?P<bracket>[^()]{{2,40}})\)"
    )


def _role_in(text: str, nearest_last: bool) -> str | None:
    """The role a stretch of text names: the one written nearest its end (before a name) or its start (after)."""
    folded = text.casefold()
    found: list[tuple[int, int, str]] = []
    for order, row in enumerate(record_words().roles):
        for word in row.words:
            at = folded.rfind(word.casefold()) if nearest_last else folded.find(word.casefold())
            if at >= 0:
                found.append((at + len(word) if nearest_last else -at, -order, row.role))
    return max(found)[2] if found else None


def _economy_and_organization(bracket: str | None) -> tuple[str | None, str | None]:
    if not bracket:
        return None, None
    code = registry().resolve(bracket.strip())
    if code:
        return code, None
    found = registry().find_in_text(bracket)
    return (found[0] if found else None), bracket.strip()


def people_in(outline: list[OutlineSection]) -> list[PersonDraft]:
    """Each named person once per role, with the section that names them."""
    people: list[PersonDraft] = []
    seen: set[tuple[str, str]] = set()
    for index, section in enumerate(outline):
        for paragraph in section.paragraphs:
            for person in _named_in(paragraph, index):
                if (person.name, person.role) not in seen:
                    seen.add((person.name, person.role))
                    people.append(person)
    return people


def _matches(paragraph: str) -> list[re.Match[str]]:
    """Honorific-led names, and names an economy in brackets follows where no honorific-led one stands."""
    matches = list(_person_pattern().finditer(paragraph))
    taken = [(match.start(), match.end()) for match in matches]
    for bare in _bare_pattern().finditer(paragraph):
        if any(start < bare.end() and bare.start() < end for start, end in taken):
            continue
        if registry().resolve(bare["bracket"].strip()) and not registry().mentions(bare["name"]):
            matches.append(bare)
    return sorted(matches, key=lambda match: match.start())


def _named_in(paragraph: str, section: int) -> list[PersonDraft]:
    matches = _matches(paragraph)
    found = []
    for position, match in enumerate(matches):
        sentence_start = max((m.end() for m in _SENTENCE_START.finditer(paragraph, 0, match.start())), default=0)
        before_start = max(sentence_start, matches[position - 1].end() if position else 0)
        after_end = matches[position + 1].start() if position + 1 < len(matches) else len(paragraph)
        after = paragraph[match.end():after_end]
        title = _title_after_pattern().match(after)
        role = _role_after(after, title) or _role_in(paragraph[before_start:match.start()], nearest_last=True)
        bare = match.re is _bare_pattern()
        after_title = after[title.end() if title else 0 :]
        if role is None and _speaks(after_title) and not bare:  # a bare name needs a role said: Cyber Trust Mark (U.S.)
            role = "speaker"
        job = title["title"] if title and _role_in(f"{title['title']},", nearest_last=False) is None else None
        if role is None:
            continue
        economy, organization = _economy_and_organization(match["bracket"])
        found.append(
            PersonDraft(
                name=match["name"],
                role=role,
                title=job,
                organization=organization,
                economy=economy,
                section=section,
            )
        )
    return found


def _role_after(after: str, title: re.Match[str] | None) -> str | None:
    """The role said after the name: led in (as Deputy Chair), or the title after its comma (, TEL Vice Chair),
    read as closed by a comma so that a title ending in Chair names the role Chair."""
    said = _role_after_pattern().match(after)
    if said and (role := _role_in(said["role"], nearest_last=False)):
        return role
    return _role_in(f"{title['title']},", nearest_last=False) if title else None


def _speaks(after: str) -> bool:
    """Whether the words right after a name (and its title) say what the person presented."""
    first_words = after.strip(" ,").split()[:2]
    return any(word.casefold().startswith(verb) for word in first_words for verb in record_words().speaker_words)
