"""The actor network: one weighted edge per pair of actors, read outwards from a focus, shown as JSON."""

from __future__ import annotations

import datetime as dt
import json

import networkx as nx
import pytest

from kg.errors import InputError
from kg.rdf.store import open_store
from kg.rdf.verdicts import Verdict, record
from kg.types import Article, Event, Extraction, Provenance
from kg.views.network import actor_network, count_events, find_nodes, limit_network, network_data
from tests.rdf.conftest import BESSENT, PEOPLE, PETRO, S_SANCTION, sample_extraction
from tests.review.conftest import facts_of
from tests.views.conftest import big_extraction, by_label

SAID = "Scott Bessent told Gustavo Petro that people matter."


def said_extraction(doc: str = "said") -> Extraction:
    """A statement between two actors about a concept: hidden from the network unless asked for."""
    p = Provenance(doc=doc, sentence=SAID, start=0, end=len(SAID), confidence=0.9)
    said = Event(
        id=f"event/{doc}/1",
        type="Statement",
        label="told",
        trigger="told",
        provenance=p,
        roles=(("agent", BESSENT), ("recipient", PETRO), ("content", PEOPLE)),
    )
    article = Article(id=doc, text=SAID, title="Bessent tells Petro", date=dt.date(2025, 10, 20))
    return Extraction(article=article, entities=(BESSENT, PETRO, PEOPLE), events=(said,), relations=())


def labels(N: nx.Graph) -> set[str]:
    return {data["label"] for _, data in N.nodes(data=True)}


def edge(N: nx.Graph, a: str, b: str) -> dict:
    return N.edges[by_label(N, a), by_label(N, b)]


def test_events_between_two_actors_become_one_weighted_edge(store):
    N = actor_network(store)
    met = edge(N, "Scott Bessent", "Gustavo Petro")
    assert (met["count"], met["classes"], met["first"], met["last"]) == (
        1,
        [["Meeting", 1]],
        "2025-09-02",
        "2025-09-02",
    )
    [item] = met["events"]
    assert item["sentence"] == "Treasury Secretary Scott Bessent met Gustavo Petro in Bogota on 2 September."
    assert item["doc"] == "treasury-2025-09" and item["title"] == "Bessent meets Petro"
    assert set(item["roles"].values()) == {"agent", "target"}
    assert item["roles"][by_label(N, "Scott Bessent")] == "agent"
    # a fact between two actors counts too: Bessent works for the Treasury, said by both articles
    works = edge(N, "Scott Bessent", "Treasury")
    assert (works["count"], works["classes"]) == (2, [["works for", 2]])
    assert (works["first"], works["last"]) == ("2025-09-03", "2025-11-12")  # publication dates stand in
    sanction = edge(N, "Trump administration", "Gustavo Petro")
    assert sanction["events"][0]["sentence"] == S_SANCTION and sanction["first"] == "2025-10-01"
    # concepts and places are not nodes, nor is an actor that dealt with no other one
    assert not labels(N) & {"people", "Bogota", "communications", "US military", "White House"}
    assert all(data["kind"] == "actor" for _, data in N.nodes(data=True))
    assert by_label(N, "United States") and "US" in N.nodes[by_label(N, "United States")]["aliases"]


def test_statements_concepts_and_places_only_when_shown(store):
    store.add_extraction(said_extraction())
    N = actor_network(store)
    assert edge(N, "Scott Bessent", "Gustavo Petro")["classes"] == [["Meeting", 1]]
    N = actor_network(store, show=("statements",))
    told = edge(N, "Scott Bessent", "Gustavo Petro")
    assert told["classes"] == [["Meeting", 1], ["Statement", 1]] and told["last"] == "2025-10-20"
    assert "people" not in labels(N)
    N = actor_network(store, show=("statements", "concepts", "places"))
    assert {"people", "Bogota"} <= labels(N)
    assert edge(N, "people", "Gustavo Petro")["events"][0]["label"] == "told"
    with pytest.raises(InputError, match="--show takes: statements, concepts, places"):
        actor_network(store, show=("dates",))


def test_negated_and_rejected_events_are_left_out(store):
    N = actor_network(store, show=("concepts",))
    assert "request for comment" not in labels(N)  # "the White House did not respond"
    sanction = next(
        f for f, s in facts_of(sample_extraction()).items() if s.startswith("Trump administration sanctioned")
    )
    record(store, [Verdict(sanction, False, reviewer="ana")])
    assert not actor_network(store).has_edge(
        *[by_label(N, x) for x in ("Trump administration", "Gustavo Petro")]
    )
    assert actor_network(store, include_rejected=True).has_edge(
        by_label(N, "Trump administration"), by_label(N, "Gustavo Petro")
    )


def test_filters_by_article_date_and_class(store):
    N = actor_network(store, docs=["treasury-2025-09"])
    assert labels(N) == {"Scott Bessent", "Gustavo Petro", "Treasury", "United States"}
    N = actor_network(store, since=dt.date(2025, 10, 1), until=dt.date(2025, 10, 31))
    assert labels(N) == {"Trump administration", "Gustavo Petro"}
    N = actor_network(store, types=["Person", "Meeting"])
    assert labels(N) == {"Scott Bessent", "Gustavo Petro"}
    with pytest.raises(InputError, match="no article 'nope'"):
        actor_network(store, docs=["nope"])


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    with open_store(tmp_path_factory.mktemp("network") / "big") as store:
        store.add_extraction(big_extraction())
        yield store, actor_network(store)


@pytest.mark.parametrize(("name", "depth"), [("Actor 0", 0), ("Actor 0", 1), ("Actor 3", 1), ("Actor 40", 2)])
def test_a_focus_reads_the_same_ego_network_as_the_whole_graph_gives(big, name, depth):
    store, whole = big
    N = actor_network(store, focus=name, depth=depth)
    centre = by_label(whole, name)
    ego = nx.ego_graph(whole, centre, radius=depth)
    assert N.graph["focus"] == [centre]
    assert set(N) == set(ego) and N.number_of_nodes() > depth
    assert {frozenset(e) for e in N.edges} == {frozenset(e) for e in ego.edges}
    assert all(N.edges[u, v]["count"] == whole.edges[u, v]["count"] for u, v in N.edges)


def test_find_nodes_exact_case_insensitive_substring_and_suggestions(store):
    petro = "https://kg.example.org/id/person/gustavo-petro"
    assert find_nodes(store, "Gustavo Petro") == [petro]
    assert find_nodes(store, "Petro") == [petro]  # an alias
    assert find_nodes(store, "gustavo PETRO") == [petro]
    assert find_nodes(store, "Bessen") == ["https://kg.example.org/id/person/scott-bessent"]
    with pytest.raises(InputError, match="did you mean: .*Gustavo Petro"):
        find_nodes(store, "Gustavo Pedro")


def test_a_focus_without_events_in_view_is_still_drawn(store):
    N = actor_network(store, focus="White House")
    assert (
        labels(N) == {"White House"}
        and N.nodes[by_label(N, "White House")]["cls"] == "GovernmentOrganization"
    )


def test_count_events_weighs_the_focus_or_the_articles(store):
    assert count_events(store, "Gustavo Petro") == 3  # the order, the sanction, the meeting
    assert count_events(store, docs=["treasury-2025-09"]) == 1
    assert count_events(store) == count_events(store, docs=["colombia-us"]) + 1


def test_limit_keeps_the_focus_and_the_busiest_actors(big):
    store, _ = big
    N = actor_network(store, focus="Actor 200", depth=2)
    H, omitted = limit_network(N, 10)
    assert H.number_of_nodes() == 10 and by_label(N, "Actor 200") in H
    assert (
        omitted.nodes == N.number_of_nodes() - 10
        and omitted.edges == N.number_of_edges() - H.number_of_edges()
    )
    strength = dict(N.degree(weight="count"))
    kept = sorted(strength[n] for n in H if n != by_label(N, "Actor 200"))
    assert kept[0] >= max(strength[n] for n in N if n not in H)


def test_network_data_is_json_with_one_entry_per_node_and_edge(store):
    N = actor_network(store, focus="Petro")
    data = json.loads(json.dumps(network_data(N)))
    assert len(data["nodes"]) == N.number_of_nodes() and len(data["edges"]) == N.number_of_edges()
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    petro = next(n for n in data["nodes"] if n["name"] == "Gustavo Petro")
    assert petro["focus"] is True and "petro" in petro["search"] and petro["events"] == 4
    met = next(e for e in data["edges"] if e["classes"] == [["Meeting", 1]])
    assert met["events"][0]["label"] == "met" and met["tip"]["rows"][1] == ["dates", "2025-09-02"]
