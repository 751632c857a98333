"""Fixtures for the reader tests: the seed report as text and as a real PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from readers_support import write_pdf


@pytest.fixture(scope="session")
def report_text(report_seed: Path) -> str:
    return report_seed.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def report_pdf(qapp, report_text: str, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_pdf(report_text, tmp_path_factory.mktemp("pdf") / "report.pdf")

