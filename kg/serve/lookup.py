"""Actors by IRI, name or name prefix (the explorer's search box and the actor page's first step),
through the summary graph's name-key index (`kg.rdf.summary`), and the explorer's SELECT helper.
"""

from __future__ import annotations

from string import Template

import pyoxigraph as ox

from kg.rdf import summary, vocab
from kg.rdf.query import table_of
from kg.rdf.store import Store
from kg.rdf.summary import ActorSummary

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
    text = Template(store.base.sparql_prefixes + body).substitute(
        {name: str(term) for name, term in bound.items()}
    )
    return table_of(store.oxigraph.query(text, use_default_graph_as_union=True)).records()


def search_actors(store: Store, prefix: str, limit: int = 10) -> list[ActorSummary]:
    """Actors one of whose names has a word starting with `prefix` (any case, accents ignored), most
    articles first: an index hit on the summary graph's name starts."""
    return summary.search_actors(store, prefix, limit)


def actor(store: Store, name_or_iri: str) -> ActorSummary | None:
    """The actor with this IRI, or the one most articles call by this name or alias (case and accents
    ignored); None if there is none, or if the IRI is malformed (it comes from a URL)."""
    try:
        return summary.actor(store, name_or_iri)
    except ValueError:
        return None
