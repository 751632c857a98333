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
    [
        ("圖/ AIT", "AIT"), ("圖片來源：NCC", "NCC"), ("（圖／路透社）", "路透社"), ("Photo: Reuters", "Reuters"),
        ("攝影 陳建宏", "陳建宏"), ("图片提供 工信部", "工信部"), ("Photo by Jane Doe", "Jane Doe"),
        ("Photo credit: IMDA", "IMDA"), ("圖表顯示成長", None), ("攝影機出貨成長", None),
    ],
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


@pytest.mark.parametrize(
    "line",
    ["字号：大 中 小", "分享到：微信 微博 QQ空间", "扫一扫，分享到微信", "[纠错] [打印] [关闭]", "【延伸阅读】：海缆断了怎么办", "请继续往下阅读..."],
)
def test_simplified_chrome_is_told_by_the_same_patterns(line: str) -> None:
    assert news_chrome().is_dropped(line)


@pytest.mark.parametrize("line", ["相关新闻", "【延伸阅读】", "本站所有内容未经授权，不得转载", "关于我们 | 联系我们 | 网站地图"])
def test_simplified_end_of_article(line: str) -> None:
    assert news_chrome().ends_article(line)


@pytest.mark.parametrize(
    "line", ["Share on Facebook", "Share via WhatsApp", "Email", "Facebook", "LINE", "複製連結", "Facebook | X | LinkedIn"]
)
def test_sharing_rows_are_dropped(line: str) -> None:
    assert news_chrome().is_dropped(line)


def test_an_inline_read_more_link_is_dropped_but_does_not_end_the_article() -> None:
    chrome = news_chrome()
    line = "Read more: How the cable repair fleet works"
    assert chrome.is_dropped(line) and not chrome.ends_article(line)
    assert chrome.ends_article("Read more") and chrome.opens_link_list("Related articles")


@pytest.mark.parametrize(
    "line",
    ["本網站之文字、圖片及影音，非經授權，不得轉載。", "About us | Contact | Privacy policy | Terms of use"],
)
def test_copyright_and_footer_rows_end_the_article(line: str) -> None:
    assert news_chrome().ends_article(line)


@pytest.mark.parametrize(
    "line", ["請同意我們的隱私權規範", "我知道了", "We use cookies to improve your experience.", "Accept all cookies", "請繼續往下閱讀..."]
)
def test_cookie_banners_and_continue_prompts_are_dropped(line: str) -> None:
    assert news_chrome().is_dropped(line)


def test_a_sentence_about_sharing_or_cookies_stays() -> None:
    assert not news_chrome().is_dropped("Share prices of operators rose after the auction.")
    assert not news_chrome().is_dropped("The regulator said users must be able to refuse cookies.")


def test_a_closing_credit_leaves_the_sentence() -> None:
    chrome = news_chrome()
    assert chrome.without_credits("明年在中國大陸舉行。（編輯：林克倫）1131113") == "明年在中國大陸舉行。"
    assert chrome.without_credits("（责任编辑：刘洋）") == ""
    assert chrome.without_credits("會議在利馬舉行（秘魯）。") == "會議在利馬舉行（秘魯）。"


def test_a_byline_opening_a_paragraph_is_no_part_of_it() -> None:
    chrome = news_chrome()
    assert chrome.without_credits("〔記者林家瑜／華盛頓4日報導〕美國國務院今日宣布…") == "美國國務院今日宣布…"
    assert chrome.without_credits("（中央社記者王小明華盛頓4日專電）美國商務部表示…") == "美國商務部表示…"
    assert chrome.without_credits("【编译张三／综合报导】欧盟执委会…") == "欧盟执委会…"
    assert chrome.without_credits("（記者會上）部長表示…") == "（記者會上）部長表示…", "a bracket that is no byline stays"
    assert chrome.without_credits("〔記者林家瑜／台北報導〕") == "〔記者林家瑜／台北報導〕", "a byline alone is a credit line"


def test_bylines_and_sources_are_credits() -> None:
    chrome = news_chrome()
    assert chrome.credit_of("By Maria Gonzalez") == ("By", "Maria Gonzalez")
    assert chrome.credit_of("来源：新华网") == ("来源", "新华网")
    assert chrome.credit_of("By 2030 every economy will have 6G.") is None


def test_tags_of_several_words_split_on_commas() -> None:
    assert news_chrome().tags_of("Tags: APEC, subsea cables") == ["APEC", "subsea cables"]
    assert news_chrome().tags_of("Keywords: 5G AI") == ["5G", "AI"]
