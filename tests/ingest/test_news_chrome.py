"""The generic chrome patterns of resources/news_chrome.json, line by line."""

from __future__ import annotations

import pytest

from desktop_app.ingest.news_chrome import news_chrome


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("台灣大哥大:諾基亞 | Text | Text", "台灣大哥大:諾基亞"),
        ("遠傳:愛立信 ｜ 文字", "遠傳:愛立信"),
        ("日本：24 | Text", "日本：24"),
        ("| Text | Text", ""),
        ("業者 | 設備商", "業者 | 設備商"),
        ("Textbook | 教科書", "Textbook | 教科書"),
    ],
)
def test_table_debris_goes_real_cells_stay(line: str, cleaned: str) -> None:
    assert news_chrome().strip_table_debris(line) == cleaned


@pytest.mark.parametrize(
    ("line", "tags"),
    [
        ("關鍵字: #華為 #5G", ["華為", "5G"]),
        ("標籤：海纜、6G、韌性", ["海纜", "6G", "韌性"]),
        ("Tags: spectrum, satellite", ["spectrum", "satellite"]),
        ("關鍵是頻譜", None),
    ],
)
def test_tag_lines(line: str, tags: list[str] | None) -> None:
    assert news_chrome().tags_of(line) == tags


@pytest.mark.parametrize(
    ("line", "source"),
    [("圖/ AIT", "AIT"), ("圖片來源：NCC", "NCC"), ("（圖／路透社）", "路透社"), ("Photo: Reuters", "Reuters"), ("圖表顯示成長", None)],
)
def test_picture_credits(line: str, source: str | None) -> None:
    assert news_chrome().figure_source(line) == source


def test_inline_picture_credit_splits_caption_and_source() -> None:
    assert news_chrome().split_inline_credit("部長簽署備忘錄（圖／路透社）") == ("部長簽署備忘錄", "路透社")
    assert news_chrome().split_inline_credit("（圖／路透社）") is None


@pytest.mark.parametrize(
    "line", ["往下滑看下一篇文章", "延伸閱讀", "相關新聞：", "追蹤我們", "© 2026 Some Media Corp.", "版權所有 © 2023 某某新聞網", "Read more"]
)
def test_end_of_article_markers(line: str) -> None:
    assert news_chrome().ends_article(line)


@pytest.mark.parametrize("line", ["請先登入數位時代會員", "登入會員", "我還不是會員, 註冊去!", "延伸閱讀：海纜斷了怎麼辦", "分享"])
def test_prompts_are_dropped(line: str) -> None:
    assert news_chrome().is_dropped(line)


def test_a_long_sentence_is_never_taken_for_a_prompt() -> None:
    sentence = "加入會員國的條件由各經濟體共同決定，" * 4
    assert not news_chrome().is_dropped(sentence)
    assert not news_chrome().ends_article("他說延伸閱讀的習慣很重要。")


def test_credit_lines() -> None:
    assert news_chrome().credit_of("責任編輯:錢玉紘") == ("責任編輯", "錢玉紘")
    assert news_chrome().credit_of("文／林曉華") == ("文", "林曉華")
    assert news_chrome().credit_of("編輯部今天表示會再研議。但是結論還沒有出來，大家都在等待正式的公告與說明。") is None
