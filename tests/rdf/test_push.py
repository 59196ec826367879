"""`kg push` to a real `oxigraph serve` over the Graph Store Protocol, then compare answers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf.push import push_store, query_endpoint
from tests.rdf.conftest import hostile_extraction, sample_extraction

pytestmark = pytest.mark.integration

# the article graphs (and verdicts): the ontology and the summary graph, derived from them, go too
COUNT = (
    "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
    "FILTER(?g NOT IN (<https://w3id.org/kg-news/ontology>, <https://kg.example.org/summary>)) }"
)


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.fail("the `oxigraph` server is missing: pip install 'kg[test]' (PyPI package oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    """A fresh `oxigraph serve` on a free loopback port; yields its base URL and stops it after."""
    port = _free_port()
    log = tmp_path / "oxigraph.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [_oxigraph(), "serve", "--location", str(tmp_path / "server"), "--bind", f"127.0.0.1:{port}"],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):  # wait until it answers (readiness, not a timing assertion)
            try:
                urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"oxigraph serve exited: {log.read_text(errors='replace')}")
                time.sleep(0.05)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_push_gives_the_server_the_same_graph_and_answers(server, store):
    store.add_extraction(hostile_extraction())
    report = push_store(store, server + "/store")
    assert report.graphs == store.graphs() and report.triples == store.count()
    assert query_endpoint(server + "/query", COUNT).rows == ((str(store.count()),),)
    for name in ("actors", "who-did-what-to-whom", "events", "casualties"):
        assert query_endpoint(server + "/query", name) == store.query(name), name
    assert query_endpoint(server + "/query", "events", {"actor": "Gustavo Petro"}) == store.query(
        "events", actor="Gustavo Petro"
    )


def test_pushing_again_replaces_each_graph(server, store):
    push_store(store, server + "/store")
    store.add_extraction(sample_extraction())  # same article again
    push_store(store, server + "/store")
    assert query_endpoint(server + "/query", COUNT).rows == ((str(store.count()),),)


def test_kg_push_command(server, store):
    store.close()
    result = CliRunner().invoke(app, ["push", "--store", store.location, "--graph-store", server + "/store"])
    assert result.exit_code == 0, result.output
    assert "pushed 1 graph(s)" in result.stdout


def test_verdicts_are_pushed_and_the_server_leaves_rejected_facts_out_too(server, store):
    from kg.rdf import vocab
    from kg.rdf.quads import fact_iri
    from kg.rdf.verdicts import Verdict, record

    ex = sample_extraction()
    sanction = next(r for r in ex.relations if r.predicate == "sanctioned")
    record(store, [Verdict(fact_iri(ex.article.id, sanction).value, False, "wrong-direction")])
    report = push_store(store, server + "/store")
    assert str(vocab.VERDICT_GRAPH) in report.graphs
    for name in ("who-did-what-to-whom", "events"):
        assert query_endpoint(server + "/query", name) == store.query(name), name
    assert "sanctioned" not in query_endpoint(server + "/query", "who-did-what-to-whom").column("predicate")


def test_an_answer_that_is_not_sparql_results_is_a_store_error():
    import http.server
    import threading

    from kg.errors import StoreError

    class Page(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<html>a web page, not a SPARQL endpoint</html>")

        def log_message(self, *args):
            pass

    with http.server.HTTPServer(("127.0.0.1", 0), Page) as page:
        threading.Thread(target=page.handle_request, daemon=True).start()
        with pytest.raises(StoreError, match="did not answer with SPARQL JSON results"):
            query_endpoint(f"http://127.0.0.1:{page.server_port}/", "SELECT * WHERE { ?s ?p ?o }")
