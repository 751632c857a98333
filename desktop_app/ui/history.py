"""Back and forward through visited pages, like a browser (Qt-free)."""

from __future__ import annotations


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
