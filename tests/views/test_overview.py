"""`kg stats`'s cheap reads (kg.views.overview) give what the full view graph gives, for what stats shows."""

from __future__ import annotations

from kg.rdf.store import open_store
from kg.views.graph import instance_counts, load_graph
from kg.views.overview import class_counts, label, network
from tests.rdf.conftest import sample_extraction
from tests.views.conftest import second_extraction, xss_extraction


def edges(G) -> set[tuple[str, str, str]]:
    return {(u, v, kind) for u, v, kind in G.edges(data="kind")}


def test_counts_and_network_agree_with_the_full_graph(tmp_path):
    with open_store(tmp_path / "s") as store:
        for extraction in (sample_extraction(), second_extraction(), xss_extraction()):
            store.add_extraction(extraction)
        assert class_counts(store) == instance_counts(store)
        full, cheap = load_graph(store), network(store)
        assert edges(cheap) == edges(full) and len(edges(full)) > 20
        assert set(cheap) == set(full)
        for node, data in full.nodes(data=True):
            assert (cheap.nodes[node]["kind"], cheap.nodes[node]["cls"]) == (data["kind"], data["cls"]), node
            if data["kind"] == "actor":
                assert cheap.nodes[node]["label"] == data["label"]
                assert cheap.nodes[node]["articles"] == len(data["docs"])
            elif data["kind"] != "time":  # other labels are read only for the nodes a table shows
                assert label(store, node) == data["label"]
