"""`kg review`: check a sample of facts, record verdicts, report precision. Thin over kg.review.

kg review --sample 50 [--seed N] [--doc ID…] [--predicate P…] [--class C…]   # interactive
kg review --sample 50 --seed N --export sample.jsonl                        # for scripts
kg review --import sample.jsonl                                             # filled in
kg review --report [--format json]
"""

from __future__ import annotations

import getpass
import json
import os
import random
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from kg.cli._util import ReportFormat, StoreOpt, app, open_said
from kg.errors import StoreError
from kg.rdf import vocab
from kg.rdf.store import is_rdf_file
from kg.review import build_report, draw, read_verdicts, record, run_session, write_sample


def _reviewer(name: str | None) -> str:
    if name:
        return name
    try:
        return os.environ.get("KG_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):  # no user name in a container
        return "anonymous"


@app.command("review")
def review_command(
    store: StoreOpt = None,
    sample: Annotated[int, typer.Option("--sample", "-n", min=1, help="How many facts to draw.")] = 50,
    seed: Annotated[
        int | None,
        typer.Option("--seed", help="Random seed; the same store, filters and seed give the same sample."),
    ] = None,
    docs: Annotated[
        list[str] | None, typer.Option("--doc", help="Only this article id (repeatable).")
    ] = None,
    predicates: Annotated[
        list[str] | None, typer.Option("--predicate", help="Only this predicate, label or name (repeatable).")
    ] = None,
    classes: Annotated[
        list[str] | None, typer.Option("--class", help="Only facts of events of this class (repeatable).")
    ] = None,
    include_reviewed: Annotated[
        bool, typer.Option("--include-reviewed", help="Draw facts that already have a verdict too.")
    ] = False,
    export: Annotated[
        Path | None, typer.Option("--export", help="Write the sample as JSON Lines to FILE ('-': stdout).")
    ] = None,
    import_: Annotated[
        Path | None, typer.Option("--import", help="Record the verdicts of a filled-in sample file.")
    ] = None,
    report: Annotated[bool, typer.Option("--report", help="Precision with 95 % Wilson intervals.")] = False,
    fmt: Annotated[
        ReportFormat, typer.Option("--format", help="Report as table or json.")
    ] = ReportFormat.table,
    reviewer: Annotated[
        str | None,
        typer.Option("--reviewer", help="Your name on the verdicts (default $KG_REVIEWER or login)."),
    ] = None,
    reasons: Annotated[bool, typer.Option("--reasons", help="List the reasons a fact can be wrong.")] = False,
) -> None:
    """Check a random sample of facts (right / wrong / skip), record the verdicts, report precision.

    Verdicts stay in the store across rebuilds; facts judged wrong are left out of view, export and
    the named queries unless --include-rejected.
    """
    if reasons:
        for i, (code, (_, label)) in enumerate(vocab.error_reasons().items(), 1):
            typer.echo(f"{i}  {code:<16} {label}")
        return
    if sum(x is not None and x is not False for x in (export, import_, report or None)) > 1:
        raise typer.BadParameter("give one of --export, --import and --report (or none, to review here)")
    if report:
        with open_said(store, read_only=True) as source:
            result = build_report(source)
        typer.echo(
            json.dumps(result.to_dict(), indent=1, ensure_ascii=False)
            if fmt is ReportFormat.json
            else "\n".join(result.lines())
        )
        return
    if store is not None and is_rdf_file(store) and export is None:
        raise StoreError(f"{store} is an RDF file; verdicts are recorded in a store directory (--store DIR)")
    if import_ is not None:
        with open_said(store, read_only=False) as target:
            found = list(read_verdicts(import_, _reviewer(reviewer)))
            record(target, found)
            wrong = sum(not v.correct for v in found)
        typer.echo(
            f"recorded {len(found)} verdict(s) ({len(found) - wrong} right, {wrong} wrong) in {target.location}"
        )
        return
    if seed is None:
        seed = random.SystemRandom().randrange(1_000_000)
        typer.echo(f"seed {seed} (repeat this sample with --seed {seed})", err=True)
    filters = {
        "docs": docs or (),
        "predicates": predicates or (),
        "classes": classes or (),
        "include_reviewed": include_reviewed,
    }
    if export is not None:
        with open_said(store, read_only=True) as source:
            items = draw(source, sample, seed, **filters)  # type: ignore[arg-type]
        if str(export) == "-":
            write_sample(items, sys.stdout)
        else:
            try:
                with export.open("w", encoding="utf-8") as out:
                    write_sample(items, out)
            except OSError as exc:
                raise StoreError(f"cannot write {export}: {exc}") from None
            typer.echo(
                f'wrote {len(items)} fact(s) to {export}; fill in "verdict" and run '
                f"kg review --import {export}",
                err=True,
            )
        return
    with open_said(store, read_only=False) as target:
        items = draw(target, sample, seed, **filters)  # type: ignore[arg-type]
        if not items:
            typer.echo("no facts to review (all have verdicts? try --include-reviewed)")
            return
        console = Console(highlight=False, soft_wrap=False)
        session = run_session(
            items, lambda v: record(target, [v]), reviewer=_reviewer(reviewer), console=console
        )
        typer.echo(
            f"recorded {session.answered} verdict(s) ({session.right} right, {session.wrong} wrong), "
            f"{session.skipped} skipped{'; stopped early' if session.stopped else ''}. "
            "kg review --report shows the precision"
        )
