"""Verdicts in the store: replaced not duplicated, surviving rebuilds, orphaned when their fact goes,
and rejected facts out of export, view and named queries unless asked for."""

from __future__ import annotations

import dataclasses
import re

from rdflib import Dataset, URIRef

from kg.rdf import vocab
from kg.rdf.export import export
from kg.rdf.validate import validate_store
from kg.rdf.verdicts import Verdict, orphans, record, rejections, verdicts
from kg.views.graph import load_graph
from tests.rdf.conftest import sample_extraction
from tests.review.conftest import facts_of

SANCTION = "Trump administration sanctioned Gustavo Petro"


def iri(summary: str) -> str:
    return {s: f for f, s in facts_of(sample_extraction()).items()}[summary]


def test_a_new_verdict_replaces_the_previous_one(store):
    record(store, [Verdict(iri(SANCTION), True, reviewer="ana")])
    record(
        store,
        [
            Verdict(
                iri(SANCTION),
                False,
                "wrong-direction",
                "reversed",
                reviewer="ben",
                summary=SANCTION,
                doc="colombia-us",
            )
        ],
    )
    found = verdicts(store)
    assert list(found) == [iri(SANCTION)]
    v = found[iri(SANCTION)]
    assert (v.correct, v.reason, v.note, v.reviewer, v.summary, v.doc) == (
        False,
        "wrong-direction",
        "reversed",
        "ben",
        SANCTION,
        "colombia-us",
    )
    assert v.time is not None and v.time.tzinfo is not None
    assert str(vocab.VERDICT_GRAPH) not in store.graphs(), "verdicts are not an article graph"


def test_verdicts_survive_rebuilding_the_article_and_orphans_are_reported(store):
    killed = iri("US military killed people")
    record(
        store,
        [
            Verdict(iri(SANCTION), False, reviewer="ana", summary=SANCTION, doc="colombia-us"),
            Verdict(killed, True, reviewer="ana"),
        ],
    )
    store.add_extraction(sample_extraction())  # the same article rebuilt
    assert set(verdicts(store)) == {iri(SANCTION), killed} and orphans(store) == []
    assert iri(SANCTION) in rejections(store).facts
    # the article changes: the sanction sentence moved, so that fact has a new IRI
    ex = sample_extraction()
    relations = tuple(
        dataclasses.replace(r, provenance=dataclasses.replace(r.provenance, start=r.provenance.start + 7))
        if r.predicate == "sanctioned"
        else r
        for r in ex.relations
    )
    store.add_extraction(dataclasses.replace(ex, relations=relations))
    lost = orphans(store)
    assert [v.fact for v in lost] == [iri(SANCTION)] and lost[0].summary == SANCTION
    assert set(verdicts(store)) == {iri(SANCTION), killed}, "an orphaned verdict is kept, never dropped"
    assert not rejections(store), "an orphan rejects nothing"


def test_rejected_facts_leave_export_view_and_named_queries(store):
    record(store, [Verdict(iri(SANCTION), False, reviewer="ana")])
    ttl = export(store, "ttl").decode()
    assert iri(SANCTION) not in ttl and "kg:sanctioned" not in ttl
    assert "/event/colombia-us/6>" not in ttl, "the sanction event had no other fact"
    full = export(store, "ttl", include_rejected=True).decode()
    assert iri(SANCTION) in full and "kg:sanctioned" in full
    assert str(vocab.VERDICT_GRAPH) not in export(store, "trig").decode()
    with_verdicts = Dataset().parse(data=export(store, "trig", verdicts=True), format="trig")
    assert any(str(c.identifier) == str(vocab.VERDICT_GRAPH) for c in with_verdicts.contexts())

    labels = {d["label"] for _, _, d in load_graph(store).edges(data=True)}
    events = {n for n, d in load_graph(store).nodes(data=True) if d["kind"] == "event"}
    assert "financial sanctions" not in {load_graph(store).nodes[e]["label"] for e in events}
    assert "financial sanctions" in {
        d["label"] for _, d in load_graph(store, include_rejected=True).nodes(data=True)
    }
    assert labels  # the rest of the graph is still there

    def sanctioned(**params) -> int:
        return sum(
            r["predicate"] == "sanctioned" for r in store.query("who-did-what-to-whom", **params).records()
        )

    assert sanctioned() == 0 and sanctioned(rejected="include") == 1
    classes = {r["class"] for r in store.query("events").records()}
    assert "Sanction" not in classes and "Sanction" in {
        r["class"] for r in store.query("events", rejected="include").records()
    }


def test_a_rejected_edge_stays_in_the_union_while_another_article_states_it(store):
    store.add_extraction(sample_extraction("colombia-us-copy"))
    record(store, [Verdict(iri(SANCTION), False)])
    assert "kg:sanctioned" in export(store, "ttl").decode(), "the copy still states it"
    trig = Dataset().parse(data=export(store, "trig"), format="trig")
    sanctioned = {
        str(c.identifier)
        for c in trig.contexts()
        for _ in c.triples((None, URIRef(vocab.KG.sanctioned), None))
    }
    assert sanctioned == {str(vocab.graph_iri("colombia-us-copy"))}
    copy = {s: f for f, s in facts_of(sample_extraction("colombia-us-copy")).items()}[SANCTION]
    record(store, [Verdict(copy, False)])
    assert "kg:sanctioned" not in export(store, "ttl").decode()


def test_an_event_stays_while_one_of_its_facts_is_not_rejected(store):
    ordered = [f for f, s in facts_of(sample_extraction()).items() if s.startswith("Gustavo Petro ordered")]
    assert len(ordered) == 2
    record(store, [Verdict(ordered[0], False)])
    assert "Order" in {r["class"] for r in store.query("events").records()}
    record(store, [Verdict(ordered[1], False)])
    assert "Order" not in {r["class"] for r in store.query("events").records()}


def test_a_store_with_verdicts_conforms_to_the_shapes(store):
    record(
        store,
        [
            Verdict(iri(SANCTION), False, "hedge-lost", reviewer="ana"),
            Verdict(iri("US military killed people"), True, reviewer="ben"),
        ],
    )
    report = validate_store(store)
    assert report.conforms, [str(v) for v in report.violations]
    shapes = vocab.shapes_path().read_text(encoding="utf-8")
    listed = shapes.split("sh:path kg:errorReason", 1)[1].split(")", 1)[0]
    assert sorted(re.findall(r"kg:(\w+)", listed)) == sorted(
        name for name, _ in vocab.error_reasons().values()
    )
    store.update(
        f"INSERT DATA {{ GRAPH <{vocab.VERDICT_GRAPH}> {{ <{vocab.ID}verdict/x> a <{vocab.KG.Verdict}> }} }}"
    )
    assert not validate_store(store).conforms
