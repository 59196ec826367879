"""Incremental, idempotent and parallel builds give the same graph."""

from __future__ import annotations

import dataclasses

import pytest

import kg.parallel
import kg.pipeline
from kg.errors import InputError, KGError, ModelError
from kg.pipeline import build
from kg.rdf import open_store
from kg.rdf.store import Store


def quads(store) -> set[str]:
    return {str(q) for q in store.quads()}


def test_rebuilding_an_unchanged_corpus_does_no_nlp_work(corpus, tmp_path, monkeypatch):
    with open_store(tmp_path / "s") as store:
        first = build([corpus], store)
        before = quads(store)
        calls = []
        real = kg.parallel.extract_batch
        monkeypatch.setattr(kg.parallel, "extract_batch", lambda *a, **k: calls.append(a) or real(*a, **k))
        again = build([corpus], store)
        assert len(first.articles) == 6 and first.unchanged == 0
        assert again.unchanged == 6 and not again.articles and calls == []
        assert quads(store) == before


def test_a_changed_article_replaces_its_graph(corpus, tmp_path):
    with open_store(tmp_path / "s") as store:
        build([corpus], store)
        path = corpus / "story-02.txt"
        path.write_text(path.read_text().replace("Police", "Soldiers"), encoding="utf-8")
        report = build([corpus], store)
        assert list(report.articles) == ["story-02"] and report.unchanged == 5
        labels = {
            row[0].lower()
            for row in store.query(
                "SELECT ?l WHERE { GRAPH ?g { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } }"
            ).rows
        }
        assert "soldiers" in labels and "police" not in labels
    with open_store(tmp_path / "fresh") as fresh:
        build([corpus], fresh)
        with open_store(tmp_path / "s", read_only=True) as store:
            assert quads(store) == quads(fresh)


def test_an_interrupted_build_resumes_without_duplicates(corpus, tmp_path):
    def stop_after_two(result, seen=[]):  # noqa: B006 - counts across calls
        seen.append(result.doc_id)
        if len(seen) == 2:
            raise KeyboardInterrupt

    with open_store(tmp_path / "s") as store:
        with pytest.raises(KeyboardInterrupt):
            build([corpus], store, progress=stop_after_two)
        assert len(store.graphs()) == 2
        resumed = build([corpus], store)
        assert resumed.unchanged == 2 and len(resumed.articles) == 4
        with open_store(tmp_path / "clean") as clean:
            build([corpus], clean)
            assert quads(store) == quads(clean)


def test_new_articles_are_bulk_loaded_in_bounded_batches(corpus, tmp_path, monkeypatch):
    batches = []
    real = Store.add_new_graphs
    monkeypatch.setattr(kg.pipeline, "BULK_QUADS", 1)  # one bulk load per article
    monkeypatch.setattr(
        Store, "add_new_graphs", lambda self, q, **kw: batches.append(q) or real(self, q, **kw)
    )
    with open_store(tmp_path / "bulk") as bulk, open_store(tmp_path / "one") as one:
        report = build([corpus], bulk)
        assert len(batches) == 6 and sum(report.articles.values()) == bulk.count()
        # an article at a time through add_extraction's path (replace_graph) writes the same quads
        for batch in batches:
            graph = batch[0].graph_name.value
            one.replace_graph(graph, [q for q in batch if q.graph_name.value == graph])
        one.ensure_ontology()
        assert quads(one) <= quads(bulk)  # bulk also holds what resolving the build added


def test_an_article_a_crash_cut_short_in_a_bulk_load_is_written_again(corpus, tmp_path, monkeypatch):
    real = Store._bulk_extend

    def crash_after_loading(self, q, hashes=None):
        real(self, q, hashes)
        raise KeyboardInterrupt  # before the content hashes go in

    with open_store(tmp_path / "s") as store:
        monkeypatch.setattr(Store, "_bulk_extend", crash_after_loading)
        with pytest.raises(KeyboardInterrupt):
            build([corpus], store)
        assert len(store.graphs()) == 6 and not store.content_hashes()
        monkeypatch.setattr(Store, "_bulk_extend", real)
        again = build([corpus], store)
        assert again.unchanged == 0 and len(again.articles) == 6
        with open_store(tmp_path / "clean") as clean:
            build([corpus], clean)
            assert quads(store) == quads(clean)


def test_two_worker_processes_build_the_same_graph(corpus, tmp_path):
    with open_store(tmp_path / "one") as one, open_store(tmp_path / "two") as two:
        build([corpus], one, workers=1)
        report = build([corpus], two, workers=2, batch_size=2)
        assert len(report.articles) == 6
        assert quads(one) == quads(two)


def test_a_bad_file_is_reported_and_the_others_built(corpus, tmp_path):
    (corpus / "broken.txt").write_bytes(b"\xff\x00\x01binary")
    (corpus / "empty.txt").write_text("  \n", encoding="utf-8")
    errors = []
    with open_store(tmp_path / "s") as store:
        report = build([corpus], store, on_error=errors.append)
        assert len(report.articles) == 6 and len(store.graphs()) == 6
        assert len(errors) == 2 and {"broken.txt", "empty.txt"} == {
            name for e in errors for name in ("broken.txt", "empty.txt") if name in str(e)
        }
        with pytest.raises(KGError, match="broken.txt"):
            build([corpus], store, force=True)


def test_duplicate_article_ids_are_refused(corpus, tmp_path):
    sub = corpus / "again"
    sub.mkdir()
    (sub / "story-01.txt").write_text("Rebels attacked the town.", encoding="utf-8")
    errors = []
    with open_store(tmp_path / "s") as store:
        build([corpus], store, on_error=errors.append)
    assert len(errors) == 1 and "used twice" in str(errors[0])


@pytest.mark.integration
@pytest.mark.slow
def test_a_dask_cluster_builds_the_same_graph(corpus, tmp_path):
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        open_store(tmp_path / "dask") as remote,
        open_store(tmp_path / "local") as local,
    ):
        report = build([corpus], remote, executor="dask", scheduler=cluster.scheduler_address, batch_size=2)
        build([corpus], local)
        assert len(report.articles) == 6
        assert quads(remote) == quads(local)


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def same_as(store) -> set[tuple[str, str]]:
    return {
        (s.rsplit("/", 1)[1], o.rsplit("/", 1)[1])
        for s, o in store.query(
            "SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/2002/07/owl#sameAs> ?o } }"
        ).rows
    }


def test_surnames_link_to_a_unique_full_name_across_articles(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "a.txt", "date 2024-05-01\nPresident Gustavo Petro criticised the raids on Monday.\n")
    write(docs, "b.txt", "date 2024-05-02\nPetro said the strikes must end.\n")
    write(docs, "c.txt", "date 2024-05-02\nSmith said the plan would fail.\n")
    write(docs, "d.txt", "date 2024-05-03\nSmith said the bank would open a branch.\n")
    with open_store(tmp_path / "s") as store:
        build([docs], store)
        assert same_as(store) == {("petro~b", "gustavo-petro")}
        people = {
            row[0]
            for row in store.query(
                "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a <https://w3id.org/kg-news/ontology#Person> } }"
            ).rows
        }
        smiths = {p for p in people if "/smith" in p}
        assert len(smiths) == 2  # two unrelated Smiths stay apart
        write(docs, "e.txt", "date 2024-05-04\nJohn Smith met Petro.\n")
        write(docs, "f.txt", "date 2024-05-04\nAnna Smith met the minister.\n")
        build([docs], store)
        assert not any("smith" in s for s, _ in same_as(store))  # two full-name Smiths: no guess


def test_an_event_reported_by_several_articles_is_corroborated(tmp_path):
    docs = tmp_path / "docs"
    write(docs, "one.txt", "date 2024-06-03\nThe European Union imposed sanctions on Iran on Monday.\n")
    write(docs, "two.txt", "date 2024-06-04\nThe European Union imposed sanctions on Iran on Tuesday.\n")
    write(docs, "three.txt", "date 2024-09-01\nThe European Union imposed sanctions on Iran on Friday.\n")
    with open_store(tmp_path / "s") as store:
        report = build([docs], store)
        assert report.resolved.corroborated == 1
        rows = store.query("""
            SELECT ?c ?n (COUNT(DISTINCT ?e) AS ?events) WHERE { GRAPH ?g {
              ?c a <https://w3id.org/kg-news/ontology#CorroboratedEvent> ;
                 <https://w3id.org/kg-news/ontology#supportCount> ?n ;
                 <https://w3id.org/kg-news/ontology#corroborates> ?e } } GROUP BY ?c ?n""").rows
        assert [(n, e) for _, n, e in rows] == [("2", "2")]  # September's sanctions are another event
        assert len(store.graphs()) == 3


def test_an_error_in_a_worker_process_keeps_its_class(corpus, tmp_path, monkeypatch):
    import kg.rdf.quads

    real = kg.rdf.quads.extraction_quads

    def refuse_story_03(ex, **kwargs):
        if ex.article.id == "story-03":
            raise InputError("no usable text")
        return real(ex, **kwargs)

    # set before the pool forks, so the worker processes raise it
    monkeypatch.setattr(kg.rdf.quads, "extraction_quads", refuse_story_03)
    errors: list[KGError] = []
    with open_store(tmp_path / "s") as store:
        report = build([corpus], store, workers=2, batch_size=2, on_error=errors.append)
        assert [type(err) for err in errors] == [InputError]
        assert str(errors[0]).endswith("story-03.txt: no usable text")
        assert len(report.articles) == 5
    with (
        open_store(tmp_path / "raising") as store,
        pytest.raises(InputError, match="story-03.txt: no usable text"),
    ):
        build([corpus], store, workers=2, batch_size=2)


def test_a_missing_model_in_worker_processes_is_a_model_error(corpus, tmp_path):
    with (
        open_store(tmp_path / "s") as store,
        pytest.raises(ModelError, match="'no_such_model' is not installed"),
    ):
        build([corpus], store, workers=2, model="no_such_model")


def test_rebuild_summary_recomputes_the_summary_graph(corpus, tmp_path):
    import pyoxigraph as ox

    from tests.conftest import kg as invoke

    location = tmp_path / "s"
    assert invoke("build", str(corpus), "--store", str(location)).exit_code == 0
    with open_store(location) as store:
        summary = ox.NamedNode(str(store.base.summary))
        good = set(store.quads(summary.value))
        assert good
        store.oxigraph.remove_graph(summary)
        store.oxigraph.add(ox.Quad(summary, summary, summary, summary))  # made wrong by hand
    result = invoke("build", str(corpus), "--store", str(location), "--rebuild-summary")
    assert result.exit_code == 0, result.output
    assert "0 article(s)" in result.output  # nothing re-extracted, yet the summary is whole again
    with open_store(location, read_only=True) as store:
        assert set(store.quads(summary.value)) == good


@pytest.mark.parametrize("summary_quads", [1, 10**9])
def test_the_writer_takes_loaded_graphs_into_the_summary_in_batches(tmp_path, monkeypatch, summary_quads):
    from kg.rdf import summary_upkeep
    from kg.rdf.quads import extraction_quads
    from tests.rdf.conftest import sample_extraction

    monkeypatch.setattr(kg.pipeline, "BULK_QUADS", 1)  # one bulk load per article
    monkeypatch.setattr(kg.pipeline, "SUMMARY_QUADS", summary_quads)  # summary after each, or on close
    with open_store(tmp_path / "s") as store:
        writer = kg.pipeline.GraphWriter(store)
        first = sample_extraction("a")
        for ex in (first, sample_extraction("b"), dataclasses.replace(first, relations=first.relations[2:])):
            writer.write(ex.article.id, extraction_quads(ex, base=store.base))
        writer.close()
        written = set(store.quads(str(store.base.summary)))
        summary_upkeep.rebuild(store)
        assert written == set(store.quads(str(store.base.summary)))
