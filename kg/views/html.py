"""The interactive page: a pyvis network rendered with kg's own template, usable with no network at all.

    page = render(G, title="Colombia and the US")   # one self-contained HTML string
    write_view(G, "graph.html")

pyvis collects the nodes, edges and vis.js options; the page comes from `templates/view.html`, not from
pyvis's template, which links Bootstrap and tom-select from CDNs even with `cdn_resources="in_line"`.
vis-network (JS and CSS) is inlined from the copy pyvis ships, and a Content-Security-Policy forbids
every remote load.

Article text never reaches the page as markup: the data travels as JSON inside a `<script>` (with `<`,
`>` and `&` written as `\\u003c`… so neither `</script>` nor `<!--` can end it early), and the inline
script builds tooltips and lists with `textContent`, because vis.js renders a string `title` as HTML.
"""

from __future__ import annotations

import html
import math
from functools import cache
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pyvis.network import Network

from kg.errors import InstallError
from kg.views.analytics import centrality
from kg.views.graph import KINDS
from kg.views.network import network_data
from kg.views.style import KIND_NAMES, STYLES, class_label, short, style_of

__all__ = ["STYLES", "render", "style_of", "to_iframe", "vis_assets", "write_view"]

TEMPLATES = Path(__file__).with_name("templates")

_TOOLTIP_SOURCES = 3


def _dates(dates: list[str]) -> str:
    if not dates:
        return ""
    return dates[0] if dates[0] == dates[-1] else f"{dates[0]} … {dates[-1]}"


def _node_tip(data: dict[str, Any]) -> dict[str, Any]:
    sources = data.get("sources", [])
    return {
        "label": data["label"],
        "type": f"{class_label(data['cls'])} ({data['kind']})",
        "aliases": data.get("aliases", []),
        "rows": [["dates", _dates(data.get("dates", []))], *[[k, v] for k, v in data.get("extra", [])]],
        "sources": [list(s) for s in sources[:_TOOLTIP_SOURCES]],
        "more": max(0, len(sources) - _TOOLTIP_SOURCES),
    }


def _merged_edges(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Parallel edges with the same label drawn once (the tooltip lists every source)."""
    merged: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, data in G.edges(data=True):
        merged.setdefault((u, v, data["label"]), []).append(data)
    return merged


def _edge_style(items: list[dict[str, Any]]) -> dict[str, Any]:
    first = items[0]
    if first["kind"] == "role":
        return {"color": {"color": "#9aa3ab", "highlight": "#333333"}, "dashes": False}
    colour = "#c0392b" if first.get("negated") else "#2c6fbb"
    return {"color": {"color": colour, "highlight": "#111111"}, "dashes": not first.get("asserted", True)}


def _options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis.js options: forceAtlas2 with a bounded stabilisation, after which the page turns physics off."""
    big = n_nodes > 300 or n_edges > 600
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 7},
        "physics": {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -70,
                "centralGravity": 0.012,
                "springLength": 120,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.3,
            },
            "maxVelocity": 60,
            "minVelocity": 1.0,
            "timestep": 0.4,
            "stabilization": {
                "enabled": True,
                "iterations": min(1000, 250 + 2 * n_nodes),
                "updateInterval": 25,
            },
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "multiselect": True},
        "nodes": {"font": {"size": 13, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.3},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "color": "#555555", "strokeWidth": 3},
            "width": 1.2,
        },
    }


def _network(G: nx.MultiDiGraph, measure: str) -> tuple[Network, list[dict[str, Any]]]:
    """The pyvis Network of `G` (numeric node ids, structured tooltips) and the legend entries."""
    net = Network(height="100%", width="100%", directed=True, cdn_resources="in_line")
    scores = centrality(G, measure) if G.number_of_nodes() else {}
    top = max(scores.values(), default=0.0) or 1.0
    ids = {
        node: i
        for i, node in enumerate(sorted(G, key=lambda n: (G.nodes[n]["kind"], G.nodes[n]["label"], n)))
    }
    for node, i in ids.items():
        data = G.nodes[node]
        colour, shape = style_of(data["cls"], data["kind"])
        weight = math.sqrt(scores.get(node, 0.0) / top)
        size = (8 if data["kind"] in ("event", "time", "concept") else 12) + 30 * weight
        names = " ".join([data["label"], *data.get("aliases", [])]).casefold()
        net.add_node(
            i,
            label=short(data["label"]),
            shape=shape,
            color=colour,
            size=round(size, 1),
            cls=data["cls"],
            kind=data["kind"],
            search=names,
            tip=_node_tip(data),
        )
    for (u, v, label), items in _merged_edges(G).items():
        sources = [[d["title"] or d["doc"], d["sentence"]] for d in items if d.get("sentence")]
        sources = [s for i, s in enumerate(sources) if s not in sources[:i]]
        rows = [["date", d["date"]] for d in items[:1] if d.get("date")]
        rows += [["hedge", d["hedge"]] for d in items[:1] if d.get("hedge")]
        if items[0]["kind"] == "fact" and not items[0].get("asserted", True):
            rows.append(["asserted", "no (reported, hedged or negated)"])
        net.add_edge(
            ids[u],
            ids[v],
            label=short(label, 24),
            width=round(1.2 + math.log(len(items)), 2),
            tip={
                "label": label,
                "type": f"{items[0]['relation']} ({items[0]['kind']})",
                "aliases": [],
                "rows": rows,
                "sources": sources[:_TOOLTIP_SOURCES],
                "more": max(0, len(sources) - _TOOLTIP_SOURCES),
            },
            **_edge_style(items),
        )
    net.options = _options(G.number_of_nodes(), G.number_of_edges())
    return net, _legend(net.nodes)


def _legend(nodes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One legend entry per class of the drawn nodes, with its count, grouped by kind."""
    legend: dict[str, dict[str, Any]] = {}
    for node in nodes:
        entry = legend.setdefault(
            node["cls"],
            {
                "cls": node["cls"],
                "name": class_label(node["cls"]),
                "kind": node["kind"],
                "group": KIND_NAMES.get(node["kind"], node["kind"]),
                "color": node["color"],
                "shape": node["shape"],
                "count": 0,
            },
        )
        entry["count"] += 1
    order = {kind: i for i, kind in enumerate(KINDS)}
    return sorted(legend.values(), key=lambda e: (order.get(e["kind"], 9), e["name"]))


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside pyvis (never fetched)."""
    root = Path(pyvis.__file__).parent
    for lib in (root / "templates" / "lib" / "vis-9.1.2", root / "lib" / "vis-9.1.2"):
        js, css = lib / "vis-network.min.js", lib / "vis-network.css"
        if js.is_file() and css.is_file():
            script, style = js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
            if "</script" in script.lower() or "</style" in style.lower():
                raise InstallError(
                    f"{lib} cannot be inlined (it contains a closing tag); reinstall pyvis 0.3.2"
                )
            return script, style
    raise InstallError(f"vis-network 9.1.2 not found in {root}; reinstall it with `pip install pyvis==0.3.2`")


@cache
def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    # |tojson escapes < > & ' (and, being ASCII, U+2028/9), so article text cannot end the <script>
    env.policies["json.dumps_kwargs"] = {"separators": (",", ":")}
    return env


def render(
    G: nx.MultiDiGraph | nx.Graph,
    *,
    title: str = "Knowledge graph",
    notice: str = "",
    measure: str = "degree",
) -> str:
    """The view of `G` as one self-contained HTML page (vis.js inlined, no remote asset).

    Args:
        G: an event graph from `kg.views.load_graph` (possibly cut by `kg.views.select`), or an
            actor network from `kg.views.network.actor_network` (a plain `nx.Graph`): clicking one of
            its edges lists the events behind it with their sentences.
        title: page heading (escaped).
        notice: a sentence shown above the graph, e.g. what `limit` left out (escaped).
        measure: centrality that sizes the nodes of an event graph ("degree", "pagerank" or
            "betweenness"); an actor network sizes them by their events.
    """
    if isinstance(G, nx.MultiDiGraph):
        net, legend = _network(G, measure)
        nodes, edges, _heading, _height, _width, _options_json = net.get_network_data()
        data = {"mode": "events", "nodes": nodes, "edges": edges, "options": net.options, "legend": legend}
    else:
        data = {"mode": "actors", **network_data(G)}
        options = _options(G.number_of_nodes(), G.number_of_edges())
        options["edges"]["arrows"] = {"to": {"enabled": False}}
        if G.number_of_edges() > 300:  # labels on hundreds of edges are unreadable; hover and click remain
            for edge in data["edges"]:
                edge["label"] = ""
        data |= {"options": options, "legend": _legend(data["nodes"])}
    script, style = vis_assets()
    summary = f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
    if data["mode"] == "actors":
        summary = f"actor network: {G.number_of_nodes()} nodes, {G.number_of_edges()} links"
    return (
        _environment()
        .get_template("view.html")
        .render(
            title=title,
            summary=summary,
            notice=notice,
            data=data,
            mode=data["mode"],
            vis_js=script,
            vis_css=style,
        )
    )


def write_view(G: nx.MultiDiGraph | nx.Graph, path: str | Path, **kwargs: Any) -> Path:
    """Write `render(G, **kwargs)` to `path` (UTF-8) and return the path.

    Raises:
        InputError: the file cannot be written.
    """
    from kg.errors import InputError

    target = Path(path)
    try:
        target.write_text(render(G, **kwargs), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {target}: {exc}; choose another -o path") from None
    return target


def to_iframe(page: str, height: int = 650) -> str:
    """An `<iframe srcdoc=…>` holding `page`, for notebooks (`IPython.display.HTML(to_iframe(page))`):
    the page keeps its own document, scripts and Content-Security-Policy."""
    return (
        f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;'
        'border:1px solid #ddd" sandbox="allow-scripts"></iframe>'
    )
