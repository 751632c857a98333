"""Names are looked up however they were typed: width, accents, case and spaces do not matter."""

from __future__ import annotations

from desktop_app.core.names import closest_names, name_key, spaceless_key


def test_a_name_key_ignores_width_accents_case_and_runs_of_white_space() -> None:
    assert name_key("  ＴＥＬＷＧ\u3000６８ ") == "telwg 68"
    assert name_key("Perú") == name_key("PERU") == "peru"


def test_a_spaceless_key_finds_a_fragment_typed_without_spaces() -> None:
    assert spaceless_key("TELWG68") in spaceless_key("APEC TELWG 68 Meeting")


def test_closest_names_offer_holders_first_then_look_alikes_once_each_within_the_limit() -> None:
    candidates = ["APEC TELWG 68 Meeting", "APEC TELWG 67 Meeting", "Satellite", "衛星"]
    offered = closest_names("ＴＥＬＷＧ６８", candidates)
    assert offered[0] == "APEC TELWG 68 Meeting" and len(set(offered)) == len(offered)
    assert closest_names("satelite", candidates)[0] == "Satellite"
    assert closest_names("", candidates) == []
    assert len(closest_names("TELWG", candidates, limit=1)) == 1


def test_one_character_in_common_is_no_suggestion() -> None:
    """火星 (Mars) had Singapore's 星方 offered for the one character they share."""
    assert closest_names("火星", ["星方", "新加坡", "Singapore"]) == []
    assert closest_names("Japn", ["Japan", "日本"]) == ["Japan"]
