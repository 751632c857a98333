"""News articles as other kinds of site lay them out: a Simplified-Chinese portal, an English site with a byline
before the date, a Traditional-Chinese wire service; each copied with its menus, sharing rows and footer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.classify import classify
from desktop_app.ingest.news_article import parse_news_article
from desktop_app.ingest.parsers import parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures"
PORTAL = FIXTURES / "news_article_simplified_portal.txt"
ENGLISH = FIXTURES / "news_article_english_byline.txt"
WIRE = FIXTURES / "news_article_tw_wire_service.txt"
FIGURE_TITLES = FIXTURES / "news_article_figure_titles.txt"


def _parsed(path: Path) -> DocumentDraft:
    return parse_text(path.read_text(encoding="utf-8"), path.name, "0" * 64)


def _all_text(draft: DocumentDraft) -> str:
    return "\n".join([draft.text, *(f"{s.heading}\n{s.text}" for s in draft.sections)])


def _chrome_left(draft: DocumentDraft, chrome: tuple[str, ...]) -> list[str]:
    text = _all_text(draft)
    return [word for word in chrome if word in text]


@pytest.mark.parametrize("path", [PORTAL, ENGLISH, WIRE, FIGURE_TITLES], ids=lambda path: path.stem)
def test_each_layout_is_told_as_news(path: Path) -> None:
    assert classify(path.read_text(encoding="utf-8")) == "news_article"


def test_a_simplified_portal_with_labelled_fields_after_the_date() -> None:
    """Date, 来源 and 作者 set apart by ideographic spaces; the source is a credit, not the article's section."""
    draft = _parsed(PORTAL)
    assert draft.title == "工信部就6G中频段规划公开征求意见 运营商呼吁尽早明确频率"
    assert (draft.published, draft.category) == (date(2025, 3, 7), None)


def test_a_simplified_portal_keeps_no_chrome_but_the_paragraphs_after_a_related_box() -> None:
    draft = _parsed(PORTAL)
    chrome = ("字号", "分享到", "复制链接", "相关阅读", "白皮书", "责任编辑", "陈晓", "[打印]", "二维码", "相关新闻",
              "420万", "热门文章", "关于我们", "版权所有", "转载")
    assert _chrome_left(draft, chrome) == []
    paragraphs = draft.text.split("\n")
    assert paragraphs[0].startswith("本报讯") and paragraphs[-1] == "工信部表示，将根据各方意见进一步修改完善，力争年内正式发布。"
    assert any(line.startswith("业内专家指出") for line in paragraphs)
    assert [section.heading for section in draft.sections] == [draft.title]


def test_an_english_byline_before_the_date() -> None:
    draft = _parsed(ENGLISH)
    assert draft.title == "Regulators in Asia-Pacific line up mid-band spectrum for 6G trials"
    assert (draft.published, draft.category) == (date(2025, 3, 3), "Spectrum")
    assert draft.tags == ["6G", "upper 6 GHz", "spectrum sharing", "Singapore"]


def test_an_inline_read_more_link_is_dropped_and_the_article_goes_on() -> None:
    draft = _parsed(ENGLISH)
    assert draft.text.splitlines()[-1] == "The group will report to the APEC telecommunications working group at its next meeting."
    assert [(f.caption, f.source) for f in draft.figures] == [("Regulators and operators at the Singapore workshop.", "IMDA")]
    assert [section.heading for section in draft.sections] == [draft.title, "Coordinating at the border"]
    chrome = ("Share", "Facebook", "WhatsApp", "Email", "Copy link", "Read more", "contested", "Advertisement",
              "Tags", "More stories", "Indonesia", "cookies", "Accept", "About us", "©")
    assert _chrome_left(draft, chrome) == []


def test_a_wire_service_with_an_update_stamp_sharing_rows_and_a_closing_credit() -> None:
    draft = _parsed(WIRE)
    assert draft.title == "NCC公布低軌衛星業者執照審查結果 兩家業者獲准營運"
    assert (draft.published, draft.category) == (date(2025, 2, 18), None)
    assert [section.heading for section in draft.sections] == [draft.title]
    assert draft.text.splitlines()[-1] == "業者預估，首批用戶將以企業與政府機關為主。"
    chrome = ("分享", "Facebook", "LINE", "複製連結", "字級", "繼續往下", "編輯", "張佩芝", "1140218", "Cookie",
              "同意並關閉", "關於我們", "轉載")
    assert _chrome_left(draft, chrome) == []


def test_a_source_after_the_date_is_no_category_but_a_section_is() -> None:
    draft = parse_news_article("頻譜拍賣結果出爐 三家業者得標\n2025-01-02 | 来源：某某日报 | 通信\n\n主管機關今日公布結果。\n", "x.txt", "1" * 64)
    assert (draft.published, draft.category) == (date(2025, 1, 2), "通信")


def test_a_picture_title_joins_its_figure_and_real_sub_headings_stay() -> None:
    """Pictures set as title, caption and credit (攝影 …, 圖片來源：…) between paragraphs: the titles are no
    sections; the short lines followed by paragraphs are."""
    draft = _parsed(FIGURE_TITLES)
    assert [section.heading for section in draft.sections] == [draft.title, "釋照時程", "業者反應"]
    assert [(f.caption, f.source, f.section) for f in draft.figures] == [
        ("小型基地台布建現況\n工程人員在台北市區的路燈桿上安裝小型基地台。", "陳建宏", 0),
        ("各業者頻寬持有比較\n第一階段釋照後,三大業者持有的中頻段頻寬相當。", "NCC", 1),
    ]
    assert draft.sections[0].text.splitlines()[-1] == "業者估計,今年底前全台小型基地台將超過一萬座。"
    assert draft.sections[1].text.splitlines()[-1] == "學者認為,頻寬分配趨於平均,將有助於市場競爭。"
    assert "小型基地台布建現況" not in draft.text and "各業者頻寬持有比較" not in draft.text


def test_a_picture_title_right_under_a_sub_heading_without_blank_lines() -> None:
    text = (
        "頻譜政策新方向\n2024-03-01 | 政策\n主管機關公布新的頻譜政策。\n頻譜規劃\n各頻段使用現況\n"
        "主管機關簡報各頻段的使用情形。\n圖／數位部\n新規劃將於年底定案。\n"
    )
    draft = parse_news_article(text, "x.txt", "4" * 64)
    assert [section.heading for section in draft.sections] == [draft.title, "頻譜規劃"]
    assert [(f.caption, f.source) for f in draft.figures] == [("各頻段使用現況\n主管機關簡報各頻段的使用情形。", "數位部")]
    assert draft.sections[1].text == "新規劃將於年底定案。"


def test_a_numbered_sub_heading_over_a_picture_stays_a_heading() -> None:
    text = "頻譜政策新方向\n2024-03-01 | 政策\n主管機關公布新的頻譜政策。\n一、頻譜規劃\n部長出席記者會。\n圖／數位部\n"
    draft = parse_news_article(text, "x.txt", "5" * 64)
    assert [(s.label, s.heading) for s in draft.sections[1:]] == [("一、", "頻譜規劃")]
    assert [(f.caption, f.source, f.section) for f in draft.figures] == [("部長出席記者會。", "數位部", 1)]


def test_an_english_picture_title_over_its_caption_and_photo_credit() -> None:
    text = (
        "Operators trial 6G in the upper 6 GHz band\nMay 2, 2025 | Spectrum\n\nThree operators began trials on Monday.\n\n"
        "Trial sites\nEngineers install a test radio on a rooftop.\nPhoto by Jane Doe\n\n"
        "The trials will run until the end of the year.\n"
    )
    draft = parse_news_article(text, "x.txt", "6" * 64)
    assert [section.heading for section in draft.sections] == [draft.title]
    assert [(f.caption, f.source) for f in draft.figures] == [("Trial sites\nEngineers install a test radio on a rooftop.", "Jane Doe")]
    assert draft.text.splitlines()[-1] == "The trials will run until the end of the year."
