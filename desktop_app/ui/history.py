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
        """Drop the pages behind and ahead that no longer exist (a removed document's), so Back and Forward never
        land on "page not found"; each address is asked about once, and the same page twice in a row, left
        where a page between them went, becomes one step."""
        answers: dict[str, bool] = {}

        def kept(url: str) -> bool:
            if url not in answers:
                answers[url] = exists(url)
            return answers[url]

        if self.current is None:
            return
        behind = [url for url in self._back if kept(url)]
        ahead = [url for url in reversed(self._forward) if kept(url)]
        steps: list[str] = []
        current_step = 0
        for position, url in enumerate([*behind, self.current, *ahead]):
            if not steps or steps[-1] != url:
                steps.append(url)
            if position == len(behind):
                current_step = len(steps) - 1
        self._back = steps[:current_step]
        self._forward = list(reversed(steps[current_step + 1:]))
