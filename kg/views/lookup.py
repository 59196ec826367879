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
    "article_graphs",
    "count_events",
    "describe_query",
    "docs_query",
    "event_details_query",
    "events_query",
    "fact_details_query",
    "facts_query",
    "find_nodes",
    "predicate_labels_query",
]

_ROLES = _values(vocab.role_properties())
_EVENT_TYPES = _values(vocab.event_classes())
_ENTITY_TYPES = _values(vocab.entity_classes())
# a fact stated in the article's own voice: no hedge (whether or not the store also says kg:asserted)
_NOT_HEDGED = """FILTER NOT EXISTS { ?fact kg:negated true }
    FILTER NOT EXISTS { ?fact kg:attribution ?attribution }
    FILTER NOT EXISTS { ?fact kg:modality ?modality }"""
# a fact of an event (kg:partOfEvent, or kg:restates in the lean facts of ontology 0.3) is drawn as
# that event; the full IRI, since _sparql accepts only the kg: terms this ontology declares
_NOT_OF_AN_EVENT = "FILTER NOT EXISTS { ?fact kg:partOfEvent|kg:restates ?event }"


def _iris(nodes: Iterable[str]) -> str:
    return " ".join(f"<{node}>" for node in sorted(nodes))


def _string(text: str) -> str:
    """A SPARQL string literal of `text`."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _graphs(graphs: Iterable[str] | None) -> str:
    return "" if graphs is None else f"VALUES ?g {{ {_iris(graphs)} }}"


def _bound(variable: str, nodes: Iterable[str] | None) -> str:
    """A VALUES clause binding `variable` to `nodes` (nothing for None), put first inside the GRAPH
    block so that Oxigraph starts from those nodes. Class and role lists are FILTERs, not VALUES:
    a VALUES of classes makes Oxigraph start from every instance of them instead."""
    return "" if nodes is None else f"VALUES ?{variable} {{ {_iris(nodes)} }}"


def _among(variable: str, names: str) -> str:
    return f"FILTER(?{variable} IN ({', '.join(names.split())}))"


def events_query(
    nodes: Iterable[str] | None, graphs: Iterable[str] | None = None, among: Iterable[str] | None = None
) -> str:
    """Each event of the anchor nodes (None: every event) and each IRI taking part (only those in
    `among`, if given), one row per role."""
    anchor = ""
    if nodes is not None:
        anchor = f"{_bound('anchor', nodes)} ?event ?anchorRole ?anchor . {_among('anchorRole', _ROLES)}"
    return _sparql(f"""
SELECT DISTINCT ?g ?event ?type ?role ?node WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{
    {anchor}
    ?event a ?type . {_among("type", _EVENT_TYPES)}
    ?event ?role ?node . {_among("role", _ROLES)} FILTER(isIRI(?node))
    {"" if among is None else f"FILTER(?node IN ({', '.join(f'<{n}>' for n in sorted(among))}))"}
  }}
}}""")


def event_details_query(events: Iterable[str] | None, graphs: Iterable[str] | None = None) -> str:
    """Label, date, negation and sentence of some events (None: all)."""
    return _sparql(f"""
SELECT ?event ?label ?date ?negated ?sentence WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{
    {_bound("event", events)}
    ?event a ?type . {_among("type", _EVENT_TYPES)}
    OPTIONAL {{ ?event rdfs:label ?label }}
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:negated ?negated }}
    OPTIONAL {{ ?event prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }}
}}""")


def facts_query(
    nodes: Iterable[str] | None, graphs: Iterable[str] | None = None, among: Iterable[str] | None = None
) -> str:
    """Asserted facts linking the anchor nodes (None: all) to another IRI (only those in `among`,
    if given), not negated and not part of an event (those are the event)."""
    anchor = ""
    if nodes is not None:
        anchor = (
            f"{_bound('anchor', nodes)} {{ ?fact rdf:subject ?anchor }} UNION {{ ?fact rdf:object ?anchor }}"
        )
    others = ""
    if among is not None:
        listed = ", ".join(f"<{n}>" for n in sorted(among))
        others = f"FILTER(?s IN ({listed}) && ?o IN ({listed}))"
    return _sparql(f"""
SELECT DISTINCT ?g ?fact ?s ?p ?o WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{
    {anchor}
    ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER(isIRI(?o) && ?s != ?o) {others}
    {_NOT_HEDGED}
    {_NOT_OF_AN_EVENT}
  }}
}}""")


def fact_details_query(facts: Iterable[str] | None, graphs: Iterable[str] | None = None) -> str:
    """Date and sentence of some facts (None: all)."""
    return _sparql(f"""
SELECT ?fact ?date ?sentence WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{
    {_bound("fact", facts)}
    ?fact a kg:Fact .
    OPTIONAL {{ ?fact kg:date ?date }}
    OPTIONAL {{ ?fact prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }}
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
  GRAPH ?g {{ {_bound("node", nodes)} ?node skos:altLabel ?alias }}
}}""")


def predicate_labels_query(predicates: Iterable[str]) -> str:
    """The rdfs:label of some relation predicates."""
    return _sparql(f"""
SELECT DISTINCT ?p ?label WHERE {{
  GRAPH ?g {{ {_bound("p", predicates)} ?p rdfs:label ?label }}
}}""")


def _named_query(name: str) -> str:
    return _sparql(f"""
SELECT DISTINCT ?node WHERE {{
  GRAPH ?g {{
    VALUES ?name {{ {_string(name)} }} {{ ?node rdfs:label ?name }} UNION {{ ?node skos:altLabel ?name }}
    ?node a ?type . {_among("type", _ENTITY_TYPES)}
  }}
}}""")


def describe_query(nodes: Iterable[str] | None, graphs: Iterable[str] | None = None) -> str:
    """Class and label of some entities (None: all), one row per article graph naming them."""
    return _sparql(f"""
SELECT ?node ?type ?label WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{
    {_bound("node", nodes)}
    ?node a ?type . {_among("type", _ENTITY_TYPES)}
    OPTIONAL {{ ?node rdfs:label ?label }}
  }}
}}""")


_ALL_NAMES = _sparql(f"""
SELECT DISTINCT ?node ?name WHERE {{
  GRAPH ?g {{
    {{ ?node rdfs:label ?name }} UNION {{ ?node skos:altLabel ?name }}
    ?node a ?type . {_among("type", _ENTITY_TYPES)}
  }}
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


def article_graphs(store: Store, docs: Iterable[str]) -> list[str] | None:
    """The graph IRIs of the articles `docs` (None when none is given).

    Raises:
        InputError: an article the store does not hold.
    """
    docs = list(docs)
    if not docs:
        return None
    known = set(store.graphs())
    graphs = [str(store.base.graph_iri(doc)) for doc in docs]
    missing = [doc for doc, graph in zip(docs, graphs) if graph not in known]
    if missing:
        ids = sorted(graph.rsplit("/", 1)[-1] for graph in known)
        shown = ", ".join(ids[:5]) + (f" … ({len(ids)} articles)" if len(ids) > 5 else "")
        raise InputError(f"no article {missing[0]!r} in {store.location}; use one of: {shown or '(none)'}")
    return graphs


def count_events(store: Store, focus: str | None = None, docs: Iterable[str] = ()) -> int:
    """How many events the focus actor takes part in (or, without one, the articles `docs` or the
    whole store hold): what `kg view --mode auto` weighs."""
    graphs = [str(store.base.graph_iri(doc)) for doc in docs] or None
    anchor = ""
    if focus:
        anchor = f"{_bound('anchor', find_nodes(store, focus))} ?event ?anchorRole ?anchor . {_among('anchorRole', _ROLES)}"
    query = _sparql(f"""
SELECT (COUNT(DISTINCT ?event) AS ?n) WHERE {{
  {_graphs(graphs)}
  GRAPH ?g {{ {anchor} ?event a ?type . {_among("type", _EVENT_TYPES)} }}
}}""")
    return int(store.query(query).rows[0][0] or 0)
