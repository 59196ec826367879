"""`kg` starts fast: a command imports only its own command module and what that one needs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.cli import COMMANDS, app

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_listed_with_the_module_that_registers_it():
    registered = {
        c.name or c.callback.__name__.removesuffix("_command").replace("_", "-"): c.callback.__module__
        for c in app.registered_commands
        if c.callback is not None
    }
    registered |= {
        g.name: g.typer_instance.registered_commands[0].callback.__module__  # type: ignore[union-attr]
        for g in app.registered_groups
        if g.name and g.typer_instance
    }
    assert {name: f"kg.cli.{module}" for name, module in COMMANDS.items()} == registered


def _loaded_by(*argv: str) -> tuple[str, set[str]]:
    """What `kg ARGV` prints, and the modules it imported."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('MODULES', *sorted(sys.modules), file=sys.stderr))\n"
        f"sys.argv = ['kg', *{list(argv)!r}]\n"
        "from kg.cli import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    modules = done.stderr.split("MODULES", 1)[1].split()
    return done.stdout, set(modules)


def test_kg_query_loads_neither_the_views_nor_the_build_machinery():
    out, loaded = _loaded_by("query", "--list")
    assert "events:" in out and "who-did-what-to-whom:" in out
    assert "kg.cli.graph" in loaded and "kg.rdf.query" in loaded
    unwanted = {"kg.cli.views", "networkx", "pyvis", "jinja2", "kg.pipeline", "kg.rdf.validate", "spacy"}
    assert not loaded & unwanted


def test_a_command_alone_in_its_module_is_still_a_subcommand():
    out, loaded = _loaded_by("train", "--help")
    assert "Usage: kg train" in out and "kg.cli.graph" not in loaded
