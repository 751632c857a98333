"""Every reason an import can refuse a file has its Chinese for the window (resources/refusal_reasons.json)."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app
from desktop_app.ui.refusal_reasons import localized_reason

# What the f-strings' fields stand for in the reasons they make, by the field's source text
_SAMPLES = {"a_kind": "a Word", "kind": "Word", "suffix": ".docx", "member": "content.xml", "name": "WordDocument"}


def _sample(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        return str(node.value)
    source = ast.unparse(node.value)
    return "50" if "MAX_" in source else _SAMPLES.get(source, "BadZipFile")


def _reasons() -> list[str]:
    """A reason of each form the code gives: ImportRefused("…") and outcomes refused with a reason."""
    found = []
    for path in Path(desktop_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            named = getattr(node.func, "id", "") == "ImportRefused"
            arguments = node.args[:1] if named else [k.value for k in node.keywords if k.arg == "reason"]
            for argument in arguments:
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.append(argument.value)
                elif isinstance(argument, ast.JoinedStr):
                    found.append("".join(_sample(part) for part in argument.values))
    return found


def test_every_refusal_reads_in_chinese() -> None:
    reasons = _reasons()
    assert len(reasons) > 30
    untranslated = [reason for reason in reasons if localized_reason(reason, "zh") == reason]
    assert untranslated == []
    assert localized_reason("file is empty", "en") == "file is empty"


def test_the_import_summary_gives_the_reason_in_the_readers_language() -> None:
    from desktop_app.ui.i18n import Strings
    from desktop_app.ui.pages.import_summary import ImportLine, render_import_summary

    lines = [ImportLine("scan.pdf", "refused", "", None, "no text layer; OCR is not supported")]
    assert "沒有文字層" in render_import_summary(lines, False, Strings("zh")).html
    assert "no text layer; OCR is not supported" in render_import_summary(lines, False, Strings("en")).html
