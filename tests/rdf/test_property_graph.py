"""GraphML and Neo4j CSV exports: they read back with networkx / csv with the counts they were written from."""

from __future__ import annotations

import csv
import io

import networkx as nx
import pytest

from kg.errors import StoreError
from kg.rdf.export import export, format_for, write_export
from kg.rdf.property_graph import EDGE_FIELDS, NODE_FIELDS, csv_paths, property_graph
from kg.rdf.verdicts import Verdict, record
from tests.rdf.conftest import HOSTILE_LABEL, S_SANCTION, hostile_extraction, sample_extraction
from tests.review.conftest import facts_of

PETRO = "https://kg.example.org/id/person/gustavo-petro"
SANCTION = "https://kg.example.org/id/event/colombia-us/6"


@pytest.fixture
def full_store(store):
    store.add_extraction(hostile_extraction())
    return store


def test_entities_and_events_are_nodes_roles_and_facts_edges(store):
    pg = property_graph(store)
    assert pg.nodes[PETRO]["label"] == "Gustavo Petro" and pg.nodes[PETRO]["class"] == "Person"
    assert set(pg.nodes[PETRO]["aliases"]) == {"Petro", "President Gustavo Petro"}
    sanction = pg.nodes[SANCTION]
    assert (sanction["class"], sanction["kind"], sanction["date"]) == ("Sanction", "event", "2025-10-01")
    assert sanction["sentence"] == S_SANCTION
    roles = {(s, t, type_) for s, t, type_, a in pg.edges if a["kind"] == "role"}
    assert (SANCTION, PETRO, "target") in roles
    facts = [(s, t, type_) for s, t, type_, a in pg.edges if a["kind"] == "fact"]
    assert (PETRO, "https://kg.example.org/id/country/CO", "leaderOf") in facts
    # a fact that is part of an event is that event's roles, not an edge of its own
    assert not any(type_ == "sanctioned" for _, _, type_ in facts)


def test_graphml_reads_back_with_networkx_with_the_same_counts(tmp_path, full_store):
    pg = property_graph(full_store)
    path = tmp_path / "graph.graphml"
    assert write_export(full_store, path) == "graphml"
    G = nx.read_graphml(path, force_multigraph=True)
    assert G.number_of_nodes() == len(pg.nodes) > 25 and G.number_of_edges() == len(pg.edges) > 20
    assert G.nodes[SANCTION]["date"] == "2025-10-01" and G.nodes[PETRO]["articles"] == 1
    assert {G.nodes[n]["label"] for n in G} >= {HOSTILE_LABEL, "<Org>"}  # escaped, and back
    [(_, _, leader)] = [e for e in G.edges(PETRO, data=True) if e[2]["type"] == "leaderOf"]
    assert leader["asserted"] is True and leader["confidence"] == pytest.approx(0.9)
    assert export(full_store, "graphml") == path.read_bytes()


def test_graphml_of_one_article_and_without_rejected_facts(store):
    store.add_extraction(hostile_extraction())
    one = nx.read_graphml(io.BytesIO(export(store, "graphml", graph="colombia-us")))
    assert one.number_of_nodes() == len(
        property_graph(store, graph="https://kg.example.org/graph/colombia-us").nodes
    )
    assert HOSTILE_LABEL not in {one.nodes[n].get("label") for n in one}
    sanctioned = next(f for f, s in facts_of(sample_extraction()).items() if "sanctioned" in s)
    record(store, [Verdict(sanctioned, False, reviewer="ana")])
    assert SANCTION not in property_graph(store).nodes
    assert SANCTION in property_graph(store, include_rejected=True).nodes


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def test_csv_carries_neo4j_headers_and_the_counts(tmp_path, full_store):
    pg = property_graph(full_store)
    assert write_export(full_store, tmp_path / "neo4j", "csv") == "csv"
    header, nodes = read_csv(tmp_path / "neo4j" / "nodes.csv")
    assert header[:3] == ["id:ID", "label", ":LABEL"]
    assert header[3:] == [f"{name}:{kind}" for name, kind in NODE_FIELDS if name != "label"]
    assert "aliases:string[]" in header and "date:date" in header and "articles:int" in header
    assert len(nodes) == len(pg.nodes) and len({row[0] for row in nodes}) == len(nodes)
    by_id = {row[0]: dict(zip(header, row)) for row in nodes}
    assert by_id[PETRO][":LABEL"] == "Person;Entity" and by_id[SANCTION][":LABEL"] == "Sanction;Event"
    assert sorted(by_id[PETRO]["aliases:string[]"].split(";")) == ["Petro", "President Gustavo Petro"]
    header, edges = read_csv(tmp_path / "neo4j" / "edges.csv")
    assert header == [":START_ID", ":END_ID", ":TYPE", *(f"{name}:{kind}" for name, kind in EDGE_FIELDS)]
    assert len(edges) == len(pg.edges) and all(row[0] in by_id and row[1] in by_id for row in edges)
    assert [SANCTION, PETRO, "target"] in [row[:3] for row in edges]
    # NAME.csv instead of a directory, and no stray partial files
    write_export(full_store, tmp_path / "bbc.csv", "csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bbc-edges.csv", "bbc-nodes.csv", "neo4j", "store"]
    assert sorted(p.name for p in (tmp_path / "neo4j").iterdir()) == ["edges.csv", "nodes.csv"]


def test_csv_paths_and_format_names(tmp_path):
    assert csv_paths(tmp_path / "out") == (tmp_path / "out" / "nodes.csv", tmp_path / "out" / "edges.csv")
    assert [str(p) for p in csv_paths("x/graph.csv")] == ["x/graph-nodes.csv", "x/graph-edges.csv"]
    assert format_for(None, "g.graphml") == "graphml" and format_for("csv") == "csv"


def test_csv_needs_a_place_for_two_files(store):
    with pytest.raises(StoreError, match="give a directory or a NAME.csv"):
        export(store, "csv")
