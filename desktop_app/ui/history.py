"""Back and forward through visited pages, like a browser (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable


class History:
    """Visiting a new page drops the forward list; going back or forward moves along it."""

    def __init__(self, limit: int = 200) -> None:
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current: str | None = None
        self.limit = limit

    def visit(self, url: str) -> None:
        if url == self.current:
            return
        if self.current is not None:
            self._back.append(self.current)
            del self._back[: -self.limit]
        self._forward.clear()
        self.current = url

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> str | None:
        if not self._back:
            return None
        if self.current is not None:
            self._forward.append(self.current)
        self.current = self._back.pop()
        return self.current

    def forward(self) -> str | None:
        if not self._forward:
            return None
        if self.current is not None:
            self._back.append(self.current)
        self.current = self._forward.pop()
        return self.current

    def forget(self, exists: Callable[[str], bool]) -> None:
        """Drop the pages behind, ahead and current that no longer exist (a removed document's, a section a
        new reading no longer has), so Back and Forward never land on "page not found"; each address is asked
        about once, and the same page twice in a row, left where a page between them went, becomes one step.
        A current page that went leaves no current page: Back goes to the one before it, Forward to the one
        after."""
        answers: dict[str, bool] = {}

        def kept(url: str) -> bool:
            if url not in answers:
                answers[url] = exists(url)
            return answers[url]

        current = self.current if self.current is not None and kept(self.current) else None
        back = _joined([url for url in self._back if kept(url)])
        if current is not None and back and back[-1] == current:
            back.pop()
        anchor = current if current is not None else (back[-1] if back else None)
        ahead = _joined([url for url in reversed(self._forward) if kept(url)])
        if ahead and ahead[0] == anchor:
            ahead.pop(0)
        self._back = back
        self._forward = list(reversed(ahead))
        self.current = current


def _joined(urls: list[str]) -> list[str]:
    """The same page twice in a row as one step."""
    return [url for position, url in enumerate(urls) if position == 0 or urls[position - 1] != url]
