"""Actors by IRI, name or name prefix, with plain SPARQL over every label: the explorer's search box
and the actor page's first step.

This is the one place to swap for an index: `kg.rdf.summary.actor` and `kg.rdf.summary.search_actors`
(the summary graph with normalised name keys) have the same signatures and return the same fields.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import pyoxigraph as ox

from kg.rdf import vocab
from kg.rdf.query import table_of
from kg.rdf.store import Store

__all__ = ["ActorSummary", "actor", "local_name", "search_actors", "select_rows"]

_KG = str(vocab.KG_NS)


def local_name(iri: str | None) -> str:
    """The local name of an ontology IRI ("Person"); other IRIs are returned whole."""
    return (iri or "").removeprefix(_KG)


def select_rows(store: Store, body: str, **bound: ox.NamedNode | ox.Literal) -> list[dict[str, str | None]]:
    """SELECT `body` (with the store's prefixes, union default graph), each `?name` of `bound` fixed
    by a VALUES clause where the body says {{BOUND}}: an Oxigraph term's text is escaped, so nothing
    a user typed becomes query syntax."""
    values = "".join(f"VALUES ?{name} {{ {term} }}\n" for name, term in bound.items())
    text = store.base.sparql_prefixes + body.replace("{{BOUND}}", values)
    return table_of(store.oxigraph.query(text, use_default_graph_as_union=True)).records()


@dataclass(frozen=True)
class ActorSummary:
    """One actor across the store (the fields of `kg.rdf.summary.ActorSummary`)."""

    iri: str
    label: str
    aliases: tuple[str, ...]
    cls: str
    country_code: str | None
    articles: int
    first_date: dt.date | None
    last_date: dt.date | None


_SEARCH = """
SELECT ?actor (COUNT(DISTINCT ?g) AS ?n) WHERE {
  {{BOUND}}
  ?type rdfs:subClassOf* kg:Actor .
  GRAPH ?g { ?actor a ?type ; rdfs:label|skos:altLabel ?name . }
  BIND(LCASE(STR(?name)) AS ?key)
  FILTER(STRSTARTS(?key, ?prefix) || CONTAINS(?key, CONCAT(" ", ?prefix)))
}
GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 50"""


def search_actors(store: Store, prefix: str, limit: int = 10) -> list[ActorSummary]:
    """Actors one of whose names (label or alias) has a word starting with `prefix` (any case),
    most articles first. Plain SPARQL over every name: swap in `kg.rdf.summary.search_actors`
    (an index) where it exists."""
    prefix = " ".join(prefix.split()).lower()
    if not prefix:
        return []
    rows = select_rows(store, _SEARCH, prefix=ox.Literal(prefix))[:limit]
    return [found for row in rows if (found := _summary(store, row["actor"] or ""))]


_NAMED = """
SELECT ?actor (COUNT(DISTINCT ?g) AS ?n) WHERE {
  {{BOUND}}
  ?type rdfs:subClassOf* kg:Entity .
  GRAPH ?g { ?actor rdfs:label|skos:altLabel ?name ; a ?type . }
  FILTER(LCASE(STR(?name)) = ?key)
}
GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 1"""


def actor(store: Store, name_or_iri: str) -> ActorSummary | None:
    """The entity with this IRI, or the one most articles call by this name or alias (any case);
    None if there is none. Plain SPARQL: swap in `kg.rdf.summary.actor` where it exists."""
    if name_or_iri.startswith(("http://", "https://")):
        return _summary(store, name_or_iri)
    rows = select_rows(store, _NAMED, key=ox.Literal(" ".join(name_or_iri.split()).lower()))
    return _summary(store, rows[0]["actor"] or "") if rows else None


_DESCRIPTION = """
SELECT ?g ?label ?type ?code ?published WHERE {
  {{BOUND}}
  GRAPH ?g {
    ?actor a ?type ; rdfs:label ?label .
    OPTIONAL { ?actor kg:countryCode ?code }
    OPTIONAL { ?article kg:documentId ?doc ; kg:published ?published }
  }
}"""
_ALIASES = "SELECT DISTINCT ?alias WHERE { {{BOUND}} GRAPH ?g { ?actor skos:altLabel ?alias } } ORDER BY ?alias"


def _summary(store: Store, iri: str) -> ActorSummary | None:
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        return None
    rows = [r for r in select_rows(store, _DESCRIPTION, actor=node) if local_name(r["type"]) in vocab.entity_classes()]
    if not rows:
        return None
    labels = Counter(r["label"] for r in rows)
    classes = Counter(local_name(r["type"]) for r in rows)
    dates = sorted(dt.date.fromisoformat(r["published"]) for r in rows if r["published"])
    label = labels.most_common(1)[0][0] or iri
    aliases = tuple(a for r in select_rows(store, _ALIASES, actor=node) if (a := r["alias"]) and a != label)
    return ActorSummary(
        iri=iri,
        label=label,
        aliases=aliases,
        cls=classes.most_common(1)[0][0],
        country_code=next((r["code"] for r in rows if r["code"]), None),
        articles=len({r["g"] for r in rows}),
        first_date=dates[0] if dates else None,
        last_date=dates[-1] if dates else None,
    )
