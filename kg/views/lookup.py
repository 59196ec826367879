"""The SPARQL the actor network reads with, and the look-up of an actor by name.

Every query can be bound to some nodes (`VALUES ?anchor`, the events and facts they take part in) and
to some article graphs (`VALUES ?g`), so a focused view reads outwards from its actor and never scans
the store. `find_nodes` is the one place that turns a name into IRIs: an exact label or alias is an
index look-up; anything else falls back to a scan over every name (swap in an indexed normalised key
here when the store has one).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from kg.errors import InputError
from kg.rdf import vocab
from kg.rdf.store import Store
from kg.views.graph import _sparql, _values

__all__ = [
    "aliases_query",
    "count_events",
    "describe_query",
    "docs_query",
    "events_query",
    "facts_query",
    "find_nodes",
    "predicate_labels_query",
]

_ROLES = _values(vocab.role_properties())
_EVENT_TYPES = _values(vocab.event_classes())
_ENTITY_TYPES = _values(vocab.entity_classes())


def _iris(nodes: Iterable[str]) -> str:
    return " ".join(f"<{node}>" for node in sorted(nodes))


def _string(text: str) -> str:
    """A SPARQL string literal of `text`."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _anchor(nodes: Iterable[str] | None, graphs: Iterable[str] | None) -> tuple[str, str]:
    """(VALUES clauses, pattern inside GRAPH) that bind the events to some nodes and graphs."""
    values, pattern = "", ""
    if nodes is not None:
        values += f"VALUES ?anchor {{ {_iris(nodes)} }} VALUES ?anchorRole {{ {_ROLES} }}\n"
        pattern = "?event ?anchorRole ?anchor ."
    if graphs is not None:
        values += f"VALUES ?g {{ {_iris(graphs)} }}\n"
    return values, pattern


def events_query(nodes: Iterable[str] | None, graphs: Iterable[str] | None) -> str:
    """Each event of the anchor nodes (None: every event) with each entity taking part, one row per role."""
    values, pattern = _anchor(nodes, graphs)
    return _sparql(f"""
SELECT DISTINCT ?g ?event ?type ?elabel ?date ?negated ?sentence ?role ?node ?ntype ?nlabel WHERE {{
  {values}
  GRAPH ?g {{
    {pattern}
    ?event a ?type ; ?role ?node .
    ?node a ?ntype .
    OPTIONAL {{ ?node rdfs:label ?nlabel }}
    OPTIONAL {{ ?event rdfs:label ?elabel }}
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:negated ?negated }}
    OPTIONAL {{ ?event prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }}
  VALUES ?type {{ {_EVENT_TYPES} }}
  VALUES ?role {{ {_ROLES} }}
  VALUES ?ntype {{ {_ENTITY_TYPES} }}
}}""")


def facts_query(nodes: Iterable[str] | None, graphs: Iterable[str] | None) -> str:
    """Asserted facts between two entities of the anchor nodes (None: all) that are not part of an
    event (those are the event)."""
    values, pattern = "", ""
    if nodes is not None:
        values = f"VALUES ?anchor {{ {_iris(nodes)} }}\n"
        pattern = "{ ?fact rdf:subject ?anchor } UNION { ?fact rdf:object ?anchor }"
    if graphs is not None:
        values += f"VALUES ?g {{ {_iris(graphs)} }}\n"
    return _sparql(f"""
SELECT DISTINCT ?g ?fact ?s ?p ?o ?stype ?otype ?slabel ?olabel ?date ?sentence WHERE {{
  {values}
  GRAPH ?g {{
    {pattern}
    ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:asserted true .
    ?s a ?stype . ?o a ?otype .
    FILTER NOT EXISTS {{ ?fact kg:partOfEvent ?partOf }}
    FILTER NOT EXISTS {{ ?fact kg:negated true }}
    OPTIONAL {{ ?s rdfs:label ?slabel }}
    OPTIONAL {{ ?o rdfs:label ?olabel }}
    OPTIONAL {{ ?fact kg:date ?date }}
    OPTIONAL {{ ?fact prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }}
  VALUES ?stype {{ {_ENTITY_TYPES} }}
  VALUES ?otype {{ {_ENTITY_TYPES} }}
}}""")


def docs_query(graphs: Iterable[str]) -> str:
    """Document id, title and publication date of some article graphs."""
    return _sparql(f"""
SELECT ?g ?doc ?title ?published WHERE {{
  VALUES ?g {{ {_iris(graphs)} }}
  GRAPH ?g {{
    ?article a kg:Article ; kg:documentId ?doc .
    OPTIONAL {{ ?article kg:title ?title }}
    OPTIONAL {{ ?article kg:published ?published }}
  }}
}}""")


def aliases_query(nodes: Iterable[str]) -> str:
    """The skos:altLabel names of some nodes."""
    return _sparql(f"""
SELECT DISTINCT ?node ?alias WHERE {{
  VALUES ?node {{ {_iris(nodes)} }}
  GRAPH ?g {{ ?node skos:altLabel ?alias }}
}}""")


def predicate_labels_query(predicates: Iterable[str]) -> str:
    """The rdfs:label of some relation predicates."""
    return _sparql(f"""
SELECT DISTINCT ?p ?label WHERE {{
  VALUES ?p {{ {_iris(predicates)} }}
  GRAPH ?g {{ ?p rdfs:label ?label }}
}}""")


def _named_query(name: str) -> str:
    return _sparql(f"""
SELECT DISTINCT ?node WHERE {{
  VALUES ?name {{ {_string(name)} }}
  GRAPH ?g {{ {{ ?node rdfs:label ?name }} UNION {{ ?node skos:altLabel ?name }} ?node a ?type }}
  VALUES ?type {{ {_ENTITY_TYPES} }}
}}""")


def describe_query(nodes: Iterable[str]) -> str:
    """Class and label of some entities, one row per article graph."""
    return _sparql(f"""
SELECT ?node ?type ?label WHERE {{
  VALUES ?node {{ {_iris(nodes)} }}
  GRAPH ?g {{ ?node a ?type . OPTIONAL {{ ?node rdfs:label ?label }} }}
  VALUES ?type {{ {_ENTITY_TYPES} }}
}}""")

_ALL_NAMES = _sparql(f"""
SELECT DISTINCT ?node ?name WHERE {{
  GRAPH ?g {{ {{ ?node rdfs:label ?name }} UNION {{ ?node skos:altLabel ?name }} ?node a ?type }}
  VALUES ?type {{ {_ENTITY_TYPES} }}
}}""")


def find_nodes(store: Store, name: str) -> list[str]:
    """IRIs of the entities named `name` (label or alias): an exact match is an index look-up; else
    case-insensitively, else by substring, over every name in the store (slower, only on a miss).

    Raises:
        InputError: nothing has that name (the message suggests close names).
    """
    wanted = name.strip()
    exact = store.query(_named_query(wanted)).column("node")
    if exact:
        return sorted(node for node in exact if node)
    names = [(row["node"] or "", row["name"] or "") for row in store.query(_ALL_NAMES).records()]
    folded = wanted.casefold()
    found = sorted({node for node, label in names if label.casefold() == folded}) or sorted(
        {node for node, label in names if folded in label.casefold()}
    )
    if found:
        return found
    close = difflib.get_close_matches(wanted, sorted({label for _, label in names}), n=5, cutoff=0.5)
    hint = f"did you mean: {', '.join(close)}?" if close else "`kg stats` lists the most central actors"
    raise InputError(f"no actor named {name!r} in the graph; {hint}")


def count_events(store: Store, focus: str | None = None, docs: Iterable[str] = ()) -> int:
    """How many events the focus actor takes part in (or, without one, the articles `docs` or the
    whole store hold): what `kg view --mode auto` weighs."""
    nodes = find_nodes(store, focus) if focus else None
    graphs = [str(store.base.graph_iri(doc)) for doc in docs] or None
    values, pattern = _anchor(nodes, graphs)
    query = _sparql(f"""
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {{
  {values}
  GRAPH ?g {{ {pattern} ?event a ?type }}
  VALUES ?type {{ {_EVENT_TYPES} }}
}}""")
    return int(store.query(query).rows[0][0] or 0)


