"""Layers: the RDF stage imports nothing above it, loads lazily, and no public name is also a module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: modules above the RDF layer: orchestration, the CLI and the views
ABOVE_RDF = ("kg.pipeline", "kg.parallel", "kg.cli", "kg.views", "kg.review")


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_rdf_layer_imports_nothing_above_it():
    offending = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "kg" / "rdf").glob("*.py")
        for name in _imports(path)
        if name.startswith(ABOVE_RDF)
    }
    assert not offending


def test_store_does_not_import_the_exports():
    assert not any(name.startswith("kg.rdf.export") for name in _imports(ROOT / "kg" / "rdf" / "store.py"))


def test_importing_the_vocabulary_loads_no_store_and_no_worker_machinery():
    code = "import sys, kg.rdf.vocab; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run(
            [sys.executable, "-c", code], check=True, capture_output=True, text=True, cwd=ROOT
        ).stdout.split()
    )
    assert "kg.rdf.vocab" in loaded
    unwanted = {
        "kg.pipeline",
        "kg.parallel",
        "kg.rdf.store",
        "kg.rdf.quads",
        "kg.rdf.export",
        "concurrent.futures.process",
        "multiprocessing",
        "pyoxigraph",
        "spacy",
    }
    assert not loaded & unwanted


def test_public_names_stay_functions_and_classes_after_their_modules_are_imported():
    # the modules behind the names are imported first, so that a module/name clash would show
    import kg.extractor
    import kg.pipeline
    import kg.rdf.push
    import kg.rdf.quads
    import kg.rdf.store

    for package in (kg, kg.rdf):
        for name in package.__all__:
            value = getattr(package, name)
            assert callable(value), f"{package.__name__}.{name} is {value!r}"
            assert not isinstance(value, type(kg)), f"{package.__name__}.{name} is a module"
