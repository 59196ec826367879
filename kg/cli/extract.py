"""`kg extract`: print the facts of articles as JSON Lines or a table."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.cli import app
from kg.errors import ExtractionError
from kg.extractor import extract
from kg.io import read_articles
from kg.io.readers import parse_date
from kg.output import records
from kg.types import Extraction

ModelOpt = Annotated[str | None, typer.Option("--model", help="Installed spaCy pipeline to use.")]
DateOpt = Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for articles without one.")]


def parse_date_option(value: str | None, option: str = "--date") -> dt.date | None:
    """A date option's value as a date (None when not given); a bad value is an InputError naming it."""
    return None if value is None else parse_date(value, option)


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "table",
    model: ModelOpt = None,
    date: DateOpt = None,
) -> None:
    """Extract entities, relations and events from articles."""
    if fmt not in ("jsonl", "table"):
        raise typer.BadParameter(f"unknown format '{fmt}'; use jsonl or table", param_hint="--format")
    failed: list[ExtractionError] = []

    def skipped(err: ExtractionError) -> None:  # one bad article never loses the rest of the run
        failed.append(err)
        typer.echo(f"kg: warning: {err}", err=True)

    extractions = extract(read_articles(paths, parse_date_option(date)), model=model, on_error=skipped)
    if fmt == "jsonl":
        for ex in extractions:
            for rec in records(ex):
                typer.echo(json.dumps(rec, ensure_ascii=False))
    else:
        _print_tables(extractions)
    if failed:
        raise typer.Exit(1)


def _print_tables(extractions: Iterable[Extraction]) -> None:
    # in a pipe rich assumes 80 columns and wraps every label; give the table room instead
    console = Console(width=None if sys.stdout.isatty() else 200)
    for ex in extractions:
        table = Table(title=f"{ex.article.title} ({ex.article.date or 'no date'})", show_lines=False)
        for col in ("subject", "predicate", "object", "date", "note", "conf"):
            table.add_column(col)
        for rec in records(ex):
            obj = rec["object"]
            note = "; ".join(f"{k} {rec[k]}" for k in ("attribution", "modality") if k in rec)
            if rec.get("negated"):
                note = "; ".join(filter(None, ["negated", note]))
            table.add_row(f"{rec['subject']['label']} ({rec['subject']['type']})", rec["predicate"]["label"],
                          obj.get("label") or obj["value"], rec.get("date", ""), note, f"{rec['confidence']:.2f}")
        console.print(table)
