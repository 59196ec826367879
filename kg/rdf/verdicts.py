"""People's verdicts on facts, kept in their own named graph (`store.base.verdicts`) with PROV-O.

    <id:verdict/DIGEST> a kg:Verdict ;
        kg:reviewedFact <id:fact/DOC/KEY> ; kg:correct false ; kg:errorReason kg:WrongDirection ;
        rdfs:label "wrong: Trump administration sanctioned Gustavo Petro" ;   # what was judged
        rdfs:comment "the article says the reverse" ;                          # the reviewer's note
        prov:hadPrimarySource <id:doc/DOC> ;
        prov:wasAttributedTo <id:reviewer/alice> ; prov:generatedAtTime "…"^^xsd:dateTime .
    <id:reviewer/alice> a prov:Agent ; rdfs:label "alice" .

A verdict is keyed by its fact's IRI, which a rebuild of the same text mints again (`kg.rdf.quads`),
and no build touches this graph, so verdicts outlive rebuilds. One verdict per fact is current: the
latest replaces an earlier one. A verdict whose fact is gone (the article changed, or the extractor
no longer reads it) is *orphaned*: kept, counted apart and listed, never silently dropped; its label
and source say what it was about.

Facts judged wrong are *rejected*: views, exports and the named queries leave them out unless asked.
An event goes with them when every fact that is part of it is rejected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import unquote

import pyoxigraph as ox
from rdflib import PROV, RDF, RDFS, XSD

from kg.errors import InputError
from kg.rdf import vocab
from kg.rdf.vocab import KG

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["Rejections", "Verdict", "orphans", "record", "rejections", "verdicts"]

_TYPE, _LABEL, _COMMENT = ox.NamedNode(RDF.type), ox.NamedNode(RDFS.label), ox.NamedNode(RDFS.comment)
_ATTRIBUTED, _AT, _SOURCE, _AGENT = (
    ox.NamedNode(PROV[name]) for name in ("wasAttributedTo", "generatedAtTime", "hadPrimarySource", "Agent")
)
_BOOLEAN, _DATETIME = ox.NamedNode(XSD.boolean), ox.NamedNode(XSD.dateTime)
#: fact IRIs are BASE + this + article + digest (kg.rdf.quads); the base is what comes before it
_FACT_PATH = "id/fact/"


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(KG[name]))


@dataclass(frozen=True)
class Verdict:
    """One person's judgement of one fact.

    `fact` is the fact's IRI; `reason` a short code of `vocab.error_reasons()` (only for a wrong
    fact); `summary` the triple as the reviewer saw it and `doc` its article id, kept so that an
    orphaned verdict still says what it was about.
    """

    fact: str
    correct: bool
    reason: str = ""
    note: str = ""
    reviewer: str = ""
    time: dt.datetime | None = None
    summary: str = ""
    doc: str = ""

    def __post_init__(self) -> None:
        if _FACT_PATH not in self.fact or not self.fact.startswith(("http://", "https://")):
            raise InputError(f"{self.fact!r} is not a fact IRI (BASE{_FACT_PATH}…); take it from a sample")
        if self.reason and self.reason not in vocab.error_reasons():
            raise InputError(
                f"unknown reason {self.reason!r}; use one of: " + ", ".join(vocab.error_reasons())
            )
        if self.reason and self.correct:
            raise InputError(f"a fact judged right has no error reason (got {self.reason!r}) for {self.fact}")

    @property
    def base(self) -> vocab.Base:
        """The base IRI of the store the fact lives in (its verdict lives there too)."""
        return vocab.Base(self.fact[: self.fact.rindex(_FACT_PATH)])

    @property
    def iri(self) -> str:
        """The verdict's own IRI: one per fact, so a new verdict replaces the previous one."""
        return f"{self.base.id}verdict/{vocab.digest(self.fact)}"

    def quads(self) -> Iterator[ox.Quad]:
        """The verdict's quads in the verdict graph."""
        node, g = ox.NamedNode(self.iri), ox.NamedNode(self.base.verdicts)
        reviewer = self.reviewer or "anonymous"
        agent = ox.NamedNode(str(self.base.mint("reviewer/" + reviewer)))
        when = (self.time or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
        yield ox.Quad(node, _TYPE, _kg("Verdict"), g)
        yield ox.Quad(node, _kg("reviewedFact"), ox.NamedNode(self.fact), g)
        yield ox.Quad(
            node, _kg("correct"), ox.Literal("true" if self.correct else "false", datatype=_BOOLEAN), g
        )
        if self.reason:
            yield ox.Quad(node, _kg("errorReason"), _kg(vocab.error_reasons()[self.reason][0]), g)
        verb = "right" if self.correct else "wrong"
        yield ox.Quad(node, _LABEL, ox.Literal(f"{verb}: {self.summary}" if self.summary else verb), g)
        if self.note:
            yield ox.Quad(node, _COMMENT, ox.Literal(self.note), g)
        if self.doc:
            yield ox.Quad(node, _SOURCE, ox.NamedNode(str(self.base.document_iri(self.doc))), g)
        yield ox.Quad(node, _ATTRIBUTED, agent, g)
        yield ox.Quad(node, _AT, ox.Literal(when, datatype=_DATETIME), g)
        yield ox.Quad(agent, _TYPE, _AGENT, g)
        yield ox.Quad(agent, _LABEL, ox.Literal(reviewer), g)


def record(store: Store, items: Iterable[Verdict]) -> int:
    """Write verdicts into the store, each replacing its fact's previous verdict, in one transaction.

    Returns:
        How many verdicts were written.

    Raises:
        StoreError: the store is read-only.
    """
    items = list(items)
    if not items:
        return 0
    elsewhere = sorted({v.fact for v in items if v.base != store.base})
    if elsewhere:
        raise InputError(
            f"{elsewhere[0]} is not a fact of {store.location} (its base IRI is {store.base.iri})"
        )
    graph = f"<{store.base.verdicts}>"
    deletes = " ".join(f"<{v.iri}>" for v in items)
    inserts = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for v in items for q in v.quads())
    store.update(
        f"""
        DELETE {{ GRAPH {graph} {{ ?v ?p ?o }} }} WHERE {{ VALUES ?v {{ {deletes} }} GRAPH {graph} {{ ?v ?p ?o }} }} ;
        INSERT DATA {{ GRAPH {graph} {{ {inserts} }} }}""",
        summary=False,
    )
    store.flush()
    return len(items)


# the queries below name the verdict graph `data:verdicts`; `data:` is the store's base IRI
_VERDICTS = """
SELECT ?fact ?correct ?reasonTerm ?note ?reviewer ?time ?label ?doc WHERE {
  GRAPH data:verdicts {
    ?v a kg:Verdict ; kg:reviewedFact ?fact ; kg:correct ?correct ; prov:generatedAtTime ?time .
    OPTIONAL { ?v kg:errorReason ?reasonTerm }
    OPTIONAL { ?v rdfs:comment ?note }
    OPTIONAL { ?v rdfs:label ?label }
    OPTIONAL { ?v prov:hadPrimarySource ?doc }
    OPTIONAL { ?v prov:wasAttributedTo ?agent . ?agent rdfs:label ?reviewer }
  }
} ORDER BY ?time ?fact"""


def verdicts(store: Store) -> dict[str, Verdict]:
    """Every current verdict in the store, by fact IRI, oldest first."""
    found = {}
    codes = {str(KG[name]): code for code, (name, _label) in vocab.error_reasons().items()}
    doc_prefix = str(store.base.document_iri("-"))[:-1]  # the article id is the IRI's last segment
    for row in store.query(store.base.sparql_prefixes + _VERDICTS).records():
        label = row["label"] or ""
        found[row["fact"] or ""] = Verdict(
            fact=row["fact"] or "",
            correct=row["correct"] == "true",
            reason=codes.get(row["reasonTerm"] or "", ""),
            note=row["note"] or "",
            reviewer=row["reviewer"] or "",
            time=dt.datetime.fromisoformat(row["time"] or ""),
            summary=label.split(": ", 1)[1] if ": " in label else "",
            doc=unquote((row["doc"] or "")[len(doc_prefix) :]) if row["doc"] else "",
        )
    return found


def orphans(store: Store, found: dict[str, Verdict] | None = None) -> list[Verdict]:
    """Verdicts whose fact is in no article graph any more (oldest first)."""
    found = verdicts(store) if found is None else found
    if not found:
        return []
    values = " ".join(f"<{fact}>" for fact in found)
    alive = store.query(
        f"SELECT DISTINCT ?f WHERE {{ VALUES ?f {{ {values} }} GRAPH ?g {{ ?f a <{KG.Fact}> }} }}"
    ).column("f")
    return [v for fact, v in found.items() if fact not in set(alive)]


@dataclass(frozen=True)
class Rejections:
    """What verdicts of "wrong" take out of the graph: facts, events all of whose facts are rejected,
    and plain edges (graph, s, p, o) that no accepted fact still asserts."""

    facts: frozenset[str] = frozenset()
    events: frozenset[str] = frozenset()
    edges: frozenset[tuple[str, str, str, str]] = field(default_factory=frozenset)
    #: the verdict graph, whose quads all stay
    graph: str = ""

    def __bool__(self) -> bool:
        return bool(self.facts)

    @cached_property
    def gone(self) -> frozenset[str]:
        """IRIs of the rejected facts and events: quads about them or linking to them go."""
        return self.facts | self.events

    def removes(self, quad: ox.Quad) -> bool:
        """True if `quad` goes: it describes or links to a rejected fact or event, or is a rejected edge.
        The verdicts themselves, rejections included, stay."""
        if not self.facts or _value(quad.graph_name) == self.graph:
            return False
        if _value(quad.subject) in self.gone or _value(quad.object) in self.gone:
            return True
        return (
            _value(quad.graph_name),
            _value(quad.subject),
            _value(quad.predicate),
            _value(quad.object),
        ) in self.edges


_REJECTED = "GRAPH data:verdicts { ?wrong kg:reviewedFact ?fact ; kg:correct false }"
_REJECTED_FACTS = f"""
SELECT ?g ?fact ?s ?p ?o ?asserted ?event WHERE {{
  {_REJECTED}
  GRAPH ?g {{
    ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    OPTIONAL {{ ?fact kg:partOfEvent|kg:restates ?event }}
  }}
  # asserted (its plain edge is in the graph): no hedge on the fact or on the event it restates
  BIND(NOT EXISTS {{ GRAPH ?g {{ ?fact kg:restates?/(kg:attribution|kg:modality|kg:negated) ?hedge }} }}
       AS ?asserted)
}}"""
# an asserted edge of a rejected fact stays while another asserted fact that is not rejected states it
_SUPPORTED_EDGES = f"""
SELECT DISTINCT ?g ?s ?p ?o WHERE {{
  {_REJECTED}
  GRAPH ?g {{
    ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    ?other rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER(?other != ?fact)
  }}
  FILTER NOT EXISTS {{ GRAPH ?g {{ ?other kg:restates?/(kg:attribution|kg:modality|kg:negated) ?hedge }} }}
  FILTER NOT EXISTS {{ GRAPH data:verdicts {{ ?w kg:reviewedFact ?other ; kg:correct false }} }}
}}"""
# events one of whose facts is rejected and that have a fact that is not
_KEPT_EVENTS = f"""
SELECT DISTINCT ?event WHERE {{
  {_REJECTED}
  GRAPH ?g {{ ?fact kg:partOfEvent|kg:restates ?event . ?other kg:partOfEvent|kg:restates ?event }}
  FILTER NOT EXISTS {{ GRAPH data:verdicts {{ ?w kg:reviewedFact ?other ; kg:correct false }} }}
}}"""


def rejections(store: Store) -> Rejections:
    """The facts, events and plain edges that verdicts of "wrong" take out of the graph."""
    prefixes = store.base.sparql_prefixes
    if not store.oxigraph.contains_named_graph(ox.NamedNode(store.base.verdicts)):
        return Rejections()
    rows = store.query(prefixes + _REJECTED_FACTS).records()
    if not rows:
        return Rejections()
    supported = {tuple(row.values()) for row in store.query(prefixes + _SUPPORTED_EDGES).records()}
    edges = {(r["g"], r["s"], r["p"], r["o"]) for r in rows if r["asserted"] == "true"} - supported
    kept = set(store.query(prefixes + _KEPT_EVENTS).column("event"))
    events = {r["event"] for r in rows if r["event"]} - kept
    return Rejections(
        facts=frozenset(r["fact"] for r in rows),  # type: ignore[misc]
        events=frozenset(events),  # type: ignore[arg-type]
        edges=frozenset(edges),  # type: ignore[arg-type]
        graph=str(store.base.verdicts),
    )


def _value(term: object) -> str:
    return getattr(term, "value", "")
