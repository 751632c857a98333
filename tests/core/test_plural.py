"""The singular rule the window's strings and the briefs' labels share."""

from __future__ import annotations

from desktop_app.core.plural import for_count


def test_the_singular_form_is_taken_for_a_count_of_one_only_where_the_table_has_it() -> None:
    table = {"en": "{count} meetings", "en_one": "{count} meeting", "zh": "{count} 場會議"}
    assert [for_count(table, "en", count) for count in (0, 1, 2, None)] == [
        "{count} meetings", "{count} meeting", "{count} meetings", "{count} meetings",
    ]
    assert for_count(table, "zh", 1) == "{count} 場會議"
