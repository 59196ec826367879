"""`--actor` look-ups run their filtering join first and pin its rows (kg.rdf.query.pin): the answer
must be exactly what a full scan of the article graphs gives, for every name of every actor."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, SKOS

from kg.rdf import query, summary, vocab
from kg.rdf.query import named_queries, pin, resolve_query
from kg.rdf.store import open_store
from kg.rdf.summary import actors, name_key
from kg.rdf.verdicts import Verdict, record
from kg.types import Article, Extraction, Relation

from .conftest import PETRO, ent, joined_in_order, prov, sample_extraction

ROLES = {
    str(vocab.KG[n]) for n in ("agent", "target", "patient", "recipient", "instrument", "place", "content")
}
NAMES = {str(RDFS.label), str(SKOS.altLabel)}


def _named(store, key: str) -> dict[str, set[str]]:
    """Full scan: the actors (of the summary) with a name of this key, and the labels each has."""
    acting = {a.iri for a in actors(store)}
    found: dict[str, set[str]] = {}
    for q in store.quads():
        if q.predicate.value in NAMES and q.subject.value in acting and name_key(q.object.value) == key:
            found[q.subject.value] = set()
    for q in store.quads():
        if q.predicate.value == str(RDFS.label) and q.subject.value in found:
            found[q.subject.value].add(q.object.value)
    return found


def _every_name(store) -> list[str]:
    return sorted({n for a in actors(store) for n in (a.label, *a.aliases)})


def test_events_of_an_actor_are_those_a_full_scan_finds(store):
    listing = store.query("events").records()
    names = _every_name(store)
    assert len(names) > 10
    found_any = False
    for name in names:
        who = _named(store, name_key(name))
        events = {
            q.subject.value for q in store.quads() if q.predicate.value in ROLES and q.object.value in who
        }
        expected = [r for r in listing if r["event"] in events]
        assert store.query("events", actor=name).records() == expected, name
        found_any |= bool(expected)
    assert found_any


def test_facts_of_an_actor_are_those_a_full_scan_finds(store):
    listing = store.query("who-did-what-to-whom").records()
    for name in _every_name(store):
        labels = set().union(*_named(store, name_key(name)).values())
        expected = [r for r in listing if r["subject"] in labels or r["object"] in labels]
        assert store.query("who-did-what-to-whom", actor=name).records() == expected, name
    assert store.query("who-did-what-to-whom", actor="Petro").rows


@pytest.mark.parametrize("name, variables", [("events", "?event ?g"), ("who-did-what-to-whom", "?fact ?g")])
def test_the_join_is_replaced_by_its_rows(store, name, variables):
    pins = pin(store.oxigraph, named_queries()[name], {"actor": "Petro"}, store.base)
    text = resolve_query(name, {"actor": "Petro"}, store.base, pins=pins)
    assert f"VALUES ({variables}) {{ (<" in text and "kg:nameKey" not in text
    unpinned = resolve_query(name, {"actor": "Petro"}, store.base)
    assert "kg:nameKey" in unpinned  # what a SPARQL endpoint gets (kg push): the join itself

    def rows(sparql: str) -> list:
        result = store.oxigraph.query(sparql, use_default_graph_as_union=True)
        return [tuple(s[v] for v in result.variables) for s in result]

    assert rows(text) == rows(unpinned) and rows(text)


def test_more_pinned_rows_than_the_planner_guesses_for_a_pattern_give_the_same_facts(tmp_path):
    # over 1,000 pinned rows Oxigraph started from `?fact a kg:Fact` and joined every fact of the
    # store with the block (minutes at 1 M facts): the pinned group is a LATERAL, looked up per row
    things = [ent(f"concept/thing-{i}", f"thing {i}", "Concept") for i in range(1_100)]
    sentence = "Petro likened one thing to another."
    relations = tuple(
        Relation(PETRO, "liken", "liken", thing, prov(sentence, 100 * i, doc="many"))
        for i, thing in enumerate(things)
    )
    many = Extraction(Article("many", "", date=None), (PETRO, *things), (), relations)
    with open_store(tmp_path / "s") as store:
        store.add_extraction(sample_extraction())
        store.add_extraction(many)
        pins = pin(store.oxigraph, named_queries()["who-did-what-to-whom"], {"actor": "Petro"}, store.base)
        assert pins["actor"].count("(<") > 1_000
        text = resolve_query("who-did-what-to-whom", {"actor": "Petro"}, store.base, pins=pins)
        lateral = re.compile(r"(?m)^\s*LATERAL\s*\{\s*GRAPH \?g")
        assert lateral.search(text)
        assert not lateral.search(resolve_query("who-did-what-to-whom", {"actor": "Petro"}, store.base))
        listing = store.query("who-did-what-to-whom").records()
        expected = [r for r in listing if "Gustavo Petro" in (r["subject"], r["object"])]
        assert len(expected) > 1_100
        assert store.query("who-did-what-to-whom", actor="Petro").records() == expected


def test_a_join_a_query_repeats_is_replaced_by_its_rows_at_each_place(store):
    # actors filters by name where it finds the page's last count and where it reads the page
    pins = pin(store.oxigraph, named_queries()["actors"], {"name": "col"}, store.base)
    text = resolve_query("actors", {"name": "col"}, store.base, pins=pins)
    assert text.count(pins["name"]) == 2 and "kg:nameKey" not in text
    assert store.query("actors", name="col").column("label") == ["Colombia", "Colombian security forces"]


def test_an_unknown_name_pins_no_rows_and_finds_nothing(store):
    pins = pin(store.oxigraph, named_queries()["events"], {"actor": "Nobody At All"}, store.base)
    assert pins == {"actor": "VALUES (?event ?g) {  }"}
    assert store.query("events", actor="Nobody At All").rows == ()


def test_too_many_rows_leave_the_join_in_the_query(store, monkeypatch):
    pinned = store.query("events", actor="Petro").rows
    monkeypatch.setattr(query, "PIN_ROWS", 1)
    assert pin(store.oxigraph, named_queries()["events"], {"actor": "Petro"}, store.base) == {}
    assert store.query("events", actor="Petro").rows == pinned


def test_an_event_without_a_participant_shows_none_of_the_graphs_labels(store):
    # the label of a missing participant is looked up on rdf:nil, which has none
    placed = []
    for row in store.query("events").records():
        event = ox.NamedNode(row["event"])
        placed.append(
            any(store.oxigraph.quads_for_pattern(event, ox.NamedNode(str(vocab.KG.place)), None, None))
        )
        assert bool(row["places"]) == placed[-1], row
    assert True in placed and False in placed
    assert not list(store.oxigraph.quads_for_pattern(ox.NamedNode(str(RDF.nil)), None, None, None))


@pytest.fixture
def archive(tmp_path):
    """The sample article under five document ids, written out of their order."""
    with open_store(tmp_path / "archive") as store:
        for doc in ("d-3", "d-1", "d-4", "d-0", "d-2"):
            store.add_extraction(sample_extraction(doc=doc))
        yield store


def _pinned(store, name: str, page_end: int | None, **params: str) -> int:
    """How many rows the join of --actor pins for a page ending at `page_end`."""
    pins = pin(store.oxigraph, named_queries()[name], params, store.base, page_end)
    return pins["actor"].count("(<")


@pytest.mark.parametrize("name", ["events", "who-did-what-to-whom"])
@pytest.mark.parametrize("rejected", [False, True])
def test_pages_of_an_actor_read_the_first_documents_only_and_are_disjoint_and_complete(
    archive, name, rejected
):
    if rejected:  # a fact of the first document judged wrong: the pages go on without its rows
        petro = ox.NamedNode(summary.actor(archive, "Petro").iri)
        first = ox.NamedNode(archive.base.graph_iri("d-0"))
        fact = next(archive.oxigraph.quads_for_pattern(None, ox.NamedNode(RDF.subject), petro, first))
        record(archive, [Verdict(fact.subject.value, False)])
    whole = archive.query(name, actor="Petro").rows
    docs = [row[-1] if name == "events" else row[-2] for row in whole]
    assert docs == sorted(docs) and len(set(docs)) == 5
    pages = [
        archive.query(name, actor="Petro", limit=3, offset=at).rows for at in range(0, len(whole) + 3, 3)
    ]
    assert all(len(page) == 3 for page in pages[:-2]) and not pages[-1]
    assert joined_in_order(row for page in pages for row in page) == joined_in_order(whole)
    # a page as long as a document's rows pins that document's (and the next one's, to make up for
    # the rows a rejected fact may take out)
    every = _pinned(archive, name, None, actor="Petro")
    assert _pinned(archive, name, every // 5, actor="Petro") == every // 5 * (2 if rejected else 1)
    assert _pinned(archive, name, every, actor="Petro") == every


def test_a_parameter_that_filters_facts_leaves_every_row_pinned(archive):
    params = {"actor": "Petro", "predicate": "ordered"}
    assert _pinned(archive, "who-did-what-to-whom", 1, **params) == _pinned(
        archive, "who-did-what-to-whom", None, **params
    )
    ordered = archive.query("who-did-what-to-whom", **params).rows
    assert len(ordered) == 10
    assert archive.query("who-did-what-to-whom", limit=1, offset=9, **params).rows == ordered[9:]


@pytest.mark.parametrize("doc", ["d-0", "a b%20c", "x/y", "ends.", "..", "Zoë"])
def test_a_graph_name_spells_its_document(tmp_path, doc):
    # pages order the article graphs by the document their names spell, without reading the store
    base = vocab.Base("https://news.example.org/")
    assert base.graph_document(str(base.graph_iri(doc))) == doc
    assert base.graph_document(str(base.summary)) is None
    assert base.graph_document(str(vocab.Base().graph_iri(doc))) is None
    with open_store(tmp_path / "s", base=base.iri) as store:
        store.add_extraction(sample_extraction(doc=doc))
        ids = store.query(
            "SELECT ?g ?doc WHERE { GRAPH ?g { ?a <https://w3id.org/kg-news/ontology#documentId> ?doc } }"
        )
        assert [(base.graph_document(g), d) for g, d in ids.rows] == [(doc, doc)]
