"""A library holding one meeting shaped like the seed report's TELWG 68, written through Library.add_document.

The briefs are tested on it independently of the trip-report parser; tests on the seeded library check the same
facts once the parser extracts them.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.drafts import (
    DocumentDraft,
    MeetingDraft,
    PersonDraft,
    RecommendationDraft,
    SectionDraft,
    SessionDraft,
    UpdateDraft,
)
from desktop_app.core.library import Library
from desktop_app.services import open_library

JAPAN_ROAMING = (
    "緊急情況下營運商間漫遊研究小組於 2022年 9月成立，2023 年 6月發布第二份報告，"
    "決定在 2025財年底引入完全營運商間漫遊，並添加「僅限緊急呼叫」漫遊。"
)


def telwg68_draft() -> DocumentDraft:
    sections = [
        SectionDraft(0, "貳、", "過程"),
        SectionDraft(1, "(2)", "日本", JAPAN_ROAMING, parent=0, economies=["JP"], topics=["resilience"]),
        SectionDraft(1, "(3)", "我國", "我國由國家資通安全研究院胡家崎研究員報告災害應變。", parent=0, economies=["TW"]),
        SectionDraft(0, "參、", "心得與建議", "網路韌性政策與推動措施成為重點議題之一。"),
    ]
    meeting = MeetingDraft(
        name="APEC電信暨資訊工作小組第 68 次會議（APEC TELWG 68 Meeting）",
        forum="TELWG",
        number=68,
        start_date=date(2024, 5, 4),
        end_date=date(2024, 5, 9),
        date_text="113年 5月 4日至 9日",
        location="秘魯阿雷基帕",
        host_economy="PE",
        chair_name="Mr. Victor Manuel Martinez Vanegas",
        chair_organization="墨西哥聯邦電信院（IFT）",
        economies_present=["AU", "CN", "ID", "JP", "KR", "MY", "MX", "PG", "PE", "PH", "RU", "TH", "US", "TW"],
        economies_absent=["BN", "CA", "CL", "SG", "HK", "NZ", "VN"],
        decisions=["TELWG 69：墨西哥預計於 113年 9月上旬或中旬舉行實體會議，正式時程待主辦方決定後通知。"],
        next_meeting="TELWG 69，墨西哥，113年 9月",
        sessions=[
            SessionDraft("團長會議", "heads_of_delegation", date(2024, 5, 4), "09:00", "10:30"),
            SessionDraft("[STSG]指導分組會議", "steering_group", date(2024, 5, 5), "14:30", "17:30", body="STSG"),
        ],
        updates=[
            UpdateDraft("JP", "日本", JAPAN_ROAMING, ["resilience"], session=1, section=1),
            UpdateDraft("TW", "我國", sections[2].text, ["resilience"], session=1, section=2),
        ],
        people=[
            PersonDraft("沈信雄", "head_of_delegation", "專門委員", "數位發展部", "TW"),
            PersonDraft("陳清福", "delegate", "簡任視察", "數位發展部資通安全署", "TW"),
            PersonDraft("Takahiro FUJITA", "speaker", "副主任", "日本總務省", "JP"),
        ],
    )
    return DocumentDraft(
        title="出席 APEC TELWG 第 68 次會議簡要報告",
        kind="trip_report",
        source="telwg68.txt",
        sha256="f" * 64,
        text="\n".join(section.text for section in sections),
        sections=sections,
        meetings=[meeting],
        recommendations=[RecommendationDraft("網路韌性政策與推動措施成為重點議題之一", "各經濟體重視數位韌性。", 3)],
    )


@pytest.fixture
def drafted_library(tmp_path: Path) -> Library:
    """A fresh library with the TELWG 68 draft above as its only document."""
    library = open_library(tmp_path / "drafted.sqlite")
    library.add_document(telwg68_draft())
    yield library
    library.close()
