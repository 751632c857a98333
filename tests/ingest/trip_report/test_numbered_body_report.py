"""A brief report without parts (壹、): an unnumbered cover (會議名稱：…) and a body numbered from 一、 (一、目的,
二、會議過程 › (一)團長會議 › 1.各經濟體國情報告 › (1)澳洲), without a schedule table. It is read as a trip report
whose cover ends where the body's first heading begins."""

from __future__ import annotations

from datetime import date

import pytest
from report_fixtures import FIXTURES, parse_fixture

from desktop_app.core.drafts import DocumentDraft

FIXTURE = FIXTURES / "telwg67_numbered_body_report.txt"


@pytest.fixture(scope="module")
def draft() -> DocumentDraft:
    return parse_fixture(FIXTURE.name)


def test_cover_and_meeting(draft: DocumentDraft) -> None:
    assert (draft.kind, draft.title) == ("trip_report", "參加APEC電信暨資訊工作小組第67次會議報告")
    assert [s.heading for s in draft.sections[:3]] == [draft.title, "目的", "會議過程"]
    meeting = draft.meetings[0]
    assert (meeting.forum, meeting.number, meeting.start_date, meeting.end_date) == (
        "APEC TELWG", 67, date(2023, 8, 21), date(2023, 8, 25)
    )
    assert (meeting.host_economy, meeting.chair_name, meeting.chair_organization) == ("US", "Maria Lopez", "墨西哥聯邦電信院")
    assert meeting.economies_present == ["AU", "CN", "JP", "KR", "US", "TH", "VN", "TW"]
    assert meeting.economies_absent == ["CL", "PE"]


def test_people_sessions_updates_recommendations(draft: DocumentDraft) -> None:
    meeting = draft.meetings[0]
    assert [(p.name, p.role, p.title) for p in meeting.people] == [
        ("陳建國", "delegate", "副司長"),
        ("吳佩珊", "delegate", "經理"),
        ("Maria Lopez", "chair", None),
        ("John Smith", "speaker", None),
    ]
    assert [(s.kind, s.title) for s in meeting.sessions] == [
        ("heads_of_delegation", "團長會議"),
        ("plenary", "大會"),
        ("workshop", "研討會：海底電纜韌性研討會"),
    ]
    assert [(u.economy, meeting.sessions[u.session].kind) for u in meeting.updates] == [
        ("AU", "plenary"), ("KR", "plenary"), ("TW", "plenary")
    ]
    assert [(r.title, r.text) for r in draft.recommendations] == [
        ("各經濟體重視網路韌性", ""), ("建議持續參與海底電纜相關計畫", ""), ("建議爭取主辦研討會", "")
    ]
