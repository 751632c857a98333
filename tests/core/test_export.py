"""export_library against docs/export.md: exactly the documented keys, ISO dates, codes and links by id."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

from desktop_app.core.drafts import (
    DocumentDraft,
    FigureDraft,
    MeetingDraft,
    PersonDraft,
    RecommendationDraft,
    SectionDraft,
    SessionDraft,
    UpdateDraft,
)
from desktop_app.core.export import SCHEMA, export_library
from desktop_app.core.library import Library

EXPORT_PAGE = Path(__file__).resolve().parents[2] / "docs" / "export.md"
LISTS = ("documents", "sections", "meetings", "sessions", "updates", "people", "figures", "recommendations")


def _documented_keys() -> dict[str, set[str]]:
    """Each list's fields as docs/export.md's tables name them (a row may name two: `start`, `end`)."""
    keys: dict[str, set[str]] = {}
    current = None
    for line in EXPORT_PAGE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            heading = re.fullmatch(r"## (\w+)", line)
            current = heading.group(1) if heading and heading.group(1) in LISTS else None
        elif current and line.startswith("| `"):
            keys.setdefault(current, set()).update(re.findall(r"`(\w+)`", line.split("|")[1]))
    return keys


DOCUMENTED_KEYS = _documented_keys()


def _report() -> DocumentDraft:
    return DocumentDraft(
        title="出席APEC TEL 67報告",
        kind="trip_report",
        source="tel67.pdf",
        sha256="c" * 64,
        text="全文",
        published=date(2024, 6, 1),
        economies=["TW", "KR"],
        sections=[
            SectionDraft(level=0, label="貳、", heading="會議過程", topics=["5g"]),
            SectionDraft(level=1, label="一、", heading="韓國報告", text="韓國介紹頻譜政策。", parent=0, economies=["KR"]),
        ],
        meetings=[
            MeetingDraft(
                name="APEC TEL 67",
                forum="APEC TELWG",
                number=67,
                start_date=date(2024, 5, 4),
                end_date=date(2024, 5, 9),
                location="Lima",
                host_economy="PE",
                chair_name="Ms. Chair",
                chair_organization="MTC",
                economies_present=["PE", "TW", "KR"],
                economies_absent=["RU"],
                decisions=["通過 2025 年工作計畫。"],
                next_meeting="TEL 68：秘魯，2024 年 5 月",
                sessions=[
                    SessionDraft(title="全體會議", title_en="Plenary", kind="plenary", date=date(2024, 5, 8), start="09:00", end="12:30", section=0),
                    SessionDraft(title="[DPSG]指導分組會議", kind="steering_group", body="DPSG"),
                ],
                updates=[UpdateDraft(economy="KR", heading="韓國報告", text="韓國介紹頻譜政策。", topics=["spectrum"], session=0, section=1)],
                people=[PersonDraft(name="陳大文", role="head_of_delegation", title="科長", organization="NCC", economy="TW")],
            )
        ],
        figures=[FigureDraft(number=1, caption="會場", source="APEC", section=0)],
        recommendations=[RecommendationDraft(title="持續參與", text="建議持續派員。")],
    )


def test_export_has_exactly_the_documented_form(library: Library) -> None:
    library.add_document(_report())
    data = export_library(library)
    assert list(data) == ["schema", *DOCUMENTED_KEYS]
    assert data["schema"] == SCHEMA == "telref-export/1"
    for name, keys in DOCUMENTED_KEYS.items():
        assert len(data[name]) >= 1, name
        for row in data[name]:
            assert set(row) == keys, name
            assert isinstance(row["id"], int), name
    json.dumps(data)


def test_export_values_are_iso_dates_codes_and_ids(library: Library) -> None:
    document_id = library.add_document(_report()).document_id
    data = export_library(library)
    document = data["documents"][0]
    assert (document["id"], document["published"], document["economies"]) == (document_id, "2024-06-01", ["TW", "KR"])
    parent, child = data["sections"]
    assert (parent["parent_id"], parent["path"], parent["label"]) == (None, [], "貳、")
    assert (child["parent_id"], child["path"], child["economies"]) == (parent["id"], ["會議過程"], ["KR"])
    meeting = data["meetings"][0]
    assert (meeting["start_date"], meeting["end_date"], meeting["host_economy"]) == ("2024-05-04", "2024-05-09", "PE")
    assert meeting["chair"] == {"name": "Ms. Chair", "organization": "MTC"}
    assert (meeting["decisions"], meeting["next_meeting"]) == (["通過 2025 年工作計畫。"], "TEL 68：秘魯，2024 年 5 月")
    session, steering = data["sessions"]
    assert (session["date"], session["start"], session["end"], session["section_id"]) == ("2024-05-08", "09:00", "12:30", parent["id"])
    assert (session["body"], steering["body"], steering["date"]) == (None, "DPSG", None)
    update = data["updates"][0]
    assert (update["session_id"], update["section_id"], update["economy"]) == (session["id"], child["id"], "KR")
    person = data["people"][0]
    assert person["roles"] == [{"meeting_id": meeting["id"], "role": "head_of_delegation"}]
    assert data["figures"][0]["section_id"] == parent["id"]
    assert data["recommendations"][0] == {"id": data["recommendations"][0]["id"], "document_id": document_id, "title": "持續參與", "text": "建議持續派員。"}


def test_an_empty_library_exports_empty_lists(library: Library) -> None:
    data = export_library(library)
    assert data == {"schema": "telref-export/1", **{name: [] for name in DOCUMENTED_KEYS}}


def test_the_same_library_exports_the_same_text(library: Library) -> None:
    library.add_document(_report())
    assert json.dumps(export_library(library), ensure_ascii=False) == json.dumps(export_library(library), ensure_ascii=False)
