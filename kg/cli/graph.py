"""Graph commands: `kg build`, `kg query`, `kg export`, `kg push`, `kg validate`.

Thin wrappers over kg.rdf. Every command takes `--store DIR` (default `.kg/`, said once on stderr);
the read-only ones (query, export, validate) also take an RDF file there.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table as RichTable

from kg.cli._util import (
    DateOpt,
    IncludeRejectedOpt,
    ModelOpt,
    ReadStoreOpt,
    StoreOpt,
    app,
    open_said,
    parse_date_option,
)
from kg.errors import QueryError
from kg.rdf import vocab
from kg.rdf.query import Table, named_queries, write_csv, write_json
from kg.rdf.store import is_rdf_file

# build, export, push and validate import their library modules when they run: `kg query` needs
# none of them, and the worker machinery, networkx and the SHACL engine cost it seconds of start-up


class Executor(str, Enum):
    """Where `kg build` runs extraction (the executors of kg.parallel)."""

    local = "local"
    dask = "dask"


#: rows a named query prints unless --limit says otherwise
DEFAULT_LIMIT = 100


class QueryFormat(str, Enum):
    """Output of `kg query`: an aligned table for people, or CSV/JSON for programs."""

    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(str, Enum):
    """The formats of `kg export` (kg.rdf.export.FORMATS): RDF serialisations, GraphML, Neo4j CSV."""

    ttl = "ttl"
    trig = "trig"
    nt = "nt"
    nq = "nq"
    jsonld = "jsonld"
    graphml = "graphml"
    csv = "csv"


@app.command("build")
def build_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files, directories or glob patterns.")],
    store: StoreOpt = None,
    model: ModelOpt = None,
    date: DateOpt = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
    executor: Annotated[
        Executor, typer.Option("--executor", help="local, or dask (with --scheduler).")
    ] = Executor.local,
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786.")
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles per extraction task.")
    ] = 16,
    force: Annotated[bool, typer.Option("--force", help="Rebuild unchanged articles too.")] = False,
    rebuild_summary: Annotated[
        bool,
        typer.Option(
            "--rebuild-summary", help="Recompute the summary graph (actors, reported events) from scratch."
        ),
    ] = False,
    text_field: Annotated[str, typer.Option("--text-field", help="Record field with the text.")] = "text",
    title_field: Annotated[str, typer.Option("--title-field", help="Record field with the title.")] = "title",
    date_field: Annotated[str, typer.Option("--date-field", help="Record field with the date.")] = "date",
    id_field: Annotated[str, typer.Option("--id-field", help="Record field with the article id.")] = "id",
    base: Annotated[
        str | None,
        typer.Option(
            "--base",
            help="Base IRI of the resources, facts and article graphs, e.g. https://data.example-newsroom.org/ "
            "(the store remembers it; default https://kg.example.org/).",
        ),
    ] = None,
) -> None:
    """Extract facts from articles into the graph store (one named graph per article).

    Unchanged articles are skipped; a bad article is reported and skipped, and the exit status is 1
    if any article failed.
    """
    from tqdm import tqdm

    from kg.io import Fields
    from kg.pipeline import build

    if store is not None and is_rdf_file(store):
        raise typer.BadParameter("build writes a store directory, not an RDF file", param_hint="--store")
    target = open_said(store, read_only=False, base=base)
    # a progress bar on a terminal; quiet in pipes and CI
    bar = tqdm(unit="doc", desc="building", disable=not sys.stderr.isatty(), dynamic_ncols=True)
    facts = 0

    def tick(result) -> None:
        nonlocal facts
        facts += result.relations
        bar.update(1)
        bar.set_postfix(facts=facts, refresh=False)

    def skipped(err) -> None:
        bar.write(f"kg: skipped: {err}", file=sys.stderr)

    with target, bar:
        report = build(
            paths,
            target,
            model=model,
            date=parse_date_option(date),
            fields=Fields(text_field, title_field, date_field, id_field),
            workers=workers,
            executor=executor.value,
            scheduler=scheduler,
            batch_size=batch_size,
            force=force,
            rebuild_summary=rebuild_summary,
            progress=tick,
            on_error=skipped,
        )
        total, graphs = target.count(), len(target.graphs())
    typer.echo(
        f"built {len(report.articles)} article(s) ({report.relations} facts, {report.triples} triples), "
        f"{report.unchanged} unchanged, {len(report.failed)} failed; "
        f"{target.location} holds {graphs} graph(s), {total} triples"
    )
    if report.failed:
        raise typer.Exit(1)


@app.command("query")
def query_command(
    query: Annotated[str | None, typer.Argument(help="A named query (see --list) or SPARQL text.")] = None,
    file: Annotated[
        Path | None, typer.Option("--file", "-f", help="Read the SPARQL from a .rq file.")
    ] = None,
    list_: Annotated[
        bool, typer.Option("--list", help="List the named queries and their parameters.")
    ] = False,
    fmt: Annotated[QueryFormat, typer.Option("--format", help="table, csv or json.")] = QueryFormat.table,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Named queries: only facts/events with this actor.")
    ] = None,
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="Named-query parameter NAME=VALUE (repeatable).")
    ] = None,
    update: Annotated[
        bool, typer.Option("--update", help="Allow a SPARQL Update that changes the store.")
    ] = False,
    include_rejected: IncludeRejectedOpt = False,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit",
            min=0,
            help=f"Named queries: at most this many rows (default {DEFAULT_LIMIT}; 0 for all).",
        ),
    ] = None,
    offset: Annotated[
        int, typer.Option("--offset", min=0, help="Named queries: skip this many rows first (the next page).")
    ] = 0,
    store: ReadStoreOpt = None,
) -> None:
    """Run a named query or SPARQL on the graph (read-only unless --update).

    Named queries leave out the facts reviewers judged wrong unless --include-rejected; SPARQL text
    sees every fact and can join on the verdict graph (`verdicts` under the store's base IRI).
    Named queries page: --limit rows (default 100) from --offset, in the query's order; csv and
    json are written row by row as the store finds them.
    """
    if list_:
        for nq in named_queries().values():
            typer.echo(f"{nq.name}: {nq.description}")
            for name, text in nq.params.items():
                typer.echo(f"    --param {name}=…  {text}" if name != "actor" else f"    --actor …  {text}")
        return
    if (query is None) == (file is None):
        raise typer.BadParameter("give a query name or SPARQL text, or --file Q.rq (not both)")
    if file is not None:
        try:
            query = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"cannot read query file {file}: {exc}") from None
    assert query is not None
    params: dict[str, str] = {}
    for item in param or []:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise typer.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        params[name.strip()] = value
    if actor is not None:
        params["actor"] = actor
    if include_rejected:
        known = named_queries().get(query.strip())
        if known is None or "rejected" not in known.params:
            raise typer.BadParameter(
                "only the named queries about facts and events leave rejected facts out; "
                "SPARQL text sees them all",
                param_hint="--include-rejected",
            )
        params["rejected"] = "include"
    if update:
        target = open_said(store, read_only=False)
        with target:
            target.update(query)
        typer.echo("update applied", err=True)
        return
    named = query.strip() in named_queries()
    if not named and (limit is not None or offset):
        raise typer.BadParameter(
            "pages the named queries; write LIMIT/OFFSET in your SPARQL", param_hint="--limit/--offset"
        )
    rows_max = (DEFAULT_LIMIT if limit is None else limit or None) if named else None
    source = open_said(store, read_only=True)
    if fmt is QueryFormat.table:
        result = source.query(query, limit=rows_max, offset=offset, **params)
        _print_table(result)
        if rows_max is not None and len(result) == rows_max:
            more = f"--offset {offset + rows_max} for the next page, --limit 0 for all"
            typer.echo(f"(the first {rows_max} rows from row {offset}: {more})", err=True)
        return
    columns, rows = source.query_rows(query, limit=rows_max, offset=offset, **params)
    out = sys.stdout
    if fmt is QueryFormat.csv:
        write_csv(columns, rows, out)
    else:
        write_json(columns, rows, out)
        out.write("\n")


def _print_table(result: Table) -> None:
    """The rows as a rich table, IRIs abbreviated by the graph's prefixes, and the row count."""
    short = {iri: prefix + ":" for prefix, iri in vocab.PREFIXES.items()} | {str(vocab.ID): "id:"}

    def cell(value: str | None) -> str:
        if value is None:
            return ""
        for iri, prefix in short.items():
            if value.startswith(iri):
                return prefix + value[len(iri) :]
        return value

    table = RichTable(*result.columns, header_style="bold")
    for row in result.rows:
        table.add_row(*map(cell, row))
    # in a pipe rich assumes 80 columns and squeezes every cell; give the table room instead
    console = Console(width=None if sys.stdout.isatty() else 200, highlight=False)
    console.print(table)
    console.print(f"({len(result)} row{'s' if len(result) != 1 else ''})")


@app.command("export")
def export_command(
    fmt: Annotated[
        ExportFormat | None,
        typer.Option(
            "--format", help="The format (default: from -o, else trig); csv needs -o DIR or -o NAME.csv."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (default stdout); for csv a directory or NAME.csv (two files).",
        ),
    ] = None,
    graph: Annotated[
        str | None, typer.Option("--graph", help="Only this graph (IRI or document id).")
    ] = None,
    ontology: Annotated[bool, typer.Option("--ontology", help="Include the ontology graph.")] = False,
    verdicts: Annotated[
        bool, typer.Option("--verdicts", help="Include the graph of reviewers' verdicts (kg review).")
    ] = False,
    include_rejected: IncludeRejectedOpt = False,
    store: ReadStoreOpt = None,
) -> None:
    """Serialise the graph as Turtle, TriG, N-Triples, N-Quads or JSON-LD, or as a property graph in
    GraphML or Neo4j import CSV (without the facts reviewers judged wrong, unless --include-rejected)."""
    from kg.rdf.export import write_export
    from kg.rdf.property_graph import csv_paths

    source = open_said(store, read_only=True)
    options = {
        "graph": graph,
        "ontology": ontology,
        "verdicts": verdicts,
        "include_rejected": include_rejected,
    }
    if output is not None:
        name = write_export(source, output, fmt and fmt.value, **options)
        written = " and ".join(map(str, csv_paths(output))) if name == "csv" else output
        typer.echo(f"wrote {written} ({name})", err=True)
        return
    write_export(source, sys.stdout.buffer, fmt.value if fmt else "trig", **options)
    sys.stdout.flush()


@app.command("push")
def push_command(
    graph_store: Annotated[
        str,
        typer.Option(
            "--graph-store", help="SPARQL Graph Store endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph)."
        ),
    ],
    store: ReadStoreOpt = None,
    ontology: Annotated[
        bool, typer.Option("--ontology/--no-ontology", help="Also send the ontology graph.")
    ] = True,
) -> None:
    """Send every named graph to a running triple store (HTTP PUT per graph, replacing it)."""
    from kg.rdf.push import push_store

    report = push_store(open_said(store, read_only=True), graph_store, ontology=ontology)
    typer.echo(f"pushed {len(report.graphs)} graph(s), {report.triples} triples to {graph_store}")


@app.command("validate")
def validate_command(store: ReadStoreOpt = None) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl); exit 1 if it does not conform."""
    from kg.rdf.validate import validate_store

    report = validate_store(open_said(store, read_only=True))
    for violation in report.violations:
        typer.echo(str(violation))
    if report.conforms:
        typer.echo(f"conforms: {report.triples} triples, 0 violations")
        return
    typer.echo(f"does not conform: {report.triples} triples, {len(report.violations)} violation(s)", err=True)
    raise typer.Exit(1)
