"""Topic brief: every section on a topic, grouped by the economy it is about, newest meeting first."""

from __future__ import annotations

from desktop_app.briefing.blocks import Brief, Heading, Note
from desktop_app.briefing.labels import counted, labels
from desktop_app.briefing.sections import add_section, distinct_sections
from desktop_app.briefing.text import economy_label
from desktop_app.core import models as m
from desktop_app.core import queries
from desktop_app.core.economies import APEC_CODES, registry
from desktop_app.core.library import Library
from desktop_app.core.topics import Topic, taxonomy

GENERAL = ""  # group of sections about several economies or none


def primary_economy(section: m.Section) -> str:
    """The economy a section is about: the one its heading names, else its only one; GENERAL otherwise."""
    named = registry().find_in_text(section.heading)
    if len(named) == 1:
        return named[0]
    if not named and len(section.economies) == 1:
        return section.economies[0]
    return GENERAL


def topic_brief(library: Library, topic_id: str, lang: str = "zh") -> Brief:
    topic = taxonomy().get(topic_id)
    if topic is None:
        raise LookupError(f"no topic {topic_id}")
    words = labels(lang)
    sections = distinct_sections(library, queries.sections_for_topic(library, topic_id))
    groups: dict[str, list[m.Section]] = {}
    for section in sections:
        groups.setdefault(primary_economy(section), []).append(section)
    ordered = sorted(groups, key=lambda code: (code == GENERAL, _economy_order(code)))
    brief = Brief(
        kind="topic",
        title=_title(topic, lang, words),
        lang=lang,
        subtitle=words["summary_sections"].format(
            sections=counted(words, "sections", len(sections)),
            economies=counted(words, "economies", len([code for code in groups if code != GENERAL])),
        ),
    )
    if not sections:
        brief.empty = True
        brief.add(Note(words["none_yet"]))
    for code in ordered:
        brief.add(Heading(economy_label(code, lang) if code != GENERAL else words["general"]))
        for section in groups[code]:
            add_section(brief, section, words)
    return brief


def _economy_order(code: str) -> int:
    """APEC's usual order of economies, so that a reader finds one at the same place in every brief."""
    return APEC_CODES.index(code) if code in APEC_CODES else len(APEC_CODES)


def _title(topic: Topic, lang: str, words: dict) -> str:
    """Its label, and its label in the other language after it unless the two are one (5G, IPv6)."""
    other = topic.label("zh" if lang == "en" else "en")
    return topic.label(lang) + (words["in_brackets"].format(text=other) if other != topic.label(lang) else "")
