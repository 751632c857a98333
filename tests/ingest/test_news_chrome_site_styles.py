"""Chrome as more sites write it: bylines in 〔〕 with the place they report from, 〔相關新聞〕 lists, bare hashtag
rows, app promotions, captions credited （某某提供） or opened by ▲."""

from __future__ import annotations

import pytest

from desktop_app.ingest.news_chrome import news_chrome


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("〔記者王小明／台北報導〕", ("記者", "王小明")),
        ("【記者林小華/台中報導】", ("記者", "林小華")),
        ("記者陳大文／綜合報導", ("記者", "陳大文")),
        ("〔編譯張三／綜合報導〕", ("編譯", "張三")),
        ("記者會今天登場", None),
        ("記者王小明表示，數位部將持續推動。", None),
    ],
)
def test_bylines_with_the_place_reported_from(line: str, credit: tuple[str, str] | None) -> None:
    assert news_chrome().credit_of(line) == credit


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("#APEC #電信 #衛星", ["APEC", "電信", "衛星"]),
        ("＃5G", ["5G"]),
        ("#1 颱風最新路徑", None),
        ("#APEC 是重點", None),
    ],
)
def test_a_bare_row_of_hashtags_is_a_tag_line(line: str, tags: list[str] | None) -> None:
    assert news_chrome().tags_of(line) == tags


def test_a_related_list_in_tortoise_shell_brackets() -> None:
    chrome = news_chrome()
    assert chrome.opens_link_list("〔相關新聞〕") and chrome.ends_article("〔相關新聞〕")
    assert chrome.is_dropped("〔延伸閱讀〕：海纜又斷！馬祖通訊備援啟動")


@pytest.mark.parametrize(
    ("line", "dropped"),
    [
        ("不用抽 不用搶 現在用APP看新聞 保證天天中獎", True),
        ("點我下載APP", True),
        ("按我看活動辦法", True),
        ("民眾可下載APP查詢，方便快速。", False),
    ],
)
def test_app_promotions_are_dropped_sentences_about_apps_are_not(line: str, dropped: bool) -> None:
    assert news_chrome().is_dropped(line) is dropped


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("部長邱俊榮（右）於大會發言。（數位部提供）", ("部長邱俊榮（右）於大會發言。", "數位部")),
        ("▲ 部長出席記者會。（數位部提供）", ("部長出席記者會。", "數位部")),
        ("▲部長簽署備忘錄（圖／路透社）", ("部長簽署備忘錄", "路透社")),
        ("部長（右）與業者座談", None),
        ("（數位部提供）", None),
    ],
)
def test_a_caption_credited_in_brackets(line: str, split: tuple[str, str] | None) -> None:
    assert news_chrome().split_inline_credit(line) == split
