"""Which parser a text goes to: a trip report, a news article, or a plain document.

Decided by the shape of the text (the report template's headings and cover fields, a news dateline), never by
one file's exact wording.
"""

from __future__ import annotations

import re

_REPORT_MARKERS = ("目的", "過程", "心得", "建議", "會議名稱", "會議日期", "會議地點", "出席")
_NEWS_DATELINE = re.compile(r"^\s*(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日)(?:\s+\d{1,2}:\d{2})?\s*(?:[|｜／/]\s*\S.*)?$", re.M)


def classify(text: str) -> str:
    head = text[:6000]
    report_score = sum(marker in text for marker in _REPORT_MARKERS)
    if report_score >= 5 and re.search(r"[壹貳參]\s*、", text):
        return "trip_report"
    if _NEWS_DATELINE.search("\n".join(head.splitlines()[:12])):
        return "news_article"
    return "document"
