"""`kg serve` as a user runs it: clear one-line errors, a real server that SPARQL clients (kg's own
`query_endpoint`, rdflib's SPARQLStore, plain HTTP) can use, and no worker left behind when it stops."""

from __future__ import annotations

import socket
import urllib.error
import urllib.request

import psutil
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.rdf.push import query_endpoint
from kg.rdf.store import open_store
from tests.conftest import kg
from tests.serve.conftest import Server, free_port


def test_a_missing_store_is_one_line(tmp_path):
    result = kg("serve", "--store", tmp_path / "nothing")
    assert result.exit_code == 1
    assert result.stderr.startswith("kg: error: no graph store at") and result.stderr.count("\n") == 1


def test_a_taken_port_is_one_line(store_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", free_port()))
        taken.listen()
        port = taken.getsockname()[1]
        result = kg("serve", "--store", store_path, "--port", port)
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr and "--port" in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_store_being_built_is_refused(tmp_path, store_path):
    path = tmp_path / "busy"
    with open_store(path):  # holds the write lock, as a running `kg build` does
        result = kg("serve", "--store", path, "--port", free_port())
    assert result.exit_code == 1
    assert "being written by another process" in result.stderr and result.stderr.count("\n") == 1


def test_a_bad_time_limit_is_refused(store_path):
    result = kg("serve", "--store", store_path, "--query-timeout", "0")
    assert result.exit_code == 1 and "--query-timeout" in result.stderr


@pytest.mark.integration
def test_kg_query_endpoint_reads_it_as_it_reads_the_store(server, store_path):
    remote = query_endpoint(server.url + "/sparql", "events", {"actor": "Gustavo Petro"})
    with open_store(store_path, read_only=True) as store:
        local = store.query("events", actor="Gustavo Petro")
    assert remote == local and len(local) == 3


@pytest.mark.integration
def test_rdflib_sparqlstore_reads_it(server):
    graph = rdflib.Graph(SPARQLStore(server.url + "/sparql", returnFormat="json"))
    rows = graph.query(
        "SELECT ?who WHERE { ?s <https://w3id.org/kg-news/ontology#agent> ?a . ?a <http://www.w3.org/2000/01/rdf-schema#label> ?who . "
        "?s a <https://w3id.org/kg-news/ontology#Sanction> }"
    )
    assert {str(row.who) for row in rows} >= {"Trump administration"}
    assert (
        rdflib.URIRef("https://kg.example.org/id/person/gustavo-petro"),
        rdflib.RDFS.label,
        rdflib.Literal("Gustavo Petro"),
    ) in graph


@pytest.mark.integration
def test_plain_http_updates_are_refused(server):
    request = urllib.request.Request(
        server.url + "/sparql",
        data=b"update=DROP%20ALL",
        method="POST",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    refused.value.close()
    with urllib.request.urlopen(
        server.url + "/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D", timeout=10
    ) as answer:
        body = answer.read()
    assert bool(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))


@pytest.mark.integration
def test_stopping_the_server_stops_its_query_workers(store_path, tmp_path):
    running = Server(store_path, tmp_path / "serve.log")
    with urllib.request.urlopen(running.url + "/sparql?query=ASK%7B%7D", timeout=30):
        pass  # the workers have started
    workers = [
        p
        for p in psutil.Process(running.process.pid).children(recursive=True)
        if "kg.serve.workers" in " ".join(p.cmdline())
    ]
    assert len(workers) == 2
    running.stop()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive
    log = (tmp_path / "serve.log").read_text()
    assert "serving" in log and "Traceback" not in log


def test_a_directory_that_is_no_store_is_refused_and_left_alone(tmp_path):
    (tmp_path / "notes").mkdir()
    result = kg("serve", "--store", tmp_path / "notes", "--port", free_port())
    assert result.exit_code == 1 and "cannot open graph store" in result.stderr
    assert list((tmp_path / "notes").iterdir()) == []
