"""What a document was read as: a trip report (出國報告), an English meeting record (an APEC forum's summary
report), a news article, or a document of no known kind. Its own module, so the command line's options name them
without importing the database models."""

DOCUMENT_KINDS: tuple[str, ...] = ("trip_report", "meeting_record", "news_article", "document")


def kind_order(kind: str) -> int:
    """Where a kind of document stands among one meeting's reports: a trip report first, then the forum's
    record, as DOCUMENT_KINDS lists them; an unknown kind last."""
    return DOCUMENT_KINDS.index(kind) if kind in DOCUMENT_KINDS else len(DOCUMENT_KINDS)
