"""The sample trip report imported into a fresh library: the export holds everything the importer extracts."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.export import export_library
from desktop_app.core.library import Library
from desktop_app.ingest.line_kinds import is_caption_or_note


@pytest.fixture(scope="module")
def export(seeded_library_file: Path) -> dict[str, Any]:
    """The export of the session's seeded library (both seeds imported into a fresh file), read once."""
    library = Library(seeded_library_file)
    try:
        return export_library(library)
    finally:
        library.close()


def _report(export: dict[str, Any]) -> dict[str, Any]:
    return next(d for d in export["documents"] if d["kind"] == "trip_report")


def test_meeting(export: dict[str, Any]) -> None:
    assert _report(export)["title"] == "出席 APEC TELWG 第 68 次會議簡要報告"
    (meeting,) = export["meetings"]
    assert "TELWG 68" in meeting["name"]
    assert (meeting["forum"], meeting["number"]) == ("APEC TELWG", 68)
    assert (meeting["start_date"], meeting["end_date"]) == ("2024-05-04", "2024-05-09")
    assert (meeting["location"], meeting["host_economy"]) == ("秘魯阿雷基帕", "PE")
    assert meeting["chair"]["name"] == "Victor Manuel Martinez Vanegas"
    assert meeting["chair"]["organization"].startswith("墨西哥聯邦電信院")
    assert sorted(meeting["economies_present"]) == sorted("AU CN ID JP KR MY MX PG PE PH RU TH US TW".split())
    assert sorted(meeting["economies_absent"]) == sorted("BN CA CL SG HK NZ VN".split())


def test_delegation_and_officers(export: dict[str, Any]) -> None:
    people = {(p["name"], p["economy"]): p for p in export["people"]}
    roles = {(name, economy): {r["role"] for r in p["roles"]} for (name, economy), p in people.items()}
    delegates = [p for p in export["people"] if any(r["role"] == "delegate" for r in p["roles"])]
    assert len(delegates) == 14 and {p["economy"] for p in delegates} == {"TW"}
    assert (people[("沈信雄", "TW")]["title"], people[("沈信雄", "TW")]["organization"]) == ("專門委員", "數位發展部")
    assert (people[("王姿琳", "TW")]["title"], people[("王姿琳", "TW")]["organization"]) == ("工程師", "財團法人工業技術研究院")
    assert roles[("沈信雄", "TW")] == {"delegate", "head_of_delegation"}
    assert "chair" in roles[("Victor Manuel Martinez Vanegas", "MX")]
    assert "secretariat" in next(r for (name, _), r in roles.items() if name == "Kirill Makhrin")
    assert "convenor" in roles[("Luke Slattery", "AU")]
    assert "vice_convenor" in roles[("王家宜", "TW")]
    assert "vice_convenor" in roles[("謝志昌", "TW")]
    assert "vice_convenor" in roles[("Niu Weilu", "CN")]
    assert "convenor" in roles[("Ramona Saar", "US")]
    assert "speaker" in roles[("Takahiro FUJITA", "JP")]
    assert "moderator" in next(r for (name, _), r in roles.items() if name == "Alan Ramirez Garcia" or name == "Alan Ramírez García")
    assert "speaker" in roles[("Javier Yogui Sato", "PE")]  # 秘魯電信監管機構 OSIPTEL Mr. Javier Yogui Sato
    assert "speaker" in roles[("Martha Suarez", "US")]  # 來自美國的 Martha Suarez
    assert "head_of_delegation" in roles[("Jai Nair", "US")]  # 也是美國代表團參與 APEC TELWG的團長


def test_sessions(export: dict[str, Any]) -> None:
    sessions = export["sessions"]
    sections = {s["id"]: s for s in export["sections"]}
    assert len(sessions) == 12
    assert [(s["date"], s["start"], s["end"]) for s in sessions[:2]] == [
        ("2024-05-04", "09:00", "10:30"),
        ("2024-05-04", "11:00", "13:30"),
    ]
    assert [s["kind"] for s in sessions].count("steering_group") == 3
    assert sessions[2]["title_en"] == "ICT Roundtable: Connectivity and Emerging Technologies"
    headings = [sections[s["section_id"]]["heading"] for s in sessions]
    assert headings[0] == "團長及執行委員會議"
    assert headings[1] == headings[10] == "大會"
    assert headings[3].endswith("（DPSG）")
    assert headings[11] == "雲端環境中的人才發展研討會"


def test_country_updates_by_body(export: dict[str, Any]) -> None:
    sections = {s["id"]: s for s in export["sections"]}
    by_list: dict[tuple[str, str], set[str]] = defaultdict(set)
    for update in export["updates"]:
        listing = sections[sections[update["section_id"]]["parent_id"]]["heading"]
        session = next(s for s in export["sessions"] if s["id"] == update["session_id"])
        body = session["title"].split("]")[0].strip("[") if session["kind"] == "steering_group" else session["kind"]
        by_list[(body, listing)].add(update["economy"])
        assert update["text"] and update["topics"] is not None
    assert by_list[("plenary", "經濟體國情報告")] == set("AU CN ID TH KR MY MX PG PE TW US".split())
    assert by_list[("DPSG", "各經濟體更新報告")] == set("AU CN ID US".split())
    assert by_list[("STSG", "經濟體報告")] == set("AU CN TW US".split())
    assert by_list[("STSG", "討論事項")] == set("ID JP".split())  # TW and US spoke again: their first updates
    assert by_list[("CISG", "各經濟體更新報告")] == set("TW CN ID JP MX TH US".split())
    taiwan_cisg = next(u for u in export["updates"] if u["economy"] == "TW" and "逐部審驗" in u["text"])
    assert "少量自用" in taiwan_cisg["text"]  # the update carries its subsections' text


def test_one_update_per_economy_and_session_without_the_sessions_summary(export: dict[str, Any]) -> None:
    updates = export["updates"]
    assert len(updates) == 28
    assert len({(u["session_id"], u["economy"]) for u in updates}) == len(updates)
    stsg = next(s["id"] for s in export["sessions"] if s["body"] == "STSG")
    taiwan, united_states = (
        next(u for u in updates if (u["session_id"], u["economy"]) == (stsg, economy)) for economy in ("TW", "US")
    )
    assert taiwan["text"].index("擴增政府機關資安人力") < taiwan["text"].index("緊急漫遊體制")
    assert united_states["text"].endswith("（FEMA）啟動觸發緊急/災難功能。")
    assert not any("整體來說" in u["text"] for u in updates)
    assert any("整體來說" in s["text"] for s in export["sections"])  # the discussion's section keeps its summary


def test_texts_apart_from_figures_hold_no_captions(export: dict[str, Any]) -> None:
    texts = [u["text"] for u in export["updates"]] + [r["text"] for r in export["recommendations"]]
    assert not [line for text in texts for line in text.split("\n") if is_caption_or_note(line)]
    assert export["recommendations"][-1]["text"].endswith("。")


def test_figures_and_recommendations(export: dict[str, Any]) -> None:
    report_id = _report(export)["id"]
    figures = [f for f in export["figures"] if f["document_id"] == report_id]
    assert [f["number"] for f in figures] == list(range(1, 55))
    assert all(f["source"] and f["section_id"] for f in figures)
    assert figures[36]["caption"] == "墨西哥 IFT研究員 José Luis Cuevas Ruiz 博士分享該國 5G政策經驗"
    assert figures[0]["source"] == "印尼"
    recommendations = [r for r in export["recommendations"] if r["document_id"] == report_id]
    assert len(recommendations) == 6
    assert recommendations[0]["title"] == "網路韌性政策與推動措施成為重點議題之一"
    assert all(r["text"] for r in recommendations)


def test_outline_keeps_headings_the_first_pass_lost(export: dict[str, Any]) -> None:
    headings = {(s["label"], s["heading"]) for s in export["sections"]}
    assert ("(七)", "TELWG 2026 年至 2030 年策略行動計畫與組織章程") in headings
    assert ("(四)", "2026-2030 年策略行動方案實施情形和 TEL 職權範圍") in headings
    assert ("(1)", "日本：智慧銀髮創新計畫（Smart Silver Innovation Project）第 2階段（Phase 2）") in headings
    japan = next(s for s in export["sections"] if s["heading"].startswith("日本：智慧銀髮"))
    assert japan["economies"][0] == "JP"
