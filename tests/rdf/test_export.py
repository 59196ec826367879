"""Exports parse back with rdflib to the same graph (isomorphic), in every format."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import StoreError
from kg.rdf import vocab
from kg.rdf.export import export, format_for, write_export
from kg.rdf.validate import store_graph
from tests.rdf.conftest import hostile_extraction


@pytest.fixture
def full_store(store):
    store.add_extraction(hostile_extraction())
    return store


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt")])
def test_triple_formats_round_trip_to_the_union_graph(full_store, fmt, rdflib_format):
    parsed = Graph().parse(data=export(full_store, fmt), format=rdflib_format)
    expected = store_graph(full_store)
    assert len(parsed) == len(expected) > 250
    assert isomorphic(parsed, expected)


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")]
)
def test_dataset_formats_keep_one_graph_per_article(full_store, fmt, rdflib_format):
    ds = Dataset()
    ds.parse(data=export(full_store, fmt), format=rdflib_format)
    graphs = {str(g.identifier): g for g in ds.graphs() if len(g)}
    assert sorted(graphs) == full_store.graphs()
    for iri, graph in graphs.items():
        expected = Graph()
        for q in full_store.quads(iri):
            expected.parse(data=f"{q.subject} {q.predicate} {_nt(q.object)} .", format="nt")
        assert isomorphic(graph, expected), iri


def _nt(term) -> str:
    import pyoxigraph as ox

    return (
        ox.serialize(
            [ox.Triple(ox.NamedNode("http://x"), ox.NamedNode("http://x"), term)],
            format=ox.RdfFormat.N_TRIPLES,
        )
        .decode()
        .split(" ", 2)[2]
        .rstrip(" .\n")
    )


def test_one_graph_by_document_id_and_the_ontology_on_request(store):
    one = Graph().parse(data=export(store, "ttl", graph="colombia-us"), format="turtle")
    assert len(one) == store.count()
    with_ontology = Graph().parse(data=export(store, "ttl", ontology=True), format="turtle")
    assert (URIRef(vocab.KG.Killing), None, None) in with_ontology
    assert (URIRef(vocab.KG.Killing), None, None) not in one
    with pytest.raises(StoreError, match="no graph"):
        export(store, "ttl", graph="unknown-doc")


def test_format_names_and_suffixes():
    assert format_for(None, "out.nq") == "nq" and format_for("turtle") == "ttl" and format_for(None) == "trig"
    with pytest.raises(StoreError, match="unknown export format 'xml'"):
        format_for("xml")


def test_write_export_streams_to_a_path_or_a_binary_file(tmp_path, full_store):
    import io

    path = tmp_path / "out.nq"
    assert write_export(full_store, path) == "nq"
    assert path.read_bytes() == export(full_store, "nq")
    buffer = io.BytesIO()
    assert write_export(full_store, buffer, "ttl") == "ttl"
    assert isomorphic(Graph().parse(data=buffer.getvalue(), format="turtle"), store_graph(full_store))


def test_a_failed_export_leaves_no_file(tmp_path, store):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(StoreError, match="no graph"):
        write_export(store, out / "one.ttl", graph="unknown-doc")
    with pytest.raises(StoreError, match="cannot write"):
        write_export(store, out / "missing-dir" / "all.ttl")
    assert list(out.iterdir()) == []
