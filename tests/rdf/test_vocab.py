"""IRI minting: stable, namespaced, and safe for any id."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rdflib import Graph

from kg.errors import OntologyError
from kg.rdf import vocab


def test_ids_map_to_stable_iris_in_one_namespace():
    assert vocab.mint("person/gustavo-petro") == vocab.ID["person/gustavo-petro"]
    assert str(vocab.mint("country/CO")) == "https://kg.example.org/id/country/CO"
    assert vocab.mint("person/gustavo-petro") == vocab.mint("person/gustavo-petro")


def test_relation_iris_split_ontology_and_open_class_verbs():
    assert vocab.relation_iri("sanctioned") == vocab.KG.sanctioned
    assert str(vocab.relation_iri("call-for")) == "https://kg.example.org/rel/call-for"
    assert str(vocab.relation_iri("a/b c")) == "https://kg.example.org/rel/a%2Fb%20c"


def test_graph_iris_cannot_clash_with_the_ontology_graph():
    assert vocab.graph_iri("ontology") != vocab.ONTOLOGY_GRAPH
    assert str(vocab.graph_iri("a/b")) == "https://kg.example.org/graph/a%2Fb"


@pytest.mark.parametrize("bad", ["", "   "])
def test_empty_ids_raise(bad):
    with pytest.raises(OntologyError, match="empty id"):
        vocab.mint(bad)


def test_dot_segments_are_encoded():
    assert "/../" not in vocab.mint("organization/../../etc")


@given(st.text(min_size=1).filter(str.strip))
def test_any_id_gives_an_iri_that_ntriples_and_turtle_accept(identifier):
    iri = vocab.mint(identifier)
    assert all(33 <= ord(c) < 127 for c in iri) and not set(iri) & set('<>"{}|^`\\ ')
    line = f"<{iri}> <{vocab.KG.title}> <{vocab.graph_iri(identifier)}> .\n"
    assert len(Graph().parse(data=line, format="nt")) == 1
    assert len(Graph().parse(data=line, format="turtle")) == 1
