"""Cross-document resolution, run on the whole store after a build.

Two derived graphs, each rebuilt from scratch on every run (so the result never depends on the order
articles were built in, and re-running is idempotent):

- `graph/resolution`: `owl:sameAs` from a person known in some article only by one name ("Petro",
  which the extractor keeps article-scoped so two unrelated "Smith"s never merge blindly) to the one
  full-name person with that surname in the store ("Gustavo Petro"). No link when several full names fit.
- `graph/corroboration`: the same real-world event reported by several articles (same event class,
  a shared agent or target, dates at most `DAYS` apart) becomes one `kg:CorroboratedEvent` with
  `kg:corroborates` links to each article's event, the documents as sources and a `kg:supportCount`,
  as news event databases do. A single article's event keeps only its own provenance.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

import pyoxigraph as ox
from networkx.utils import UnionFind
from rdflib import OWL, PROV, RDF, RDFS, XSD

from kg.rdf import vocab
from kg.rdf.store import Store

__all__ = ["DAYS", "ResolveReport", "resolve"]

DAYS = 3
_SAME_AS = ox.NamedNode(OWL.sameAs)
_TYPE = ox.NamedNode(RDF.type)
_DERIVED = ox.NamedNode(PROV.wasDerivedFrom)
_QUOTED = ox.NamedNode(PROV.wasQuotedFrom)
_LABEL = ox.NamedNode(RDFS.label)


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(getattr(vocab.KG, name)))


def _derived(store: Store, name: str) -> ox.NamedNode:
    # outside the article-graph namespace, so no article id can clash with them
    return ox.NamedNode(store.base.derived(name))


@dataclass
class ResolveReport:
    """How many surname links and corroborated events the last run wrote."""

    same_as: int = 0
    corroborated: int = 0


def _surname_links(store: Store) -> list[ox.Quad]:
    rows = store.query(f"""
        SELECT DISTINCT ?p ?label WHERE {{ GRAPH ?g {{ ?p a <{vocab.KG.Person}> ; <{_LABEL.value}> ?label }} }}
    """).rows
    full: dict[str, set[str]] = defaultdict(set)
    single: dict[str, set[str]] = defaultdict(set)
    for iri, label in rows:
        words = str(label).split()
        (full[words[-1]] if len(words) > 1 else single[words[0]] if words else set()).add(str(iri))
    quads, graph = [], _derived(store, "resolution")
    for surname, short in sorted(single.items()):
        candidates = full.get(surname, set())
        if len(candidates) == 1:
            target = ox.NamedNode(next(iter(candidates)))
            quads += [ox.Quad(ox.NamedNode(s), _SAME_AS, target, graph) for s in sorted(short)]
    return quads


def _corroborations(store: Store) -> list[ox.Quad]:
    participants = " ".join(f"<{getattr(vocab.KG, r)}>" for r in ("agent", "target", "patient"))
    rows = store.query(f"""
        SELECT ?e ?cls ?date ?who ?doc WHERE {{
          GRAPH ?g {{
            ?e a ?cls ; <{vocab.KG.date}> ?date ; ?role ?who ; <{_DERIVED.value}>/<{_QUOTED.value}> ?doc .
            VALUES ?role {{ {participants} }}
          }}
          FILTER(?cls != <{vocab.KG.Event}> && STRSTARTS(STR(?cls), "{vocab.KG_NS}"))
          FILTER(isIRI(?who))
        }}""").rows
    events: dict[str, dict] = {}
    for e, cls, date, who, doc in rows:
        try:
            day = dt.date.fromisoformat(str(date)[:10])
        except ValueError:
            continue
        ev = events.setdefault(str(e), {"cls": str(cls), "date": day, "who": set(), "doc": str(doc)})
        ev["who"].add(str(who))
    # union-find over events of one class that share a participant and lie within DAYS of each other
    same = UnionFind(events)
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e, ev in events.items():
        for who in ev["who"]:
            by_key[(ev["cls"], who)].append(e)
    for group in by_key.values():
        group.sort(key=lambda e: (events[e]["date"], e))
        for a, b in pairwise(group):
            if events[a]["doc"] != events[b]["doc"] and (events[b]["date"] - events[a]["date"]).days <= DAYS:
                same.union(a, b)
    quads, g = [], _derived(store, "corroboration")
    for cluster in same.to_sets():
        docs = sorted({events[e]["doc"] for e in cluster})
        if len(docs) < 2:
            continue
        members = sorted(cluster)
        node = ox.NamedNode(str(store.base.id) + "corroborated/" + vocab.digest(*members))
        quads += [
            ox.Quad(node, _TYPE, _kg("CorroboratedEvent"), g),
            ox.Quad(node, _kg("eventClass"), ox.NamedNode(events[members[0]]["cls"]), g),
            ox.Quad(
                node, _kg("supportCount"), ox.Literal(str(len(docs)), datatype=ox.NamedNode(XSD.integer)), g
            ),
            ox.Quad(
                node,
                _kg("date"),
                ox.Literal(
                    min(events[e]["date"] for e in members).isoformat(), datatype=ox.NamedNode(XSD.date)
                ),
                g,
            ),
        ]
        quads += [ox.Quad(node, _kg("corroborates"), ox.NamedNode(e), g) for e in members]
        quads += [ox.Quad(node, _DERIVED, ox.NamedNode(d), g) for d in docs]
    return quads


def resolve(store: Store) -> ResolveReport:
    """Rebuild the resolution and corroboration graphs of `store` from its article graphs."""
    links = _surname_links(store)
    store.replace_graph(_derived(store, "resolution"), links)
    corroborated = _corroborations(store)
    store.replace_graph(_derived(store, "corroboration"), corroborated)
    return ResolveReport(
        same_as=len(links), corroborated=sum(1 for q in corroborated if q.predicate == _TYPE)
    )
