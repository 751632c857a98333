"""What a query's text becomes before any SQL runs (plan.py): the words and snippet patterns a search uses,
without those of a spelling that stands in no section it could find."""

from __future__ import annotations

from desktop_app.search.plan import ALIAS_WEIGHT, plan_for
from desktop_app.search.spellings import phrase_of


def test_an_unheld_spelling_gives_no_words_and_no_snippet_pattern() -> None:
    plan = plan_for("Korea")
    unheld = {phrase_of("Republic of Korea"), phrase_of("South Korea")}
    def weights(terms) -> dict[str, float]:
        return {word: weight for spellings in terms for words, weight in spellings for word in words}

    assert {"of", "republic", "south"} <= set(weights(plan.words()))
    assert not {"of", "republic", "south"} & set(weights(plan.words(unheld)))
    assert weights(plan.words(unheld))["korea"] == 1.0 and weights(plan.words(unheld))["韩国"] == ALIAS_WEIGHT
    assert len(plan.words()) == 1, "one term, however many names"

    every = {pattern.regex.pattern for _term, pattern in plan.patterns()}
    held = {pattern.regex.pattern for _term, pattern in plan.patterns(unheld)}
    assert held < every and len(every - held) == 2
    assert not any("republic" in pattern or "south" in pattern for pattern in held)


def test_spellings_alike_but_for_script_or_case_make_one_pattern_each_numbered_by_term() -> None:
    plan = plan_for("韓國 頻譜")
    numbered = [(term, pattern.regex.pattern) for term, pattern in plan.patterns()]
    assert len(numbered) == len(set(numbered))
    assert {term for term, _pattern in numbered} == {0, 1}
