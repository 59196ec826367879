"""Extraction → quads: named graph, entities, reified events and facts, hedges, provenance, roles."""

from __future__ import annotations

import dataclasses

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.errors import OntologyError
from kg.rdf import vocab
from kg.rdf.quads import extraction_quads, fact_iri, graph_node
from kg.types import Entity, Literal
from tests.rdf.conftest import (
    BESSENT,
    COLOMBIA,
    PETRO,
    TREASURY,
    TRUMP_ADMIN,
    US_MILITARY,
    hostile_extraction,
    sample_extraction,
)

KG, RDF, RDFS, SKOS, PROV = (
    vocab.KG_NS,
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#",
)


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def node(identifier: str) -> ox.NamedNode:
    return n(vocab.mint(identifier))


@pytest.fixture(scope="module")
def dataset() -> ox.Dataset:
    return ox.Dataset(extraction_quads(sample_extraction()))


def objects(ds: ox.Dataset, s, p) -> set:
    return {q.object for q in ds.quads_for_subject(s) if q.predicate == p}


def has(ds, s, p, o) -> bool:
    return o in objects(ds, s, p)


def stated(ds: ox.Dataset, fact, p) -> set:
    """Values of `p` for a fact: its own, or those of the event it kg:restates."""
    return objects(ds, fact, p) | {
        v for e in objects(ds, fact, n(KG + "restates")) for v in objects(ds, e, p)
    }


def test_all_quads_go_to_the_article_graph(dataset):
    graphs = {q.graph_name for q in dataset}
    assert graphs == {graph_node("colombia-us")} == {n("https://kg.example.org/graph/colombia-us")}


def test_document_metadata(dataset):
    doc = n(vocab.document_iri("colombia-us"))
    assert has(dataset, doc, n(RDF + "type"), n(KG + "Article"))
    assert has(
        dataset, doc, n(KG + "title"), ox.Literal("Colombia to suspend intelligence cooperation with US")
    )
    assert has(
        dataset,
        doc,
        n(KG + "published"),
        ox.Literal("2025-11-12", datatype=n(vocab.PREFIXES["xsd"] + "date")),
    )
    assert has(dataset, doc, n(KG + "source"), ox.Literal("data/articles/colombia-us.txt"))


def test_entities_have_one_class_label_aliases_and_country_code(dataset):
    petro, co = node(PETRO.id), node(COLOMBIA.id)
    assert objects(dataset, petro, n(RDF + "type")) == {n(KG + "Person")}
    assert objects(dataset, petro, n(RDFS + "label")) == {ox.Literal("Gustavo Petro")}
    assert objects(dataset, petro, n(SKOS + "altLabel")) == {
        ox.Literal("Petro"),
        ox.Literal("President Gustavo Petro"),
    }
    assert objects(dataset, co, n(KG + "countryCode")) == {ox.Literal("CO")}
    assert objects(dataset, node(US_MILITARY.id), n(RDF + "type")) == {n(KG + "MilitaryOrganization")}


def test_asserted_relation_is_a_plain_edge_and_a_fact(dataset):
    edge = (node(TRUMP_ADMIN.id), n(KG + "sanctioned"), node(PETRO.id))
    assert has(dataset, *edge)
    facts = [
        q.subject
        for q in dataset.quads_for_object(edge[2])
        if q.predicate == n(RDF + "object")
        and has(dataset, q.subject, n(RDF + "subject"), edge[0])
        and has(dataset, q.subject, n(RDF + "predicate"), edge[1])
    ]
    assert len(facts) == 1
    fact = facts[0]
    # it restates its event (same sentence, no hedge, same date): the event holds the provenance once
    assert objects(dataset, fact, n(KG + "restates")) == {node("event/colombia-us/6")}
    assert not objects(dataset, fact, n(PROV + "wasDerivedFrom"))
    # asserted is derived (no hedge), the article from the sentence: neither is stated
    assert not {q.predicate for q in dataset.quads_for_subject(fact)} & {
        n(KG + "asserted"),
        n(KG + "negated"),
        n(PROV + "hadPrimarySource"),
        n(KG + "date"),
    }
    sentence = next(iter(stated(dataset, fact, n(PROV + "wasDerivedFrom"))))
    assert "financial sanctions" in next(iter(objects(dataset, sentence, n(KG + "text")))).value
    assert objects(dataset, sentence, n(KG + "start")) == {
        ox.Literal("480", datatype=n(vocab.PREFIXES["xsd"] + "integer"))
    }
    assert has(dataset, sentence, n(PROV + "wasQuotedFrom"), n(vocab.document_iri("colombia-us")))
    dates = stated(dataset, fact, n(KG + "date"))
    assert len(dates) == 1 and dates == objects(dataset, node("event/colombia-us/6"), n(KG + "date"))


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "hedge", "value"),
    [
        (
            "militaryorganization/us-military",
            "killed",
            "concept/people",
            "attribution",
            "figures supplied by the Trump administration",
        ),
        ("person/scott-bessent", "accused", "person/gustavo-petro", "attribution", "Scott Bessent"),
        (
            "militaryorganization/colombian-security-forces",
            "suspended",
            "concept/communications",
            "modality",
            "must",
        ),
    ],
)
def test_reported_or_modal_facts_are_not_plain_edges(dataset, subject, predicate, obj, hedge, value):
    s, p, o = node(subject), n(KG + predicate), node(obj)
    assert not has(dataset, s, p, o)
    fact = next(
        q.subject
        for q in dataset.quads_for_object(s)
        if q.predicate == n(RDF + "subject") and has(dataset, q.subject, n(RDF + "predicate"), p)
    )
    assert stated(dataset, fact, n(KG + hedge)) == {ox.Literal(value)}


def test_negated_fact_is_not_a_plain_edge_and_says_so(dataset):
    wh, verb = node("governmentorganization/white-house"), n(vocab.relation_iri("respond-to"))
    assert not objects(dataset, wh, verb)
    fact = next(q.subject for q in dataset.quads_for_object(wh) if q.predicate == n(RDF + "subject"))
    assert stated(dataset, fact, n(KG + "negated")) == {
        ox.Literal("true", datatype=n(vocab.PREFIXES["xsd"] + "boolean"))
    }


def test_open_class_verbs_are_declared_under_related_to(dataset):
    liken = n("https://kg.example.org/rel/liken")
    assert has(dataset, liken, n(RDFS + "subPropertyOf"), n(KG + "relatedTo"))
    assert has(dataset, liken, n(RDFS + "label"), ox.Literal("likened"))
    assert has(dataset, node("group/critics"), liken, node("concept/extrajudicial-executions"))


def test_events_are_reified_with_roles_quantity_qualifier_and_dates(dataset):
    killing = node("event/colombia-us/1")
    xsd = vocab.PREFIXES["xsd"]
    assert objects(dataset, killing, n(RDF + "type")) == {n(KG + "Killing")}
    assert objects(dataset, killing, n(KG + "agent")) == {node(US_MILITARY.id)}
    assert objects(dataset, killing, n(KG + "quantity")) == {ox.Literal("75", datatype=n(xsd + "integer"))}
    assert objects(dataset, killing, n(KG + "quantityQualifier")) == {ox.Literal("at least")}
    assert objects(dataset, killing, n(KG + "date")) == {ox.Literal("2025-08-01", datatype=n(xsd + "date"))}
    assert objects(dataset, killing, n(KG + "attribution")) == {
        ox.Literal("figures supplied by the Trump administration")
    }
    order = node("event/colombia-us/3")
    assert objects(dataset, order, n(KG + "content")) == {node("event/colombia-us/4")}
    # the nested event is described once, as an event, not as an entity
    assert objects(dataset, node("event/colombia-us/4"), n(RDF + "type")) == {n(KG + "Suspension")}


def test_roles_are_reified_with_the_organisation_or_country(dataset):
    roles = objects(dataset, node(PETRO.id), n(KG + "hasRole"))
    assert len(roles) == 1
    role = roles.pop()
    assert objects(dataset, role, n(KG + "roleTitle")) == {ox.Literal("President")}
    assert objects(dataset, role, n(KG + "roleIn")) == {node(COLOMBIA.id)}
    assert objects(dataset, role, n(RDFS + "label")) == {ox.Literal("President of Colombia")}
    bessent_role = objects(dataset, node(BESSENT.id), n(KG + "hasRole")).pop()
    assert objects(dataset, bessent_role, n(KG + "roleIn")) == {node(TREASURY.id)}


def test_building_is_deterministic():
    assert list(extraction_quads(sample_extraction())) == list(extraction_quads(sample_extraction()))


def test_same_actor_gets_the_same_iri_in_every_article():
    a = {q.subject for q in extraction_quads(sample_extraction("a"))}
    b = {q.subject for q in extraction_quads(sample_extraction("b"))}
    assert node(PETRO.id) in a & b
    assert node("event/a/1") in a and node("event/a/1") not in b


def test_unknown_entity_type_raises():
    bad = dataclasses.replace(sample_extraction(), entities=(Entity("x/y", "Y", "Persn"),))
    with pytest.raises(OntologyError, match="'Persn'"):
        list(extraction_quads(bad))


def test_unknown_event_type_and_role_raise():
    ex = sample_extraction()
    bad_type = dataclasses.replace(ex, events=(dataclasses.replace(ex.events[0], type="Bombing"),))
    with pytest.raises(OntologyError, match="Bombing"):
        list(extraction_quads(bad_type))
    bad_role = dataclasses.replace(
        ex, events=(dataclasses.replace(ex.events[0], roles=(("victim", PETRO),)),)
    )
    with pytest.raises(OntologyError, match="victim"):
        list(extraction_quads(bad_role))


def test_ill_formed_literals_fall_back_to_strings():
    ex = sample_extraction()
    event = dataclasses.replace(
        ex.events[0],
        roles=(
            ("agent", PETRO),
            ("quantity", Literal("many", "integer")),
            ("time", Literal("2025-13-45", "date")),
        ),
    )
    quads = list(extraction_quads(dataclasses.replace(ex, events=(event,), relations=())))
    values = {q.object for q in quads if q.predicate in (n(KG + "quantity"), n(KG + "time"))}
    assert values == {ox.Literal("many"), ox.Literal("2025-13-45")}


def test_hostile_ids_and_labels_survive_ntriples_and_turtle():
    quads = list(extraction_quads(hostile_extraction()))
    nq = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode()
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    ttl = ox.serialize(triples, format=ox.RdfFormat.TURTLE)
    assert len(Graph().parse(data=ttl, format="turtle")) == len(set(triples))
    assert len(list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))) == len(quads)
    assert any(isinstance(q.object, ox.Literal) and "Ωμέγα\n#1" in q.object.value for q in quads)


def _facts(extraction) -> set[str]:
    return {q.subject.value for q in extraction_quads(extraction) if q.object == n(KG + "Fact")}


def test_fact_iris_depend_on_the_statement_and_its_place_only():
    ex = sample_extraction()
    facts = _facts(ex)
    assert facts == {fact_iri(ex.article.id, r).value for r in ex.relations}
    assert all(f.startswith(f"{vocab.ID}fact/colombia-us/") for f in facts)
    # the rule, the confidence, the date and the hedges may change with the extractor: same IRI
    reworked = tuple(
        dataclasses.replace(
            r,
            rule="patterns:other",
            date=None,
            attribution=None,
            provenance=dataclasses.replace(r.provenance, confidence=0.1),
        )
        for r in ex.relations
    )
    assert _facts(dataclasses.replace(ex, relations=reworked)) == facts
    # another sentence, another direction or a negation is another fact
    first = ex.relations[0]
    moved = dataclasses.replace(first, provenance=dataclasses.replace(first.provenance, start=1, end=99))
    flipped = dataclasses.replace(first, negated=True)
    assert len({fact_iri(ex.article.id, r).value for r in (first, moved, flipped)}) == 3


def test_rebuilding_the_same_text_mints_the_same_fact_iris(read):
    text = (
        "Colombian President Gustavo Petro on Tuesday ordered his security forces to stop sharing "
        "intelligence with the US. In October, the Trump administration sanctioned Petro."
    )
    first, second = read(text), read(text)
    assert first is not second and _facts(first) == _facts(second) and len(_facts(first)) >= 3


def test_facts_record_their_rule_and_where_subject_and_object_are_mentioned():
    ex = sample_extraction()
    rel = ex.relations[8]  # Trump administration sanctioned Petro
    start = rel.provenance.start
    sentence = rel.provenance.sentence

    def span(word: str) -> tuple[int, int]:
        return start + sentence.index(word), start + sentence.index(word) + len(word)

    admin = dataclasses.replace(rel.subject, mentions=((0, 5), span("Trump administration")))
    petro = dataclasses.replace(rel.object, mentions=(span("Petro"),))
    rel = dataclasses.replace(rel, subject=admin, object=petro, rule="patterns")
    quads = list(extraction_quads(dataclasses.replace(ex, relations=(rel,))))
    fact = fact_iri(ex.article.id, rel)
    value = {
        q.predicate.value[len(KG) :]: q.object.value
        for q in quads
        if q.subject == fact and q.predicate.value.startswith(KG)
    }
    doc = vocab.document_iri(ex.article.id)
    # the article states the rule its facts share; a fact read by another rule states its own
    assert {q.object.value for q in quads if q.subject == n(doc) and q.predicate == n(KG + "rule")} == {
        "patterns"
    }
    assert "rule" not in value

    def text(span: str) -> str:
        lo, hi = map(int, span.split("-"))
        return sentence[lo - start : hi - start]

    assert text(value["subjectSpan"]) == "Trump administration"
    assert text(value["objectSpan"]) == "Petro"
    other = dataclasses.replace(rel, rule="relclf:Sanction")
    mixed = list(extraction_quads(dataclasses.replace(ex, relations=(rel, rel, other))))
    assert ox.Literal("relclf:Sanction") in {
        q.object
        for q in mixed
        if q.subject == fact_iri(ex.article.id, other) and q.predicate == n(KG + "rule")
    }
    # no mention in the sentence (or a literal object): no offsets, and no rule when none was recorded
    bare = list(extraction_quads(dataclasses.replace(ex, relations=(ex.relations[4],))))
    assert not {q.predicate for q in bare} & {n(KG + p) for p in ("rule", "subjectSpan", "objectSpan")}
