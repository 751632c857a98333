"""One meeting (TELWG 69) as three documents report it, written through Library.add_document: the full trip
report (imported twice, from two files), a thin summary filed after it and the forum's English record.

Shaped like the QA library's reports: the thin one has one session and one update and names the chair without
an organization; the record names officers the trip reports leave out and gives English updates.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.drafts import DocumentDraft, MeetingDraft, PersonDraft, SectionDraft, SessionDraft, UpdateDraft
from desktop_app.core.library import Library
from desktop_app.services import open_library

KOREA_ZH = "韓方說明數位權利憲章及AI基本法草案，並報告5G專網已核發超過100張執照。"
KOREA_EN = "Korea reported on its Digital Bill of Rights and noted more than 100 private 5G network licences."
SINGAPORE_EN = "Singapore presented its National AI Strategy 2.0 and the AI Verify testing framework."
TAIPEI_ZH = "我國說明非同步衛星通訊韌性計畫及海纜備援措施。"
CHAIR = "Victor Manuel Martinez Vanegas"
CHAIR_ORGANIZATION = "墨西哥聯邦電信院（IFT）"
FULL_SOURCE, COPY_SOURCE, THIN_SOURCE = "r2_tel69_full.txt", "r5_tel69_full_copy.docx", "r4_tel69_thin.txt"


def _meeting(**facts) -> MeetingDraft:
    return MeetingDraft(
        forum="APEC TELWG", number=69, start_date=date(2024, 8, 26), end_date=date(2024, 8, 30), **facts
    )


def thin_report() -> DocumentDraft:
    sections = [SectionDraft(0, "一、", "資安與信任指導分組（STSG）", TAIPEI_ZH, economies=["TW"], topics=["resilience"])]
    meeting = _meeting(
        name="亞太經濟合作（APEC）電信暨資訊工作小組（TELWG）第69次會議",
        date_text="2024年8月26日至30日",
        chair_name=CHAIR,
        sessions=[SessionDraft("資安與信任指導分組（STSG）", "steering_group", body="STSG", section=0)],
        updates=[UpdateDraft("TW", "我國", TAIPEI_ZH, ["resilience"], session=0, section=0)],
        people=[PersonDraft(CHAIR, "chair", economy="MX")],
    )
    return DocumentDraft(
        title="亞太經濟合作（APEC）電信暨資訊工作小組（TELWG）第69次會議", kind="trip_report", source=THIN_SOURCE,
        sha256="1" * 64, text=TAIPEI_ZH, sections=sections, meetings=[meeting],
    )


def full_report(source: str = FULL_SOURCE, sha256: str = "2" * 64) -> DocumentDraft:
    sections = [
        SectionDraft(0, "壹、", "第一次大會"),
        SectionDraft(1, "(一)", "南韓", KOREA_ZH, parent=0, economies=["KR"], topics=["5g", "ai"]),
        SectionDraft(1, "(二)", "我國", TAIPEI_ZH, parent=0, economies=["TW"], topics=["resilience"]),
    ]
    meeting = _meeting(
        name="亞太經濟合作電信暨資訊工作小組第69次會議（APEC TELWG 69）",
        date_text="2024年8月26日（星期一）至8月30日（星期五）",
        location="墨西哥墨西哥城",
        chair_name=CHAIR,
        chair_organization=CHAIR_ORGANIZATION,
        sessions=[
            SessionDraft("第一次大會", "plenary", date(2024, 8, 26), "14:00", "18:00", section=0),
            SessionDraft("數位繁榮指導分組（DPSG）", "steering_group", date(2024, 8, 27), body="DPSG"),
        ],
        updates=[
            UpdateDraft("KR", "南韓", KOREA_ZH, ["5g", "ai"], session=0, section=1),
            UpdateDraft("TW", "我國", TAIPEI_ZH, ["resilience"], session=0, section=2),
        ],
        people=[
            PersonDraft("邱俊榮", "head_of_delegation", "副署長", "數位發展部", "TW"),
            PersonDraft("邱俊榮", "delegate", "副署長", "數位發展部", "TW"),
            PersonDraft("陳怡如", "delegate", "科長", "數位發展部", "TW"),
            PersonDraft(CHAIR, "chair", economy="MX"),
            PersonDraft("Ramiro Ortega", "convenor", economy="US"),
        ],
    )
    return DocumentDraft(
        title="數位發展部出席APEC電信暨資訊工作小組第69次會議報告", kind="trip_report", source=source,
        sha256=sha256, text="\n".join(section.text for section in sections), sections=sections, meetings=[meeting],
    )


def english_record() -> DocumentDraft:
    sections = [
        SectionDraft(0, "3.", "Economy Reports"),
        SectionDraft(1, "3.1", "Korea", KOREA_EN, parent=0, economies=["KR"], topics=["5g"]),
        SectionDraft(1, "3.2", "Singapore", SINGAPORE_EN, parent=0, economies=["SG"], topics=["ai"]),
    ]
    meeting = _meeting(
        name="69th APEC Telecommunications and Information Working Group Meeting",
        date_text="26 – 30 August 2024",
        chair_name=CHAIR,
        sessions=[SessionDraft("Economy Reports", "plenary", section=0)],
        updates=[
            UpdateDraft("KR", "Korea", KOREA_EN, ["5g"], session=0, section=1),
            UpdateDraft("SG", "Singapore", SINGAPORE_EN, ["ai"], session=0, section=2),
        ],
        people=[
            PersonDraft(CHAIR, "chair", economy="MX"),
            PersonDraft("Aiko Sato", "vice_chair", economy="JP"),
            PersonDraft("Hiroshi Yamada", "convenor", economy="JP"),
            PersonDraft("Ramiro Ortega", "convenor", economy="US"),
        ],
    )
    return DocumentDraft(
        title="Summary Record: 69th APEC Telecommunications and Information Working Group Meeting",
        kind="meeting_record", source="m1_tel69_summary_record.txt", sha256="3" * 64,
        text="\n".join(section.text for section in sections), sections=sections, meetings=[meeting],
    )


@pytest.fixture
def tel69_library(tmp_path: Path) -> Library:
    """The full report twice, then the thin one (imported last, the trip report the brief took), then the
    record."""
    library = open_library(tmp_path / "tel69.sqlite")
    for draft in (full_report(), full_report(COPY_SOURCE, "4" * 64), thin_report(), english_record()):
        library.add_document(draft)
    yield library
    library.close()


def meeting_of(library: Library, source: str) -> int:
    """The id of the meeting the document imported from source reports."""
    from desktop_app.core import queries

    return next(meeting.id for meeting in queries.meetings(library) if meeting_source(library, meeting) == source)


def meeting_source(library: Library, meeting) -> str:
    from desktop_app.core import queries

    return queries.document_sources(library)[meeting.document_id]
