"""Page addresses of the window: telref://kind/id. Qt-free, shared by the tree, the pages and the history."""

from __future__ import annotations

from dataclasses import dataclass

SCHEME = "telref"
PAGE_KINDS: tuple[str, ...] = (
    "welcome", "meeting", "session", "section", "update", "economy", "topic", "person", "document", "bookmarks",
)


@dataclass(frozen=True)
class PageAddress:
    kind: str
    key: str = ""

    @property
    def url(self) -> str:
        return f"{SCHEME}://{self.kind}/{self.key}" if self.key else f"{SCHEME}://{self.kind}"

    @property
    def number(self) -> int | None:
        """The key as a database id, or None for keys that are not numbers (economy codes, topic ids)."""
        return int(self.key) if self.key.isdigit() else None


def page_url(kind: str, key: object = "") -> str:
    return PageAddress(kind, str(key)).url


def parse_url(url: str) -> PageAddress | None:
    """The address a telref:// link names; None for anything else (web links, files), which are never followed."""
    prefix = f"{SCHEME}://"
    if not url.startswith(prefix):
        return None
    kind, _, key = url[len(prefix):].partition("/")
    if kind not in PAGE_KINDS:
        return None
    return PageAddress(kind, key.strip("/"))


WELCOME_URL = page_url("welcome")


def economy_topic_url(code: str, topic_id: str) -> str:
    """The page of what an economy said on one topic (economy/KR/5g)."""
    return page_url("economy", f"{code}/{topic_id}")

# Not a page: a link that reads the files an import skipped again, with this importer (its summary offers it).
READ_AGAIN_URL = f"{SCHEME}://read-again"
IMPORT_SUMMARY_URL = f"{SCHEME}://import-summary"  # no page kind: not in history, not bookmarked
# Not a page: a link that scopes the search to a meeting's report (a meeting page offers it).
SEARCH_IN_MEETING = f"{SCHEME}://search-in-meeting/"


def search_in_meeting_url(meeting_id: int) -> str:
    return f"{SEARCH_IN_MEETING}{int(meeting_id)}"


def meeting_to_search_in(url: str) -> int | None:
    """The meeting a search-in link names; None for any other address."""
    key = url[len(SEARCH_IN_MEETING):] if url.startswith(SEARCH_IN_MEETING) else ""
    return int(key) if key.isdigit() else None
