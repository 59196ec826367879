"""View commands: `kg view` (an interactive offline HTML page) and `kg stats` (tables in the terminal).

Thin wrappers over kg.views. Both read a store directory (`--store DIR`, default `.kg/`) or an RDF file
given as the argument or as `--store` (.ttl .trig .nq .nt .jsonld).
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kg.cli._util import IncludeRejectedOpt, ReadStoreOpt, app, open_said, parse_date_option
from kg.errors import InputError
from kg.rdf.store import Store
from kg.views.analytics import Measure, communities, components, top_actors
from kg.views.graph import load_graph
from kg.views.html import write_view
from kg.views.lookup import article_graphs
from kg.views.network import AUTO_EVENTS, SHOW, actor_network, count_events, limit_network
from kg.views.select import focus, limit, select

SourceArg = Annotated[
    Path | None,
    typer.Argument(
        help="An RDF file (.ttl .trig .nq .nt .jsonld) or store directory; same as --store.",
        show_default=False,
    ),
]
MeasureOpt = Annotated[Measure, typer.Option("--measure", help="Centrality that ranks the nodes.")]


class Mode(str, Enum):
    """What `kg view` draws: the actor network, the events themselves, or whichever suits the size."""

    auto = "auto"
    actors = "actors"
    events = "events"


def _source(argument: Path | None, store: Path | None) -> Store:
    """Open the graph named by the argument or --store (not both), read-only."""
    if argument is not None and store is not None and argument != store:
        raise typer.BadParameter("give the graph either as an argument or with --store, not both")
    return open_said(argument or store, read_only=True)


@app.command("view")
def view_command(
    source: SourceArg = None,
    store: ReadStoreOpt = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("graph.html"),
    focus_label: Annotated[
        str | None, typer.Option("--focus", help="Only the neighbourhood of this actor (label or alias).")
    ] = None,
    depth: Annotated[
        int | None,
        typer.Option(
            "--depth",
            help="Hops around --focus: 2 in the event view (an actor's events are 1 hop), 1 in the actor "
            "network (the actors it dealt with).",
            show_default=False,
        ),
    ] = None,
    mode: Annotated[
        Mode,
        typer.Option(
            "--mode",
            help=f"actors: actors linked by the events between them; events: every event as a node; "
            f"auto: actors when the view holds more than {AUTO_EVENTS} events.",
        ),
    ] = Mode.auto,
    show: Annotated[
        str,
        typer.Option("--show", help=f"Also draw in the actor network, comma-separated: {', '.join(SHOW)}."),
    ] = "",
    types: Annotated[
        list[str] | None,
        typer.Option(
            "--type", help="Only this class and its subclasses (repeatable), e.g. Person, Sanction."
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only events and facts on or after YYYY-MM-DD.")
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", help="Only events and facts on or before YYYY-MM-DD.")
    ] = None,
    docs: Annotated[
        list[str] | None, typer.Option("--doc", help="Only this article id (repeatable).")
    ] = None,
    max_nodes: Annotated[
        int, typer.Option("--max-nodes", help="Keep at most N nodes, the most central ones.")
    ] = 500,
    measure: MeasureOpt = Measure.pagerank,
    title: Annotated[str | None, typer.Option("--title", help="Page heading.")] = None,
    include_rejected: IncludeRejectedOpt = False,
) -> None:
    """Write an interactive HTML view of actors and events that works offline (vis.js inlined).

    Facts reviewers judged wrong are left out unless --include-rejected."""
    first, last = parse_date_option(since, "--since"), parse_date_option(until, "--until")
    if first and last and first > last:
        raise InputError(f"--since {first} is after --until {last}; swap them")
    with _source(source, store) as graph_store:
        if mode is Mode.auto:
            events = count_events(graph_store, focus_label, docs or ())
            mode = Mode.actors if events > AUTO_EVENTS else Mode.events
        if mode is Mode.actors:
            N = actor_network(
                graph_store,
                focus_label,
                1 if depth is None else depth,
                show.split(","),
                docs=docs or (),
                since=first,
                until=last,
                types=types or (),
                include_rejected=include_rejected,
            )
        else:
            # only the articles asked for: the same graph as cutting them out of the whole one
            G = load_graph(
                graph_store, include_rejected=include_rejected, graphs=article_graphs(graph_store, docs or ())
            )
        location = graph_store.location
    if mode is Mode.actors:
        H, omitted = limit_network(N, max_nodes)
    else:
        H = select(G, docs=docs or (), since=first, until=last, types=types or ())
        if focus_label:
            H = focus(H, focus_label, 2 if depth is None else depth)
        H, omitted = limit(H, max_nodes, measure.value)
    notice = omitted.message(max_nodes)
    if notice:
        typer.echo(f"kg view: {notice}", err=True)
    heading = title or (
        f"{focus_label} and around" if focus_label else f"Knowledge graph of {Path(location).name}"
    )
    write_view(H, output, title=heading, notice=notice, measure=measure.value)
    what = "actor network" if mode is Mode.actors else "event view"
    typer.echo(f"wrote {output}: {H.number_of_nodes()} nodes, {H.number_of_edges()} edges ({what})", err=True)


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for i, name in enumerate(columns):
        table.add_column(
            name,
            justify="right"
            if i and name in ("n", "score", "degree", "nodes", "actors", "events", "articles")
            else "left",
        )
    return table


@app.command("stats")
def stats_command(
    source: SourceArg = None,
    store: ReadStoreOpt = None,
    top: Annotated[
        int, typer.Option("--top", help="How many actors, components and communities to list.")
    ] = 10,
    measure: MeasureOpt = Measure.pagerank,
) -> None:
    """Print counts by class, the most central actors, connected components and communities.

    Read from the summary graph and single-predicate index ranges, not from every article graph."""
    from kg.review.report import build_report
    from kg.views.overview import class_counts, label, network

    with _source(source, store) as graph_store:
        counts = class_counts(graph_store)
        G = network(graph_store)
        found = components(G)
        hubs = [sorted(c, key=lambda n: (-G.degree(n), G.nodes[n]["label"]))[:4] for c in found[:top]]
        for node in {n for group in hubs for n in group if G.nodes[n]["kind"] not in ("actor", "time")}:
            G.nodes[node]["label"] = label(graph_store, node) or G.nodes[node]["label"]
        review = build_report(graph_store).overall_line()
    console = Console(width=max(100, Console().width), soft_wrap=False)

    table = _table("Resources by class", "class", "n")
    for cls, n in counts.items():
        table.add_row(cls, str(n))
    console.print(table)

    table = _table(f"Most central actors ({measure.value})", "actor", "class", "score", "degree", "articles")
    for node, score in top_actors(G, top, measure.value):
        data = G.nodes[node]
        table.add_row(data["label"], data["cls"], f"{score:.4f}", str(G.degree(node)), str(data["articles"]))
    console.print(table)

    table = _table(f"Connected components: {len(found)}", "#", "nodes", "actors", "events", "most connected")
    for i, (component, most) in enumerate(zip(found, hubs), 1):
        kinds = [G.nodes[n]["kind"] for n in component]
        table.add_row(
            str(i),
            str(len(component)),
            str(kinds.count("actor")),
            str(kinds.count("event")),
            ", ".join(G.nodes[n]["label"] for n in most),
        )
    console.print(table)

    groups = communities(G)
    table = _table(f"Actor communities: {len(groups)}", "#", "actors", "members")
    for i, group in enumerate(groups[:top], 1):
        members = sorted(group, key=lambda n: (-G.degree(n), G.nodes[n]["label"]))
        table.add_row(str(i), str(len(group)), ", ".join(G.nodes[n]["label"] for n in members[:8]))
    console.print(table)
    console.print(f"Review: {review}", highlight=False)
