"""Shared fixtures: real library files on disk, imported from the bundled seeds."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop_app.core.library import Library
from desktop_app.core.resources import seed_files
from desktop_app.ingest.pipeline import STRICT_ENV, import_paths
from desktop_app.services import open_library

# A reader or parser bug must fail its test, not turn into a polite refusal (also in `telref` subprocesses).
os.environ.setdefault(STRICT_ENV, "1")


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    return seed_files()


@pytest.fixture(scope="session")
def report_seed(seed_paths: list[Path]) -> Path:
    """The sample trip report (chosen by kind of content, not by file name)."""
    return next(path for path in seed_paths if "心得與建議" in path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def article_seed(seed_paths: list[Path]) -> Path:
    return next(path for path in seed_paths if "心得與建議" not in path.read_text(encoding="utf-8"))


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = open_library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture(scope="session")
def seeded_library_file(tmp_path_factory: pytest.TempPathFactory, seed_paths: list[Path]) -> Path:
    """A library with both seeds imported once per test run; tests get their own copy."""
    path = tmp_path_factory.mktemp("seeded") / "library.sqlite"
    lib = open_library(path)
    outcomes = import_paths(lib, seed_paths)
    assert [o.status for o in outcomes] == ["added", "added"], [o.describe() for o in outcomes]
    with lib.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    return path


@pytest.fixture
def seeded_library(seeded_library_file: Path, tmp_path: Path) -> Library:
    """A private copy of the seeded library, free to modify."""
    path = tmp_path / "seeded.sqlite"
    shutil.copy(seeded_library_file, path)
    lib = open_library(path)
    yield lib
    lib.close()


@pytest.fixture
def library_written_at(seeded_library_file: Path, tmp_path: Path):
    """A copy of the seeded library as an older TelRef left it: downgraded to the given schema revision."""
    from alembic import command
    from sqlalchemy import create_engine

    from desktop_app.core.schema import alembic_config

    def written_at(revision: str) -> Path:
        path = tmp_path / f"written-at-{revision}.sqlite"
        shutil.copy(seeded_library_file, path)
        engine = create_engine(f"sqlite:///{path}")
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
        engine.dispose()
        return path

    return written_at
