"""Cutting a view out of the graph: filters by article, date and class, an ego network, a size limit.

    H = select(G, docs=["doc-1"], since=date(2025, 1, 1), types=["Person", "Sanction"])
    H = focus(H, "Gustavo Petro", depth=2)
    H, omitted = limit(H, max_nodes=500)      # keeps the most central actors, says what went

Every function returns a new graph (a copy) and leaves its argument alone.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

import networkx as nx

from kg.errors import InputError
from kg.rdf import vocab
from kg.views.analytics import centrality
from kg.views.graph import TIME_CLASS, ancestors

__all__ = ["Omitted", "class_names", "focus", "limit", "select"]


def class_names() -> list[str]:
    """Class names accepted by `select(types=…)`: every entity and event class, plus TimeExpression."""
    return sorted(vocab.entity_classes() | vocab.event_classes() | {"Entity", TIME_CLASS})


def _resolve_types(types: Iterable[str]) -> tuple[set[str], set[str]]:
    """Split requested class names into (entity classes, event classes), case-insensitively."""
    known = {name.lower(): name for name in class_names()}
    entity: set[str] = set()
    event: set[str] = set()
    for name in types:
        cls = known.get(name.strip().lower())
        if cls is None:
            raise InputError(f"unknown class {name!r} for --type; use one of: " + ", ".join(class_names()))
        (event if cls in vocab.event_classes() else entity).add(cls)
    return entity, event


def _in_range(date: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if date is None:
        return False
    try:
        day = dt.date.fromisoformat(date[:10])
    except ValueError:
        return False
    return (since is None or day >= since) and (until is None or day <= until)


def _prune(H: nx.MultiDiGraph, before: nx.MultiDiGraph, keep: set[str] | None = None) -> None:
    """Drop nodes that had edges in `before` but lost them all (they only mattered through them)."""
    keep = keep or set()
    orphans = [n for n in H if H.degree(n) == 0 and before.degree(n) > 0 and n not in keep]
    H.remove_nodes_from(orphans)


def select(
    G: nx.MultiDiGraph,
    *,
    docs: Iterable[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    types: Iterable[str] = (),
) -> nx.MultiDiGraph:
    """The part of `G` from some articles, within a date range and of some classes.

    Args:
        docs: keep only what these document ids say (empty: all articles).
        since, until: keep events and facts dated in this range (inclusive; the publication date
            stands in for an undated one); undated ones are left out when a bound is given.
        types: class names (subclasses included, e.g. "Organization" keeps military ones). Entity
            classes keep those entities and the events they take part in; event classes keep those
            events. Empty: everything.

    Raises:
        InputError: an unknown class name or document id.
    """
    H = G.copy()
    docs = list(docs)
    if docs:
        known = set(G.graph.get("documents", {})) | {d for _, ds in G.nodes(data="docs") for d in ds or ()}
        missing = [d for d in docs if d not in known]
        if missing:
            raise InputError(
                f"no article {missing[0]!r} in the graph; use one of: "
                + (", ".join(sorted(known)) or "(none)")
            )
        wanted = set(docs)
        H.remove_edges_from([(u, v, k) for u, v, k, d in H.edges(keys=True, data="doc") if d not in wanted])
        H.remove_nodes_from([n for n, ds in H.nodes(data="docs") if not wanted & set(ds or ())])
    if since is not None or until is not None:
        before = H.copy()
        H.remove_edges_from(
            [(u, v, k) for u, v, k, d in H.edges(keys=True, data="date") if not _in_range(d, since, until)]
        )
        # events and dates by their own date; anything else left without an edge by its dates, if any
        stale = [
            n
            for n, data in H.nodes(data=True)
            if (data["kind"] in ("event", "time") or H.degree(n) == 0)
            and not any(_in_range(d, since, until) for d in data["dates"])
        ]
        H.remove_nodes_from(stale)
        _prune(H, before)
    entity_types, event_types = _resolve_types(types)
    if entity_types or event_types:
        before = H.copy()

        def wanted_node(data: dict) -> bool:
            is_event = data["kind"] == "event"
            wanted = event_types if is_event else entity_types
            return not wanted or bool(ancestors(data["cls"]) & wanted)

        H.remove_nodes_from([n for n, data in H.nodes(data=True) if not wanted_node(data)])
        # nodes kept only because their kind was not filtered lose their point once isolated
        requested = {
            n for n, data in H.nodes(data=True) if ancestors(data["cls"]) & (entity_types | event_types)
        }
        _prune(H, before, keep=requested)
    return H


def _names(data: dict) -> list[str]:
    return [data["label"], *data.get("aliases", [])]


def focus(G: nx.MultiDiGraph, label: str, depth: int = 2) -> nx.MultiDiGraph:
    """The ego network of the node named `label` (label or alias, case-insensitive): everything
    within `depth` hops, edge directions ignored. An actor's events are 1 hop away and the other
    participants of those events 2 hops, so depth 2 shows whom an actor dealt with.

    Raises:
        InputError: no node has that name (the message suggests close names), or depth < 0.
    """
    if depth < 0:
        raise InputError(f"--depth must be 0 or more, not {depth}")
    wanted = label.strip().casefold()
    centres = [n for n, data in G.nodes(data=True) if wanted in (name.casefold() for name in _names(data))]
    if not centres:
        centres = [
            n
            for n, data in G.nodes(data=True)
            if data["kind"] != "event" and any(wanted in name.casefold() for name in _names(data))
        ]
    if not centres:
        names = sorted(
            {name for _, data in G.nodes(data=True) if data["kind"] != "event" for name in _names(data)}
        )
        close = difflib.get_close_matches(label, names, n=5, cutoff=0.5)
        hint = f"did you mean: {', '.join(close)}?" if close else "`kg stats` lists the most central actors"
        raise InputError(f"no actor or event named {label!r} in the graph; {hint}")
    undirected = G.to_undirected(as_view=True)
    keep: set[str] = set()
    for centre in centres:
        keep |= set(nx.single_source_shortest_path_length(undirected, centre, cutoff=depth))
    H = G.subgraph(keep).copy()
    H.graph["focus"] = sorted(centres)
    return H


@dataclass
class Omitted:
    """What `limit` left out: counts by node kind and the most central of the dropped actors."""

    nodes: int = 0
    edges: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    top: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return self.nodes > 0

    def message(self, max_nodes: int) -> str:
        """One sentence for stderr and the page, e.g. "left out 120 nodes (80 event, 40 actor) …"."""
        if not self:
            return ""
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(self.by_kind.items(), key=lambda kv: -kv[1]))
        text = f"showing the {max_nodes} most central nodes; left out {self.nodes} nodes ({kinds}) and {self.edges} edges"
        if self.top:
            text += "; the most central left out: " + ", ".join(self.top)
        return text + " (raise --max-nodes, or narrow with --focus/--type/--doc)"


def limit(G: nx.MultiDiGraph, max_nodes: int, measure: str = "pagerank") -> tuple[nx.MultiDiGraph, Omitted]:
    """At most `max_nodes` nodes: the most central ones (by `measure` on the whole graph), then
    events and dates left without a kept participant are dropped too.

    Returns:
        The smaller graph and what was left out.

    Raises:
        InputError: max_nodes < 1.
    """
    if max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, not {max_nodes}")
    if G.number_of_nodes() <= max_nodes:
        return G.copy(), Omitted()
    scores = centrality(G, measure)
    ranked = sorted(G, key=lambda n: (-scores.get(n, 0.0), G.nodes[n]["label"], n))
    keep = set(ranked[:max_nodes])
    H = G.subgraph(keep).copy()
    # an event or a date is only readable with at least one participant next to it
    H.remove_nodes_from([n for n, k in H.nodes(data="kind") if k in ("event", "time") and H.degree(n) == 0])
    dropped = [n for n in ranked if n not in H]
    by_kind = Counter(G.nodes[n]["kind"] for n in dropped)
    top = [G.nodes[n]["label"] for n in dropped if G.nodes[n]["kind"] == "actor"][:5]
    omitted = Omitted(
        nodes=len(dropped),
        edges=G.number_of_edges() - H.number_of_edges(),
        by_kind=dict(by_kind),
        top=top,
    )
    return H, omitted
