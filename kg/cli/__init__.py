"""The `kg` command line: thin typer wrappers over the library functions.

Each command group lives in its own module and registers itself on `app` (kg/cli/_util.py). Any
`KGError` raised by a command becomes one line on stderr (`kg: error: …`) and exit status 1; usage
errors exit with 2.
"""

from __future__ import annotations

# the command modules only add commands to `app`; importing them registers the commands
from kg.cli import eval as _eval  # noqa: F401
from kg.cli import extract as _extract  # noqa: F401
from kg.cli import graph as _graph  # noqa: F401
from kg.cli import review as _review  # noqa: F401
from kg.cli import serve as _serve  # noqa: F401
from kg.cli import train as _train  # noqa: F401
from kg.cli import views as _views  # noqa: F401
from kg.cli._util import app

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the `kg` script."""
    app()
