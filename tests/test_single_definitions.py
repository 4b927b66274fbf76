"""Each module says each of its names once: a second module-level definition silently
replaces the first for every rule that read it (a product rule once redefined the frame a
breakdown rule of the same module used)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

SOURCES = sorted((Path(__file__).parent.parent / "src" / "reportpress").rglob("*.py"))


def _defined(tree: ast.Module) -> list[str]:
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return names


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(p.parents[2])))
def test_no_module_level_name_is_defined_twice(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    twice = [name for name, n in Counter(_defined(tree)).items() if n > 1]
    assert not twice, f"{path.name} defines {twice} more than once"
