"""The `kg` command line: thin typer wrappers over the library functions.

Each command group lives in its own module and registers itself on `app` (kg/cli/_util.py). Any
`KGError` raised by a command becomes one line on stderr (`kg: error: …`) and exit status 1; usage
errors exit with 2.

`main` imports only the module of the command it runs (`kg query` never loads the views' networkx
and pyvis, nor `kg build`'s worker machinery): start-up is most of a short command's time.
`kg.cli.app` has every command registered.
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import typer

__all__ = ["COMMANDS", "app", "main"]

#: each command, by the module of kg.cli that registers it
COMMANDS = {
    "build": "graph",
    "calibrate": "train",
    "eval": "eval",
    "export": "graph",
    "extract": "extract",
    "push": "graph",
    "query": "graph",
    "review": "review",
    "serve": "serve",
    "stats": "views",
    "train": "train",
    "validate": "graph",
    "view": "views",
}


def _registered(*commands: str) -> typer.Typer:
    """The `app` with these commands registered (every command when none is named)."""
    for module in sorted({COMMANDS[c] for c in commands} or set(COMMANDS.values())):
        import_module(f"kg.cli.{module}")
    from kg.cli._util import app

    return app


def __getattr__(name: str) -> Any:
    if name == "app":
        return _registered()
    raise AttributeError(f"module 'kg.cli' has no attribute {name!r}")


def main() -> None:
    """Entry point of the `kg` script."""
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    _registered(*([command] if command in COMMANDS else []))()
