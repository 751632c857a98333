"""Keeps the full-text index in step with the library (placeholder until the FTS5 index lands)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop_app.core.models import Document


class SearchIndexer:
    def index_document(self, session: Session, document: Document) -> None:
        return None

    def remove_document(self, session: Session, document_id: int) -> None:
        return None
