"""A PDF's text whose form feeds were lost on the way (turned into spaces, as in the seeds): the text reader still
finds its pages, by a line that opens with one space where a form feed stood and by the page numbers that close
them, and leaves out the running title atop them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.ingest.readers.text import clean_text, read_txt
from desktop_app.ingest.reflow import reflow

RUNNING_TITLE = "出席APEC TELWG 62會議報告"
PAGES = [
    ["第一章 會議目的", "本次會議因疫情改以視訊方式舉行，由馬來西亞擔任主辦單位，我國由國家通訊", "傳播委員會率團出席。"],
    ["第二章 會議過程", "一、各經濟體國情報告", "新加坡代表報告其數位包容計畫，提供弱勢家庭平板電腦及優惠寬頻"],
    ["方案，並說明5G獨立組網之建設進度。", "二、其他事項", "秘書處說明策略行動方案之執行架構。"],
    ["第三章 心得與建議", "一、建議持續參與資安議題，提升我國能見度。"],
]


def _extract(break_line: bool) -> str:
    """The pages as a copy of pdftotext's output has them: each footed by its number, the form feed before each
    page turned into a space, on a line of its own (break_line) or opening the page's first line."""
    pages = []
    for number, lines in enumerate(PAGES, start=1):
        head = [" ", RUNNING_TITLE] if break_line else [f" {RUNNING_TITLE}"]
        pages.append("\n".join([*head, "", *lines, "", f"{' ' * 50}- {number} -"]))
    return "\n".join(["出國報告（出國類別：出席國際會議）", "出席第62次會議出國報告", *pages]) + "\n"


def test_a_running_title_after_a_lost_form_feed_is_left_out() -> None:
    for break_line in (True, False):
        paragraphs = reflow(read_txt(_extract(break_line).encode("utf-8")).text)
        assert not any(RUNNING_TITLE in paragraph for paragraph in paragraphs)
        assert "新加坡代表報告其數位包容計畫，提供弱勢家庭平板電腦及優惠寬頻方案，並說明5G獨立組網之建設進度。" in paragraphs


def test_a_text_without_running_lines_reads_as_written(report_seed: Path) -> None:
    """The seed, whose pages open with one space, repeats no line along its pages but its photos' source note
    (資料來源：團員拍攝), which is no running line: the reader keeps its text whole."""
    data = report_seed.read_bytes()
    assert read_txt(data).text == clean_text(data.decode("utf-8"))


def test_a_text_without_page_numbers_keeps_every_indented_line(tmp_path: Path) -> None:
    """A note indents lines by one space and repeats them (a list, a news site's picture credits): without page
    numbers it has no pages, and nothing of it runs along them (such lines were all left out)."""
    text = "".join(f" - item {n % 3}\n" + (" 圖/ 中央社\n" if n % 2 else "正文段落。\n") for n in range(12))
    read = read_txt(text.encode("utf-8")).text
    assert read.count("item") == 12 and read.count("中央社") == 6
