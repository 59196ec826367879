"""The Python API mirrors the CLI: kg.open_store / kg.build / Store.query."""

from __future__ import annotations

import kg
from tests.rdf.conftest import sample_extraction


def test_public_names_are_sorted_and_resolve():
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert getattr(kg, name) is not None


def test_open_store_and_query_like_the_cli(tmp_path):
    graph = kg.open_store(tmp_path / "s")
    graph.add_extraction(sample_extraction())
    table = graph.query("events", actor="Gustavo Petro")
    assert isinstance(table, kg.Table)
    assert {"Order", "Sanction"} == set(table.column("class"))
