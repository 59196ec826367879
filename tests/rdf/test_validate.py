"""SHACL: the built graph conforms; each kind of broken data is reported."""

from __future__ import annotations

import dataclasses

import pytest

from kg.rdf.validate import validate_store
from kg.types import Entity, Literal
from tests.rdf.conftest import PETRO, sample_extraction

KG = "https://w3id.org/kg-news/ontology#"


def test_the_sample_graph_conforms(store):
    report = validate_store(store)
    assert report.conforms, [str(v) for v in report.violations]
    assert report.triples == store.count()


def _graph(store) -> str:
    return store.graphs()[0]


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        # a second class for Petro (another article typed him as a place)
        (f"<https://kg.example.org/id/person/gustavo-petro> a <{KG}Location>", "exactly one class"),
        (f'<https://kg.example.org/id/event/colombia-us/1> <{KG}date> "August"', "xsd:date"),
        (f"<https://kg.example.org/id/event/colombia-us/1> <{KG}confidence> 1.5", "[0, 1]"),
        (f'<https://kg.example.org/id/event/colombia-us/1> <{KG}datePrecision> "week"', '"year" or "month"'),
        (
            f'<https://kg.example.org/id/event/new> a <{KG}Attack> ; <http://www.w3.org/2000/01/rdf-schema#label> "x"',
            "at least one participant",
        ),
    ],
)
def test_broken_data_is_reported(store, update, expected):
    store.update(f"INSERT DATA {{ GRAPH <{_graph(store)}> {{ {update} }} }}")
    report = validate_store(store)
    assert not report.conforms
    assert any(expected in v.message for v in report.violations), [str(v) for v in report.violations]


def test_an_asserted_fact_with_attribution_is_reported(store):
    assert validate_store(store).conforms
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    store.update(
        f"PREFIX kg: <{KG}> PREFIX rdf: <{rdf}> INSERT {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ "
        "?f rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:restates?/kg:attribution ?a } }"
    )
    report = validate_store(store)
    assert any("must not be asserted" in v.message for v in report.violations)


def test_a_nameless_entity_falls_back_to_its_id_as_label(store):
    ex = sample_extraction("other")
    nameless = Entity("person/nameless", "", "Person")
    # the builder falls back to the id as label, so even a nameless entity has one
    store.add_extraction(
        dataclasses.replace(
            ex, relations=(dataclasses.replace(ex.relations[4], subject=nameless, object=Literal("Mayor")),)
        )
    )
    assert validate_store(store).conforms
    assert store.query("actors").column("label").count("person/nameless") == 1
    assert PETRO.label in store.query("actors").column("label")
