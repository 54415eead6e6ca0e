"""The import direction of DESIGN.md §2, checked on the source (ast), not by convention."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "cla_desktop"
CORE = ("domain", "store", "documents", "services")


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", CORE)
def test_core_layers_never_import_qt(layer):
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules(layer)
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_domain_imports_no_other_layer():
    forbidden = (
        "cla_desktop.store",
        "cla_desktop.services",
        "cla_desktop.documents",
        "cla_desktop.ui",
        "cla_desktop.cli",
        "cla_desktop.app",
        "sqlalchemy",
        "sqlmodel",
    )
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith(forbidden))
        for path in _modules("domain")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


@pytest.mark.parametrize("layer", ["store", "documents"])
def test_store_and_documents_do_not_reach_up(layer):
    upward = ("cla_desktop.services", "cla_desktop.ui", "cla_desktop.cli", "cla_desktop.app")
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(n for n in _imports(path) if n.startswith(upward))
        for path in _modules(layer)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_services_do_not_import_the_ui():
    upward = ("cla_desktop.ui", "cla_desktop.cli", "cla_desktop.app")
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _modules("services")
        if any(name.startswith(upward) for name in _imports(path))
    ]
    assert offenders == []


def test_the_core_imports_without_qt_loaded():
    import subprocess
    import sys

    code = (
        "import sys, cla_desktop.services.database_setup, cla_desktop.services.demo.generator, "
        "cla_desktop.cli; assert 'PySide6' not in sys.modules, 'PySide6 loaded'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
