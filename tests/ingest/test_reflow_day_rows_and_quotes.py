"""An itinerary's day rows each open a paragraph, and a paragraph does not end inside a quote it opened nor before
a line that closes one, whatever the width of the lines around it says."""

from __future__ import annotations

from desktop_app.ingest.reflow import reflow

ITINERARY = """貳、會議議程
第1天 5月2日 搭機自桃園出發，經洛杉磯轉機
第2天 5月3日 抵達阿雷基帕，辦理報到
第3天 5月4日 09:00-12:00 團長會議；14:00-17:00 第一次大會
第4天 5月5日 09:00-17:00 資安與信任指導分組（STSG）
第5天 5月6日 10:00-12:00 參訪秘魯電信管理局（OSIPTEL）
第6天 5月9日 09:00-12:00 第二次大會
第7天 5月10日 搭機返國"""


def test_each_day_row_of_an_itinerary_is_a_paragraph() -> None:
    assert reflow(ITINERARY) == ITINERARY.split("\n")


def test_rows_dated_with_a_weekday_or_numbered_as_days_in_english_open_paragraphs() -> None:
    rows = [
        "5月4日（六） 09:00-12:00 團長會議及第一次大會與各經濟體代表團長之非正式交流晚宴",
        "5月5日（日） 09:00-17:00 資安與信任指導分組（STSG）",
        "Day 3: 09:00-17:00 Conformity and Interoperability Steering Group meeting in Hall A",
        "Day 4: 09:00-12:00 Plenary",
    ]
    assert reflow("\n".join(rows)) == rows


def test_a_line_opening_with_a_later_day_in_a_sentence_still_runs_on() -> None:
    text = "會議第一天由主席開場，並請各經濟體代表依序介紹本年度之主要政策與重點工作推動之情形，而\n第二天的會議則由各指導分組分別召開。"
    assert len(reflow(text)) == 1


PDF_QUOTE = """主席Ms. Li Wei（中國）開場致詞表示，今年APEC主題為「建設包容可持續的亞太共
同體」。中方代表以简体中文发言称：“我们愿与各经济体一道，推动数字经济高质量发展。
”隨後秘書處報告AIDER執行情形，指出已有21項行動完成盤點。本次會議共有來自
APEC Secretariat, Policy Support Unit, ABAC and the OECD Digital Economy Policy Committee
的觀察員出席。"""


def test_a_quote_closed_on_the_next_line_keeps_its_paragraph() -> None:
    [paragraph] = reflow(PDF_QUOTE)
    assert "高质量发展。”隨後秘書處" in paragraph


def test_a_paragraph_does_not_end_inside_a_quote_it_opened() -> None:
    text = PDF_QUOTE.replace("发展。\n”隨後", "发展。\n隨後").replace("的觀察員出席。", "的觀察員出席。”")
    [paragraph] = reflow(text)
    assert "高质量发展。隨後秘書處" in paragraph


def test_a_paragraph_does_not_end_before_a_closing_quote_mark() -> None:
    long_quote = "\n".join(["各經濟體代表於會中輪流發言並就本次宣言草案之文字提出修正意見與補充說明"] * 6)
    text = f"主席宣讀宣言草案：「{long_quote}\n以上。\n」隨後大會通過宣言。"
    assert len(reflow(text)) == 1


def test_a_stray_bracket_does_not_swallow_the_paragraphs_after_it() -> None:
    lines = ["本次會議（第68次於秘魯舉行。"]
    lines += ["各經濟體代表團長依序致詞，說明其於本年度推動數位轉型與網路韌性之主要政策方向與成果。", "大會通過議程。"] * 6
    paragraphs = reflow("\n".join(lines))
    assert len(paragraphs) >= 3 and not paragraphs[-1].startswith("本次會議")
