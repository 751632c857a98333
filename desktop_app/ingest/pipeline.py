"""Import files into a Library: read → parse → write, one transaction per document, a reason for every refusal."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from desktop_app.core import queries
from desktop_app.core.drafts import DocumentDraft
from desktop_app.core.library import AddResult, Library
from desktop_app.ingest.errors import ImportRefused
from desktop_app.ingest.extracted import Extracted
from desktop_app.ingest.parsers import parse_text
from desktop_app.ingest.readers import read_file, supported_suffixes
from desktop_app.ingest.version import IMPORTER_VERSION

Progress = Callable[[int, int, Path], None]
# Set (the test suite does) to let an unexpected reader or parser exception propagate instead of becoming a refusal.
STRICT_ENV = "TELREF_STRICT_IMPORT"
_log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # added | skipped | refreshed | refused
    title: str = ""
    document_id: int | None = None
    reason: str = ""
    namesakes: tuple[int, ...] = ()  # documents already there with the same kind and title (an earlier version?)
    extracted: Extracted | None = None  # what the parser made of an added document

    def describe(self) -> str:
        """One line for a person: what happened to this file and why."""
        if self.status == "refused":
            return f"refused  {self.path}: {self.reason}"
        if self.status == "skipped":
            return f"skipped  {self.path}: already in the library as #{self.document_id} {self.title}"
        added = f"{self.status:<8} {self.path}: #{self.document_id} {self.title}"
        if self.extracted is not None:
            added += f" ({self.extracted.describe()})"
        if self.namesakes:
            numbers = ", ".join(f"#{number}" for number in self.namesakes)
            added += f" (same title as {numbers}; if that is an earlier version, `telref remove` takes it out)"
        return added


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """Files named directly, and the supported files found below named folders (recursively, sorted)."""
    files: list[Path] = []
    suffixes = supported_suffixes()
    for path in paths:
        if path.is_dir():
            found = (p for p in path.rglob("*") if _importable_entry(p, suffixes))
            files.extend(sorted(p for p in found if not _in_saved_page_folder(p, path)))
        else:
            files.append(path)
    return files


def _importable_entry(path: Path, suffixes: set[str]) -> bool:
    """A supported file found in a folder; dangling links are kept so they are refused with a reason.

    Office lock files (~$name.docx) and macOS resource forks (._name.pdf) are not documents and are passed over.
    """
    if path.suffix.lower() not in suffixes or path.name.startswith(("~$", "._")):
        return False
    return path.is_file() or (path.is_symlink() and not path.exists())


def _in_saved_page_folder(path: Path, root: Path) -> bool:
    """Whether the file is inside the folder a browser writes beside a page saved whole (page.html and
    page_files/, with the page's frames, adverts and scripts), below the folder being imported."""
    for folder in path.parents:
        if folder == root or root not in folder.parents:
            return False
        if folder.name.endswith("_files"):
            page = folder.name.removesuffix("_files")
            if any((folder.parent / f"{page}{suffix}").is_file() for suffix in (".html", ".htm", ".HTML", ".HTM")):
                return True
    return False


def _guarded(path: Path, step: Callable[[], T]) -> T:
    """Run a reader or parser step; a failure no rule anticipated becomes a one-line refusal.

    The traceback goes to the debug log, never to the user; under TELREF_STRICT_IMPORT it propagates.
    """
    try:
        return step()
    except ImportRefused:
        raise
    except Exception as error:  # noqa: BLE001 - bad input must never end an import with a traceback
        if os.environ.get(STRICT_ENV):
            raise
        _log.debug("importing %s failed", path, exc_info=error)
        detail = " ".join(str(error).split())[:120]
        raise ImportRefused(f"could not be imported ({type(error).__name__}{': ' + detail if detail else ''})") from None


def import_file(library: Library, path: Path, refresh: bool = False) -> ImportOutcome:
    """Import one file; never raises for bad input, answers with an outcome instead. A file the library already
    holds is skipped, or with refresh read again and what was extracted from it replaced (the importer learns
    new layouts; its document keeps its id)."""
    try:
        data, read = _guarded(path, lambda: read_file(path))
        sha256 = hashlib.sha256(data).hexdigest()
        existing = library.find_by_sha256(sha256)
        if existing is not None and not refresh:
            return ImportOutcome(path, "skipped", existing.title, existing.id)
        draft = _guarded(path, lambda: parse_text(read.text, path.name, sha256, read.structured, read.title))
        if not draft.text.strip():
            raise ImportRefused("no text found in the file")
        draft.importer_version = IMPORTER_VERSION
        result = _replace_or_add(library, existing.id if existing is not None else None, draft)
    except ImportRefused as refusal:
        return ImportOutcome(path, "refused", reason=str(refusal))
    if result.status not in ("added", "refreshed"):
        return ImportOutcome(path, result.status, result.title, result.document_id)
    namesakes = tuple(queries.namesakes(library, result.document_id)) if result.status == "added" else ()
    return ImportOutcome(
        path, result.status, result.title, result.document_id, namesakes=namesakes, extracted=Extracted.of(draft)
    )


def _replace_or_add(library: Library, document_id: int | None, draft: DocumentDraft) -> AddResult:
    """The draft in place of the document it reads again, or added (also when that document was removed
    meanwhile, by another window or `telref remove`)."""
    if document_id is not None:
        try:
            return library.replace_document(document_id, draft)
        except LookupError:
            pass
    return library.add_document(draft)


def import_paths(
    library: Library,
    paths: Iterable[Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    refresh: bool = False,
) -> list[ImportOutcome]:
    """Import every file under paths, reporting (done, total, current file) before each one; with refresh, files
    already in the library are read again (import_file)."""
    files = collect_files(paths)
    outcomes: list[ImportOutcome] = []
    for index, path in enumerate(files):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(index, len(files), path)
        if not path.exists() and not path.is_symlink():
            outcomes.append(ImportOutcome(path, "refused", reason="no such file or folder"))
            continue
        outcomes.append(import_file(library, path, refresh))
    if progress is not None and files:
        progress(len(outcomes), len(files), files[-1])
    return outcomes
