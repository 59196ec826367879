"""The actor network: actors as nodes, the events between two actors collapsed into one weighted edge.

    N = actor_network(store, focus="Tony Blair", depth=1)      # read outwards from the actor only
    N = actor_network(store, show=("concepts",))               # the whole store, concepts as nodes too
    data = network_data(N)                                     # JSON-able nodes and edges (vis-ready)

At corpus scale the event-level graph (`kg.views.graph`) buries the actors under statement events and
concepts; here an event becomes an edge between each two of its participants, and an edge carries every
event (and every asserted fact) between its two ends. Statement events, concepts and places are left
out unless `show` names them ("statements", "concepts", "places"). Negated events and facts are left
out ("did not respond" is no interaction), and so is what reviewers rejected.

With a focus the store is read from the actor outwards, one SPARQL query per hop with the reached
nodes bound (`VALUES`), plus one for the outer ring (the edges among the nodes it reached, as in
`nx.ego_graph`), so the cost follows the neighbourhood, not the store.

Node attributes: kind, cls, label, aliases, docs (ids of the articles of its edges' events), events
(how many events and facts its edges carry). Edge attributes:
    count     events and facts between the two ends
    classes   [[event class or relation label, n]], most frequent first
    first, last   ISO dates (the event's date, else its article's publication date), or None
    events    [{id, kind: "event"|"fact", cls, label, date, doc, title, sentence, roles: {node: role}}]
              in date order
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.errors import InputError
from kg.rdf.store import Store
from kg.rdf.verdicts import Rejections, rejections
from kg.views.graph import _local_name, ancestors, kind_of
from kg.views.lookup import (
    aliases_query,
    article_graphs,
    count_events,
    describe_query,
    docs_query,
    event_details_query,
    events_query,
    fact_details_query,
    facts_query,
    find_nodes,
    predicate_labels_query,
)
from kg.views.select import Omitted, _in_range, _resolve_types
from kg.views.style import class_label, short, style_of

__all__ = [
    "AUTO_EVENTS",
    "SHOW",
    "actor_network",
    "count_events",
    "find_nodes",
    "limit_network",
    "network_data",
]

#: what `show` may add to the actors
SHOW = ("statements", "concepts", "places")
#: `kg view --mode auto` draws the actor network when the view would hold more events than this
AUTO_EVENTS = 60
_SHOWN_KINDS = {"concepts": "concept", "places": "place"}
_TIP_EVENTS = 8


@dataclass
class _Scope:
    """What the caller asked for: kinds and classes shown, articles and dates."""

    show: frozenset[str]
    graphs: list[str] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    entity_types: set[str] = field(default_factory=set)
    event_types: set[str] = field(default_factory=set)
    #: nodes shown whatever their kind or class (the focus)
    always: set[str] = field(default_factory=set)

    def node_shown(self, node: str, cls: str) -> bool:
        if node in self.always:
            return True
        kinds = {"actor"} | {_SHOWN_KINDS[s] for s in self.show if s in _SHOWN_KINDS}
        return kind_of(cls) in kinds and (not self.entity_types or bool(ancestors(cls) & self.entity_types))

    def event_shown(self, cls: str) -> bool:
        if "Statement" in ancestors(cls) and "statements" not in self.show:
            return False
        return not self.event_types or bool(ancestors(cls) & self.event_types)

    def date_shown(self, date: str | None) -> bool:
        return (self.since is None and self.until is None) or _in_range(date, self.since, self.until)


class _Builder:
    """Reads events and facts into per-node records and per-pair items, then makes the nx.Graph."""

    def __init__(self, store: Store, scope: _Scope, rejected: Rejections) -> None:
        self.store = store
        self.scope = scope
        self.rejected = rejected.facts | rejected.events
        self.docs: dict[str, dict[str, str]] = {}
        self.classes: dict[str, Counter[str]] = defaultdict(Counter)
        self.labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.node_docs: dict[str, set[str]] = defaultdict(set)
        self.node_events: dict[str, set[str]] = defaultdict(set)
        self.items: dict[str, dict[str, Any]] = {}  # event or fact IRI -> item
        self.ends: dict[str, dict[str, str]] = {}  # item -> {node: role}
        self.described: set[str] = set()  # nodes whose classes and labels have been read
        self.details: dict[str, dict[str, str | None]] = {}  # event or fact IRI -> its details row

    def doc(self, graph: str) -> dict[str, str]:
        return self.docs.get(graph) or {"doc": _local_name(graph), "title": "", "published": ""}

    def read_docs(self, graphs: set[str]) -> None:
        missing = graphs - set(self.docs)
        if missing:
            for row in self.store.query(docs_query(missing)).records():
                self.docs[row["g"] or ""] = {k: row[k] or "" for k in ("doc", "title", "published")}

    def describe(self, nodes: set[str] | None) -> None:
        """Read the classes and labels of the entities among `nodes` (None: of all) not read yet."""
        if nodes is not None:
            nodes = nodes - self.described
            if not nodes:
                return
            self.described |= nodes
        for row in self.store.query(
            describe_query(nodes, self.scope.graphs if nodes is None else None)
        ).records():
            node = row["node"] or ""
            self.classes[node][_local_name(row["type"] or "")] += 1
            if row["label"]:
                self.labels[node][row["label"]] += 1

    def cls(self, node: str) -> str | None:
        """The node's most frequent class, None if it is no entity."""
        counts = self.classes.get(node)
        return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0] if counts else None

    def shown(self, node: str) -> bool:
        cls = self.cls(node)
        return cls is not None and self.scope.node_shown(node, cls)

    def detail(self, iris: set[str] | None, query: Callable[..., str], key: str) -> None:
        """Read the details (date, sentence, …) of the events or facts among `iris` not read yet."""
        if iris is not None:
            iris = iris - set(self.details)
            if not iris:
                return
        for row in self.store.query(query(iris, self.scope.graphs if iris is None else None)).records():
            self.details.setdefault(row[key] or "", row)

    def read_from(self, nodes: set[str] | None, among: set[str] | None = None) -> set[str]:
        """Read the events and facts of `nodes` (None: of the whole scope) with the nodes `among`
        (None: with anyone); returns the shown nodes met."""
        graphs = self.scope.graphs
        event_rows = self.store.query(events_query(nodes, graphs, among)).records()
        # an event with one participant draws no edge: its details are not worth reading
        participants: dict[str, set[str]] = defaultdict(set)
        for row in event_rows:
            participants[row["event"] or ""].add(row["node"] or "")
        event_rows = [row for row in event_rows if len(participants[row["event"] or ""]) > 1]
        fact_rows = self.store.query(facts_query(nodes, graphs, among)).records()
        self.read_docs({row["g"] or "" for row in event_rows + fact_rows})
        whole = nodes is None
        self.describe(
            None
            if whole
            else {row["node"] or "" for row in event_rows} | {row[k] or "" for row in fact_rows for k in "so"}
        )
        self.detail(
            None if whole else {row["event"] or "" for row in event_rows}, event_details_query, "event"
        )
        self.detail(None if whole else {row["fact"] or "" for row in fact_rows}, fact_details_query, "fact")
        met: set[str] = set()
        for row in event_rows:
            event, graph, node = row["event"] or "", row["g"] or "", row["node"] or ""
            cls, info = _local_name(row["type"] or ""), self.details.get(event, {})
            if (
                event in self.rejected
                or info.get("negated") in ("true", "1")
                or not self.scope.event_shown(cls)
            ):
                continue
            date = info.get("date") or self.doc(graph)["published"] or None
            if not self.scope.date_shown(date) or not self.shown(node):
                continue
            self.add_item(event, "event", cls, info.get("label") or cls, date, graph, info.get("sentence"))
            self.ends[event][node] = _local_name(row["role"] or "")
            met.add(node)
        predicates = {row["p"] or "" for row in fact_rows}
        labels = (
            {row["p"]: row["label"] for row in self.store.query(predicate_labels_query(predicates)).records()}
            if predicates
            else {}
        )
        for row in fact_rows:
            fact, graph = row["fact"] or "", row["g"] or ""
            s, o, p = row["s"] or "", row["o"] or "", row["p"] or ""
            info = self.details.get(fact, {})
            date = info.get("date") or self.doc(graph)["published"] or None
            if (
                fact in self.rejected
                or not self.scope.date_shown(date)
                or not (self.shown(s) and self.shown(o))
            ):
                continue
            label = labels.get(p) or _local_name(p)
            self.add_item(fact, "fact", label, label, date, graph, info.get("sentence"))
            self.ends[fact].update({s: "subject", o: "object"})
            met |= {s, o}
        return met

    def add_item(
        self, iri: str, kind: str, cls: str, label: str, date: str | None, graph: str, sentence: str | None
    ) -> None:
        if iri not in self.items:
            doc = self.doc(graph)
            self.items[iri] = {
                "id": iri,
                "kind": kind,
                "cls": cls,
                "label": label,
                "date": date,
                "doc": doc["doc"],
                "title": doc["title"],
                "sentence": sentence or "",
            }
            self.ends[iri] = {}

    def graph(self, keep: set[str] | None) -> nx.Graph:
        """The network of the nodes in `keep` (None: every node linked to another)."""
        N = nx.Graph()
        pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for iri, ends in self.ends.items():
            item = self.items[iri]
            nodes = sorted(n for n in ends if keep is None or n in keep)
            for i, u in enumerate(nodes):
                for v in nodes[i + 1 :]:
                    pairs[(u, v)].append({**item, "roles": {u: ends[u], v: ends[v]}})
                    for node in (u, v):
                        self.node_events[node].add(iri)
                        self.node_docs[node].add(item["doc"])
        # without a focus an actor that dealt with no other one says nothing in a network
        linked = {node for pair in pairs for node in pair}
        shown = sorted(linked if keep is None else keep & set(self.classes))
        aliases: dict[str, set[str]] = defaultdict(set)
        if shown:
            for row in self.store.query(aliases_query(shown)).records():
                aliases[row["node"] or ""].add(row["alias"] or "")
        for node in shown:
            cls = self.cls(node) or "Entity"
            labels = sorted(self.labels[node].items(), key=lambda kv: (-kv[1], kv[0]))
            label = labels[0][0] if labels else _local_name(node)
            N.add_node(
                node,
                kind=kind_of(cls),
                cls=cls,
                label=label,
                aliases=sorted(({name for name, _ in labels} | aliases[node]) - {label}),
                docs=sorted(self.node_docs[node]),
                events=len(self.node_events[node]),
            )
        for (u, v), items in pairs.items():
            items.sort(key=lambda item: (item["date"] or "9999", item["doc"], item["id"]))
            dates = [item["date"] for item in items if item["date"]]
            classes = Counter(item["cls"] for item in items)
            N.add_edge(
                u,
                v,
                count=len(items),
                classes=[[c, n] for c, n in sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))],
                first=min(dates, default=None),
                last=max(dates, default=None),
                events=items,
            )
        return N


def _scope(
    store: Store,
    show: Iterable[str],
    docs: Iterable[str],
    since: dt.date | None,
    until: dt.date | None,
    types: Iterable[str],
) -> _Scope:
    shown = frozenset(s.strip().lower() for s in show if s.strip())
    unknown = sorted(shown - set(SHOW))
    if unknown:
        raise InputError(f"cannot show {unknown[0]!r}; --show takes: {', '.join(SHOW)}")
    graphs = article_graphs(store, docs)
    entity_types, event_types = _resolve_types(types)
    return _Scope(shown, graphs, since, until, entity_types, event_types)


def actor_network(
    store: Store,
    focus: str | None = None,
    depth: int = 1,
    show: Iterable[str] = (),
    *,
    docs: Iterable[str] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    types: Iterable[str] = (),
    include_rejected: bool = False,
) -> nx.Graph:
    """The actor network of `store` (see the module docstring), or the ego network of `focus`.

    Args:
        store: the store.
        focus: an actor's label or alias; only what lies within `depth` hops of it is read.
        depth: hops from `focus` (1: the actors it dealt with, and the edges among them).
        show: also "statements" (Statement events), "concepts" and "places" (as nodes).
        docs, since, until, types: as for `kg.views.select`: articles, a date range (the
            publication date stands in for an undated event) and classes (entity classes keep
            those nodes, event classes those events).
        include_rejected: keep what reviewers judged wrong.

    `N.graph["focus"]` lists the IRIs of the focus nodes.

    Raises:
        InputError: no entity has the focus name; depth < 0; an unknown --show value, class or article.
    """
    if depth < 0:
        raise InputError(f"--depth must be 0 or more, not {depth}")
    scope = _scope(store, show, docs, since, until, types)
    builder = _Builder(store, scope, Rejections() if include_rejected else rejections(store))
    if focus is None:
        builder.read_from(None)
        N = builder.graph(None)
        N.graph["focus"] = []
        return N
    centres = set(find_nodes(store, focus))
    scope.always = centres
    reached, frontier = set(centres), set(centres)
    for _ in range(depth):
        met = builder.read_from(frontier)
        frontier = met - reached
        reached |= met
        if not frontier:
            break
    if frontier:  # the outer ring: only its edges among the nodes already reached
        builder.read_from(frontier, among=reached)
    builder.describe(centres)  # a focus with no event in view is still drawn
    N = builder.graph(reached)
    N.graph["focus"] = sorted(centres)
    return N


def limit_network(N: nx.Graph, max_nodes: int) -> tuple[nx.Graph, Omitted]:
    """At most `max_nodes` nodes: the focus and the actors with the most events on their edges.

    Raises:
        InputError: max_nodes < 1.
    """
    if max_nodes < 1:
        raise InputError(f"--max-nodes must be at least 1, not {max_nodes}")
    if N.number_of_nodes() <= max_nodes:
        return N.copy(), Omitted()
    focus = set(N.graph.get("focus", []))
    strength = dict(N.degree(weight="count"))
    ranked = sorted(N, key=lambda n: (n not in focus, -strength[n], N.nodes[n]["label"], n))
    H = N.subgraph(ranked[:max_nodes]).copy()
    dropped = ranked[max_nodes:]
    omitted = Omitted(
        nodes=len(dropped),
        edges=N.number_of_edges() - H.number_of_edges(),
        by_kind=dict(Counter(N.nodes[n]["kind"] for n in dropped)),
        top=[N.nodes[n]["label"] for n in dropped[:5]],
    )
    return H, omitted


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return ""
    return first if first == last else f"{first} … {last}"


def network_data(N: nx.Graph) -> dict[str, list[dict[str, Any]]]:
    """`N` as JSON-able lists, ready for a vis-network DataSet (kg view's page and kg serve's panel).

    nodes: id (the IRI), label (shortened), name, cls, kind, aliases, docs (count), events, focus,
        color, shape, size, search (names, casefolded), tip (tooltip: label, type, aliases, rows).
    edges: id, from, to, count, classes, first, last, events (as in the module docstring), label
        ("3 · Meeting"), width, tip (tooltip rows and the first events as sources, "more" counted).
    """
    focus = set(N.graph.get("focus", []))
    strength = dict(N.degree(weight="count"))
    top = max(strength.values(), default=0) or 1
    nodes = []
    for node in sorted(N, key=lambda n: (N.nodes[n]["label"], n)):
        data = N.nodes[node]
        colour, shape = style_of(data["cls"], data["kind"])
        names = [data["label"], *data["aliases"]]
        nodes.append(
            {
                "id": node,
                "label": short(data["label"]),
                "name": data["label"],
                "cls": data["cls"],
                "kind": data["kind"],
                "aliases": data["aliases"],
                "docs": len(data["docs"]),
                "events": data["events"],
                "focus": node in focus,
                "color": colour,
                "shape": shape,
                "size": round(10 + 30 * math.sqrt(strength[node] / top), 1),
                "borderWidth": 4 if node in focus else 1,
                "search": " ".join(names).casefold(),
                "tip": {
                    "label": data["label"],
                    "type": f"{class_label(data['cls'])} ({data['kind']})",
                    "aliases": data["aliases"],
                    "rows": [
                        ["events", str(data["events"])],
                        ["articles", str(len(data["docs"]))],
                        ["partners", str(N.degree(node))],
                    ],
                    "sources": [],
                    "more": 0,
                },
            }
        )
    edges = []
    for u, v, data in sorted(N.edges(data=True), key=lambda e: (min(e[0], e[1]), max(e[0], e[1]))):
        items = data["events"]
        kinds = ", ".join(f"{cls} {n}" for cls, n in data["classes"])
        edges.append(
            {
                "id": f"{u} {v}",
                "from": u,
                "to": v,
                "count": data["count"],
                "classes": data["classes"],
                "first": data["first"],
                "last": data["last"],
                "events": items,
                "label": f"{data['count']} · {data['classes'][0][0]}"
                if data["count"] > 1
                else data["classes"][0][0],
                "width": round(1 + 2 * math.log(data["count"]), 2),
                "color": {"color": "#9aa3ab", "highlight": "#333333"},
                "tip": {
                    "label": f"{N.nodes[u]['label']} — {N.nodes[v]['label']}",
                    "type": f"{data['count']} event{'s' if data['count'] != 1 else ''} (click for sentences)",
                    "aliases": [],
                    "rows": [["kinds", kinds], ["dates", _span(data["first"], data["last"])]],
                    "sources": [
                        [f"{item['date'] or 'undated'} · {item['cls']}", item["label"]]
                        for item in items[:_TIP_EVENTS]
                    ],
                    "more": max(0, len(items) - _TIP_EVENTS),
                },
            }
        )
    return {"nodes": nodes, "edges": edges}
