"""`kg eval`: measure extraction quality on CoNLL04 or on your own reference facts."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.cli import app

eval_app = typer.Typer(
    name="eval",
    help="Measure extraction quality against annotated data.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(eval_app, name="eval")


class Format(str, Enum):
    """Output formats of `kg eval`."""

    table = "table"
    json = "json"


def _pct(value: float) -> str:
    return f"{100 * value:5.1f}"


def conll04_table(report: dict) -> str:
    """A readable table of a CoNLL04 report; its last 4 lines are the summary.

    Args:
        report: the output of `kg.eval.conll04.Evaluation.to_dict()`.

    Returns:
        The table as text (no trailing newline).
    """
    lines = []
    for what in ("relations", "entities"):
        lines.append(f"{what:<13} {'mode':<8}{'P':>6}{'R':>6}{'F1':>6}{'tp':>6}{'fp':>6}{'fn':>6}")
        for name in report[what]["strict"]["per_type"]:
            for mode in ("strict", "lenient"):
                row = report[what][mode]["per_type"][name]
                lines.append(
                    f"  {name:<11} {mode:<8}{_pct(row['precision']):>6}{_pct(row['recall']):>6}{_pct(row['f1']):>6}"
                    f"{row['tp']:>6}{row['fp']:>6}{row['fn']:>6}"
                )
        lines.append("")

    def micro(what: str, mode: str) -> str:
        m = report[what][mode]["micro"]
        return f"P {_pct(m['precision'])}  R {_pct(m['recall'])}  F1 {_pct(m['f1'])}"

    lines += [
        f"relations strict   micro  {micro('relations', 'strict')}",
        f"relations lenient  micro  {micro('relations', 'lenient')}",
        f"entities  strict   micro  {micro('entities', 'strict')}",
        f"sentences {report['sentences']}",
    ]
    return "\n".join(lines)


@eval_app.command("conll04")
def conll04(
    path: Annotated[Path, typer.Argument(help="CoNLL04 JSON file (list of {tokens, entities, relations}).")],
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table (for people) or json.")
    ] = Format.table,
    model: Annotated[str | None, typer.Option(help="Name of an installed spaCy pipeline.")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="Score only the first N sentences.")] = None,
    errors: Annotated[
        Path | None, typer.Option(help="Write one JSON line per sentence with missed/spurious items here.")
    ] = None,
) -> None:
    """Score relations and entities on a CoNLL04 file (strict and lenient P/R/F1)."""
    from kg.eval import conll04 as scorer

    sentences = scorer.load(path, limit=limit)
    evaluation = scorer.evaluate(sentences, model=model)
    report = evaluation.to_dict()
    if errors is not None:
        with errors.open("w", encoding="utf-8") as fh:
            for record in evaluation.errors():
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    typer.echo(json.dumps(report, indent=2) if format is Format.json else conll04_table(report))


@eval_app.command("facts")
def facts(
    gold: Annotated[Path, typer.Argument(help="Reference-facts JSON file (seed_gold.json format).")],
    articles: Annotated[
        list[Path] | None, typer.Argument(help="Article files or directories to extract from.")
    ] = None,
    triples: Annotated[
        Path | None, typer.Option(help="Score this `kg extract --format jsonl` output instead of extracting.")
    ] = None,
    format: Annotated[
        Format, typer.Option("--format", "-f", help="table (for people) or json.")
    ] = Format.table,
    model: Annotated[str | None, typer.Option(help="Name of an installed spaCy pipeline.")] = None,
) -> None:
    """Score extracted triples against a reference-facts file: facts found, merging, typing, junk."""
    from kg.eval import facts as scorer

    reference = scorer.load_gold(gold)
    if triples is not None:
        found, bad = scorer.load_triples(triples)
    elif articles:
        from kg.extractor import extract
        from kg.io import read_articles

        found, bad = scorer.triples_of(extract(read_articles(articles), model=model)), 0
    else:
        raise typer.BadParameter("give ARTICLE paths to extract from, or --triples FILE.jsonl")
    report = scorer.score_facts(reference, found)
    if format is Format.json:
        typer.echo(json.dumps({**report.to_dict(), "unreadable_lines": bad}, indent=2))
        return
    lines = report.lines()
    if bad:
        lines.insert(-1, f"unreadable lines: {bad}")
    typer.echo("\n".join(lines))
