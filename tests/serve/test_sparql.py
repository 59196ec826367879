"""The SPARQL 1.1 Protocol at /sparql and the Graph Store Protocol's GET, through Starlette's TestClient."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest
import rdflib
from starlette.testclient import TestClient

from kg.rdf.export import write_export
from kg.rdf.store import open_store
from kg.serve import create_app, open_served_store
from kg.serve.sparql import accepted
from tests.serve.conftest import LOCAL

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
PEOPLE = "SELECT ?label WHERE { ?p a kg:Person ; rdfs:label ?label } ORDER BY ?label"
# four unrelated patterns over the whole store: about 10^12 rows, never done within any time limit
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def expected_count(store_path) -> int:
    with open_store(store_path, read_only=True) as store:
        return int(store.query(COUNT).rows[0][0] or 0)


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        (None, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", "text/csv", ox.QueryResultsFormat.CSV),
        ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
        ("text/html;q=0.9, text/csv;q=0.5, */*;q=0.1", "text/csv", ox.QueryResultsFormat.CSV),
        ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ],
)
def test_select_results_in_the_negotiated_format(client, store_path, accept, media, fmt):
    headers = {"Accept": accept} if accept else {}
    response = client.get("/sparql", params={"query": COUNT}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    if fmt == ox.QueryResultsFormat.CSV:  # lossy: Oxigraph writes it but does not read it back
        assert response.text.splitlines() == ["n", str(expected_count(store_path))]
    else:
        (solution,) = ox.parse_query_results(response.content, fmt)
        assert int(solution["n"].value) == expected_count(store_path)


def test_get_post_and_form_give_the_same_answer(client):
    by_get = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "text/csv"})
    by_body = client.post(
        "/sparql", content=PEOPLE, headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"}
    )
    by_form = client.post("/sparql", data={"query": PEOPLE}, headers={"Accept": "text/csv"})
    assert by_get.status_code == by_body.status_code == by_form.status_code == 200
    assert by_get.text == by_body.text == by_form.text
    assert "Gustavo Petro" in by_get.text and "Scott Bessent" in by_get.text


def test_ask_is_a_boolean_result(client):
    response = client.get("/sparql", params={"query": 'ASK { ?p rdfs:label "Gustavo Petro" }'})
    assert response.status_code == 200
    assert response.json() == {"head": {}, "boolean": True}


@pytest.mark.parametrize(
    ("accept", "media", "fmt"),
    [
        (None, "text/turtle", ox.RdfFormat.TURTLE),
        ("application/n-triples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
        ("application/rdf+xml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    ],
)
def test_construct_and_describe_are_graphs(client, accept, media, fmt):
    headers = {"Accept": accept} if accept else {}
    query = "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }"
    response = client.get("/sparql", params={"query": query}, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    triples = {t.subject.value for t in ox.parse(response.content, format=fmt)}
    assert "https://kg.example.org/id/person/gustavo-petro" in triples
    described = client.get(
        "/sparql",
        params={"query": "DESCRIBE <https://kg.example.org/id/person/gustavo-petro>"},
        headers=headers,
    )
    assert described.status_code == 200
    assert any(str(t.object) == '"Gustavo Petro"' for t in ox.parse(described.content, format=fmt))


def test_a_results_format_for_a_graph_is_not_acceptable(client):
    response = client.get(
        "/sparql", params={"query": "CONSTRUCT WHERE { ?s a kg:Person }"}, headers={"Accept": "text/csv"}
    )
    assert response.status_code == 406
    assert "text/turtle" in response.text


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.post("/sparql", data={"update": "DROP ALL"}),
        lambda c: c.post(
            "/sparql", content="DROP ALL", headers={"Content-Type": "application/sparql-update"}
        ),
        lambda c: c.get("/sparql", params={"query": "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }"}),
        lambda c: c.get("/sparql", params={"update": "CLEAR ALL"}),
        lambda c: c.put(
            "/rdf-graphs/service?graph=http://x/",
            content="<a:b> <a:c> <a:d> .",
            headers={"Content-Type": "application/n-triples"},
        ),
        lambda c: c.delete("/rdf-graphs/service?graph=http://x/"),
    ],
    ids=["form", "sparql-update", "update-as-query", "update-param", "gsp-put", "gsp-delete"],
)
def test_updates_are_refused_and_change_nothing(client, store_path, send):
    before = expected_count(store_path)
    response = send(client)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert (
        int(client.get("/sparql", params={"query": COUNT}).json()["results"]["bindings"][0]["n"]["value"])
        == before
    )


@pytest.mark.parametrize(
    ("send", "status", "says"),
    [
        (lambda c: c.get("/sparql"), 400, "exactly one"),
        (lambda c: c.get("/sparql", params={"query": "SELECT * WHERE {"}), 400, "not valid SPARQL"),
        (
            lambda c: c.post("/sparql", content="SELECT", headers={"Content-Type": "text/plain"}),
            415,
            "sparql-query",
        ),
    ],
)
def test_bad_requests_say_what_is_wrong(client, send, status, says):
    response = send(client)
    assert response.status_code == status
    assert says in response.text


def test_the_time_limit_stops_a_slow_query_and_the_next_one_runs(client):
    started = time.monotonic()
    response = client.get("/sparql", params={"query": SLOW})
    took = time.monotonic() - started
    assert response.status_code == 503
    assert "limit of 3 s" in response.text and "--query-timeout" in response.text
    assert took < 3.0 + 10.0  # stopped near the limit, not after the ~10^12 rows
    assert client.get("/sparql", params={"query": COUNT}).status_code == 200  # the worker was replaced


def test_the_dataset_can_be_one_graph(client, store_path):
    with open_store(store_path, read_only=True) as store:
        graph = store.graphs()[0]
        triples = store.count(graph)
    response = client.get("/sparql", params={"query": COUNT, "default-graph-uri": graph})
    assert int(response.json()["results"]["bindings"][0]["n"]["value"]) == triples
    union = client.get("/sparql", params={"query": COUNT, "union-default-graph": ""})
    assert int(union.json()["results"]["bindings"][0]["n"]["value"]) > triples


def test_graph_store_get_returns_one_article_graph(client, store_path):
    with open_store(store_path, read_only=True) as store:
        graph = store.graphs()[0]
        triples = store.count(graph)
    response = client.get("/rdf-graphs/service", params={"graph": graph})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=response.text, format="turtle")) == triples
    nt = client.get(
        "/rdf-graphs/service", params={"graph": graph}, headers={"Accept": "application/n-triples"}
    )
    assert (
        nt.headers["content-type"].startswith("application/n-triples")
        and len(nt.text.splitlines()) == triples
    )


@pytest.mark.parametrize(
    ("params", "status"),
    [({"graph": "https://kg.example.org/graph/nope"}, 404), ({"graph": "not an iri"}, 400), ({}, 400)],
)
def test_graph_store_get_of_an_unknown_graph(client, params, status):
    assert client.get("/rdf-graphs/service", params=params).status_code == status


def test_accept_headers_are_ranked_by_quality():
    assert accepted("text/csv;q=0.2, application/json, text/turtle;q=0.8, image/png;q=0") == (
        "application/json",
        "text/turtle",
        "text/csv",
    )
    assert accepted(None) == ()


def test_an_rdf_file_is_served_too(store_path, tmp_path):
    with open_store(store_path, read_only=True) as store:
        write_export(store, tmp_path / "graph.trig")
    served = open_served_store(tmp_path / "graph.trig")
    with TestClient(create_app(served, query_workers=1), base_url=LOCAL) as client:
        answer = client.get("/sparql", params={"query": PEOPLE}, headers={"Accept": "text/csv"})
        page = client.get("/actor", params={"name": "Petro"})
    served.close()
    assert answer.status_code == 200 and "Gustavo Petro" in answer.text
    assert page.status_code == 200 and "2025-11-11" in page.text
