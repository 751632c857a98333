"""Search benchmark: a synthetic library built from the seeds, TelRef's index against two baselines.

    .venv/bin/python bench/search.py [--reports 300] [--rounds 3] [--keep DIR]

Generates variants of the two seed documents (other meeting numbers, economies swapped, numbers changed,
paragraphs dropped and shuffled), imports them through the real pipeline, then prints side by side:
import throughput and the search index's share of it against jieba's own segmentation of the same text,
index size per MB of text, p50/p95 latency of a fixed query mix (with snippets), and the same for a
LIKE '%…%' scan and FTS5's trigram tokenizer on the same sections, with each one's recall of random 2–5
character substrings of the sections' text.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import text

from desktop_app.core.economies import registry
from desktop_app.core.resources import seed_files
from desktop_app.core.topics import taxonomy
from desktop_app.ingest.pipeline import import_paths
from desktop_app.search import segmenter
from desktop_app.search.engine import SearchEngine, SearchQuery
from desktop_app.search.grams import HAN
from desktop_app.search.indexer import SearchIndexer
from desktop_app.search.plan import forget_plans
from desktop_app.search.query import parse
from desktop_app.search.warm_up import warm_up
from desktop_app.services import open_library

QUERY_MIX = [
    SearchQuery("藍牙"),
    SearchQuery("華為"),
    SearchQuery("华为"),
    SearchQuery("漫遊"),
    SearchQuery("頻譜"),
    SearchQuery("資通安全"),
    SearchQuery("人工智慧"),
    SearchQuery("Korea"),
    SearchQuery("spectrum"),
    SearchQuery("SATRIA-1"),
    SearchQuery("IPv6"),
    SearchQuery("DPSG"),
    SearchQuery('"緊急漫遊"'),
    SearchQuery("資安 人才"),
    SearchQuery("5G -華為"),
    SearchQuery("會議"),
    SearchQuery("5G", economy="KR"),
    SearchQuery("", topic="spectrum"),
    SearchQuery("網路韌性", kind="trip_report"),
    SearchQuery("零信任 OR 資安"),
]
HEADING_LINE = re.compile(
    r"^\s*(?:[壹貳參肆伍陸柒捌玖拾]+、|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+\.|\(\d+\)|[A-Z]\.)"
)


def variant(source: str, rng: random.Random, number: int) -> str:
    """Another document of the same shape: new meeting number, economies swapped, numbers and paragraphs varied."""
    lines = source.split("\n")
    head, body = lines[:120], lines[120:]
    blocks: list[list[str]] = []
    for line in body:
        if HEADING_LINE.match(line) or not blocks:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    kept = [block[:1] + (block[1:] if rng.random() > 0.6 else []) for block in blocks]
    for start in range(0, len(kept), 6):
        chunk = kept[start : start + 6]
        rng.shuffle(chunk)
        kept[start : start + 6] = chunk
    result = "\n".join(head + [line for block in kept for line in block])
    result = re.sub(r"(TELWG|TEL)\s*68", lambda m: f"{m.group(1)} {number}", result)
    result = re.sub(r"第\s*68\s*次", f"第 {number} 次", result)
    first, second = rng.sample([e.zh for e in registry().economies if len(e.zh) >= 2], 2)
    result = result.replace(first, "\0").replace(second, first).replace("\0", second)
    result = re.sub(r"(?<![\d.])(\d{2,3})(?![\d.])", lambda m: str(int(m.group(1)) + rng.randint(0, 9)), result)
    return f"{result}\n（第 {number} 份合成文件）\n"


def write_corpus(folder: Path, reports: int, rng: random.Random) -> list[Path]:
    seeds = [path.read_text(encoding="utf-8") for path in seed_files()]
    report = next(text_ for text_ in seeds if "心得與建議" in text_)
    article = next(text_ for text_ in seeds if "心得與建議" not in text_)
    paths = []
    for index in range(reports):
        source = article if index % 5 == 4 else report
        path = folder / f"synthetic_{index:04d}.txt"
        path.write_text(variant(source, rng, 40 + index), encoding="utf-8")
        paths.append(path)
    return paths


class TimedIndexer(SearchIndexer):
    """The real indexer, timed in CPU seconds (other processes share the machine): the index's share of the
    import. Right after each document, jieba's own cut_for_search of the same sections is timed too, so the
    two are measured side by side under the same load (jieba timed alone after the import let a change in the
    machine's load move the ratio by a seventh)."""

    seconds = 0.0
    jieba_seconds = 0.0
    jieba_wall = 0.0  # taken off the import's wall time, which it is not part of

    def index_document(self, session, document) -> None:
        started = time.process_time()
        super().index_document(session, document)
        TimedIndexer.seconds += time.process_time() - started
        jieba = segmenter.tokenizer()
        started, wall = time.process_time(), time.perf_counter()
        for section in document.sections:
            jieba.lcut_for_search(section.heading or "")
            jieba.lcut_for_search(section.text or "")
        TimedIndexer.jieba_seconds += time.process_time() - started
        TimedIndexer.jieba_wall += time.perf_counter() - wall


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


Runners = dict[str, Callable[[SearchQuery], object]]


def time_in_turn(runners: Runners, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per search, each engine running the whole mix before the next starts, round by round: each
    is timed in its own steady state, while the three still share any drift in the machine's load."""
    return _time(runners, rounds, query_by_query=False)


def time_query_by_query(runners: Runners, rounds: int) -> dict[str, list[float]]:
    """Milliseconds per search, the three engines taking turns on each query: the LIKE scan's sweep of every
    section's text runs between two of TelRef's searches and leaves the processor's caches cold for them."""
    return _time(runners, rounds, query_by_query=True)


def _time(runners: Runners, rounds: int, query_by_query: bool) -> dict[str, list[float]]:
    latencies: dict[str, list[float]] = {name: [] for name in runners}
    for _round in range(rounds):
        if query_by_query:
            turns = [(name, query) for query in QUERY_MIX for name in runners]
        else:
            turns = [(name, query) for name in runners for query in QUERY_MIX]
        for name, query in turns:
            latencies[name].append(timed(runners[name], query))
    return latencies


def timed(run: Callable[[SearchQuery], object], query: SearchQuery) -> float:
    started = time.perf_counter()
    run(query)
    return (time.perf_counter() - started) * 1000


def print_latencies(design: str, latencies: dict[str, list[float]]) -> None:
    print(f"\nlatency, {design}:\n{'':14}{'p50 ms':>9}{'p95 ms':>9}")
    for name, samples in latencies.items():
        p50, p95 = percentiles(samples)
        print(f"{name:14}{p50:9.2f}{p95:9.2f}")
    ours, like = percentiles(latencies["TelRef"]), percentiles(latencies["LIKE scan"])
    print(f"TelRef vs LIKE scan: {like[0] / ours[0]:.1f}x faster at p50, {like[1] / ours[1]:.1f}x at p95")


def like_search(connection, query: SearchQuery) -> list:
    """The scan a search box without an index would run: every term (and no excluded one) in the heading or
    the text, the same filters as the search, 20 rows and the total (a result list's count needs the scan)."""
    parsed = parse(query.text)
    terms = [term.typed for term in parsed.positive_terms()] or [""]
    conditions = [f"(heading LIKE :t{i} OR text LIKE :t{i})" for i in range(len(terms))]
    params = {f"t{i}": f"%{term}%" for i, term in enumerate(terms)}
    for i, term in enumerate(parsed.excluded):
        conditions.append(f"NOT (heading LIKE :x{i} OR text LIKE :x{i})")
        params[f"x{i}"] = f"%{term.typed}%"
    if query.economy:
        conditions.append("EXISTS (SELECT 1 FROM json_each(economies) WHERE value = :economy)")
        params["economy"] = registry().resolve(query.economy) or query.economy
    if query.topic:
        conditions.append("EXISTS (SELECT 1 FROM json_each(topics) WHERE value = :topic)")
        params["topic"] = taxonomy().resolve(query.topic) or query.topic
    if query.kind:
        conditions.append("document_id IN (SELECT id FROM documents WHERE kind = :kind)")
        params["kind"] = query.kind
    return connection.execute(
        text(f"SELECT id, count(*) OVER () FROM sections WHERE {' AND '.join(conditions)} ORDER BY id LIMIT 20"),
        params,
    ).all()


def trigram_search(connection, query: SearchQuery) -> list:
    terms = [term.typed for term in parse(query.text).positive_terms()]
    if not terms:
        return []
    match = " AND ".join('"' + term.replace('"', '""') + '"' for term in terms)
    return connection.execute(
        text("SELECT rowid FROM trigram WHERE trigram MATCH :m ORDER BY bm25(trigram, 8.0, 1.0) LIMIT 20"), {"m": match}
    ).all()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--samples", type=int, default=400, help="random substrings for the recall check")
    parser.add_argument("--keep", type=Path, help="build the library in this folder and keep it")
    args = parser.parse_args()
    rng = random.Random(68)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="telref-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    reuse = args.keep is not None and (folder / "bench.sqlite").exists()
    (folder / "corpus").mkdir(exist_ok=True)
    corpus = [] if reuse else write_corpus(folder / "corpus", args.reports, rng)

    warm_up()  # the engine, the dictionary and alias tables (then gc.freeze), loaded before any timing as the window does
    library = open_library(folder / "bench.sqlite")
    library.indexers = [TimedIndexer()]
    started = time.perf_counter()
    outcomes = import_paths(library, corpus)
    import_seconds = time.perf_counter() - started - TimedIndexer.jieba_wall
    added = sum(outcome.status == "added" for outcome in outcomes) or library.document_count()

    with library.engine.connect() as connection:
        sections = connection.execute(text("SELECT id, heading, text FROM sections")).all()
        text_bytes = sum(len((h or "").encode()) + len((t or "").encode()) for _id, h, t in sections)
        index_bytes = connection.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'")).scalar()
        grams_bytes = connection.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_grams%'")).scalar()
        postings_bytes = connection.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_postings%'")).scalar()
        kept_bytes = connection.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search_documents%'")).scalar()

    with library.engine.begin() as connection:
        connection.execute(text("DROP TABLE IF EXISTS trigram"))
        connection.execute(text("CREATE VIRTUAL TABLE trigram USING fts5(heading, body, tokenize = 'trigram')"))
        started = time.perf_counter()
        connection.execute(text("INSERT INTO trigram(rowid, heading, body) SELECT id, heading, text FROM sections"))
        trigram_build = time.perf_counter() - started
        trigram_bytes = connection.execute(text("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'trigram%'")).scalar()

    library.close()
    latencies = {}
    for design, timing in (
        ("each engine's query mix in turn, round by round", time_in_turn),
        ("query by query, the three taking turns", time_query_by_query),
    ):
        forget_plans()  # each design starts from every text's first search, on newly opened connections
        library = open_library(folder / "bench.sqlite")
        engine = SearchEngine(library)
        engine.prepare()  # as the window prepares its reader once search has loaded
        with library.engine.connect() as connection:
            runners = {
                "TelRef": lambda q: engine.search(SearchQuery(q.text, q.economy, q.topic, None, q.kind, 20)),
                "LIKE scan": lambda q: like_search(connection, q),
                "FTS5 trigram": lambda q: trigram_search(connection, q),
            }
            latencies[design] = timing(runners, args.rounds)
        library.close()
    library = open_library(folder / "bench.sqlite")
    with library.engine.connect() as connection:
        recall = substring_recall(connection, sections, rng, args.samples)

    megabytes = text_bytes / 1e6
    print(f"synthetic library: {added} documents, {len(sections)} sections, {megabytes:.1f} MB of section text")
    if reuse:
        print(f"import: reused the library in {folder} (run without it to time the import)")
    else:
        print(f"import: {import_seconds:.1f} s ({added / import_seconds:.1f} documents/s, {megabytes / import_seconds:.2f} MB/s)")
        print(
            f"  search index share: {TimedIndexer.seconds:.1f} CPU s; jieba's own cut_for_search of the same "
            f"sections, document by document beside it: {TimedIndexer.jieba_seconds:.1f} CPU s "
            f"(ratio {TimedIndexer.seconds / TimedIndexer.jieba_seconds:.2f}x)"
        )
    print(
        f"index size: TelRef {index_bytes / 1e6:.1f} MB ({index_bytes / text_bytes:.2f} MB per MB of text; "
        f"substring index {grams_bytes / text_bytes:.2f}, postings {postings_bytes / text_bytes:.2f}, documents' kept keys "
        f"and index rows {kept_bytes / text_bytes:.2f}), trigram {trigram_bytes / 1e6:.1f} MB "
        f"({trigram_bytes / text_bytes:.2f} per MB, built in {trigram_build:.1f} s)"
    )
    print(f"\n{'':14}{'recall 2-5 chars':>18}{'recall 2 chars':>16}")
    for name, (all_recall, two_recall) in recall.items():
        print(f"{name:14}{all_recall:17.1%}{two_recall:16.1%}")
    for design, samples in latencies.items():
        print_latencies(design, samples)
    print(f"library kept in {folder}" if args.keep else "")
    library.close()
    return 0


def substring_recall(connection, sections: list, rng: random.Random, samples: int) -> dict[str, tuple[float, float]]:
    """Share of random 2–5 character Han substrings whose section each method finds (overall, 2-character)."""
    runs = [(sid, run) for sid, heading, body in sections for part in (heading, body) for run in re.findall(rf"[{HAN}]{{2,}}", part or "")]
    found = {"TelRef": [], "LIKE scan": [], "FTS5 trigram": []}
    for _ in range(samples):
        section_id, run = rng.choice(runs)
        length = rng.randint(2, min(5, len(run)))
        start = rng.randint(0, len(run) - length)
        needle = run[start : start + length]
        match = parse(needle).gram_match()
        checks = {
            "TelRef": ("SELECT 1 FROM search_grams WHERE search_grams MATCH :m AND rowid = :id", match),
            "LIKE scan": ("SELECT 1 FROM sections WHERE id = :id AND (heading LIKE :m OR text LIKE :m)", f"%{needle}%"),
            "FTS5 trigram": ("SELECT 1 FROM trigram WHERE trigram MATCH :m AND rowid = :id", f'"{needle}"'),
        }
        for name, (sql, value) in checks.items():
            hit = value is not None and connection.execute(text(sql), {"m": value, "id": section_id}).first() is not None
            found[name].append((length, hit))
    return {
        name: (
            sum(hit for _l, hit in outcomes) / len(outcomes),
            sum(hit for length, hit in outcomes if length == 2) / max(1, sum(length == 2 for length, _h in outcomes)),
        )
        for name, outcomes in found.items()
    }


if __name__ == "__main__":
    sys.exit(main())
