"""What `kg stats` reads: counts by class and the actor/event network, from cheap reads of the store.

    counts = class_counts(store)      # kg class local name -> resources, largest first
    G = network(store)                # actors, events and what they touch; role and fact edges

`kg.views.graph.load_graph` reads everything a view shows (sentences, titles, hedges, tooltips) with
SPARQL over every article graph; statistics need none of it. Here actors come from the summary graph
(`kg.rdf.summary`: one description each, with its article count) and every other read is an Oxigraph
index range over one predicate (rdf:type, a role, rdf:subject/rdf:object): no joins, no aggregates.
The network has the node and edge attributes `kg.views.analytics` uses (kind, cls, label; articles
for actors) and, like `load_graph`, leaves out facts and events reviewers rejected.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import networkx as nx
import pyoxigraph as ox
from rdflib import RDF, RDFS

from kg.rdf import vocab
from kg.rdf.store import ONTOLOGY_NODE, Store
from kg.rdf.summary import ActorSummary, actors
from kg.rdf.verdicts import rejections
from kg.views.graph import TIME_CLASS, TIME_PREFIX, kind_of

__all__ = ["class_counts", "network"]

_TYPE, _LABEL = ox.NamedNode(RDF.type), ox.NamedNode(RDFS.label)
_SUBJECT, _OBJECT = ox.NamedNode(RDF.subject), ox.NamedNode(RDF.object)


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(vocab.KG[name]))


def _article_quads(
    store: Store, predicate: ox.NamedNode, obj: ox.NamedNode | None = None
) -> Iterator[tuple[ox.NamedNode, ox.NamedNode | ox.Literal | ox.BlankNode | ox.Triple]]:
    """(subject, object) of the quads of the article graphs (the ontology and summary left out)
    with this predicate (and object), subjects that are IRIs only."""
    skip = (ONTOLOGY_NODE, ox.NamedNode(str(store.base.summary)))
    for q in store.oxigraph.quads_for_pattern(None, predicate, obj, None):
        if q.graph_name not in skip and isinstance(q.subject, ox.NamedNode):
            yield q.subject, q.object


def class_counts(store: Store) -> dict[str, int]:
    """How many resources of each kg class the article graphs hold (Article, Fact and Sentence
    included), by class local name, largest first. An entity named by many articles counts once."""
    counts: Counter[str] = Counter()
    for name in sorted(vocab.KG):
        term = vocab.KG[name]
        if name[:1].isupper():
            found = {s for s, _ in _article_quads(store, _TYPE, ox.NamedNode(str(term)))}
            if found:
                counts[name] = len(found)
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _first_label(store: Store, node: ox.NamedNode) -> str | None:
    for q in store.oxigraph.quads_for_pattern(node, _LABEL, None, None):
        return q.object.value  # type: ignore[union-attr]
    return None


def network(store: Store) -> nx.MultiDiGraph:
    """Actors, events, places, concepts and the dates of events as a MultiDiGraph: agent → event →
    other participants (kind "role"), and facts outside events between two entities (kind "fact").
    Actor nodes carry `articles` (how many articles name them)."""
    rejected = rejections(store)
    G = nx.MultiDiGraph()
    summaries: dict[str, ActorSummary] = {a.iri: a for a in actors(store)}
    for a in summaries.values():
        G.add_node(a.iri, kind="actor", cls=a.cls.split(" | ")[0], label=a.label, articles=a.articles)
    events = vocab.event_classes()
    for name in sorted(events):
        for node, _ in _article_quads(store, _TYPE, _kg(name)):
            event = node.value
            if event not in rejected.events and event not in G:
                G.add_node(event, kind="event", cls=name, label=_first_label(store, node) or name)

    for name in sorted(vocab.entity_classes() - vocab.actor_classes()):  # places, concepts, …
        for node, _ in _article_quads(store, _TYPE, _kg(name)):
            if node.value not in G:
                label = _first_label(store, node) or node.value
                G.add_node(node.value, kind=kind_of(name), cls=name, label=label)

    for role in sorted(vocab.role_properties()):
        for node, filler in _article_quads(store, _kg(role)):
            event = node.value
            if event not in G:
                continue
            if isinstance(filler, ox.NamedNode):
                target = filler.value if filler.value in G else None
            elif role == "time" and isinstance(filler, ox.Literal) and len(filler.value) == 10:
                target = TIME_PREFIX + filler.value
                G.add_node(target, kind="time", cls=TIME_CLASS, label=filler.value)
            else:
                continue
            if target is not None:
                edge = (target, event) if role == "agent" else (event, target)
                G.add_edge(*edge, key=f"{role}|{event}|{target}", kind="role", relation=role)
    in_event = {node.value for node, _ in _article_quads(store, _kg("partOfEvent"))}
    subjects = {node.value: s for node, s in _article_quads(store, _SUBJECT)}
    for node, o in _article_quads(store, _OBJECT):
        fact, s = node.value, subjects.get(node.value)
        if fact in in_event or fact in rejected.facts or not isinstance(o, ox.NamedNode):
            continue
        if isinstance(s, ox.NamedNode) and s.value in G and o.value in G:
            G.add_edge(s.value, o.value, key=fact, kind="fact")
    return G
