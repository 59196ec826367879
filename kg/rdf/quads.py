"""Extraction → RDF quads in the article's named graph.

One article becomes one named graph (`base.graph_iri(article.id)`, under the store's base IRI) holding:

* the article node (kg:Article: id, title, date, source, and the kg:rule that read its facts: a fact
  states its own rule only when it was read by another);
* every entity: rdf:type (exactly one kg class), rdfs:label, skos:altLabel, kg:countryCode;
* every event, reified (n-ary): class, label, trigger, role fillers, date, quantity qualifier,
  attribution/modality (and kg:negated true when negated), confidence, prov:wasDerivedFrom its
  kg:Sentence (which is prov:wasQuotedFrom the article);
* every relation as a kg:Fact (rdf:subject/predicate/object, confidence, the extraction rule, the
  spans of the subject's and object's mentions as "start-end") and, only when the article asserts it
  in its own voice, the plain edge `subject predicate object`. A fact that restates its event (same
  sentence, hedges and date) says so with kg:restates and carries none of them itself, nor its
  confidence when it equals the event's; any other fact carries its own sentence, hedges and date
  (and kg:partOfEvent when it belongs to an event). Nothing a query can derive is stored: no
  kg:asserted (no hedge means asserted), no `kg:negated false`, no prov:hadPrimarySource (the
  sentence's prov:wasQuotedFrom names the article). The fact's IRI
  is a digest of the article, subject, predicate, object, sentence offsets and negation, and of
  nothing else (not the rule or the confidence), so rebuilding the same text mints the same IRI and
  reviewers' verdicts, keyed by it, stay attached;
* roles ("Gustavo Petro holds role President of Colombia") as kg:Role nodes;
* open-class predicates declared as sub-properties of kg:relatedTo with their label.

The quads are pyoxigraph terms, because the store is Oxigraph and building is the hot path of a load.
Everything is deterministic: the same extraction gives the same quads, so rebuilding is idempotent.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode, Quad
from rdflib import PROV, RDF, RDFS, SKOS, XSD

from kg.errors import OntologyError
from kg.rdf import vocab
from kg.rdf.vocab import KG
from kg.types import Entity, Event, Extraction, Literal, Provenance, Relation

__all__ = ["asserted", "extraction_quads", "fact_iri", "graph_node", "restates"]

# rdflib's namespaces name the W3C terms; the quads hold them as Oxigraph nodes
TYPE = NamedNode(RDF.type)
LABEL = NamedNode(RDFS.label)
SUBPROPERTY = NamedNode(RDFS.subPropertyOf)
ALT_LABEL = NamedNode(SKOS.altLabel)
SUBJECT = NamedNode(RDF.subject)
PREDICATE = NamedNode(RDF.predicate)
OBJECT = NamedNode(RDF.object)
DERIVED_FROM = NamedNode(PROV.wasDerivedFrom)
QUOTED_FROM = NamedNode(PROV.wasQuotedFrom)

_TRUE = OxLiteral("true", datatype=NamedNode(XSD.boolean))
_ROLE_ORG_PREDICATES = ("leaderOf", "worksFor", "memberOf")
_DEFAULT_BASE = vocab.Base()


def _kg(name: str, _cache: dict[str, NamedNode] = {}) -> NamedNode:  # noqa: B006 - deliberate memo
    """NamedNode of an ontology term; an undeclared name raises OntologyError (via KG[name])."""
    node = _cache.get(name)
    if node is None:
        node = _cache[name] = NamedNode(str(KG[name]))
    return node


def _xsd(name: str, _cache: dict[str, NamedNode] = {}) -> NamedNode:  # noqa: B006 - deliberate memo
    node = _cache.get(name)
    if node is None:
        node = _cache[name] = NamedNode(XSD[name])
    return node


def _string(value: str) -> OxLiteral:
    return OxLiteral(value)


def _integer(value: int) -> OxLiteral:
    return OxLiteral(str(value), datatype=_xsd("integer"))


def _date(value: dt.date) -> OxLiteral:
    return OxLiteral(value.isoformat(), datatype=_xsd("date"))


@lru_cache(maxsize=1024)
def _decimal(value: float) -> OxLiteral | None:
    # cached: confidences take few values (each rule gives its own), and formatting them is not free
    if not math.isfinite(value):
        return None  # NaN/inf cannot be an xsd:decimal; dropping it lets SHACL report the gap
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return OxLiteral(text or "0", datatype=_xsd("decimal"))


def _literal(lit: Literal) -> OxLiteral:
    """An extractor literal as a typed RDF literal; an ill-formed value falls back to xsd:string
    (keeping the text) rather than writing a literal that no SPARQL engine can compare."""
    value, kind = str(lit.value), lit.datatype
    try:
        if kind == "integer":
            return _integer(int(value.replace(",", "")))
        if kind == "decimal":
            return OxLiteral(str(Decimal(value)), datatype=_xsd("decimal"))
        if kind == "date":
            return _date(dt.date.fromisoformat(value))
        if kind == "boolean" and value in ("true", "false"):
            return OxLiteral(value, datatype=_xsd("boolean"))
    except (ValueError, InvalidOperation):
        pass
    return _string(value)


def graph_node(doc_id: str, base: vocab.Base = _DEFAULT_BASE) -> NamedNode:
    """The named graph of one article in a store with base IRI `base`."""
    return NamedNode(str(base.graph_iri(doc_id)))


def _class(entity_type: str, where: str) -> NamedNode:
    if not vocab.is_class(entity_type):
        raise OntologyError(
            f"{where} has type {entity_type!r}, which is not a class of ontology/kg.ttl; use one of "
            + ", ".join(sorted(vocab.entity_classes() | vocab.event_classes()))
        )
    return _kg(entity_type)


@lru_cache(maxsize=1 << 16)
def _node(base: vocab.Base, identifier: str) -> NamedNode:
    # cached: an actor is minted in every article that names it, and minting (percent-encoding,
    # IRI checks) is a fifth of building the quads
    return NamedNode(str(base.mint(identifier)))


def _relation_node(base: vocab.Base, predicate: str) -> NamedNode:
    return NamedNode(str(base.relation_iri(predicate)))


def fact_iri(doc_id: str, relation: Relation, base: vocab.Base = _DEFAULT_BASE) -> NamedNode:
    """The stable IRI of a relation's kg:Fact: a digest of the article, subject, predicate, object,
    sentence offsets and negation, so the same text always mints the same IRI."""
    subject = _node(base, relation.subject.id)
    obj = (
        _literal(relation.object) if isinstance(relation.object, Literal) else _node(base, relation.object.id)
    )
    segment = _doc_segment(base, doc_id)
    return _fact(base, segment, subject, _relation_node(base, relation.predicate), obj, relation)


def _fact(
    base: vocab.Base,
    doc_segment: str,
    subject: NamedNode,
    predicate: NamedNode,
    obj: NamedNode | OxLiteral,
    relation: Relation,
) -> NamedNode:
    prov = relation.provenance
    key = vocab.digest(subject, predicate, obj, prov.start, prov.end, relation.negated)
    return NamedNode(f"{base.id}fact/{doc_segment}/{key}")


def _doc_segment(base: vocab.Base, doc_id: str) -> str:
    """The article id as it ends its kg:Article IRI (percent-encoded); fact and sentence IRIs use it."""
    return str(base.document_iri(doc_id)).rsplit("/", 1)[1]


def _mention_in(node: Entity | Literal, prov: Provenance) -> tuple[int, int] | None:
    """The first mention of `node` inside the fact's sentence (for highlighting it), if any."""
    if isinstance(node, Literal):
        return None
    first = None
    for mention in node.mentions:  # a loop, not sorted(): this runs twice for every fact
        if prov.start <= mention[0] and mention[1] <= prov.end and (first is None or mention < first):
            first = mention
    return first


def asserted(relation: Relation) -> bool:
    """True when the article states `relation` in its own voice, so the plain edge is added."""
    return not relation.negated and not relation.attribution and not relation.modality


def _default_rule(relations: Iterable[Relation]) -> str:
    """The rule most of the relations were read by (stated once, on the article), or "" when one of
    them records none, since a fact cannot say "no rule" against its article's default."""
    rules = Counter(relation.rule for relation in relations)
    if not rules or "" in rules:
        return ""
    return min(rules, key=lambda rule: (-rules[rule], rule))


def restates(relation: Relation, event: Event) -> bool:
    """True when `relation` (part of `event`) shares the event's sentence, hedges and date, so its
    fact points at the event (kg:restates) instead of repeating them."""
    rp, ep = relation.provenance, event.provenance
    return (rp.start, rp.end) == (ep.start, ep.end) and (
        relation.attribution,
        relation.modality,
        relation.negated,
        relation.date,
        relation.date_precision,
    ) == (event.attribution, event.modality, event.negated, event.date, event.date_precision)


class _Builder:
    """Collects the quads of one article; a class only to share the graph, document and dedup sets."""

    def __init__(
        self, extraction: Extraction, content_hash: str = "", base: vocab.Base = _DEFAULT_BASE
    ) -> None:
        self.extraction = extraction
        self.content_hash = content_hash
        self.base = base
        self.doc_id = extraction.article.id
        self.graph = graph_node(self.doc_id, base)
        self.doc = NamedNode(str(base.document_iri(self.doc_id)))
        self.doc_segment = _doc_segment(base, self.doc_id)
        self.events = {event.id: event for event in extraction.events}
        self.event_ids = set(self.events)
        self.described: set[str] = set()
        self.sentences: dict[tuple[int, int], NamedNode] = {}
        self.open_predicates: set[str] = set()
        self.rule = _default_rule(extraction.relations)

    def quad(self, s, p, o) -> Quad:
        return Quad(s, p, o, self.graph)

    def node(self, identifier: str) -> NamedNode:
        return _node(self.base, identifier)

    def article(self) -> Iterator[Quad]:
        a = self.extraction.article
        yield self.quad(self.doc, TYPE, _kg("Article"))
        yield self.quad(self.doc, _kg("documentId"), _string(a.id))
        if a.title:
            yield self.quad(self.doc, _kg("title"), _string(a.title))
        if a.date:
            yield self.quad(self.doc, _kg("published"), _date(a.date))
        if a.source:
            yield self.quad(self.doc, _kg("source"), _string(a.source))
        if self.content_hash:
            yield self.quad(self.doc, _kg("contentHash"), _string(self.content_hash))
        if self.rule:
            yield self.quad(self.doc, _kg("rule"), _string(self.rule))

    def entity(self, entity: Entity) -> Iterator[Quad]:
        # an entity may appear in several relations; describe it once (the first description wins,
        # which is the one in Extraction.entities because those are emitted first)
        if entity.id in self.described:
            return
        self.described.add(entity.id)
        if entity.id in self.event_ids:
            return  # an event used as an object: the event itself carries type and label
        node = self.node(entity.id)
        yield self.quad(node, TYPE, _class(entity.type, f"entity {entity.id!r}"))
        yield self.quad(node, LABEL, _string(entity.label or entity.id))
        for alias in sorted(set(entity.aliases) - {entity.label}):
            if alias:
                yield self.quad(node, ALT_LABEL, _string(alias))
        if entity.country_code:
            yield self.quad(node, _kg("countryCode"), _string(entity.country_code))

    def term(self, value: Entity | Literal) -> Iterator[Quad | NamedNode | OxLiteral]:
        """Yields the quads describing `value` (if an entity) and, last, the term itself."""
        if isinstance(value, Literal):
            yield _literal(value)
            return
        yield from self.entity(value)
        yield self.node(value.id)

    def sentence(self, prov: Provenance) -> Iterator[Quad | NamedNode]:
        key = (prov.start, prov.end)
        node = self.sentences.get(key)
        if node is None:
            node = NamedNode(f"{self.base.id}sentence/{self.doc_segment}/{prov.start}-{prov.end}")
            self.sentences[key] = node
            # no rdf:type kg:Sentence: kg:text's domain entails it
            yield self.quad(node, _kg("text"), _string(prov.sentence))
            yield self.quad(node, _kg("start"), _integer(prov.start))
            yield self.quad(node, _kg("end"), _integer(prov.end))
            yield self.quad(node, QUOTED_FROM, self.doc)
        yield node

    def provenance(self, node: NamedNode, prov: Provenance) -> Iterator[Quad]:
        *quads, sentence = self.sentence(prov)
        yield from quads  # type: ignore[misc]
        yield self.quad(node, DERIVED_FROM, sentence)

    def confidence(self, node: NamedNode, prov: Provenance) -> Iterator[Quad]:
        confidence = _decimal(prov.confidence)
        if confidence is not None:
            yield self.quad(node, _kg("confidence"), confidence)

    def hedges(self, node: NamedNode, item: Event | Relation) -> Iterator[Quad]:
        if item.attribution:
            yield self.quad(node, _kg("attribution"), _string(item.attribution))
        if item.modality:
            yield self.quad(node, _kg("modality"), _string(item.modality))
        if item.negated:  # absence means not negated
            yield self.quad(node, _kg("negated"), _TRUE)

    def date(self, node: NamedNode, item: Event | Relation) -> Iterator[Quad]:
        if item.date:
            yield self.quad(node, _kg("date"), _date(item.date))
            if item.date_precision != "day":  # "in 2002" is no claim about 1 January
                yield self.quad(node, _kg("datePrecision"), _string(item.date_precision))

    def event(self, event: Event) -> Iterator[Quad]:
        node = self.node(event.id)
        if not vocab.is_event_class(event.type):
            raise OntologyError(
                f"event {event.id!r} has type {event.type!r}, which is not an event class of "
                "ontology/kg.ttl; use one of " + ", ".join(sorted(vocab.event_classes()))
            )
        yield self.quad(node, TYPE, _kg(event.type))
        yield self.quad(node, LABEL, _string(event.label or event.trigger or event.type))
        if event.trigger:
            yield self.quad(node, _kg("trigger"), _string(event.trigger))
        for role, filler in event.roles:
            if not vocab.is_role(role):
                raise OntologyError(
                    f"event {event.id!r} has role {role!r}, which is not an event role of "
                    "ontology/kg.ttl; use one of " + ", ".join(sorted(vocab.role_properties()))
                )
            *quads, obj = self.term(filler)
            yield from quads  # type: ignore[misc]
            yield self.quad(node, _kg(role), obj)
            if isinstance(filler, Literal) and filler.unit:
                yield self.quad(node, _kg("quantityUnit"), _string(filler.unit))
                yield self.quad(node, _kg("quantityText"), _string(filler.text))
        yield from self.date(node, event)
        if event.date_text:
            yield self.quad(node, _kg("dateText"), _string(event.date_text))
        if event.quantity_qualifier:
            yield self.quad(node, _kg("quantityQualifier"), _string(event.quantity_qualifier))
        if event.rule:
            yield self.quad(node, _kg("rule"), _string(event.rule))
        yield from self.hedges(node, event)
        yield from self.provenance(node, event.provenance)
        yield from self.confidence(node, event.provenance)

    def predicate(self, relation: Relation) -> Iterator[Quad | NamedNode]:
        iri = _relation_node(self.base, relation.predicate)
        if not vocab.is_relation(relation.predicate) and relation.predicate not in self.open_predicates:
            # open-class verbs are declared in the article's own graph so that replacing the graph
            # leaves nothing behind and every graph is self-describing
            # (no rdf:type rdf:Property: rdfs:subPropertyOf entails it)
            self.open_predicates.add(relation.predicate)
            yield self.quad(iri, SUBPROPERTY, _kg("relatedTo"))
            yield self.quad(iri, LABEL, _string(relation.predicate_label or relation.predicate))
        yield iri

    def relation(self, relation: Relation) -> Iterator[Quad]:
        *described, subject = self.term(relation.subject)
        yield from described  # type: ignore[misc]
        *declared, predicate = self.predicate(relation)
        yield from declared  # type: ignore[misc]
        *described, obj = self.term(relation.object)
        yield from described  # type: ignore[misc]
        prov = relation.provenance
        fact = _fact(self.base, self.doc_segment, subject, predicate, obj, relation)  # type: ignore[arg-type]
        if asserted(relation):
            yield self.quad(subject, predicate, obj)
        yield self.quad(fact, TYPE, _kg("Fact"))
        yield self.quad(fact, SUBJECT, subject)
        yield self.quad(fact, PREDICATE, predicate)
        yield self.quad(fact, OBJECT, obj)
        if relation.rule != self.rule:  # the article states the rule most of its facts share
            yield self.quad(fact, _kg("rule"), _string(relation.rule))
        if isinstance(relation.object, Literal) and relation.object.unit:
            yield self.quad(fact, _kg("objectUnit"), _string(relation.object.unit))
            yield self.quad(fact, _kg("objectText"), _string(relation.object.text))
        for side, node in (("subject", relation.subject), ("object", relation.object)):
            span = _mention_in(node, prov)
            if span is not None:
                yield self.quad(fact, _kg(f"{side}Span"), _string(f"{span[0]}-{span[1]}"))
        event = self.events.get(relation.event or "")
        if event is not None and restates(relation, event):
            yield self.quad(fact, _kg("restates"), self.node(event.id))
            if _decimal(prov.confidence) != _decimal(event.provenance.confidence):
                yield from self.confidence(fact, prov)
            return
        if relation.event:
            yield self.quad(fact, _kg("partOfEvent"), self.node(relation.event))
        yield from self.hedges(fact, relation)
        yield from self.date(fact, relation)
        yield from self.provenance(fact, prov)
        yield from self.confidence(fact, prov)

    def roles(self) -> Iterator[Quad]:
        """kg:Role nodes for asserted holdsRole facts, linked to the organisation or country the same
        person leads, works for or belongs to (preferring one stated in the same sentence)."""
        relations = self.extraction.relations
        for rel in relations:
            if rel.predicate != "holdsRole" or not asserted(rel):
                continue
            title = rel.object.value if isinstance(rel.object, Literal) else rel.object.label
            holder = self.node(rel.subject.id)
            orgs = [
                r
                for r in relations
                if r.subject.id == rel.subject.id
                and r.predicate in _ROLE_ORG_PREDICATES
                and isinstance(r.object, Entity)
                and asserted(r)
            ]
            same_sentence = [r for r in orgs if r.provenance.sentence == rel.provenance.sentence]
            orgs = same_sentence or orgs
            role = NamedNode(f"{self.base.id}role/{vocab.digest(rel.subject.id, title)}")
            yield self.quad(role, TYPE, _kg("Role"))
            yield self.quad(role, _kg("roleHolder"), holder)
            yield self.quad(role, _kg("roleTitle"), _string(title))
            yield self.quad(holder, _kg("hasRole"), role)
            names = sorted({r.object.label for r in orgs if isinstance(r.object, Entity)})
            label = f"{title} of {names[0]}" if len(names) == 1 else title
            yield self.quad(role, LABEL, _string(label))
            for r in orgs:
                yield self.quad(role, _kg("roleIn"), self.node(r.object.id))  # type: ignore[union-attr]

    def quads(self) -> Iterator[Quad]:
        yield from self.article()
        for entity in self.extraction.entities:
            yield from self.entity(entity)
        for event in self.extraction.events:
            yield from self.event(event)
        for relation in self.extraction.relations:
            yield from self.relation(relation)
        yield from self.roles()


def extraction_quads(
    extraction: Extraction, content_hash: str = "", base: vocab.Base = _DEFAULT_BASE
) -> Iterator[Quad]:
    """All quads of one article's named graph, without duplicates, in a deterministic order.

    `content_hash` (of the article's text, title and date) is recorded on the document, so an
    incremental build can skip the articles that did not change. Every IRI is minted under `base`
    (the store's base IRI).

    Raises:
        OntologyError: an entity, event or role names a term that kg.ttl does not declare.
    """
    seen: set[Quad] = set()
    for quad in _Builder(extraction, content_hash, base).quads():
        if quad not in seen:
            seen.add(quad)
            yield quad


def extractions_quads(extractions: Iterable[Extraction]) -> Iterator[Quad]:
    """Quads of many articles (for bulk loads)."""
    for extraction in extractions:
        yield from extraction_quads(extraction)
