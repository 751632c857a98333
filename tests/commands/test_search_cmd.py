"""`telref search` as a user and a script run it: a real subprocess on a copy of the seeded library."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest


@pytest.fixture
def run_search(seeded_library_file: Path, tmp_path: Path):
    db = tmp_path / "library.sqlite"
    shutil.copy(seeded_library_file, db)
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "TELREF_DB": str(db)}

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop_app", "search", *args],
            input=stdin, capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        )

    return run


def test_json_answer_has_the_documented_fields(run_search) -> None:
    result = run_search("华为", "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["query"] == "华为" and answer["total"] >= len(answer["hits"]) > 0
    hit = answer["hits"][0]
    assert set(hit) >= {"document_id", "document_title", "document_kind", "section_id", "heading", "path",
                        "economies", "topics", "snippet", "score", "document_date"}
    assert hit["document_date"] == "2020-08-27"  # the article is where 华为 stands
    assert "華為" in hit["snippet"] + hit["heading"]
    marked = [hit["snippet"][start - 1 : end + 1] for hit in answer["hits"] for start, end in hit["marks"]]
    assert marked and all(text[0] == "«" and text[-1] == "»" and "«" not in text[1:-1] for text in marked), marked


def test_a_match_in_the_heading_only_is_marked_in_the_heading(run_search) -> None:
    """A section whose text is empty or does not hold the term still shows where it matched: its heading's
    marks in the JSON answer, and «» around them in the plain answer."""
    answer = json.loads(run_search("開幕式", "--json", "--limit", "1000").stdout)
    heading_only = [hit for hit in answer["hits"] if not hit["marks"]]
    assert heading_only and all(hit["heading_marks"] for hit in heading_only)
    for hit in heading_only:
        start, end = hit["heading_marks"][0]
        assert hit["heading"][start:end] == "開幕式"
    plain = run_search("開幕式", "--limit", "1000").stdout
    assert f"«{heading_only[0]['heading'][slice(*heading_only[0]['heading_marks'][0])]}»" in plain


def test_economy_alias_filter_and_unknown_economy(run_search) -> None:
    found = json.loads(run_search("5G", "--economy", "Korea", "--json").stdout)
    assert found["hits"] and all("KR" in hit["economies"] for hit in found["hits"])
    unknown = run_search("5G", "--economy", "Narnia")
    assert unknown.returncode == 2 and "Narnia" in unknown.stderr and len(unknown.stderr.strip().splitlines()) == 1


def test_a_meeting_filter_by_id_or_part_of_its_name(run_search, seeded_library_file: Path) -> None:
    """--meeting takes the meeting's id or part of its name, as `telref brief` does; a name that matches none is
    refused in one line naming the closest, on the command line and in stdin mode."""
    by_name = json.loads(run_search("頻譜", "--meeting", "TELWG 68", "--json").stdout)
    assert by_name["hits"] and all(hit["document_kind"] == "trip_report" for hit in by_name["hits"])
    with closing(sqlite3.connect(seeded_library_file)) as connection:
        (meeting_id,) = connection.execute("SELECT id FROM meetings").fetchone()
    assert json.loads(run_search("頻譜", "--meeting", str(meeting_id), "--json").stdout)["total"] == by_name["total"]
    unknown = run_search("頻譜", "--meeting", "TELWG 60 Meeting")
    assert unknown.returncode == 2 and len(unknown.stderr.strip().splitlines()) == 1 and "TELWG 68" in unknown.stderr
    answers = run_search("-", stdin='{"query": "頻譜", "meeting": "TELWG 68"}\n{"query": "頻譜", "meeting": "nowhere"}\n')
    first, second = (json.loads(line) for line in answers.stdout.splitlines())
    assert first["total"] == by_name["total"] and "nowhere" in second["error"]


def test_a_meeting_two_documents_report_is_searched_in_both(run_search, tmp_path: Path) -> None:
    """With APEC's English summary of TEL68 beside the trip report, 'TELWG 68' names one meeting (no longer
    several to choose between) and its search finds both documents."""
    summary = Path(__file__).parents[1] / "fixtures" / "tel68_summary_report.txt"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data"), "TELREF_DB": str(tmp_path / "library.sqlite")}
    subprocess.run([sys.executable, "-m", "desktop_app", "import", str(summary)], env=env, check=True,
                   capture_output=True, timeout=120)
    found = run_search("Korea", "--meeting", "TELWG 68", "--json", "--limit", "100")
    assert found.returncode == 0, found.stderr
    assert {hit["document_kind"] for hit in json.loads(found.stdout)["hits"]} == {"trip_report", "meeting_record"}
    records = json.loads(run_search("Korea", "--meeting", "TELWG 68", "--kind", "meeting_record", "--json").stdout)
    assert records["hits"] and {hit["document_kind"] for hit in records["hits"]} == {"meeting_record"}


def test_plain_output_marks_matches(run_search) -> None:
    result = run_search("SATRIA-1")
    assert result.returncode == 0 and "«SATRIA-1»" in result.stdout


def test_stdin_mode_answers_one_json_line_per_request(run_search) -> None:
    requests = [
        json.dumps({"query": "漫遊", "limit": 2}, ensure_ascii=False),
        "IPv6",
        json.dumps({"query": "", "economy": "南韓", "limit": 1}, ensure_ascii=False),
        "'; DROP TABLE sections; --",
        json.dumps({"query": "x", "economy": "Narnia"}),
        "NEAR(",
        json.dumps({"query": "5G", "sort": "newest", "limit": 50}),
        json.dumps({"query": "5G", "sort": "sideways"}),
    ]
    result = run_search("-", stdin="\n".join(requests) + "\n")
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(requests)
    assert answers[0]["total"] > 0 and len(answers[0]["hits"]) <= 2
    assert answers[1]["hits"][0]["snippet"].count("«") >= 1
    assert answers[2]["hits"] and "KR" in answers[2]["hits"][0]["economies"]
    assert answers[3]["total"] == 0 and answers[5]["total"] == 0
    assert "error" in answers[4] and "sideways" in answers[7]["error"]
    newest_documents = [hit["document_id"] for hit in answers[6]["hits"]]
    assert newest_documents == sorted(newest_documents, key=newest_documents.index) and len(set(newest_documents)) == 2
    assert newest_documents[0] == 2  # the 2024 trip report before the 2020 article


def test_stdin_mode_answers_every_line_and_refuses_a_bad_request_in_one_line_then_goes_on(run_search) -> None:
    """A request no search can answer (an infinite or negative limit, half a surrogate pair, a kind or field
    that does not exist, a list for a query) gets an error line naming what is wrong; the server lives on, and
    a blank line or one after a byte-order mark is answered like any other, so answers pair with requests."""
    bad = [
        ('{"query": "5G", "limit": 1e400}', "limit"),
        ('{"query": "5G", "limit": -1}', "limit"),
        ('{"query": "5G", "limit": "abc"}', "limit"),
        ('{"query": "5G", "limit": true}', "limit"),
        ('{"query": "\\ud800"}', "query must be text"),
        ('{"query": ["5G"]}', "query must be text"),
        ('{"query": "5G", "kind": "bogus"}', "no document kind called 'bogus'"),
        ('{"query": "5G", "limt": 3}', "unknown field 'limt'"),
        ("[" * 1000, "nests too deeply"),
        ('{"query": "5G", "economy": ' + "[" * 2000 + "}", "nests too deeply"),
        ("a " * 6000, "at most 10000 characters"),
    ]
    good = ["", "\ufeff" + '{"query": "5G", "limit": 1}', '{"query": "5G", "limit": 0}', '{"query": "5G", "limit": null}']
    result = run_search("-", stdin="\n".join([line for line, _reason in bad] + good) + "\n")
    assert result.returncode == 0 and not result.stderr, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(answers) == len(bad) + len(good)
    for (line, reason), answer in zip(bad, answers):
        assert reason in answer["error"] and "hits" not in answer and len(answer["query"]) <= 200, line[:40]
    blank, marked, none, plain = answers[len(bad):]
    assert blank == {"query": "", "total": 0, "hits": []}
    assert marked["total"] == plain["total"] > 0 and len(marked["hits"]) == 1
    assert none["total"] == plain["total"] and none["hits"] == []


def test_a_limit_outside_0_to_1000_is_refused_on_the_command_line(run_search) -> None:
    for limit in ("5000", "-1", "x"):
        result = run_search("5G", "--limit", limit)
        assert result.returncode == 2 and "limit must be a whole number from 0 to 1000" in result.stderr


def test_stdin_mode_prepares_its_reader_before_reading_a_request(
    seeded_library, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The library's state is read ahead, so the first request's search reads none of it (as the window's
    prepared reader does)."""
    from desktop_app.commands import search_cmd
    from desktop_app.search.engine import SearchEngine

    events: list[str] = []

    class Requests:
        def __iter__(self):
            events.append("first request read")
            yield "IPv6\n"

    def reads_library_state(statement: str) -> bool:
        return "FROM documents" in statement or "FROM search_documents" in statement

    reader = seeded_library.reader()
    reader.set_trace_callback(events.append)
    monkeypatch.setattr(sys, "stdin", Requests())
    try:
        assert search_cmd._serve_stdin(SearchEngine(seeded_library)) == 0
    finally:
        reader.set_trace_callback(None)
    first = events.index("first request read")
    assert any(map(reads_library_state, events[:first])) and not any(map(reads_library_state, events[first:]))
    assert json.loads(capsys.readouterr().out)["total"] > 0
