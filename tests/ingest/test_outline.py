"""build_outline: ranks nest (壹 › 一、 › (一) › 1. › (1) › A.), own text only, restarts and skips survive."""

from __future__ import annotations

from desktop_app.ingest.headings import match_heading
from desktop_app.ingest.outline import build_outline


def _outline(paragraphs: list[str]) -> list[tuple[str, str, str | None, str]]:
    sections = build_outline(paragraphs, "前言")
    return [
        (s.label, s.heading, sections[s.parent].label if s.parent is not None else None, s.text) for s in sections
    ]


def test_hierarchy_parents_and_own_text() -> None:
    result = _outline(
        [
            "壹、 過程",
            "一、 大會",
            "(一) 國情報告",
            "本次會議由各經濟體報告。",
            "1. 澳洲",
            "澳洲代表分享網路韌性。",
            "(1) 電信安全",
            "A. 法規：電信法監管業者。",
            "2. 美國",
            "美國代表分享頻譜政策。",
            "貳、 心得與建議",
        ]
    )
    assert result == [
        ("壹、", "過程", None, ""),
        ("一、", "大會", "壹、", ""),
        ("(一)", "國情報告", "一、", "本次會議由各經濟體報告。"),
        ("1.", "澳洲", "(一)", "澳洲代表分享網路韌性。"),
        ("(1)", "電信安全", "1.", ""),
        ("A.", "法規", "(1)", "電信法監管業者。"),
        ("2.", "美國", "(一)", "美國代表分享頻譜政策。"),
        ("貳、", "心得與建議", None, ""),
    ]


def test_restarted_and_skipped_numbering() -> None:
    result = _outline(
        ["一、 大會", "3. 第三項", "4. 第四項", "3. 重新編號", "(1) 跳過一層的項目", "二、 分組會議", "(一) 開幕"]
    )
    parents = {(label, heading): parent for label, heading, parent, _ in result}
    assert parents[("3.", "重新編號")] == "一、"
    assert parents[("(1)", "跳過一層的項目")] == "3."
    assert parents[("(一)", "開幕")] == "二、"


def test_full_width_brackets_and_text_before_the_first_heading() -> None:
    result = _outline(["出國報告摘要", "（一） 開幕式", "主席致詞。"])
    assert result[0] == ("", "前言", None, "出國報告摘要")
    assert result[1][:2] == ("(一)", "開幕式")


def test_a_line_beginning_with_a_numeral_character_is_not_a_heading() -> None:
    assert match_heading("參與本次會議之經濟體共 14 個。") is None
    assert match_heading("參、 心得與建議") is not None
    assert match_heading("3.5GHz 頻段之拍賣作業已完成。") is None
    assert match_heading("3.5月 4日下午 － 圓桌會議") is not None
    result = _outline(["壹、 目的", "參與本次會議之經濟體共 14 個。"])
    assert [label for label, *_ in result] == ["壹、"]
    assert result[0][3] == "參與本次會議之經濟體共 14 個。"


def test_long_item_keeps_a_short_heading() -> None:
    result = _outline(
        ["(1) 中國：藉由前瞻科技精進安全且信任的數位環境（New and emerging digital technologies）。該計畫已於 2023 年 7月核准，將於會場舉辦工作坊。"]
    )
    assert result[0][1] == "中國：藉由前瞻科技精進安全且信任的數位環境（New and emerging digital technologies）"
    assert result[0][3].startswith("該計畫已於")


def test_chapters_and_their_sections_nest_above_the_numbered_levels() -> None:
    result = _outline(
        ["第一章 前言", "說明。", "第二章、會議紀要", "第一節　大會", "一、開幕", "(一) 日本", "第二節：指導分組會議", "第3章 心得"]
    )
    assert [(label, heading, parent) for label, heading, parent, _ in result] == [
        ("第一章", "前言", None),
        ("第二章", "會議紀要", None),
        ("第一節", "大會", "第二章"),
        ("一、", "開幕", "第一節"),
        ("(一)", "日本", "一、"),
        ("第二節", "指導分組會議", "第二章"),
        ("第3章", "心得", None),
    ]


def test_an_ordinal_that_is_no_chapter_is_not_a_heading() -> None:
    for line in ("第65次會議於泰國舉行。", "第一章", "第二屆論壇", "第 3 場次"):
        assert match_heading(line) is None, line


def test_english_agenda_items_and_decimal_sub_items_nest_and_numbered_paragraphs_are_text() -> None:
    outline = build_outline(
        [
            "AGENDA ITEM 4: STEERING GROUP MEETINGS",
            "4.1 Digital Prosperity Steering Group (DPSG)",
            "9. The meeting adopted the agenda (2023/TEL67/001).",
            "10. The group discussed the 3.5 GHz band and agreed on its next steps for the coming year without a comma.",
            "4.1.1 Spectrum Policy",
            "3.5 GHz is widely used.",
            "Item 5 – Closing",
        ]
    )
    assert [(s.label, s.heading, s.parent) for s in outline] == [
        ("AGENDA ITEM 4", "STEERING GROUP MEETINGS", None),
        ("4.1", "Digital Prosperity Steering Group (DPSG)", 0),
        ("4.1.1", "Spectrum Policy", 1),
        ("Item 5", "Closing", None),
    ]
    assert outline[1].paragraphs[0].startswith("9. The meeting") and len(outline[1].paragraphs) == 2
    assert outline[2].paragraphs == ["3.5 GHz is widely used."]


def test_roman_numerals_open_parts_and_a_ninth_letter_stays_a_letter() -> None:
    """I. › A. as English reports number their parts; I., V. and X. are read by the items before them."""
    outline = build_outline(
        ["I. INTRODUCTION", "A. Welcome remarks", "II. ECONOMY REPORTS", "A. Korea", "III. OTHER", "IV. NEXT", "V. CLOSE"]
    )
    assert [(s.label, s.parent) for s in outline] == [
        ("I.", None), ("A.", 0), ("II.", None), ("A.", 2), ("III.", None), ("IV.", None), ("V.", None)
    ]
    letters = build_outline(["(1) 清單"] + [f"{letter}. 項目" for letter in "ABCDEFGHIJ"] + ["(2) 其次", "V. 項目"])
    assert [s.parent for s in letters[1:11]] == [0] * 10, "I. after H. is the ninth letter"
    assert letters[-1].label == "V." and letters[-1].parent == 11, "V. after no IV. is a letter"


def test_a_ninth_letter_after_one_written_with_a_chinese_comma() -> None:
    """H、 then I.: the letter before I. is H whatever stop it is written with (this raised a TypeError)."""
    outline = build_outline(["(1) 清單", "H、 項目八", "I. 項目九"])
    assert [(s.label, s.rank) for s in outline[1:]] == [("H、", 5), ("I.", 5)]
