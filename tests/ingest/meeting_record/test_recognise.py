"""Which texts are English meeting records: by their shape, not by one record's words."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ingest.classify import classify
from tests.ingest.trip_report.report_fixtures import FIXTURES

RECORD = """67th APEC Telecommunications and Information Working Group Meeting
1. The meeting was held in Seattle, United States on 7-10 August 2023.
2. The meeting was attended by delegates from Australia; Japan and Korea.
3. The Chair opened the meeting.
"""


def test_records_in_either_layout_are_meeting_records() -> None:
    for name in ("tel67_summary_report.txt", "tel66_record_of_meeting.txt", "tel69_summary_numbered_paragraphs.txt"):
        assert classify((FIXTURES / name).read_text(encoding="utf-8")) == "meeting_record", name
    assert classify(RECORD) == "meeting_record", "numbered paragraphs that say who attended, without agenda items"


def test_the_seeds_and_other_texts_keep_their_kinds(report_seed: Path, article_seed: Path) -> None:
    assert classify(report_seed.read_text(encoding="utf-8")) == "trip_report"
    assert classify(article_seed.read_text(encoding="utf-8")) == "news_article"
    assert classify(RECORD.replace("1. ", "").replace("2. ", "").replace("3. ", "")) == "document"
    assert classify(RECORD.replace("Meeting\n", "\n", 1)) == "document", "no line names a meeting"
    chinese = "APEC 第68次會議（TEL68 Meeting）\n" + "一、會議於秘魯舉行，與會者 attended by 各經濟體。\n" * 5
    assert classify(chinese) != "meeting_record"


def test_a_proposal_that_names_a_meeting_and_mentions_participants_later_is_no_record() -> None:
    proposal = (
        "67th TEL Meeting, Seattle\nProject Proposal: Regional Workshop on Spectrum\n"
        "1. Objective\nTo share experience.\n2. Scope\nEconomies will share policies.\n3. Budget\nUSD 100,000.\n"
        + "The project will run for a year.\n" * 40
        + "Experts from Japan and Korea participated in the earlier phase, attended by delegates from Peru.\n"
    )
    assert classify(proposal) == "document"
