"""reflow: page debris dropped, wrapped lines rejoined (CJK without a space, Latin with one), titles kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.ingest.reflow import is_page_debris, reflow

WRAPPED = """\
(一) 開幕式

主席首先謝謝主辦方主辦這次實體會議，並歡迎各經濟體代表來到會場參

加本次大會。

27

 The Telecommunications and Information Working Group meets twice a

year to exchange policy experience among its member economies.

- 5 -
(二) 確認議程
"""


def test_page_numbers_are_gone_and_wraps_joined() -> None:
    paragraphs = reflow(WRAPPED)
    assert paragraphs == [
        "(一) 開幕式",
        "主席首先謝謝主辦方主辦這次實體會議，並歡迎各經濟體代表來到會場參加本次大會。",
        "The Telecommunications and Information Working Group meets twice a year to exchange policy experience "
        "among its member economies.",
        "(二) 確認議程",
    ]


def test_seed_has_no_bare_page_numbers(report_seed: Path) -> None:
    paragraphs = reflow(report_seed.read_text(encoding="utf-8"))
    assert not [p for p in paragraphs if p.strip().isdigit()]
    assert "5. 閉幕" in paragraphs  # the heading after the page number "27" stands alone
    text = "\n".join(paragraphs)
    assert "巴布亞紐幾內亞、秘魯" in text  # wrapped as 巴布亞紐 / 幾內亞: CJK joined without a space
    assert "Telecommunications and Information Working Group" in text  # Latin joined with one space


def test_full_width_heading_does_not_swallow_the_body() -> None:
    text = (
        "(六) 策略行動方案進度更新\n"
        "主席整理並呈現關於策略行動方案之期中回顧報告，俄羅斯代表建議可透過非\n"
        "正式會議進行，並期望於明年前完善處理。\n"
        "(七) TELWG 2026 年至 2030 年策略行動計畫與組織章程\n"
        "中國代表針對職權範圍議題，再次強調其重要性，期望不要在 TEL會議\n"
        "其間討論，建議若能在會議前公佈並發送電子檔案給各經濟體會更好。\n"
    )
    paragraphs = reflow(text)
    assert "(七) TELWG 2026 年至 2030 年策略行動計畫與組織章程" in paragraphs
    assert paragraphs[-1].startswith("中國代表針對職權範圍議題")


def test_wrapped_heading_with_open_bracket_is_joined() -> None:
    text = (
        "3. 計畫執行情形\n"
        "(1) 日本：智慧銀髮創新計畫（Smart Silver Innovation\n"
        "Project）第 2階段（Phase 2）\n"
        "日本代表分享日本早稻田大學目前執行第 2階段之進度報告，包含參與之共同提案\n"
        "人包括新加坡、美國、中國、泰國、印尼、菲律賓與越南等經濟體。\n"
    )
    paragraphs = reflow(text)
    assert "(1) 日本：智慧銀髮創新計畫（Smart Silver Innovation Project）第 2階段（Phase 2）" in paragraphs


def test_agenda_lines_starting_with_a_date_stay_apart() -> None:
    text = (
        "2.5月 4日下午 － 第一次大會，包含開幕式、確認議程與經濟體國情報告等多項議程\n"
        "3.5月 4日下午 － 資訊及通訊技術圓桌會議－互聯與新興技術\n"
        "4.5月 5日上午 － [DPSG]指導分組會議\n"
    )
    assert len(reflow(text)) == 3


def test_caption_wrapped_over_two_lines_is_joined() -> None:
    text = (
        "墨西哥代表分享該國 5G 政策經驗，並說明 5G 部署技術委員會之運作方式與成果。\n"
        "圖 37：墨西哥 IFT研究員 José Luis Cuevas Ruiz 博士分享該國 5G政策\n"
        "經驗\n"
        "資料來源：團員拍攝\n"
    )
    paragraphs = reflow(text)
    assert "圖 37：墨西哥 IFT研究員 José Luis Cuevas Ruiz 博士分享該國 5G政策經驗" in paragraphs
    assert paragraphs[-1] == "資料來源：團員拍攝"


def test_prejoined_text_keeps_every_line_as_a_paragraph() -> None:
    """HTML and DOCX readers hand over one paragraph a line: equal-width lines must not be taken for wraps."""
    first = "各經濟體代表分享其國內頻譜政策與網路韌性措施的最新進展並說明未來兩年的推動方向與時程安排"
    second = "主辦方秘魯介紹其國家寬頻計畫與偏鄉建設並邀請各經濟體提供經驗與建議以利後續政策規劃"
    text = f"{first}\n\n{second}\n\n{first}\n\n{second}"
    assert len(reflow(text)) < 4  # as page text, full-width lines without a full stop are wraps
    assert reflow(text, prejoined=True) == [first, second, first, second]


def test_a_line_wrapped_early_to_keep_a_long_latin_word_whole_is_joined() -> None:
    """The page broke before `Telecommunication` because it did not fit: the short line is still a wrap."""
    lines = [
        "主席宣布會議開始。",
        "本次會議計有來自國際電信聯合會（International",
        "Telecommunication Union, ITU）的代表，其感謝有機會參與大",
        "會，並提到首要目標是促進網路連線。",
        "主辦方秘魯介紹其國家寬頻計畫與偏鄉建設並邀請各經濟體分享。",
    ]
    assert reflow("\n\n".join(lines)) == [
        "主席宣布會議開始。",
        "本次會議計有來自國際電信聯合會（International Telecommunication Union, ITU）的代表，"
        "其感謝有機會參與大會，並提到首要目標是促進網路連線。",
        "主辦方秘魯介紹其國家寬頻計畫與偏鄉建設並邀請各經濟體分享。",
    ]


@pytest.mark.parametrize(
    "line",
    ["- 3 -", "第 3 頁", "第3頁，共20頁", "共 20 頁，第 3 頁", "第 3 頁 / 共 20 頁", "3 / 20", "Page 3 of 20", "─ 3 ─",
     "－ 12 －", "iv", "- iii -"],
)
def test_page_numbers_as_reports_write_them_are_debris(line: str) -> None:
    assert is_page_debris(line)


@pytest.mark.parametrize("line", ["3月", "1. 會議", "i.", "iPhone", "第 3 次會議", "共 14 個經濟體", "5G", "vivid"])
def test_short_lines_that_say_something_are_not_debris(line: str) -> None:
    assert not is_page_debris(line)


def test_an_english_line_cut_mid_sentence_joins_the_next_in_lower_case() -> None:
    text = (
        "1. The Chair, Ms Sarah Connor (Australia), opened the meeting and welcomed\n"
        "delegates attending in person and online. Delegates from Australia; Canada;\n"
        "Japan participated.\n"
        "2. Agenda:\n"
        "adoption was deferred.\n"
    )
    assert reflow(text) == [
        "1. The Chair, Ms Sarah Connor (Australia), opened the meeting and welcomed delegates attending in person "
        "and online. Delegates from Australia; Canada; Japan participated.",
        "2. Agenda:",
        "adoption was deferred.",
    ]


_BODY = "本次為疫情後首次實體會議，各經濟體代表交流熱烈，我國代表團亦把握機會與日本、南韓"


def test_a_part_heading_wrapped_keeps_its_last_characters() -> None:
    """A chapter's heading, set large, wraps its last characters onto a line of their own before the next
    heading, however short it is beside the body: one heading. A short body under an item heading (無) stays
    its body, and so does a body line under a part's heading."""
    assert reflow(f"{_BODY}。\n第三章　心得與建\n議\n一、心得\n{_BODY}。") == [
        f"{_BODY}。", "第三章　心得與建議", "一、心得", f"{_BODY}。"
    ]
    assert reflow(f"{_BODY}。\n第二節 指導分組\n會議\n一、自由化指導分組（LSG）\n{_BODY}。")[1] == "第二節 指導分組會議"
    assert reflow(f"{_BODY}。\n三、其他事項\n無\n四、下次會議\n{_BODY}。")[1:4] == ["三、其他事項", "無", "四、下次會議"]
    assert reflow(f"{_BODY}。\n第四章 附錄\n附件一\n{_BODY}。")[1:3] == ["第四章 附錄", "附件一"]
