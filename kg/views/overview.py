"""What `kg stats` reads: counts by class and the actor/event network, from cheap reads of the store.

    counts = class_counts(store)      # kg class local name -> resources, largest first
    G = network(store)                # actors, events and what they touch; role and fact edges

`kg.views.graph.load_graph` reads everything a view shows (sentences, titles, hedges, tooltips) with
SPARQL over every article graph; statistics need none of it. Here actors come from the summary graph
(`kg.rdf.summary`: one description each, with its article count), and four lean SELECTs read the
classes of the other nodes, the role edges and the facts outside events: only the columns needed,
deduplicated and joined inside Oxigraph, so few rows cross into Python.
The network has the node and edge attributes `kg.views.analytics` uses (kind, cls, label; articles
for actors) and, like `load_graph`, leaves out facts and events reviewers rejected.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

import networkx as nx
import pyoxigraph as ox
from rdflib import RDFS

from kg.rdf import vocab
from kg.rdf.store import Store
from kg.rdf.verdicts import rejections
from kg.views.graph import TIME_CLASS, TIME_PREFIX, kind_of

__all__ = ["class_counts", "label", "network"]

_LABEL = ox.NamedNode(RDFS.label)

_ARTICLE_GRAPH = f"FILTER(?g NOT IN (<{vocab.ONTOLOGY_GRAPH}>, data:summary))"


def _values(names: frozenset[str]) -> str:
    return " ".join(f"kg:{name}" for name in sorted(names))


_COUNTS = f"""
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  GRAPH ?g {{ ?s a ?type }} {_ARTICLE_GRAPH}
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}} GROUP BY ?type"""

_ACTORS = """
SELECT ?node ?label ?articles (MIN(?type) AS ?cls) WHERE {
  GRAPH data:summary { ?node kg:articleCount ?articles ; rdfs:label ?label ; kg:actorClass ?type }
} GROUP BY ?node ?label ?articles"""


def _nodes() -> str:
    classes = vocab.event_classes() | (vocab.entity_classes() - vocab.actor_classes())
    return f"""
SELECT DISTINCT ?node ?type WHERE {{
  VALUES ?type {{ {_values(classes)} }}
  GRAPH ?g {{ ?node a ?type }} {_ARTICLE_GRAPH}
}}"""


def _roles() -> str:
    return f"""
SELECT ?event ?role ?filler WHERE {{
  VALUES ?role {{ {_values(vocab.role_properties())} }}
  GRAPH ?g {{ ?event ?role ?filler }} {_ARTICLE_GRAPH}
}}"""


_FACTS = """
SELECT ?fact ?s ?o WHERE {
  GRAPH ?g { ?fact rdf:object ?o ; rdf:subject ?s }
  FILTER(isIRI(?o))
  MINUS { GRAPH ?h { ?fact kg:partOfEvent|kg:restates ?event } }
}"""


def _rows(store: Store, sparql: str) -> list[tuple[str | None, ...]]:
    return list(store.query(store.base.sparql_prefixes + sparql).rows)


def label(store: Store, node: str) -> str | None:
    """The rdfs:label an article graph gives `node` (the first found), or None."""
    for q in store.oxigraph.quads_for_pattern(ox.NamedNode(node), _LABEL, None, None):
        if isinstance(q.object, ox.Literal):
            return q.object.value
    return None


def _local(iri: str | None) -> str:
    return re.sub(r"^.*[#/]", "", iri or "")


def class_counts(store: Store) -> dict[str, int]:
    """How many resources of each kg class the article graphs hold (Article, Fact and Sentence
    included), by class local name, largest first. An entity named by many articles counts once."""
    counts = {_local(t): int(n or 0) for t, n in _rows(store, _COUNTS)}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def network(store: Store) -> nx.MultiDiGraph:
    """Actors, events, places, concepts and the dates of events as a MultiDiGraph: agent → event →
    other participants (kind "role"), and facts outside events between two entities (kind "fact").
    Actor nodes carry `articles` (how many articles name them) and their label; other nodes the last
    segment of their IRI, which `label` replaces for the few a table shows."""
    rejected = rejections(store)
    G = nx.MultiDiGraph()
    for node, label, articles, cls in _rows(store, _ACTORS):
        G.add_node(node, kind="actor", cls=_local(cls), label=label, articles=int(articles or 0))
    for node, cls in _rows(store, _nodes()):
        if node not in G and node not in rejected.events:
            name = _local(cls)
            G.add_node(node, kind=kind_of(name), cls=name, label=unquote(_local(node)))
    for event, role, filler in _rows(store, _roles()):
        if event not in G or filler is None:
            continue
        name = _local(role)
        if name == "time" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", filler):
            target = TIME_PREFIX + filler
            G.add_node(target, kind="time", cls=TIME_CLASS, label=filler)
        elif filler in G:
            target = filler
        else:
            continue
        edge = (target, event) if name == "agent" else (event, target)
        G.add_edge(*edge, key=f"{name}|{event}|{target}", kind="role", relation=name)
    for fact, s, o in _rows(store, _FACTS):
        if fact not in rejected.facts and s in G and o in G:
            G.add_edge(s, o, key=fact, kind="fact")
    return G
