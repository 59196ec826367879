"""`kg build | query | export | push | validate` in-process through typer's CliRunner."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph

from kg.rdf.export import FORMATS
from tests.conftest import SAMPLE
from tests.conftest import kg as invoke


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A store built from data/articles by `kg build`."""
    location = tmp_path_factory.mktemp("cli") / "store"
    result = invoke("build", SAMPLE, "--store", location)
    assert result.exit_code == 0, result.output
    return location


def test_build_twice_gives_the_same_triple_count(built):
    before = invoke(
        "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", built
    ).output
    result = invoke("build", SAMPLE, "--store", built)
    assert result.exit_code == 0, result.output
    assert "holds 1 graph(s)" in result.output
    after = invoke(
        "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "--store", built
    ).output
    assert before == after


def test_default_store_is_said_once(tmp_path, monkeypatch, store):
    monkeypatch.chdir(tmp_path)
    result = invoke("query", "--list")
    assert "using store" not in result.output  # --list needs no store
    missing = invoke("query", "actors")
    assert "using store .kg/" in missing.stderr
    assert missing.exit_code == 1 and "kg build" in missing.stderr


def test_list_names_every_query_and_its_parameters():
    result = invoke("query", "--list")
    assert result.exit_code == 0
    for name in ("actors", "who-did-what-to-whom", "events", "casualties"):
        assert f"{name}:" in result.stdout
    assert "--actor" in result.stdout and "--param predicate=" in result.stdout


def test_named_queries_on_the_sample_article(built):
    who = invoke(
        "query",
        "who-did-what-to-whom",
        "--actor",
        "Gustavo Petro",
        "-p",
        "predicate=sanctioned",
        "--format",
        "json",
        "--store",
        built,
    )
    assert who.exit_code == 0, who.output
    assert "Trump administration" in {r["subject"] for r in json.loads(who.stdout)}
    casualties = json.loads(invoke("query", "casualties", "--format", "json", "--store", built).stdout)
    assert any(r["quantity"] == "75" and r["qualifier"] == "at least" for r in casualties)
    events = json.loads(
        invoke("query", "events", "--actor", "Gustavo Petro", "--format", "json", "--store", built).stdout
    )
    assert any(r["class"] == "Order" and r["date"] == "2025-11-11" for r in events)
    dated = json.loads(invoke("query", "events", "--format", "json", "--store", built).stdout)
    # "on Tuesday" and "on Oct 24" date theirs; "killed … since August" opens a span, no date of its own
    assert sum(1 for r in dated if r["date"]) >= 2
    assert not any(r["date"].startswith("2025-08") for r in dated if r["date"]), dated


def test_the_graph_built_from_data_conforms(built):
    result = invoke("validate", "--store", built)
    assert result.exit_code == 0, result.output


def test_query_from_file_and_csv(tmp_path, store):
    q = tmp_path / "q.rq"
    q.write_text(
        "SELECT ?l WHERE { ?e a <https://w3id.org/kg-news/ontology#Killing> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    )
    result = invoke("query", "--file", q, "--format", "csv", "--store", store.location)
    assert result.exit_code == 0, result.output
    assert result.stdout == "l\nkilled\n"


def test_update_needs_the_flag(store):
    store.close()
    delete = "DELETE WHERE { GRAPH ?g { ?s a <https://w3id.org/kg-news/ontology#Killing> } }"
    refused = invoke("query", delete, "--store", store.location)
    assert refused.exit_code == 1 and "--update" in refused.stderr
    applied = invoke("query", delete, "--update", "--store", store.location)
    assert applied.exit_code == 0, applied.output


def test_export_and_query_the_file(tmp_path, store):
    triples = store.count()
    store.close()
    out = tmp_path / "g.ttl"
    result = invoke("export", "-o", out, "--store", store.location)
    assert result.exit_code == 0, result.output
    assert len(Graph().parse(out)) == triples  # one article graph: Turtle's merge loses nothing
    casualties = invoke("query", "casualties", "--format", "csv", "--store", out)
    assert casualties.exit_code == 0 and ",75,at least," in casualties.stdout
    trig = invoke("export", "--format", "trig", "--store", out)
    assert trig.exit_code == 0 and "https://w3id.org/kg-news/ontology#" in trig.stdout


def test_export_a_property_graph_as_graphml_and_neo4j_csv(tmp_path, store):
    import networkx as nx

    store.close()
    out = tmp_path / "g.graphml"
    result = invoke("export", "-o", out, "--store", store.location)
    assert result.exit_code == 0 and "(graphml)" in result.stderr, result.output
    G = nx.read_graphml(out)
    assert G.nodes["https://kg.example.org/id/person/gustavo-petro"]["label"] == "Gustavo Petro"
    result = invoke("export", "--format", "csv", "-o", tmp_path / "neo4j", "--store", store.location)
    assert result.exit_code == 0, result.output
    assert f"wrote {tmp_path / 'neo4j' / 'nodes.csv'} and {tmp_path / 'neo4j' / 'edges.csv'}" in result.stderr
    nodes = (tmp_path / "neo4j" / "nodes.csv").read_text(encoding="utf-8").splitlines()
    assert nodes[0].startswith("id:ID,label,:LABEL,") and len(nodes) == G.number_of_nodes() + 1
    result = invoke("export", "--format", "csv", "--store", store.location)
    assert result.exit_code == 1 and "give a directory or a NAME.csv" in result.stderr


def test_validate_exit_codes(store):
    location = store.location
    store.close()
    assert invoke("validate", "--store", location).exit_code == 0
    bad = "INSERT DATA { GRAPH <https://kg.example.org/graph/colombia-us> { <https://kg.example.org/id/event/colombia-us/1> <https://w3id.org/kg-news/ontology#confidence> 7 } }"
    assert invoke("query", bad, "--update", "--store", location).exit_code == 0
    result = invoke("validate", "--store", location)
    assert result.exit_code == 1 and "[0, 1]" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "SELEC nonsense"], "not valid SPARQL"),
        (["query", "no-such-query"], "unknown named query"),
        (["export", "--graph", "no-such-doc"], "no graph"),
        (["push", "--graph-store", "http://127.0.0.1:9/store"], "cannot reach"),
    ],
)
def test_errors_are_one_line_and_exit_1(store, args, message):
    store.close()
    proc = invoke(*args, "--store", store.location)
    assert proc.exit_code == 1, proc.output
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0], proc.stderr


def test_export_formats_are_the_library_formats():
    from kg.cli.graph import ExportFormat

    assert [f.value for f in ExportFormat] == list(FORMATS)


def test_executors_are_the_library_executors():
    from kg.cli.graph import Executor
    from kg.parallel import EXECUTORS

    assert tuple(e.value for e in Executor) == EXECUTORS


def test_query_pages_in_every_format(built):
    whole = invoke("query", "who-did-what-to-whom", "--format", "json", "--store", built)
    rows = json.loads(whole.stdout)
    assert whole.exit_code == 0 and len(rows) > 4
    first = json.loads(
        invoke("query", "who-did-what-to-whom", "--format", "json", "--limit", "3", "--store", built).stdout
    )
    rest = invoke("query", "who-did-what-to-whom", "--format", "csv", "--offset", "3", "--store", built)
    assert rest.exit_code == 0, rest.output
    assert first == rows[:3] and len(rest.stdout.splitlines()) == 1 + len(rows) - 3
    table = invoke("query", "who-did-what-to-whom", "--limit", "2", "--store", built)
    assert "(2 rows)" in table.stdout and "--offset 2 for the next page" in table.stderr
    assert "default 100;" in invoke("query", "--help").output
    raw = invoke("query", "SELECT * WHERE { ?s ?p ?o }", "--limit", "5", "--store", built)
    assert raw.exit_code == 2 and "LIMIT/OFFSET" in raw.output
