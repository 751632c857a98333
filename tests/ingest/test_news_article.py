"""News articles: the sample seed and a hand-written article from another site layout, through the real parser."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.classify import classify
from desktop_app.ingest.news_article import parse_news_article
from desktop_app.ingest.parsers import parse_text

ALT_LAYOUT = Path(__file__).parent.parent / "fixtures" / "news_article_alt_layout.txt"
SITE_CHROME_IN_SEED = ("往下滑看下一篇文章", "Meta", "登入", "會員", "追蹤我們", "©", "光復南路", "責任編輯", "錢玉紘", "關鍵字", "| Text", "圖/")
SITE_CHROME_IN_ALT = ("首頁", "登入", "會員", "延伸閱讀", "晶片出口管制", "AI法案", "版權所有", "聯絡我們", "| Text", "文／", "圖片來源")


@pytest.fixture(scope="module")
def seed_article(article_seed: Path) -> DocumentDraft:
    return parse_text(article_seed.read_text(encoding="utf-8"), article_seed.name, "0" * 64)


@pytest.fixture(scope="module")
def alt_article() -> DocumentDraft:
    return parse_text(ALT_LAYOUT.read_text(encoding="utf-8"), ALT_LAYOUT.name, "1" * 64)


def _all_text(draft: DocumentDraft) -> str:
    return "\n".join([draft.text, *(f"{s.heading}\n{s.text}" for s in draft.sections)])


def _section(draft: DocumentDraft, heading: str) -> int:
    return next(index for index, section in enumerate(draft.sections) if section.heading == heading)


def test_both_layouts_are_classified_as_news(article_seed: Path) -> None:
    for path in (article_seed, ALT_LAYOUT):
        assert classify(path.read_text(encoding="utf-8")) == "news_article", path.name


def test_seed_header(seed_article: DocumentDraft, article_seed: Path) -> None:
    first_line = article_seed.read_text(encoding="utf-8").splitlines()[0]
    assert seed_article.kind == "news_article"
    assert seed_article.title == first_line
    assert seed_article.published == date(2020, 8, 27)
    assert seed_article.category == "5G通訊"
    assert seed_article.tags == ["華為", "5G"]


def test_seed_body_has_none_of_the_site_chrome(seed_article: DocumentDraft) -> None:
    text = _all_text(seed_article)
    assert [word for word in SITE_CHROME_IN_SEED if word in text] == []
    assert seed_article.title not in seed_article.text
    assert "可以看出美國政府仍抱持封鎖華為產品的立場" in seed_article.text


def test_seed_economies_come_from_the_article_not_the_teaser(seed_article: DocumentDraft) -> None:
    assert seed_article.economies[:2] == ["TW", "US"]
    assert "CN" in seed_article.economies
    assert "HK" not in seed_article.economies  # 香港 is only in the next article's teaser


def test_seed_table_debris_is_cleaned(seed_article: DocumentDraft) -> None:
    rows = seed_article.sections[_section(seed_article, "台灣電信業合作的5G設備業者")].text.splitlines()
    assert rows[:5] == ["中華電信:諾基亞、愛立信", "台灣大哥大:諾基亞", "遠傳:愛立信", "亞太電信:IP Infusion、優達科技及富鴻網", "台灣之星:諾基亞"]


def test_seed_outline_follows_its_sub_headings(seed_article: DocumentDraft) -> None:
    sections = seed_article.sections
    lead = sections[0]
    assert (lead.heading, lead.level, lead.parent) == (seed_article.title, 0, None)
    assert lead.text.startswith("8月26日")
    headings = [section.heading for section in sections]
    assert headings[1:] == [
        "美國乾淨網路計畫在前,電信業只能跟華為Say no?",
        "5G安全共同宣言的影響是什麼?",
        "台灣電信業合作的5G設備業者",
    ]
    say_no = _section(seed_article, "美國乾淨網路計畫在前,電信業只能跟華為Say no?")
    assert sections[say_no].level == 0
    question = sections[_section(seed_article, "5G安全共同宣言的影響是什麼?")]
    assert (question.parent, question.level) == (say_no, 1)
    assert question.text.startswith("宣言內容雖未寫明")


def test_seed_figure_titles_are_no_sections(seed_article: DocumentDraft, article_seed: Path) -> None:
    """Each picture's title stands over its caption and credit (圖/ …): it joins the figure, and the paragraph after
    the picture stays in the section the picture stands in."""
    lines = article_seed.read_text(encoding="utf-8").splitlines()
    credits = [index for index, line in enumerate(lines) if line.startswith("圖/")]
    titles = [lines[index - 2] for index in credits]
    headings = [section.heading for section in seed_article.sections]
    assert [title for title in titles if title in headings] == []
    assert [figure.caption.split("\n")[0] for figure in seed_article.figures] == titles
    assert [title for title in titles if title in seed_article.text.splitlines()] == []
    for index, figure in zip(credits, seed_article.figures):
        after = next(line for line in lines[index + 1:] if line)
        assert after in seed_article.sections[figure.section].text.splitlines()
        assert all(title not in seed_article.section_path(figure.section) for title in titles)


def test_seed_bullets_are_list_items(seed_article: DocumentDraft) -> None:
    lines = seed_article.sections[0].text.splitlines()
    start = lines.index("這4大要點包含:")
    assert [line for line in lines if line.startswith("• ")] == lines[start + 1:start + 5]
    assert lines[start + 1] == "• 網路軟硬體供應商是否在未經獨立司法審查下,受到外國政府所控制。"


def test_seed_captions_become_figures_not_body(seed_article: DocumentDraft) -> None:
    figures = seed_article.figures
    assert [f.number for f in figures] == [1, 2, 3]
    assert [f.source for f in figures] == ["AIT", "美國國務院", "Dell’Oro Group"]
    assert figures[0].caption == "台美5G共同宣言\nAIT處長酈英傑表示,重視資安才能讓5G技術發揮真正價值。"
    assert [f.section for f in figures] == [0, 0, _section(seed_article, "台灣電信業合作的5G設備業者")]
    assert all(line not in seed_article.text for figure in figures for line in figure.caption.splitlines())


def test_alt_layout_header(alt_article: DocumentDraft) -> None:
    assert alt_article.title == "日韓攜手強化海纜韌性 我國業者爭取6G合作"
    assert alt_article.published == date(2023, 11, 5)
    assert alt_article.category == "科技"
    assert alt_article.tags == ["海纜", "6G", "韌性"]


def test_alt_layout_body_has_none_of_the_site_chrome(alt_article: DocumentDraft) -> None:
    text = _all_text(alt_article)
    assert [word for word in SITE_CHROME_IN_ALT if word in text] == []
    assert "分享" not in text.splitlines()
    assert text.count("專家也提醒，供應鏈安全仍是合作的前提。") == 2  # once in the document, once in its section
    assert "US" not in alt_article.economies  # 美國 is only in the related-reading list
    assert alt_article.economies == ["TW", "JP", "KR"]


def test_alt_layout_outline_labels_items_and_figures(alt_article: DocumentDraft) -> None:
    sections = alt_article.sections
    assert [(s.label, s.heading) for s in sections[1:]] == [
        ("一、", "海纜韌性三大措施"),
        ("二、", "6G研發合作"),
        ("", "各國海纜登陸站數量"),
    ]
    measures = sections[1].text.splitlines()
    assert measures[1:] == ["• 共同出資鋪設新的跨國海纜", "• 建立斷纜時的緊急修復船隊", "• 分享海纜監測資料"]
    assert sections[3].text.splitlines()[:3] == ["日本：24", "南韓：11", "我國：15"]
    assert [(f.caption, f.source, f.section) for f in alt_article.figures] == [
        ("兩國部長於東京簽署合作備忘錄", "路透社", 0),
        ("NCC公布的海纜分布圖", "NCC", 2),
    ]


def test_article_without_dateline_takes_its_first_line_as_title() -> None:
    draft = parse_news_article("某地舉行頻譜拍賣\n\n主管機關今日公布結果。\n\n版權所有\n", "x.txt", "2" * 64)
    assert (draft.title, draft.published, draft.category) == ("某地舉行頻譜拍賣", None, None)
    assert draft.text == "主管機關今日公布結果。"


def test_article_without_a_body_has_no_sections() -> None:
    draft = parse_news_article("標題一行就結束了\n2024.01.02 | 政策\n", "x.txt", "3" * 64)
    assert (draft.sections, draft.text, draft.published) == ([], "", date(2024, 1, 2))


def test_a_government_press_release_copied_with_its_site() -> None:
    """A ministry's press release: skip links, print and font-size controls above the title, an ROC date labelled
    發布日期, the issuing unit and the press contact below the text, attachments and the footer after it."""
    path = Path(__file__).parent.parent / "fixtures" / "press_release_gov_site.txt"
    draft = parse_text(path.read_text(encoding="utf-8"), path.name, "0" * 64)
    assert draft.kind == "news_article"
    assert draft.title == "我國出席APEC電信暨資訊工作小組第68次會議 分享5G專網與網路韌性經驗"
    assert draft.published == date(2024, 5, 15)
    paragraphs = draft.text.split("\n")
    assert len(paragraphs) == 3 and paragraphs[0].startswith("數位發展部（以下簡稱數位部）")
    for chrome in ("跳到主要內容", "友善列印", "字級", "發布單位", "新聞聯絡人", "電話", "wang@", "附件", "回頂端", "隱私權"):
        assert chrome not in draft.text, chrome


def test_an_english_article_with_an_english_dateline() -> None:
    text = (
        "Home > News > Technology\nSign in\nAPEC telecom officials back undersea cable resilience plan\n"
        "May 15, 2024 10:30 AM GMT+8 | Technology\n"
        "LIMA - Telecommunications officials from APEC economies agreed on Thursday to share data on cable faults.\n"
        "Officials from Japan and Korea said repair ships should be pooled across the region.\nRead more\nAnother story\n"
    )
    draft = parse_text(text, "article.txt", "0" * 64)
    assert (draft.kind, draft.published, draft.category) == ("news_article", date(2024, 5, 15), "Technology")
    assert draft.title == "APEC telecom officials back undersea cable resilience plan"
    assert draft.text.splitlines()[-1].startswith("Officials from Japan") and "Another story" not in draft.text
