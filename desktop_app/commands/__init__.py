"""Sub-commands of `telref`, one module each; every module has `register(subparsers)` and `run(args) -> int`."""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

COMMAND_MODULES = ("import_cmd", "export_cmd", "remove_cmd", "brief_cmd", "search_cmd")


def command_modules() -> list[ModuleType]:
    return [import_module(f"desktop_app.commands.{name}") for name in COMMAND_MODULES]
