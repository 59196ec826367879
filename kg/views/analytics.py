"""networkx analytics on the actor/event graph: centrality, communities, components, counts.

    scores = centrality(G, "pagerank")          # node -> score
    top_actors(G, 10)                           # [(node, score)] of actors, most central first
    communities(G)                              # actor groups (Louvain on the actor co-occurrence graph)
    components(G)                               # weakly connected components, largest first

Centrality is computed on the undirected simple graph (parallel edges become a weight), because "who is
involved with whom" matters here, not the direction of a role edge.
"""

from __future__ import annotations

from collections import Counter
from enum import Enum
from itertools import combinations

import networkx as nx
import numpy as np

from kg.errors import InputError

__all__ = [
    "MEASURES",
    "Measure",
    "actor_network",
    "centrality",
    "class_counts",
    "communities",
    "components",
    "top_actors",
    "undirected",
]


class Measure(str, Enum):
    """The centrality measures (`kg view --measure`, `kg stats --measure`)."""

    degree = "degree"
    pagerank = "pagerank"
    betweenness = "betweenness"


MEASURES = tuple(m.value for m in Measure)


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """`G` as a simple undirected graph; `weight` counts the edges merged into each pair."""
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v in G.edges():
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += 1
        else:
            H.add_edge(u, v, weight=1)
    return H


def centrality(G: nx.MultiDiGraph, measure: str = "pagerank") -> dict[str, float]:
    """Centrality of every node: "degree" (normalised), "pagerank" or "betweenness"
    (sampled on graphs over 1000 nodes, seeded, so results repeat).

    Raises:
        InputError: an unknown measure.
    """
    if measure not in MEASURES:
        raise InputError(f"unknown centrality measure {measure!r}; use one of {', '.join(MEASURES)}")
    H = undirected(G)
    if H.number_of_nodes() == 0:
        return {}
    if measure == "degree":
        return nx.degree_centrality(H)
    if measure == "pagerank":
        return _pagerank(H)
    k = min(H.number_of_nodes(), 500) if H.number_of_nodes() > 1000 else None
    return nx.betweenness_centrality(H, k=k, seed=0)


def _pagerank(
    H: nx.Graph, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[str, float]:
    """Weighted PageRank by power iteration over numpy arrays (networkx's own needs scipy, which kg
    does not; a pure-Python loop took minutes on the 60 k nodes of a 2 k-article corpus)."""
    nodes = list(H)
    n = len(nodes)
    index = {node: i for i, node in enumerate(nodes)}
    pairs = [(index[u], index[v], w) for u, v, w in H.edges(data="weight")]
    # each undirected edge carries rank both ways
    src = np.array([i for i, j, _ in pairs] + [j for i, j, _ in pairs], dtype=np.intp)
    dst = np.array([j for i, j, _ in pairs] + [i for i, j, _ in pairs], dtype=np.intp)
    weight = np.array([w for *_, w in pairs] * 2, dtype=float)
    strength = np.bincount(src, weights=weight, minlength=n)
    dangling = strength == 0
    share = weight / strength[src] if len(src) else weight
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        new = np.full(n, (1.0 - alpha) / n + alpha * rank[dangling].sum() / n)
        new += alpha * np.bincount(dst, weights=rank[src] * share, minlength=n)
        if np.abs(new - rank).sum() < n * tol:
            return dict(zip(nodes, new.tolist()))
        rank = new
    return dict(zip(nodes, rank.tolist()))


def top_actors(G: nx.MultiDiGraph, n: int = 10, measure: str = "pagerank") -> list[tuple[str, float]]:
    """The `n` most central actors (kind "actor"), most central first, ties by label."""
    scores = centrality(G, measure)
    actors = [node for node, kind in G.nodes(data="kind") if kind == "actor"]
    actors.sort(key=lambda node: (-scores.get(node, 0.0), G.nodes[node]["label"]))
    return [(node, scores.get(node, 0.0)) for node in actors[:n]]


def actor_network(G: nx.MultiDiGraph) -> nx.Graph:
    """Actors linked when they take part in the same event or a fact links them; `weight` counts how often."""
    H = nx.Graph()
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if d["kind"] == "actor")

    def link(a: str, b: str) -> None:
        if a != b:
            H.add_edge(a, b, weight=H.get_edge_data(a, b, {"weight": 0})["weight"] + 1)

    for node, kind in G.nodes(data="kind"):
        if kind == "event":
            around = set(G.predecessors(node)) | set(G.successors(node))
            for a, b in combinations(sorted(n for n in around if n in H), 2):
                link(a, b)
    for u, v, kind in G.edges(data="kind"):
        if kind == "fact" and u in H and v in H:
            link(u, v)
    return H


def communities(G: nx.MultiDiGraph, seed: int = 0) -> list[set[str]]:
    """Groups of actors that deal mostly with each other (Louvain on `actor_network`), largest first.

    Actors with no partner form no community and are left out."""
    H = actor_network(G)
    H.remove_nodes_from([n for n in list(H) if H.degree(n) == 0])
    if H.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(H, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), sorted(G.nodes[n]["label"] for n in c)))


def components(G: nx.MultiDiGraph) -> list[set[str]]:
    """Weakly connected components, largest first."""
    found = list(nx.weakly_connected_components(G))
    return sorted(found, key=lambda c: (-len(c), min(G.nodes[n]["label"] for n in c)))


def class_counts(G: nx.MultiDiGraph) -> Counter[str]:
    """How many nodes of each kg class the graph holds."""
    return Counter(cls for _, cls in G.nodes(data="cls"))
