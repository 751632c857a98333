"""What a document was read as: a trip report (出國報告), an English meeting record (an APEC forum's summary
report), a news article, or a document of no known kind. Its own module, so the command line's options name them
without importing the database models."""

DOCUMENT_KINDS: tuple[str, ...] = ("trip_report", "meeting_record", "news_article", "document")
