"""A resource's word list is looked up in text the same way by both report parsers."""

from __future__ import annotations

from desktop_app.ingest.word_lists import contains_any


def test_a_word_is_found_whatever_its_case_and_chinese_as_written() -> None:
    assert contains_any("WORKSHOP ON SUBMARINE CABLES", ("Workshop",))
    assert contains_any("Agenda Item 9: Next meeting", ("Next Meeting",))
    assert contains_any("下次會議將於秘魯舉行", ("下次會議", "下屆會議"))
    assert not contains_any("大會", ("研討會",))
    assert not contains_any("anything", ())
