"""Views of the knowledge graph: networkx analytics and an interactive, offline pyvis page.

G = load_graph(open_store(".kg", read_only=True))    # actors, places, events, dates
H = focus(select(G, types=["Person", "Sanction"]), "Gustavo Petro", depth=2)
H, omitted = limit(H, max_nodes=500)
write_view(H, "graph.html", notice=omitted.message(500))
top_actors(G, 10); communities(G); components(G)

At corpus scale, the actor network reads outwards from an actor instead (`kg.views.network`):
N = kg.views.network.actor_network(store, focus="Tony Blair", depth=1)
write_view(N, "blair.html")                                   # edges list their events on click
"""

from kg.views.analytics import actor_network, centrality, class_counts, communities, components, top_actors
from kg.views.graph import load_graph
from kg.views.html import render, to_iframe, write_view
from kg.views.select import Omitted, class_names, focus, limit, select

__all__ = [
    "Omitted",
    "actor_network",
    "centrality",
    "class_counts",
    "class_names",
    "communities",
    "components",
    "focus",
    "limit",
    "load_graph",
    "render",
    "select",
    "to_iframe",
    "top_actors",
    "write_view",
]
