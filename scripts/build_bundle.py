"""Build a PyInstaller spec into a one-folder bundle, unless the bundle there is already built from the same inputs.

Run through scripts/build-bundle (which first installs the `bundle` extra). The inputs' fingerprint (the spec, the
project's sources and data, the installed distributions) is kept beside the bundle, so the test suite and the
script share one build per change; a lock keeps two builds in the same checkout from overwriting each other.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import subprocess
import sys
import time
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_FOLDERS = ("desktop_app", "resources", "seeds")


def fingerprint(spec: Path, folders: list[str]) -> str:
    """A digest of everything that shapes the bundle: spec, pyproject, source folders, installed distributions."""
    digest = hashlib.sha256()
    files = [spec, ROOT / "pyproject.toml"]
    for folder in folders:
        files += sorted(path for path in (ROOT / folder).rglob("*") if path.is_file() and "__pycache__" not in path.parts)
    for path in files:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    installed = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions())
    digest.update("\n".join(installed).encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()


def build(spec: Path, name: str, dist: Path, work: Path, inputs: list[str], force: bool = False) -> Path:
    """dist/name, built from spec if it is missing or stale; prints how long the build took."""
    dist.mkdir(parents=True, exist_ok=True)
    output = dist / name
    stamp = dist / f".{name}.fingerprint"
    with (dist / f".{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        wanted = fingerprint(spec, inputs)
        if not force and output.is_dir() and stamp.exists() and stamp.read_text().split()[0] == wanted:
            print(f"{spec.name}: {output} is up to date (built in {stamp.read_text().split()[1]} s)")
            return output
        stamp.unlink(missing_ok=True)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", str(dist), "--workpath", str(work), str(spec)],
            cwd=spec.parent, check=True,
        )
        seconds = time.perf_counter() - started
        if not output.is_dir():
            raise SystemExit(f"{spec.name} did not produce {output}")
        if fingerprint(spec, inputs) == wanted:
            stamp.write_text(f"{wanted} {seconds:.0f}\n")
        else:
            print(f"{spec.name}: its inputs changed during the build; the next run builds again")
        print(f"{spec.name}: built {output} in {seconds:.0f} s")
        return output


def project_name() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["name"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=ROOT / "build.spec")
    parser.add_argument("--name", default=None, help="the folder the spec makes (default: the project's name)")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--inputs", nargs="+", default=list(SOURCE_FOLDERS), help="folders the spec reads")
    parser.add_argument("--force", action="store_true", help="rebuild even if the bundle is up to date")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    build(args.spec.resolve(), args.name or project_name(), args.dist.resolve(), args.work.resolve(),
          args.inputs, args.force)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
