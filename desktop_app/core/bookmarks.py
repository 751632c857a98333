"""Starred pages, kept in the library file so they travel with it."""

from __future__ import annotations

from sqlalchemy import delete, select

from desktop_app.core import models as m
from desktop_app.core.library import Library


def list_bookmarks(library: Library) -> list[m.Bookmark]:
    with library.session() as session:
        return list(session.scalars(select(m.Bookmark).order_by(m.Bookmark.created_at, m.Bookmark.id)))


def is_bookmarked(library: Library, target: str) -> bool:
    with library.session() as session:
        return session.scalar(select(m.Bookmark.id).where(m.Bookmark.target == target)) is not None


def add_bookmark(library: Library, target: str, title: str) -> None:
    """Star a page; starring it again only renews its title."""
    with library.transaction() as session:
        existing = session.scalar(select(m.Bookmark).where(m.Bookmark.target == target))
        if existing is None:
            session.add(m.Bookmark(target=target, title=title))
        else:
            existing.title = title


def remove_bookmark(library: Library, target: str) -> None:
    with library.transaction() as session:
        session.execute(delete(m.Bookmark).where(m.Bookmark.target == target))
