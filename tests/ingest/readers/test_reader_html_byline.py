"""A news page whose <time> and byline share one block: imported into a real library, it is a news article."""

from __future__ import annotations

from pathlib import Path

from readers_support import import_alone

PAGE = Path(__file__).parents[2] / "fixtures" / "news_article_dateline_and_byline_page.html"


def test_a_page_with_its_byline_beside_the_time_is_a_news_article(tmp_path: Path) -> None:
    export = import_alone(PAGE, tmp_path / "library.sqlite")
    (document,) = export["documents"]
    assert (document["kind"], document["published"]) == ("news_article", "2024-09-02")
    assert document["tags"] == ["APEC", "電信", "衛星"]
    assert [section["heading"] for section in export["sections"]][1:] == ["爭取主辦詐騙防制研討會"]
    assert [word for word in ("責任編輯", "李大同", "記者", "標籤", "提供") if word in document["text"]] == []
    captions = [(f["caption"], f["source"]) for f in export["figures"]]
    assert captions == [("數位部副署長邱俊榮（右）於大會發言。", "數位部")]
