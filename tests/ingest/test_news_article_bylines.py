"""News whose byline follows the dateline or stands in brackets of its own (〔記者某某／台北報導〕), with the chrome
such sites set around the article: a 〔相關新聞〕 list, a bare row of hashtags, app promotions and captions credited
（某某提供）."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop_app.core.drafts import DocumentDraft
from desktop_app.ingest.classify import classify
from desktop_app.ingest.news_article import has_dateline, parse_news_article
from desktop_app.ingest.parsers import parse_text

BRACKET_BYLINE = Path(__file__).parent.parent / "fixtures" / "news_article_bracket_byline_related_list.txt"
TITLE = "APEC電信工作小組墨西哥落幕 數位部分享衛星韌性經驗"


def _parsed(path: Path) -> DocumentDraft:
    return parse_text(path.read_text(encoding="utf-8"), path.name, "0" * 64)


def _all_text(draft: DocumentDraft) -> str:
    return "\n".join([draft.text, *(f"{s.heading}\n{s.text}" for s in draft.sections)])


def test_a_byline_after_the_dateline_leaves_it_a_dateline() -> None:
    assert has_dateline("2024/09/02 05:30 〔記者王小明／台北報導〕")
    assert has_dateline("2024/09/02 記者王小明／綜合報導")
    assert not has_dateline("2024/09/02 部長今天出席記者會並說明政策"), "words after a mere space are a sentence"


def test_the_dateline_with_a_byline_gives_the_date_and_no_category() -> None:
    text = f"{TITLE}\n2024/09/02 05:30 〔記者王小明／台北報導〕\n\n數位部今日公布會議成果。\n"
    assert classify(text) == "news_article"
    draft = parse_news_article(text, "x.txt", "1" * 64)
    assert (draft.published, draft.category) == (date(2024, 9, 2), None)
    assert draft.text == "數位部今日公布會議成果。"


def test_a_bracket_byline_related_list_hashtags_and_app_promotions_are_no_part_of_the_article() -> None:
    draft = _parsed(BRACKET_BYLINE)
    assert (draft.kind, draft.title, draft.published) == ("news_article", TITLE, date(2024, 9, 2))
    assert draft.tags == ["APEC", "電信", "衛星"], "a bare row of hashtags after the related links is the article's"
    assert [section.heading for section in draft.sections] == [TITLE]
    last = "數位部韌性建設司科長陳怡如表示，未來將持續爭取主辦詐騙防制研討會。"
    assert draft.text.splitlines()[-1] == last
    chrome = (
        "記者", "王小明", "報導", "相關新聞", "NCC公布", "責任編輯", "#", "APP", "活動辦法", "熱門", "▲", "提供"
    )
    assert [word for word in chrome if word in _all_text(draft)] == []


def test_a_caption_credited_in_brackets_is_one_figure_with_its_source() -> None:
    """The caption as written and again after ▲: one picture, credited to 數位部, and no body text."""
    draft = _parsed(BRACKET_BYLINE)
    assert [(f.caption, f.source, f.section) for f in draft.figures] == [
        ("數位部副署長邱俊榮（右）於大會發言。", "數位部", 0)
    ]


def test_hashtags_and_app_promotions_inside_the_article_are_dropped_and_it_goes_on() -> None:
    text = (
        f"{TITLE}\n2024/09/02 05:30\n〔記者王小明／台北報導〕\n數位部今日公布會議成果。\n"
        "不用抽 不用搶 現在用APP看新聞 保證天天中獎\n點我下載APP\n#APEC #電信\n"
        "數位部表示，民眾可下載APP查詢，方便快速。\n"
    )
    draft = parse_news_article(text, "x.txt", "2" * 64)
    assert draft.tags == ["APEC", "電信"]
    assert draft.text == "數位部今日公布會議成果。\n數位部表示，民眾可下載APP查詢，方便快速。"
    assert [section.heading for section in draft.sections] == [TITLE]
