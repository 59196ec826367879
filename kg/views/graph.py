"""The RDF store as a networkx MultiDiGraph of actors, places, concepts, events and dates.

    G = load_graph(store)          # every article graph of a Store (see kg.rdf.store.open_store)

Events are nodes of their own: the agent points at the event (`Gustavo Petro --ordered--> Order`), the
event points at its other participants (`--patient--> security forces`, `--place--> Caribbean`,
`--time--> 2025-11-11`). Facts that are not part of an event become direct edges
(`Gustavo Petro --leader of--> Colombia`). Everything is read with SPARQL over the named graphs
(`GRAPH ?g {…}`), so it works on a store directory and on an RDF file alike.

Facts reviewers judged wrong (`kg review`) are left out, and events all of whose facts are, unless
`load_graph(store, include_rejected=True)`.

Node attributes (nodes are keyed by IRI; dates by "date:YYYY-MM-DD"):
    kind      "actor" | "place" | "concept" | "event" | "time"
    cls       the kg class (local name), e.g. "Person", "Killing", "TimeExpression"
    label     canonical label;  aliases: other names (sorted)
    docs      ids of the articles naming it;  dates: ISO dates of its events and facts
    sources   [(document title, sentence)], first seen first
    extra     [(field, value)] shown in tooltips: country code, trigger, quantity, hedges, roles held
Edge attributes (keyed by a stable string):
    kind      "role" (between an event and a participant) or "fact" (between two entities)
    relation  role or predicate local name;  label: the text drawn on the edge
    doc, title, date (event/fact date, else publication date), sentence, asserted, negated
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Any
from urllib.parse import unquote

import networkx as nx
from rdflib import RDFS

from kg.errors import OntologyError
from kg.rdf import vocab
from kg.rdf.store import Store
from kg.rdf.verdicts import Rejections, rejections

__all__ = ["KINDS", "TIME_CLASS", "ancestors", "instance_counts", "kind_of", "load_graph"]

#: node kinds, in legend order
KINDS = ("actor", "place", "concept", "event", "time")
#: the class given to date nodes
TIME_CLASS = "TimeExpression"
TIME_PREFIX = "date:"

_PREFIXES = vocab.Base().sparql_prefixes
_NOT_ONTOLOGY = f"FILTER(?g != <{vocab.ONTOLOGY_GRAPH}>)"


def _sparql(body: str) -> str:
    """SPARQL with the project prefixes; every `kg:term` must be declared in ontology/kg.ttl."""
    for term in re.findall(r"\bkg:(\w+)", body):
        vocab.KG[term]  # raises OntologyError on a misspelt term
    return _PREFIXES + body


def _values(names: frozenset[str]) -> str:
    return " ".join(f"kg:{name}" for name in sorted(names))


_DOCS = _sparql(f"""
SELECT ?g ?doc ?title ?published WHERE {{
  GRAPH ?g {{
    ?article a kg:Article ; kg:documentId ?doc .
    OPTIONAL {{ ?article kg:title ?title }}
    OPTIONAL {{ ?article kg:published ?published }}
  }}
  {_NOT_ONTOLOGY}
}}""")

_TYPED = _sparql(f"""
SELECT ?g ?node ?type ?label WHERE {{
  VALUES ?type {{ {_values(vocab.entity_classes() | vocab.event_classes())} }}
  GRAPH ?g {{ ?node a ?type . OPTIONAL {{ ?node rdfs:label ?label }} }}
  {_NOT_ONTOLOGY}
}}""")

_NAMES = _sparql(f"""
SELECT ?node ?alias ?code WHERE {{
  GRAPH ?g {{ {{ ?node skos:altLabel ?alias }} UNION {{ ?node kg:countryCode ?code }} }}
  {_NOT_ONTOLOGY}
}}""")

_EVENTS = _sparql(f"""
SELECT ?g ?event ?trigger ?date ?dateText ?qualifier ?attribution ?modality ?negated ?sentence WHERE {{
  VALUES ?type {{ {_values(vocab.event_classes())} }}
  GRAPH ?g {{
    ?event a ?type ; prov:wasDerivedFrom ?evidence .
    ?evidence kg:text ?sentence .
    OPTIONAL {{ ?event kg:trigger ?trigger }}
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:dateText ?dateText }}
    OPTIONAL {{ ?event kg:quantityQualifier ?qualifier }}
    OPTIONAL {{ ?event kg:attribution ?attribution }}
    OPTIONAL {{ ?event kg:modality ?modality }}
    OPTIONAL {{ ?event kg:negated ?negated }}
  }}
  {_NOT_ONTOLOGY}
}}""")

_ROLES = _sparql(f"""
SELECT ?g ?event ?role ?filler (isIRI(?filler) AS ?isNode) WHERE {{
  VALUES ?role {{ {_values(vocab.role_properties())} }}
  GRAPH ?g {{ ?event ?role ?filler }}
  {_NOT_ONTOLOGY}
}}""")

_FACTS = _sparql(f"""
SELECT ?g ?fact ?s ?p ?o (isIRI(?o) AS ?isNode) ?asserted ?negated ?attribution ?modality ?date ?event
       ?sentence WHERE {{
  GRAPH ?g {{
    # a fact that kg:restates its event shares the event's sentence, hedges and date
    ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kg:restates?/prov:wasDerivedFrom ?evidence .
    ?evidence kg:text ?sentence .
    OPTIONAL {{ ?fact kg:restates?/kg:negated ?negatedTrue }}
    OPTIONAL {{ ?fact kg:restates?/kg:attribution ?attribution }}
    OPTIONAL {{ ?fact kg:restates?/kg:modality ?modality }}
    OPTIONAL {{ ?fact kg:restates?/kg:date ?date }}
    OPTIONAL {{ ?fact kg:partOfEvent|kg:restates ?event }}
  }}
  BIND(COALESCE(?negatedTrue, false) AS ?negated)
  BIND(!BOUND(?attribution) && !BOUND(?modality) && !?negated AS ?asserted)
  {_NOT_ONTOLOGY}
}}""")

_INSTANCES = _sparql(f"""
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  GRAPH ?g {{ ?s a ?type }}
  {_NOT_ONTOLOGY}
  FILTER(STRSTARTS(STR(?type), STR(kg:)))
}}
GROUP BY ?type""")

_PREDICATE_LABELS = _sparql("""
SELECT DISTINCT ?p ?label WHERE {
  GRAPH ?g { ?fact a kg:Fact ; rdf:predicate ?p }
  GRAPH ?h { ?p rdfs:label ?label }
}""")


@cache
def ancestors(cls: str) -> frozenset[str]:
    """`cls` and every kg class above it (local names), read from ontology/kg.ttl."""
    if cls == TIME_CLASS:
        return frozenset({TIME_CLASS})
    try:
        term = vocab.KG[cls]
    except OntologyError:
        return frozenset({cls})
    graph = vocab.ontology_graph()
    found = {cls}
    for parent in graph.transitive_objects(term, RDFS.subClassOf):
        name = str(parent)
        if name.startswith(vocab.KG_NS):
            found.add(name[len(vocab.KG_NS) :])
    return frozenset(found)


def kind_of(cls: str) -> str:
    """The node kind ("actor", "place", "concept", "event", "time") of a kg class."""
    if cls == TIME_CLASS:
        return "time"
    if cls in vocab.event_classes():
        return "event"
    if cls in vocab.actor_classes():
        return "actor"  # kg:Country is both an actor and a location: it acts, so it is an actor
    if "Location" in ancestors(cls):
        return "place"
    return "concept"


def _local_name(iri: str) -> str:
    return unquote(re.split(r"[#/]", iri.rstrip("/#"))[-1]) or iri


def _truthy(value: str | None) -> bool:
    return value in ("true", "1")


class _Loader:
    """Accumulates the query results into node records before they become a networkx graph."""

    def __init__(
        self,
        store: Store,
        rejected: Rejections = Rejections(),  # noqa: B008 - frozen
        graphs: Iterable[str] | None = None,
    ) -> None:
        self.store = store
        self.graphs = None if graphs is None else " ".join(f"<{g}>" for g in sorted(graphs))
        self.rejected = rejected.facts | rejected.events
        self.docs: dict[str, dict[str, str]] = {}  # graph IRI -> {doc, title, published}
        self.classes: dict[str, Counter[str]] = defaultdict(Counter)
        self.labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.node_docs: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, set[str]] = defaultdict(set)
        self.extra: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.sources: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self.dates: dict[str, set[str]] = defaultdict(set)
        self.event_date: dict[str, str] = {}
        self.edges: list[tuple[str, str, str, dict[str, Any]]] = []

    def rows(self, sparql: str) -> list[dict[str, str | None]]:
        if self.graphs is not None:  # bound first inside the block, so Oxigraph reads only those graphs
            sparql = sparql.replace("GRAPH ?g {", f"GRAPH ?g {{ VALUES ?g {{ {self.graphs} }}", 1)
        return self.store.query(sparql).records()

    def doc(self, graph: str | None) -> dict[str, str]:
        return self.docs.get(graph or "", {"doc": _local_name(graph or ""), "title": "", "published": ""})

    def add_source(self, node: str, graph: str | None, sentence: str | None) -> None:
        if sentence:
            item = (self.doc(graph)["title"] or self.doc(graph)["doc"], sentence)
            if item not in self.sources[node]:
                self.sources[node].append(item)

    def add_extra(self, node: str, name: str, value: str | None) -> None:
        if value and (name, value) not in self.extra[node]:
            self.extra[node].append((name, value))

    def load(self) -> None:
        for row in self.rows(_DOCS):
            self.docs[row["g"] or ""] = {
                "doc": row["doc"] or "",
                "title": row["title"] or "",
                "published": row["published"] or "",
            }
        for row in self.rows(_TYPED):
            node = row["node"] or ""
            if node in self.rejected:
                continue
            self.classes[node][_local_name(row["type"] or "")] += 1
            if row["label"]:
                self.labels[node][row["label"]] += 1
            self.node_docs[node].add(self.doc(row["g"])["doc"])
        for row in self.rows(_NAMES):
            node = row["node"] or ""
            if row["alias"]:
                self.aliases[node].add(row["alias"])
            self.add_extra(node, "country", row["code"])
        self.load_events()
        self.load_roles()
        self.load_facts()

    def load_events(self) -> None:
        for row in self.rows(_EVENTS):
            event = row["event"] or ""
            self.add_source(event, row["g"], row["sentence"])
            date = row["date"] or self.doc(row["g"])["published"]
            if date:
                self.event_date[event] = date
                self.dates[event].add(date)
            self.add_extra(event, "trigger", row["trigger"])
            self.add_extra(event, "when", row["dateText"])
            self.add_extra(event, "attribution", row["attribution"])
            self.add_extra(event, "modality", row["modality"])
            if _truthy(row["negated"]):
                self.add_extra(event, "negated", "yes")
            if row["qualifier"]:
                self.add_extra(event, "qualifier", row["qualifier"])

    def edge_common(self, graph: str | None, date: str | None, sentence: str | None) -> dict[str, Any]:
        doc = self.doc(graph)
        return {
            "doc": doc["doc"],
            "title": doc["title"],
            "date": date or doc["published"] or None,
            "sentence": sentence or "",
        }

    def load_roles(self) -> None:
        for row in self.rows(_ROLES):
            event, role, filler = row["event"] or "", _local_name(row["role"] or ""), row["filler"] or ""
            if event not in self.classes:
                continue
            if not _truthy(row["isNode"]):
                if role == "time" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", filler):
                    target = TIME_PREFIX + filler
                    self.classes[target][TIME_CLASS] += 1
                    self.labels[target][filler] += 1
                    self.node_docs[target].add(self.doc(row["g"])["doc"])
                    self.dates[target].add(filler)
                else:
                    self.add_extra(event, role, filler)
                    continue
            else:
                target = filler
            date = self.event_date.get(event)
            common = self.edge_common(row["g"], date, (self.sources.get(event) or [("", "")])[0][1])
            attrs = {"kind": "role", "relation": role, "label": role, "event": event, **common}
            if role == "agent":
                self.edges.append((target, event, f"agent|{event}|{target}", attrs))
            else:
                self.edges.append((event, target, f"{role}|{event}|{target}", attrs))
            if date and target in self.classes:
                self.dates[target].add(date)
            self.add_source(target, row["g"], common["sentence"])

    def load_facts(self) -> None:
        predicate_labels = {row["p"]: row["label"] for row in self.rows(_PREDICATE_LABELS)}
        # (subject, event) -> candidate verbs for the agent edge, ontology relations first, then shortest
        agent_labels: dict[tuple[str, str], set[tuple[bool, int, str]]] = defaultdict(set)
        for row in self.rows(_FACTS):
            if row["fact"] in self.rejected:
                continue
            s, p, o = row["s"] or "", row["p"] or "", row["o"] or ""
            label = predicate_labels.get(p) or _local_name(p)
            if row["event"]:
                # the event already links its participants; its fact names the agent's verb
                if not _truthy(row["negated"]):
                    agent_labels[(s, row["event"])].add((not p.startswith(vocab.KG_NS), len(label), label))
                continue
            if not _truthy(row["isNode"]):
                self.add_extra(s, label, o)
                continue
            if s not in self.classes or o not in self.classes:
                continue
            common = self.edge_common(row["g"], row["date"], row["sentence"])
            negated, asserted = _truthy(row["negated"]), _truthy(row["asserted"])
            hedge = row["modality"] or (f"according to {row['attribution']}" if row["attribution"] else "")
            attrs = {
                "kind": "fact",
                "relation": _local_name(p),
                "label": ("not " if negated else "") + label,
                "asserted": asserted,
                "negated": negated,
                "hedge": hedge,
                **common,
            }
            self.edges.append((s, o, row["fact"] or f"fact|{s}|{p}|{o}", attrs))
            for node in (s, o):
                if common["date"]:
                    self.dates[node].add(common["date"])
                self.add_source(node, row["g"], common["sentence"])
        for u, v, _key, attrs in self.edges:
            verbs = agent_labels.get((u, v))
            if attrs["relation"] == "agent" and verbs:
                attrs["label"] = min(verbs)[2]

    def graph(self) -> nx.MultiDiGraph:
        G = nx.MultiDiGraph()
        for node, classes in self.classes.items():
            cls = min(classes.items(), key=lambda kv: (-kv[1], kv[0]))[0]
            labels = sorted(self.labels[node].items(), key=lambda kv: (-kv[1], kv[0]))
            label = labels[0][0] if labels else _local_name(node)
            aliases = (self.aliases[node] | {name for name, _ in labels}) - {label}
            G.add_node(
                node,
                kind=kind_of(cls),
                cls=cls,
                label=label,
                aliases=sorted(aliases),
                docs=sorted(self.node_docs[node]),
                dates=sorted(self.dates[node]),
                sources=list(self.sources[node]),
                extra=list(self.extra[node]),
            )
        for u, v, key, attrs in self.edges:
            if u in G and v in G:
                G.add_edge(u, v, key=key, **attrs)
        G.graph["documents"] = {d["doc"]: d for d in self.docs.values()}
        return G


def load_graph(
    store: Store, *, include_rejected: bool = False, graphs: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """Read every article graph of `store` (or only `graphs`) into a MultiDiGraph (see the module
    docstring).

    `G.graph["documents"]` maps each document id to its title and publication date.

    Args:
        store: the store.
        include_rejected: keep the facts reviewers judged wrong (and their events).
        graphs: IRIs of the article graphs to read (None: all), e.g. those a view is cut from.

    Raises:
        QueryError: the store cannot be read.
    """
    loader = _Loader(store, Rejections() if include_rejected else rejections(store), graphs)
    loader.load()
    return loader.graph()


def instance_counts(store: Store) -> dict[str, int]:
    """How many resources of each kg class the article graphs hold (Article, Fact and Sentence
    included), by class local name, largest first."""
    counts = {_local_name(row["type"] or ""): int(row["n"] or 0) for row in store.query(_INSTANCES).records()}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
