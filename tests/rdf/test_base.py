"""Your own namespace: `kg build --base IRI` mints every data IRI under it, the store remembers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.errors import InputError, StoreError
from kg.rdf import vocab
from kg.rdf.export import export, write_export
from kg.rdf.quads import fact_iri
from kg.rdf.store import open_store
from kg.rdf.verdicts import Verdict, record
from tests.build.conftest import write_corpus
from tests.conftest import SAMPLE
from tests.rdf.conftest import sample_extraction

runner = CliRunner()
NEW = "https://data.example-newsroom.org/"
OLD = vocab.DEFAULT_BASE
ROOT = Path(__file__).resolve().parents[2]


def invoke(*args: object):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built by `kg build --base NEW` from the sample article and a small corpus, so that it
    also has resolution and corroboration graphs, with one verdict recorded."""
    tmp = tmp_path_factory.mktemp("base")
    write_corpus(tmp / "corpus", n=3)
    location = tmp / "store"
    result = invoke("build", SAMPLE, tmp / "corpus", "--store", location, "--base", NEW)
    assert result.exit_code == 0, result.output
    with open_store(location) as store:
        fact = store.query(f"SELECT ?f WHERE {{ GRAPH ?g {{ ?f a <{vocab.KG.Fact}> }} }} LIMIT 1").rows[0][0]
        assert fact is not None
        record(store, [Verdict(fact, False, "wrong-direction", reviewer="ana", doc="story-00")])
    return location


def test_a_build_with_base_exports_no_iri_under_the_old_base(built):
    with open_store(built, read_only=True) as store:
        assert store.base.iri == NEW
        assert store.graphs() and all(g.startswith(NEW + "graph/") for g in store.graphs())
        names = {q.graph_name.value for q in store.quads()}
        assert NEW + "verdicts" in names and names <= {
            *store.graphs(),
            str(vocab.ONTOLOGY_GRAPH),
            NEW + "verdicts",
            NEW + "derived/resolution",
            NEW + "derived/corroboration",
            NEW + "summary",
        }
        for fmt in ("trig", "nq", "ttl"):
            text = export(store, fmt, ontology=True, verdicts=True).decode("utf-8")
            assert OLD not in text, fmt
            assert NEW in text, fmt


def test_later_builds_reuse_the_stored_base(built):
    result = invoke("build", SAMPLE, "--store", built, "--force")
    assert result.exit_code == 0, result.output
    with open_store(built, read_only=True) as store:
        assert store.base.iri == NEW
        assert not any(q.subject.value.startswith(OLD) for q in store.quads())


def test_another_base_on_an_existing_store_is_an_error(built):
    with pytest.raises(StoreError, match=f"under the base IRI {NEW}, not https://other.example.org/"):
        kg.build([SAMPLE], store=built, base="https://other.example.org/")
    result = invoke("build", SAMPLE, "--store", built, "--base", "https://other.example.org/")
    assert result.exit_code == 1 and f"under the base IRI {NEW}" in result.output, result.output
    with open_store(built, read_only=True) as store:  # nothing was written under the other base
        assert store.base.iri == NEW


@pytest.mark.parametrize(
    "bad",
    [
        "data.example.org/",
        "https://example.org/no slash",
        "https://example.org/x",
        "https://w3id.org/kg-news/",
    ],
)
def test_a_malformed_base_is_refused(bad, tmp_path):
    with pytest.raises(StoreError, match="base IRI"):
        open_store(tmp_path / "store", base=bad)


def test_an_export_remembers_its_base(built, tmp_path):
    with open_store(built, read_only=True) as store:
        write_export(store, tmp_path / "graph.trig", verdicts=True, include_rejected=True)
        graphs = store.graphs()
        events = store.query("events", rejected="yes")
    with open_store(tmp_path / "graph.trig") as copy:
        assert copy.base.iri == NEW
        assert copy.graphs() == graphs
        # (GROUP_CONCAT's order may differ between the two stores: compare the events)
        assert sorted(copy.query("events", rejected="yes").column("event")) == sorted(events.column("event"))
        assert events.rows


def test_named_queries_leave_out_rejected_facts_under_the_new_base(tmp_path):
    with open_store(tmp_path / "store", base=NEW) as store:
        ex = sample_extraction()
        store.add_extraction(ex)
        before = store.query("who-did-what-to-whom")
        sanction = next(r for r in ex.relations if r.predicate == "sanctioned")
        fact = fact_iri(ex.article.id, sanction, store.base).value
        assert fact.startswith(NEW + "id/fact/")
        record(store, [Verdict(fact, False, "wrong-direction")])
        after = store.query("who-did-what-to-whom")
        assert len(after) == len(before) - 1
        assert len(store.query("who-did-what-to-whom", rejected="yes")) == len(before)
        assert store.query(
            f"ASK {{ GRAPH <{NEW}verdicts> {{ ?v <{vocab.KG.reviewedFact}> <{fact}> }} }}"
        ).rows == (("true",),)


def test_a_verdict_on_another_stores_fact_is_refused(built):
    with open_store(built) as store, pytest.raises(InputError, match="base IRI"):
        record(store, [Verdict(OLD + "id/fact/doc/0123456789abcdef", True)])


def test_queries_and_shapes_name_the_data_by_prefix_never_by_the_base():
    files = [*(ROOT / "kg" / "rdf" / "queries").glob("*.rq"), ROOT / "ontology" / "shapes.ttl"]
    assert len(files) > 2
    for path in files:
        assert OLD not in path.read_text(encoding="utf-8"), path
    assert "GRAPH data:verdicts" in (ROOT / "kg" / "rdf" / "queries" / "events.rq").read_text(
        encoding="utf-8"
    )
