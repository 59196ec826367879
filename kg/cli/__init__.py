"""The `kg` command line: thin typer wrappers over the library functions.

Each command group lives in its own module and registers itself on `app`. Any `KGError` raised by a
command becomes one line on stderr (`kg: error: …`) and exit status 1; usage errors exit with 2.
"""

from __future__ import annotations

import sys

import typer

from kg.errors import KGError

app = typer.Typer(
    name="kg",
    help="Build a knowledge graph of actors and events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# the command modules only add commands to `app`; importing them registers the commands
from kg.cli import eval as _eval  # noqa: F401
from kg.cli import extract as _extract  # noqa: F401
from kg.cli import graph as _graph  # noqa: F401
from kg.cli import review as _review  # noqa: F401
from kg.cli import views as _views  # noqa: F401


def main() -> None:
    """Entry point of the `kg` script: a `KGError` becomes one line on stderr and exit status 1."""
    try:
        app()
    except KGError as exc:
        typer.echo(f"kg: error: {exc}", err=True)
        sys.exit(1)
