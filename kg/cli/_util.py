"""What every command module shares: the `app`, its error handling, the common options, date parsing.

A `KGError` raised by a command becomes one line on stderr (`kg: error: …`) and exit status 1 inside
the command group, so typer's `CliRunner` in the tests sees exactly what a shell sees; usage errors
exit 2.
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from kg.errors import KGError
from kg.io.readers import parse_date
from kg.rdf.store import DEFAULT_STORE, Store, open_store

__all__ = [
    "DateOpt",
    "IncludeRejectedOpt",
    "MinConfidenceOpt",
    "ModelOpt",
    "ReadStoreOpt",
    "ReportFormat",
    "StoreOpt",
    "app",
    "open_said",
    "parse_date_option",
]


class _Notes(logging.Handler):
    """The library's notes (logger `kg`, level INFO) as `kg: note: …` lines on the current stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        typer.echo(f"kg: note: {record.getMessage()}", err=True)


class _Group(TyperGroup):
    """The top command group: a `KGError` from any command is one line on stderr and exit status 1."""

    def invoke(self, ctx: Any) -> Any:
        log = logging.getLogger("kg")
        if not any(isinstance(h, _Notes) for h in log.handlers):
            log.addHandler(_Notes())
            log.setLevel(logging.INFO)
        try:
            return super().invoke(ctx)
        except KGError as exc:
            typer.echo(f"kg: error: {exc}", err=True)
            raise typer.Exit(1) from exc


app = typer.Typer(
    name="kg",
    cls=_Group,
    help="Build a knowledge graph of actors and events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


@app.callback()
def _group() -> None:
    """Keeps `kg` a group of commands when `kg.cli.main` has registered only one (it registers
    only the module of the command it runs)."""


class ReportFormat(str, Enum):
    """Output of the commands that print a report: a table for people, or JSON."""

    table = "table"
    json = "json"


StoreOpt = Annotated[
    Path | None,
    typer.Option("--store", "-s", help="Graph store directory (default .kg/).", show_default=False),
]
ReadStoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        "-s",
        help="Graph store directory (default .kg/) or an RDF file (.ttl .trig .nq .nt .jsonld).",
        show_default=False,
    ),
]
IncludeRejectedOpt = Annotated[
    bool, typer.Option("--include-rejected", help="Keep the facts reviewers judged wrong (kg review).")
]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")]
MinConfidenceOpt = Annotated[
    float,
    typer.Option(
        "--min-confidence",
        min=0.0,
        max=1.0,
        help="Leave out the facts that the precision model finds less likely right than this (0 keeps "
        "every fact).",
    ),
]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles without one.")
]


def open_said(location: Path | None, *, read_only: bool, base: str | None = None) -> Store:
    """Open the store, saying on stderr which one when the default is used."""
    if location is None:
        typer.echo(f"using store {DEFAULT_STORE}/", err=True)
    return open_store(location, read_only=read_only, base=base)


def parse_date_option(value: str | None, option: str = "--date") -> dt.date | None:
    """A date option's value as a date (None when not given); a bad value is an InputError naming it."""
    return None if value is None else parse_date(value, option)
