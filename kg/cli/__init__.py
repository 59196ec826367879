"""The `kg` command line: thin typer wrappers over the library functions.

Each command group lives in its own module and registers itself on `app`. Any `KGError` raised by a
command becomes one line on stderr (`kg: error: …`) and exit status 1; usage errors exit with 2.
"""

from __future__ import annotations

import click
import typer
from typer.core import TyperGroup

from kg.errors import KGError


class _Failure(click.ClickException):
    exit_code = 1

    def show(self, file=None) -> None:  # noqa: D102 - one clear line, no traceback
        click.echo(f"kg: error: {self.message}", err=True, file=file)


class _Group(TyperGroup):
    def invoke(self, ctx: click.Context):  # noqa: D102
        try:
            return super().invoke(ctx)
        except KGError as exc:
            raise _Failure(str(exc)) from None


app = typer.Typer(
    name="kg",
    cls=_Group,
    help="Build a knowledge graph of actors and events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

# the command modules only add commands to `app`; importing them registers the commands
from kg.cli import extract as _extract  # noqa: E402,F401
from kg.cli import eval as _eval  # noqa: E402,F401


def main() -> None:
    """Entry point of the `kg` script."""
    app()
