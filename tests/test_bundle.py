"""The frozen desktop bundle (build.spec) as a reader runs it: a real executable in a real subprocess, offscreen.

The bundle is built once per change by scripts/build-bundle (it reuses dist/telref/ while its inputs are
unchanged, and installs PyInstaller into .venv when it is missing), then every sub-command runs from it on a
fresh library and an empty user folder, so nothing can come from the checkout or the developer's caches.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BUILD_TIMEOUT = 30 * 60


def test_every_module_folder_is_a_listed_package() -> None:
    """A folder of modules missing from [tool.setuptools] packages would be missing from the wheel and the bundle."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    listed = {
        (ROOT / setuptools["package-dir"].get(package, package.replace(".", "/"))).resolve()
        for package in setuptools["packages"]
    }
    migrations = ROOT / "desktop_app" / "core" / "migrations"  # shipped as data: Alembic reads them as files
    folders = {path.parent.resolve() for path in (ROOT / "desktop_app").rglob("*.py")}
    unlisted = sorted(
        str(folder.relative_to(ROOT)) for folder in folders - listed if not folder.is_relative_to(migrations)
    )
    assert unlisted == []


@pytest.fixture(scope="session")
def bundle() -> Path:
    """dist/telref/, built (or found up to date) by scripts/build-bundle; fails with PyInstaller's own output."""
    built = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-bundle"), "--no-bench"],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-6000:]
    sys.stderr.write(built.stdout)
    folder = ROOT / "dist" / PYPROJECT["project"]["name"]
    assert (folder / "_internal").is_dir()
    return folder


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty user folder: data, cache and config all start empty."""
    return tmp_path_factory.mktemp("bundle-home")


def frozen(bundle: Path, home: Path, *args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
    """Run the frozen telref with the library in home and nothing from the checkout on any path."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "TELREF_DB"}
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        PATH=os.defpath,
        **extra_env,
    )
    return subprocess.run(
        [str(bundle / "telref"), "--db", str(home / "library.sqlite"), *args],
        cwd=home, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300,
    )


@pytest.fixture(scope="module")
def imported(bundle: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return frozen(bundle, home, "import", "--samples")


def test_version_is_the_projects(bundle: Path, home: Path) -> None:
    result = frozen(bundle, home, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"TelRef {PYPROJECT['project']['version']}"


def test_data_files_are_laid_out_as_in_the_package(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("economies.json", "topics.json"):
        assert (internal / "desktop_app" / "resources" / name).is_file()
    assert len(list((internal / "desktop_app" / "seeds").glob("*.txt"))) == 2
    assert (internal / "desktop_app" / "core" / "migrations" / "env.py").is_file()
    assert list((internal / "desktop_app" / "core" / "migrations" / "versions").glob("0001_*.py"))
    assert (internal / "jieba" / "dict.txt").is_file()
    assert list((internal / "opencc" / "dictionary").glob("*.txt"))
    assert list((internal / "qtawesome" / "fonts").glob("*.ttf"))
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_zh_TW.qm").is_file()  # ui/qt_translation.py


def test_unused_qt_and_test_tools_are_left_out(bundle: Path) -> None:
    shipped = {path.name.split(".")[0] for path in (bundle / "_internal").rglob("*")}
    unused = {"QtQml", "QtQuick", "QtWebEngineCore", "libQt6Quick", "libQt6Qml", "libQt6WebEngineCore",
              "pytest", "_pytest", "hypothesis", "tkinter", "_tkinter", "lac_small"}
    assert shipped & unused == set()


def test_import_samples_into_a_fresh_library(imported: subprocess.CompletedProcess[str]) -> None:
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.splitlines()[-1] == "2 added, 0 skipped, 0 refused"


def test_office_files_import(bundle: Path, tmp_path: Path) -> None:
    """The readers load their libraries (python-docx, olefile, the XML parser) only when an office file comes:
    they ship all the same."""
    office = Path(__file__).parent / "fixtures" / "office"
    files = [str(office / f"features.{suffix}") for suffix in ("doc", "docx", "odt", "rtf")]
    result = frozen(bundle, tmp_path, "import", *files)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "4 added, 0 skipped, 0 refused"


def test_export_has_both_documents_and_the_meeting(bundle: Path, home: Path, imported) -> None:
    result = frozen(bundle, home, "export", "--json")
    assert result.returncode == 0, result.stderr
    export = json.loads(result.stdout)
    assert export["schema"] == "telref-export/1"
    assert len(export["documents"]) == 2
    assert len(export["meetings"]) == 1
    meeting = export["meetings"][0]
    report = next(doc for doc in export["documents"] if doc["kind"] == "trip_report")
    assert meeting["document_id"] == report["id"]
    assert meeting["number"] == 68


def test_search_finds_huawei_with_the_bundled_dictionaries(bundle: Path, home: Path, imported) -> None:
    result = frozen(bundle, home, "search", "華為", "--json")
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["total"] >= 1
    assert any("華為" in hit["document_title"] or "華為" in hit["snippet"] for hit in answer["hits"])
    # jieba's prefix-dictionary cache goes to the user's cache folder, never into the bundle
    assert list((home / "cache").rglob("*.cache"))
    assert not list((bundle / "_internal").rglob("*.cache"))


def test_brief_prints_a_pdf_with_chinese_text(bundle: Path, home: Path, imported) -> None:
    pdf = home / "jp.pdf"
    result = frozen(bundle, home, "brief", "--economy", "JP", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "日本" in text


def test_window_opens_on_the_sample_library(bundle: Path, home: Path, imported) -> None:
    """Qt's platform plugins, the icon fonts and the window's pages are all in the bundle."""
    result = frozen(bundle, home, TELREF_QUIT_WHEN_SHOWN="1")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
