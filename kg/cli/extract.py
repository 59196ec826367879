"""`kg extract`: print the facts of articles as JSON Lines or a table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.cli._util import DateOpt, MinConfidenceOpt, ModelOpt, app, parse_date_option
from kg.errors import ExtractionError
from kg.io import read_articles
from kg.nlp.precision import DEFAULT_MIN_CONFIDENCE
from kg.types import Extraction


class ExtractFormat(str, Enum):
    """Output of `kg extract`: JSON Lines for programs, tables for people."""

    jsonl = "jsonl"
    table = "table"


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or directories.")],
    fmt: Annotated[
        ExtractFormat, typer.Option("--format", "-f", help="jsonl or table.")
    ] = ExtractFormat.table,
    model: ModelOpt = None,
    date: DateOpt = None,
    classifier: Annotated[
        bool,
        typer.Option(
            "--classifier",
            help="Also read the trained CoNLL04 relation classifier's facts (made for one-sentence "
            "items; off for news, where audits found most of them wrong).",
        ),
    ] = False,
    min_confidence: MinConfidenceOpt = DEFAULT_MIN_CONFIDENCE,
) -> None:
    """Extract entities, relations and events from articles."""
    # spaCy loads only for the commands that extract, so `kg query` or `kg view` start fast
    from kg.extractor import extract
    from kg.output import records

    failed: list[ExtractionError] = []

    def skipped(err: ExtractionError) -> None:  # one bad article never loses the rest of the run
        failed.append(err)
        typer.echo(f"kg: warning: {err}", err=True)

    articles = read_articles(paths, parse_date_option(date))
    extractions = extract(
        articles, model=model, on_error=skipped, classifier=classifier, min_confidence=min_confidence
    )
    if fmt is ExtractFormat.jsonl:
        for ex in extractions:
            for rec in records(ex):
                typer.echo(json.dumps(rec, ensure_ascii=False))
    else:
        _print_tables(extractions)
    if failed:
        raise typer.Exit(1)


def _print_tables(extractions: Iterable[Extraction]) -> None:
    from kg.nlp.entities import ACTORS_AND_PLACES
    from kg.output import relation_record

    # in a pipe rich assumes 80 columns and wraps every label; give the table room instead
    console = Console(width=None if sys.stdout.isatty() else 200)
    for ex in extractions:
        actors = ", ".join(f"{e.label} ({e.type})" for e in ex.entities if e.type in ACTORS_AND_PLACES)
        table = Table(
            title=f"{ex.article.title} ({ex.article.date or 'no date'})",
            caption=f"actors: {actors or 'none'}",
            show_lines=False,
        )
        for col in ("subject", "predicate", "object", "date", "note", "conf"):
            table.add_column(col)
        for rec in map(relation_record, ex.relations):
            obj = rec["object"]
            note = "; ".join(f"{k} {rec[k]}" for k in ("attribution", "modality") if k in rec)
            if rec.get("negated"):
                note = "; ".join(filter(None, ["negated", note]))
            table.add_row(
                f"{rec['subject']['label']} ({rec['subject']['type']})",
                rec["predicate"]["label"],
                obj.get("label") or obj["value"],
                rec.get("date", ""),
                note,
                f"{rec['confidence']:.2f}",
            )
        console.print(table)
