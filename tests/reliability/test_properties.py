"""Property-based tests: label normalisation, and export → parse round trips with arbitrary Unicode."""

from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.nlp.entities import entity_id, slug
from kg.rdf import open_store
from kg.rdf.export import export
from kg.rdf.quads import extraction_quads
from kg.rdf.store import Store
from kg.types import Article, Entity, Event, Extraction, Literal, Provenance, Relation

# any Unicode text except lone surrogates, which no UTF-8 file can hold
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(str.strip)


@given(TEXT)
def test_slug_is_a_stable_single_segment(text):
    s = slug(text)
    assert s and "/" not in s and not any(c.isspace() for c in s)
    assert slug(s) == s  # normalising twice changes nothing
    assert entity_id("Person", text) == f"person/{s}"


@given(TEXT)
def test_surrounding_space_does_not_change_the_key(text):
    assert slug(f"  {text}\n\t") == slug(text)


def extraction(label: str, alias: str, title: str, sentence: str, doc: str) -> Extraction:
    subject = Entity(id=f"person/{label}", label=label, type="Person", aliases=(alias,))
    target = Entity(id=f"organization/{alias}", label=alias, type="Organization")
    prov = Provenance(doc=doc, sentence=sentence, start=0, end=len(sentence), confidence=0.5)
    event = Event(
        id=f"event/{doc}/1",
        type="Attack",
        label=sentence[:20] or "x",
        trigger="attacked",
        provenance=prov,
        roles=(("agent", subject), ("target", target)),
        date=dt.date(2024, 1, 2),
        date_text=sentence[:10],
    )
    return Extraction(
        article=Article(id=doc, text=sentence, title=title, date=dt.date(2024, 1, 2), source=title),
        entities=(subject, target),
        events=(event,),
        relations=(
            Relation(subject, "attacked", "attacked", target, prov, event=event.id),
            Relation(subject, f"say-{alias}", f"said {alias}", Literal(sentence), prov, attribution=alias),
        ),
    )


def sorted_quads(quads) -> list[str]:
    return sorted(str(q) for q in quads)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=TEXT, alias=TEXT, title=TEXT, sentence=TEXT, doc=TEXT)
def test_any_unicode_survives_store_export_and_parse(tmp_path_factory, label, alias, title, sentence, doc):
    ex = extraction(label, alias, title, sentence, doc)
    expected = list(extraction_quads(ex))
    with open_store(tmp_path_factory.mktemp("s")) as store:
        store.add_extraction(ex)
        assert sorted_quads(
            q for q in store.quads() if q.graph_name.value.startswith("https://kg.example.org/graph/")
        ) == sorted_quads(expected)
        trig = export(store, "trig")
        nq = export(store, "nq")
        jsonld = export(store, "jsonld")
    reread = list(ox.parse(trig, format=ox.RdfFormat.TRIG))
    assert sorted_quads(reread) == sorted_quads(list(ox.parse(nq, format=ox.RdfFormat.N_QUADS)))
    ds = rdflib.Dataset()
    ds.parse(data=trig, format="trig")
    literals = {str(o) for _, _, o, _ in ds.quads() if isinstance(o, rdflib.Literal)}
    assert {label, alias, title, sentence} <= literals  # exact text back, whatever it holds
    assert len(list(ox.parse(jsonld, format=ox.RdfFormat.JSON_LD))) == len(reread)
    in_memory = Store(ox.Store(), "mem")
    in_memory.oxigraph.extend(reread)
    assert sorted_quads(in_memory.quads()) == sorted_quads(reread)
