"""Actors by IRI, name or name prefix, with plain SPARQL over every label: the explorer's search box
and the actor page's first step.

This is the one place to swap for an index: `kg.rdf.summary.actor` and `kg.rdf.summary.search_actors`
(the summary graph with normalised name keys) have the same signatures and return the same fields.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from string import Template

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
    """SELECT `body` (with the store's prefixes, union default graph) with each `$name` replaced by
    the term `bound[name]`.

    The term is written in the query (an Oxigraph term's text is escaped: nothing a user typed
    becomes query syntax) rather than bound by VALUES, because Oxigraph joins a VALUES block after
    evaluating the pattern unbound: 50 s instead of 0.5 s for an actor of 300 articles."""
    text = Template(store.base.sparql_prefixes + body).substitute({name: str(term) for name, term in bound.items()})
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


# names first, in one pass over every name (no index helps); then the nodes that bear them
_NAMES_LIKE = """
SELECT DISTINCT ?name WHERE {
  ?named rdfs:label|skos:altLabel ?name .
  BIND(LCASE(STR(?name)) AS ?key)
  FILTER(TEST)
}"""
_NAMES_STARTING = _NAMES_LIKE.replace("TEST", 'STRSTARTS(?key, $prefix) || CONTAINS(?key, CONCAT(" ", $prefix))')
_NAMES_EQUAL = _NAMES_LIKE.replace("TEST", "?key = $key")
_CANDIDATES = 100


def _bearers(store: Store, names: list[str], classes: frozenset[str]) -> list[tuple[str, int]]:
    """(IRI, number of articles) of the nodes of `classes` with one of these labels or aliases, most
    articles first. One UNION branch per name: each is an index look-up, where a VALUES list or a
    join with the names' query would make Oxigraph scan every label of every graph."""
    if not names:
        return []
    branches = " UNION ".join(
        f"{{ GRAPH ?g {{ ?node rdfs:label|skos:altLabel {ox.Literal(name)} ; a ?type }} }}" for name in names
    )
    graphs: dict[str, set[str]] = {}
    for row in select_rows(store, f"SELECT ?node ?type ?g WHERE {{ {branches} }}"):
        if local_name(row["type"]) in classes:
            graphs.setdefault(row["node"] or "", set()).add(row["g"] or "")
    return sorted(((node, len(gs)) for node, gs in graphs.items()), key=lambda found: (-found[1], found[0]))


def search_actors(store: Store, prefix: str, limit: int = 10) -> list[ActorSummary]:
    """Actors one of whose names (label or alias) has a word starting with `prefix` (any case),
    most articles first. Plain SPARQL over every name: swap in `kg.rdf.summary.search_actors`
    (an index) where it exists."""
    prefix = " ".join(prefix.split()).lower()
    if not prefix or limit <= 0:
        return []
    names = sorted((row["name"] or "" for row in select_rows(store, _NAMES_STARTING, prefix=ox.Literal(prefix))), key=len)
    found = _bearers(store, names[:_CANDIDATES], vocab.actor_classes())[:limit]
    return [summary for node, _ in found if (summary := _summary(store, node))]


def actor(store: Store, name_or_iri: str) -> ActorSummary | None:
    """The entity with this IRI, or the one most articles call by this name or alias (exactly, else
    in any case); None if there is none. Plain SPARQL: swap in `kg.rdf.summary.actor` where it exists."""
    if name_or_iri.startswith(("http://", "https://")):
        return _summary(store, name_or_iri)
    name = " ".join(name_or_iri.split())
    found = _bearers(store, [name], vocab.entity_classes()) if name else []
    if name and not found:
        names = [row["name"] or "" for row in select_rows(store, _NAMES_EQUAL, key=ox.Literal(name.lower()))]
        found = _bearers(store, names[:_CANDIDATES], vocab.entity_classes())
    return _summary(store, found[0][0]) if found else None


_DESCRIPTION = """
SELECT ?g ?label ?type ?code ?published WHERE {
  GRAPH ?g {
    $actor a ?type ; rdfs:label ?label .
    OPTIONAL { $actor kg:countryCode ?code }
    OPTIONAL { ?article kg:documentId ?doc ; kg:published ?published }
  }
}"""
_ALIASES = "SELECT DISTINCT ?alias WHERE { GRAPH ?g { $actor skos:altLabel ?alias } } ORDER BY ?alias"


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
