"""Centrality, communities, components and counts."""

from __future__ import annotations

import networkx as nx
import pytest

from kg.errors import InputError
from kg.views.analytics import (
    actor_network,
    centrality,
    class_counts,
    communities,
    components,
    top_actors,
    undirected,
)
from tests.views.conftest import by_label


def toy() -> nx.MultiDiGraph:
    """Two actor triangles joined through one event, plus a lone place."""
    G = nx.MultiDiGraph()
    for name, kind in [
        ("a", "actor"),
        ("b", "actor"),
        ("c", "actor"),
        ("d", "actor"),
        ("e", "actor"),
        ("f", "actor"),
        ("ev", "event"),
        ("x", "place"),
    ]:
        G.add_node(name, kind=kind, cls="Person" if kind == "actor" else "Location", label=name.upper())
    for u, v in [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f"), ("f", "d")]:
        G.add_edge(u, v, kind="fact")
    G.add_edge("a", "b", kind="fact")  # a parallel edge
    G.add_edge("c", "ev", kind="role")
    G.add_edge("ev", "d", kind="role")
    return G


def test_undirected_merges_parallel_edges_into_a_weight():
    H = undirected(toy())
    assert H["a"]["b"]["weight"] == 2 and H["b"]["c"]["weight"] == 1


@pytest.mark.parametrize("measure", ["degree", "pagerank", "betweenness"])
def test_the_bridge_is_most_central(measure):
    scores = centrality(toy(), measure)
    assert set(scores) == set(toy())
    bridge = {"c", "ev", "d"}
    assert max(scores, key=scores.get) in bridge
    assert scores["x"] == min(scores.values())


def test_pagerank_is_a_distribution_and_matches_the_textbook_ranking():
    G = nx.MultiDiGraph(nx.karate_club_graph())
    nx.set_node_attributes(G, "actor", "kind")
    scores = centrality(G, "pagerank")
    assert sum(scores.values()) == pytest.approx(1.0)
    assert sorted(scores, key=scores.get, reverse=True)[:3] == [33, 0, 32]  # known karate-club order


def test_unknown_measure():
    with pytest.raises(InputError, match="closeness"):
        centrality(toy(), "closeness")


def test_communities_split_the_two_triangles():
    assert actor_network(toy()).has_edge("c", "d")  # they share an event
    found = communities(toy())
    assert [sorted(c) for c in found] == [["a", "b", "c"], ["d", "e", "f"]]


def test_components_largest_first():
    found = components(toy())
    assert [len(c) for c in found] == [7, 1] and found[1] == {"x"}


def test_on_the_sample(graph):
    top = [graph.nodes[n]["label"] for n, _ in top_actors(graph, 3, "degree")]
    assert top[0] == "Gustavo Petro"
    assert all(graph.nodes[n]["kind"] == "actor" for n, _ in top_actors(graph, 50))
    counts = class_counts(graph)
    assert counts["Person"] == 2 and counts["Meeting"] == 1
    groups = communities(graph)
    members = [n for group in groups for n in group]
    assert len(members) == len(set(members))  # a partition
    # Colombia's only partner is Petro (leader of), so they must share a community
    petro, colombia = by_label(graph, "Gustavo Petro"), by_label(graph, "Colombia")
    assert any({petro, colombia} <= group for group in groups)
