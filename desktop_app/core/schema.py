"""Opening a library file safely: recognise it, refuse foreign/corrupt/newer files, migrate older ones.

The file is inspected read-only before anything is written, so a file TelRef refuses is left exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError

from desktop_app.core.errors import LibraryError

# The newest migration this version knows; a test keeps it equal to Alembic's head.
SCHEMA_HEAD = "0008"
SQLITE_MAGIC = b"SQLite format 3\x00"
UpgradeProgress = Callable[[int, int], None]
# Rebuilds derived indexes (search) from the library's own tables, reporting (documents done, documents).
IndexRebuild = Callable[[Connection, UpgradeProgress | None], None]
# Set in the Alembic configuration's attributes by a migration whose layout needs the indexes filled again.
# The rebuild runs once, after the last migration, so it always writes the newest layout with this version's
# code; a migration that ran it itself would write its own revision's layout with code that no longer knows it.
REBUILD_INDEXES = "rebuild_indexes"


def request_index_rebuild(connection: Connection, attributes: dict) -> None:
    """What a migration calls when its layout leaves the indexes to be filled again (see REBUILD_INDEXES):
    only a library that holds documents has anything to index."""
    if connection.exec_driver_sql("SELECT 1 FROM documents LIMIT 1").first() is not None:
        attributes[REBUILD_INDEXES] = True


def alembic_config():
    """Alembic's configuration for TelRef's migrations (imported lazily: it is only needed to migrate)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "desktop_app.core:migrations")
    return config


def script_directory():
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def _known_revisions() -> set[str]:
    return {script.revision for script in script_directory().walk_revisions()}


def inspect_file(path: Path, check_integrity: bool = True) -> str | None:
    """The schema revision of an existing library, None for a new or empty file; LibraryError otherwise.
    check_integrity runs SQLite's quick_check, which reads the whole file (most of a second for a large one)."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise LibraryError(f"{path.name} is not a TelRef library (not an SQLite database)")
    try:
        # With no write-ahead log to replay the file alone is the database: open it immutable, so that even a
        # WAL-mode file that is refused gets no -wal/-shm companions.
        immutable = "" if Path(f"{path}-wal").exists() else "&immutable=1"
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro{immutable}", uri=True)
        try:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "documents" not in tables:
                raise LibraryError(f"{path.name} is an SQLite database but not a TelRef library")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if check_integrity and connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise LibraryError(f"{path.name} is damaged (SQLite integrity check failed)")
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise LibraryError(f"{path.name} is damaged or not a library ({error})") from None
    return row[0] if row else None


def _set_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # 32 MB of page cache (SQLite's default is 2 MB): an import writes a document's postings all over the
    # search tables, and with the small cache most of those writes re-read their page.
    cursor.execute("PRAGMA cache_size=-32000")
    cursor.close()


def needs_upgrade(path: Path) -> bool:
    """Whether opening the library at path will upgrade it (which may rebuild its search index: about a
    minute for 300 reports). False for a new file, one already current, and one TelRef would refuse. The file's
    integrity is left to opening it, which checks it anyway: checking it here too doubled every start."""
    try:
        revision = inspect_file(path, check_integrity=False)
    except LibraryError:
        return False
    return revision is not None and revision != SCHEMA_HEAD and revision in _known_revisions()


def open_engine(
    path: Path, upgrade_progress: UpgradeProgress | None = None, rebuild_indexes: IndexRebuild | None = None
) -> Engine:
    """An engine on a library file, created or upgraded to SCHEMA_HEAD; refuses files it must not touch.
    An upgrade whose migrations ask for it runs rebuild_indexes, which reports to upgrade_progress."""
    revision = inspect_file(path)
    if revision is not None and revision != SCHEMA_HEAD and revision not in _known_revisions():
        raise LibraryError(
            f"{path.name} was written by a newer TelRef (schema {revision}); this version reads up to "
            f"{SCHEMA_HEAD}. Update TelRef to open it."
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(URL.create("sqlite", database=str(path)))
    event.listen(engine, "connect", _set_pragmas)
    if revision != SCHEMA_HEAD:
        try:
            rebuilt = _upgrade(engine, upgrade_progress, rebuild_indexes)
        except BaseException:
            engine.dispose()  # the file is not held open by a library that failed to open
            raise
        if rebuilt:
            _reclaim_space(engine)
    return engine


def _reclaim_space(engine: Engine) -> None:
    """Give the disk back the pages a rebuilt index left free (a large library's old index: tens of MB).
    Best effort: VACUUM needs as much free disk as the file, and a library it could not compact is whole."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("VACUUM")
    except OperationalError:
        pass


def _upgrade(engine: Engine, progress: UpgradeProgress | None, rebuild_indexes: IndexRebuild | None) -> bool:
    """Migrate to SCHEMA_HEAD in one transaction; whether the indexes were rebuilt."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        # The driver opens a transaction only before INSERT, UPDATE or DELETE, so each CREATE or DROP of a
        # migration would commit on its own and a failure would leave the file half-upgraded. Opened here,
        # the whole upgrade commits or rolls back as one.
        connection.exec_driver_sql("BEGIN IMMEDIATE")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
        if config.attributes.get(REBUILD_INDEXES):
            if rebuild_indexes is None:
                raise LibraryError(
                    "This library's search index must be rebuilt for this version; open it in TelRef to upgrade it."
                )
            rebuild_indexes(connection, progress)
            return True
    return False
