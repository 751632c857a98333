"""`telref export --json`: the whole library as documented in docs/export.md."""

from __future__ import annotations

import json

from tests.commands.running import telref

EXPORT_LISTS = ("documents", "sections", "meetings", "sessions", "updates", "people", "figures", "recommendations")


def test_export_json_is_telref_export_1(imported) -> None:
    db, _first, _second = imported
    result = telref("export", "--json", db=db, home=db.parent)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["schema", *EXPORT_LISTS]
    assert data["schema"] == "telref-export/1"
    assert sorted(d["kind"] for d in data["documents"]) == ["news_article", "trip_report"]
    assert all(isinstance(row["id"], int) for name in EXPORT_LISTS for row in data[name])
    news = next(d for d in data["documents"] if d["kind"] == "news_article")
    assert (news["published"], news["category"], news["tags"]) == ("2020-08-27", "5G通訊", ["華為", "5G"])
