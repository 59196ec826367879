"""The persistent store: one graph per article, atomic idempotent replace, files as read-only stores."""

from __future__ import annotations

import dataclasses

import pytest

from kg.errors import StoreError
from kg.rdf import vocab
from kg.rdf.export import export
from kg.rdf.store import open_store
from tests.rdf.conftest import PETRO, sample_extraction


def test_rebuilding_an_article_replaces_its_graph(tmp_path):
    store = open_store(tmp_path / "s")
    first = store.add_extraction(sample_extraction())
    assert store.add_extraction(sample_extraction()) == first == store.count()
    # a changed extraction leaves nothing of the old version behind
    smaller = dataclasses.replace(sample_extraction(), relations=sample_extraction().relations[:1])
    n = store.add_extraction(smaller)
    assert n < first and store.count() == n
    assert not store.query("who-did-what-to-whom", predicate="sanctioned").rows


def test_articles_get_their_own_graphs_and_share_actor_nodes(tmp_path):
    store = open_store(tmp_path / "s")
    store.add_extraction(sample_extraction("a"))
    store.add_extraction(sample_extraction("b"))
    assert store.graphs() == [str(vocab.graph_iri("a")), str(vocab.graph_iri("b"))]
    assert store.count() == store.count(store.graphs()[0]) + store.count(store.graphs()[1])
    actors = store.query("actors")
    petro = [r for r in actors.records() if r["actor"] == str(vocab.mint(PETRO.id))]
    assert len(petro) == 1 and petro[0]["articles"] == "2"


def test_store_persists_across_openings(tmp_path):
    store = open_store(tmp_path / "s")
    n = store.add_extraction(sample_extraction())
    store.close()
    again = open_store(tmp_path / "s", read_only=True)
    assert again.count() == n and again.graphs() == [str(vocab.graph_iri("colombia-us"))]


def test_the_ontology_graph_is_kept_but_not_counted(tmp_path):
    store = open_store(tmp_path / "s")
    assert store.graphs() == [] and store.count() == 0
    assert store.query("ASK { <https://w3id.org/kg-news/ontology#Country> ?p ?o }").rows == (("true",),)


def test_read_only_store_must_exist_and_refuses_writes(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        open_store(tmp_path / "missing", read_only=True)
    open_store(tmp_path / "s").close()
    ro = open_store(tmp_path / "s", read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.add_extraction(sample_extraction())


def test_a_second_writer_gets_a_clear_error(tmp_path):
    first = open_store(tmp_path / "s")
    with pytest.raises(StoreError, match="another kg process"):
        open_store(tmp_path / "s")
    first.close()


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "nt", "jsonld"])
def test_an_rdf_file_can_stand_in_for_the_store(store, tmp_path, fmt):
    path = tmp_path / f"graph.{fmt}"
    path.write_bytes(export(store, fmt))
    from_file = open_store(path)
    assert from_file.read_only
    assert from_file.count() == store.count()
    assert from_file.query("casualties").column("quantity") == ["75"]
    with pytest.raises(StoreError):
        from_file.add_extraction(sample_extraction())


def test_a_broken_rdf_file_is_one_clear_error(tmp_path):
    path = tmp_path / "bad.ttl"
    path.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot read"):
        open_store(path)
    with pytest.raises(StoreError, match="no such RDF file"):
        open_store(tmp_path / "none.nq")
