"""Back and forward through visited pages."""

from __future__ import annotations

from desktop_app.ui.history import History


def _visited(*urls: str) -> History:
    history = History()
    for url in urls:
        history.visit(url)
    return history


def test_forget_drops_pages_that_went_behind_and_ahead_and_joins_the_steps_around_them() -> None:
    history = _visited("A", "X", "A", "B", "X", "C")
    history.back()
    history.back()
    assert history.current == "B"
    asked: list[str] = []
    history.forget(lambda url: asked.append(url) or url != "X")
    assert sorted(asked) == ["A", "B", "C", "X"], "each address asked about once, the current one too"
    assert history.back() == "A" and not history.can_go_back()
    assert history.forward() == "B" and history.forward() == "C" and not history.can_go_forward()


def test_forget_joins_the_current_page_with_itself_left_next_to_it() -> None:
    history = _visited("B", "X", "B")
    history.forget(lambda url: url != "X")
    assert history.current == "B" and not history.can_go_back()


def test_back_never_lands_on_a_page_of_a_removed_document(qtbot, window, seeded_library, monkeypatch) -> None:
    from desktop_app.core import queries

    monkeypatch.setattr(window.remove_action, "confirm", lambda title, sections: True)  # the reader's yes
    article = next(d for d in queries.documents(seeded_library) if d.kind == "news_article")
    section = queries.document(seeded_library, article.id).sections[1]
    for url in ("telref://economy/KR", f"telref://section/{section.id}", "telref://topic/5g"):
        window.open_url(url)
    window.open_url(f"telref://document/{article.id}")
    assert window.remove_action.run()
    visited = []
    while window.actions_.back.isEnabled():
        window.go_back()
        visited.append(window.current_url())
    assert visited == ["telref://topic/5g", "telref://economy/KR", "telref://welcome"]
    assert window.page.found


def test_forget_drops_a_current_page_that_went_and_keeps_the_steps_around_it() -> None:
    """Back then Forward landed on a session a reading no longer had: forget never asked about the current page."""
    history = _visited("A", "B", "X")
    history.back()
    history.forward()
    history.forget(lambda url: url != "X")
    assert history.current is None and not history.can_go_forward()
    assert history.back() == "B" and history.back() == "A"
    assert history.forward() == "B" and not history.can_go_forward()


def test_forget_joins_the_pages_either_side_of_a_current_page_that_went() -> None:
    history = _visited("A", "X", "A", "C")
    history.back()
    history.back()
    assert history.current == "X"
    history.forget(lambda url: url != "X")
    assert history.back() == "A" and not history.can_go_back()
    assert history.forward() == "C"
