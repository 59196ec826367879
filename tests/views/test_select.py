"""Filters (article, dates, classes), the ego network and the size limit."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import InputError
from kg.rdf.store import open_store
from kg.views.graph import load_graph
from kg.views.select import focus, limit, select
from tests.views.conftest import big_extraction, by_label


def labels(G, kind=None):
    return {d["label"] for _, d in G.nodes(data=True) if kind is None or d["kind"] == kind}


def test_focus_depth_counts_hops_through_events(graph):
    assert labels(focus(graph, "Gustavo Petro", depth=0)) == {"Gustavo Petro"}
    one = focus(graph, "gustavo petro", depth=1)  # case-insensitive
    assert {"ordered", "met", "financial sanctions", "Colombia", "Scott Bessent"} <= labels(one)
    assert "Colombian security forces" not in labels(one)
    two = focus(graph, "Petro", depth=2)  # an alias works too
    assert {"Colombian security forces", "Trump administration", "Bogota"} <= labels(two)
    assert "White House" not in labels(two)
    assert two.graph["focus"] == [by_label(graph, "Gustavo Petro")]


def test_an_unknown_focus_says_what_was_meant(graph):
    with pytest.raises(
        InputError, match=r"no actor or event named 'Gustavo Perto'.*did you mean: Gustavo Petro"
    ):
        focus(graph, "Gustavo Perto")
    with pytest.raises(InputError, match="depth"):
        focus(graph, "Gustavo Petro", depth=-1)


def test_doc_keeps_one_article(graph):
    H = select(graph, docs=["treasury-2025-09"])
    assert labels(H) == {
        "Scott Bessent",
        "Gustavo Petro",
        "Bogota",
        "Treasury",
        "United States",
        "met",
        "2025-09-02",
    }
    assert {d["doc"] for _, _, d in H.edges(data=True)} == {"treasury-2025-09"}
    with pytest.raises(InputError, match="no article 'nope'.*colombia-us"):
        select(graph, docs=["nope"])


def test_dates_keep_events_and_facts_in_range(graph):
    H = select(graph, since=dt.date(2025, 9, 1), until=dt.date(2025, 10, 31))
    assert labels(H, "event") == {"met", "financial sanctions"}
    assert {d["date"] for _, _, d in H.edges(data=True)} == {"2025-09-02", "2025-09-03", "2025-10-01"}
    assert "White House" not in labels(H)  # its only event is dated later
    assert labels(select(graph, since=dt.date(2026, 1, 1))) == set()


def test_types_keep_subclasses_and_the_events_of_kept_actors(graph):
    H = select(graph, types=["Organization"])
    actors = labels(H, "actor")
    assert {"US military", "Trump administration", "Treasury"} <= actors  # subclasses of Organization
    assert "Gustavo Petro" not in actors and not labels(H, "place")
    assert "financial sanctions" in labels(H, "event")  # the Trump administration's sanction
    assert "met" not in labels(H, "event")  # no organisation takes part in the meeting
    only_events = select(graph, types=["sanction", "Person"])
    assert labels(only_events, "event") == {"financial sanctions"}
    with pytest.raises(InputError, match="unknown class 'Persn'.*Person"):
        select(graph, types=["Persn"])


def test_limit_keeps_the_most_central_and_reports_the_rest(tmp_path):
    with open_store(tmp_path / "big") as store:
        store.add_extraction(big_extraction())
        G = load_graph(store)
    assert G.number_of_nodes() > 600
    H, omitted = limit(G, 100, "degree")
    assert H.number_of_nodes() <= 100 and omitted.nodes == G.number_of_nodes() - H.number_of_nodes()
    hub = max((n for n in G if G.nodes[n]["kind"] == "actor"), key=G.degree)
    assert hub in H
    assert all(H.degree(n) > 0 for n in H if H.nodes[n]["kind"] == "event")
    message = omitted.message(100)
    assert f"left out {omitted.nodes} nodes" in message and "--max-nodes" in message
    assert omitted.top and omitted.top[0] in message
    same, nothing = limit(G, 10_000)
    assert same.number_of_nodes() == G.number_of_nodes() and not nothing and nothing.message(10_000) == ""
    with pytest.raises(InputError):
        limit(G, 0)
