"""RDF store → networkx: events as nodes, role and fact edges, attributes, files as well as stores."""

from __future__ import annotations

from kg.rdf.export import export
from kg.rdf.store import open_store
from kg.views.graph import TIME_CLASS, instance_counts, kind_of, load_graph
from tests.views.conftest import by_label


def edges_between(G, u, v):
    return [data for _, target, data in G.out_edges(u, data=True) if target == v]


def test_an_event_is_a_node_between_its_agent_and_its_other_participants(graph):
    petro, order = by_label(graph, "Gustavo Petro"), by_label(graph, "ordered")
    forces, day = by_label(graph, "Colombian security forces"), "date:2025-11-11"
    assert graph.nodes[order]["kind"] == "event" and graph.nodes[order]["cls"] == "Order"
    # the agent points at the event, labelled with the verb of the fact that belongs to the event
    [agent] = edges_between(graph, petro, order)
    assert (agent["relation"], agent["label"], agent["kind"]) == ("agent", "ordered", "role")
    [patient] = edges_between(graph, order, forces)
    assert patient["label"] == "patient" and patient["date"] == "2025-11-11"
    assert graph.nodes[day]["cls"] == TIME_CLASS and edges_between(graph, order, day)[0]["label"] == "time"
    # the nested event (content) is linked to the event, not duplicated as a fact edge
    stop = by_label(graph, "stop sharing intelligence")
    assert [d["label"] for d in edges_between(graph, order, stop)] == ["content"]
    assert not edges_between(graph, petro, forces), "facts of an event must not be drawn twice"


def test_facts_outside_events_are_direct_edges_with_their_hedges(graph):
    petro, colombia = by_label(graph, "Gustavo Petro"), by_label(graph, "Colombia")
    [leader] = edges_between(graph, petro, colombia)
    assert (leader["kind"], leader["label"], leader["asserted"]) == ("fact", "leader of", True)
    [accused] = edges_between(graph, by_label(graph, "Scott Bessent"), petro)
    assert accused["asserted"] is False and accused["hedge"] == "according to Scott Bessent"
    # an open-class verb keeps the label the article graph declares for it
    [liken] = edges_between(graph, by_label(graph, "critics"), by_label(graph, "extrajudicial executions"))
    assert liken["label"] == "likened"


def test_node_attributes_merge_every_article(graph):
    petro = graph.nodes[by_label(graph, "Gustavo Petro")]
    assert petro["kind"] == "actor" and petro["cls"] == "Person"
    assert petro["aliases"] == ["Petro", "President Gustavo Petro"]
    assert petro["docs"] == ["colombia-us", "treasury-2025-09"]
    assert ("holds role", "President") in petro["extra"]
    assert "2025-09-02" in petro["dates"] and "2025-11-11" in petro["dates"]
    titles = {title for title, _ in petro["sources"]}
    assert titles == {"Colombia to suspend intelligence cooperation with US", "Bessent meets Petro"}
    killing = graph.nodes[by_label(graph, "killed")]
    assert ("quantity", "75") in killing["extra"] and ("qualifier", "at least") in killing["extra"]
    assert graph.graph["documents"]["treasury-2025-09"]["published"] == "2025-09-03"


def test_kinds_follow_the_ontology():
    assert kind_of("Person") == kind_of("MilitaryOrganization") == kind_of("Country") == "actor"
    assert kind_of("Location") == "place" and kind_of("Concept") == "concept"
    assert kind_of("Killing") == kind_of("Event") == "event" and kind_of(TIME_CLASS) == "time"


def test_an_rdf_file_gives_the_same_graph_as_the_store(graph, store, tmp_path):
    path = tmp_path / "graph.trig"
    path.write_bytes(export(store, "trig"))
    with open_store(path, read_only=True) as from_file:
        G = load_graph(from_file)
    assert set(G.nodes) == set(graph.nodes)
    assert sorted((u, v, d["label"]) for u, v, d in G.edges(data=True)) == sorted(
        (u, v, d["label"]) for u, v, d in graph.edges(data=True)
    )


def test_instance_counts_cover_every_class_in_the_articles(store):
    counts = instance_counts(store)
    assert counts["Article"] == 2 and counts["Person"] == 2 and counts["Meeting"] == 1
    assert counts["Fact"] > counts["Person"] and "Ontology" not in counts
    assert list(counts.values()) == sorted(counts.values(), reverse=True)


def test_an_empty_store_is_an_empty_graph(tmp_path):
    with open_store(tmp_path / "empty") as empty:
        G = load_graph(empty)
    assert G.number_of_nodes() == 0 and G.graph["documents"] == {}


def test_reading_some_article_graphs_gives_what_selecting_them_gives(store, graph):
    from kg.views.select import select

    one = load_graph(store, graphs=[str(store.base.graph_iri("treasury-2025-09"))])
    cut = select(graph, docs=["treasury-2025-09"])
    assert set(one) == set(cut) and one.number_of_nodes() == 7
    assert {(u, v, k) for u, v, k in one.edges(keys=True)} == {(u, v, k) for u, v, k in cut.edges(keys=True)}
    assert list(one.graph["documents"]) == ["treasury-2025-09"]
