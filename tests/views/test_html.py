"""The page: self-contained (no remote asset), article text only as escaped data, legend and options."""

from __future__ import annotations

import dataclasses
import json
import re

import networkx as nx
import pytest

from kg.rdf import vocab
from kg.rdf.store import open_store
from kg.views.graph import load_graph
from kg.views.html import STYLES, render, style_of, to_iframe
from tests.views.conftest import XSS_IMG, XSS_SCRIPT, XSS_TITLE, big_extraction, by_label, xss_extraction

DATA = re.compile(r'<script type="application/json" id="kg-data">(.*?)</script>', re.DOTALL)


def page_data(page: str) -> dict:
    [raw] = DATA.findall(page)
    return json.loads(raw)


@pytest.fixture
def xss_graph(tmp_path):
    with open_store(tmp_path / "xss") as store:
        store.add_extraction(xss_extraction())
        return load_graph(store)


def test_nothing_is_loaded_from_the_network(graph):
    page = render(graph)
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.IGNORECASE), "every script must be inline"
    assert not re.search(r"<link[^>]*href\s*=\s*[\"']?https?:", page, re.IGNORECASE)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.IGNORECASE)
    assert "@import" not in page and not re.search(r"url\(\s*[\"']?(https?:)?//", page)
    assert "default-src 'none'" in page  # and the browser is told to refuse any other load
    assert "vis-network" in page and "new vis.Network(" in page  # vis.js itself is inlined


def test_article_text_never_becomes_markup(xss_graph):
    page = render(xss_graph, title=XSS_TITLE, notice=XSS_IMG)
    for hostile in (XSS_IMG, XSS_SCRIPT, XSS_TITLE, "<script>window.__pwned"):
        assert hostile not in page
    # only our three script elements and the one closing tag each: no label can open or close one
    assert page.count("</script>") == 3
    assert "&lt;svg onload=" in page  # the title, escaped by the template
    data = page_data(page)  # ...and the labels arrive intact, as data
    labels = {n["tip"]["label"] for n in data["nodes"]}
    assert {XSS_IMG, XSS_SCRIPT} <= labels
    villain = next(n for n in data["nodes"] if n["tip"]["label"] == XSS_IMG)
    assert villain["tip"]["aliases"] == [XSS_TITLE] and villain["tip"]["sources"][0][0] == XSS_TITLE
    assert all("title" not in n for n in data["nodes"]), "a string title would be rendered as HTML by vis.js"


def test_the_page_data_cannot_end_the_script_or_open_a_comment(tmp_path):
    hostile = "Tom & Jerry \u2028 </script><!-- 'x'"
    ex = xss_extraction()
    with open_store(tmp_path / "s") as store:
        store.add_extraction(dataclasses.replace(ex, article=dataclasses.replace(ex.article, title=hostile)))
        graph = load_graph(store)
    [raw] = DATA.findall(render(graph))
    assert not set("<>&'\u2028") & set(raw)
    assert hostile in {title for n in json.loads(raw)["nodes"] for title, _ in n["tip"]["sources"]}


def test_nodes_carry_style_size_and_tooltip(graph):
    data = page_data(render(graph, measure="degree"))
    nodes = {n["tip"]["label"]: n for n in data["nodes"]}
    petro, order = nodes["Gustavo Petro"], nodes["ordered"]
    assert (petro["color"], petro["shape"]) == STYLES["Person"] and order["shape"] == "diamond"
    assert petro["size"] > nodes["White House"]["size"]  # bigger by centrality
    assert petro["tip"]["type"] == "person (actor)" and "Petro" in petro["tip"]["aliases"]
    assert ["holds role", "President"] in petro["tip"]["rows"]
    assert any(title == "Bessent meets Petro" for title, _ in petro["tip"]["sources"])
    edge_labels = {e["label"] for e in data["edges"]}
    assert {"ordered", "sanctioned", "killed", "patient", "leader of"} <= edge_labels
    hedged = next(e for e in data["edges"] if e["label"] == "accused")
    assert hedged["dashes"] is True


def test_legend_lists_each_class_once_with_its_count(graph):
    legend = page_data(render(graph))["legend"]
    by_class = {entry["cls"]: entry for entry in legend}
    assert len(by_class) == len(legend)
    assert by_class["Person"]["count"] == 2 and by_class["Person"]["group"] == "actors"
    assert by_class["GovernmentOrganization"]["name"] == "government organization"  # the ontology label
    assert legend[0]["group"] == "actors" and legend[-1]["group"] == "dates"


def test_styles_name_ontology_classes_and_new_classes_fall_back_to_their_kind():
    assert all(cls in vocab.KG for cls in STYLES), "a style for a class kg.ttl does not declare"
    assert style_of("Person", "actor") == STYLES["Person"]
    assert (
        style_of("SomeNewEvent", "event")[1] == "diamond"
        and style_of("NewPlace", "place")[1] == "triangleDown"
    )


def test_physics_settles_big_graphs(tmp_path):
    with open_store(tmp_path / "big") as store:
        store.add_extraction(big_extraction())
        G = load_graph(store)
    options = page_data(render(G))["options"]
    assert options["physics"]["solver"] == "forceAtlas2Based"
    assert options["physics"]["stabilization"]["enabled"] is True
    assert options["physics"]["stabilization"]["iterations"] == 1000
    assert options["layout"]["improvedLayout"] is False and options["edges"]["smooth"] is False


def test_parallel_edges_are_drawn_once(graph):
    bessent, treasury = by_label(graph, "Scott Bessent"), by_label(graph, "Treasury")
    assert graph.number_of_edges(bessent, treasury) == 2  # one per article
    data = page_data(render(graph))
    works = [e for e in data["edges"] if e["label"] == "works for"]
    assert len(works) == 1 and len(works[0]["tip"]["sources"]) == 2


def test_an_empty_graph_renders():
    data = page_data(render(nx.MultiDiGraph()))
    assert data["nodes"] == [] and data["legend"] == []


def test_iframe_keeps_the_page_as_an_attribute(graph):
    frame = to_iframe(render(graph))
    assert (
        frame.startswith('<iframe srcdoc="') and "<script" not in frame and 'sandbox="allow-scripts"' in frame
    )
