"""The questions a reader asks of the sample article, answered from the graph built by `kg build`."""

from __future__ import annotations

import pytest

from kg.pipeline import build
from kg.rdf import open_store
from tests.conftest import SAMPLE

KG = "https://w3id.org/kg-news/ontology#"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample")
    build([SAMPLE], path)
    with open_store(path, read_only=True) as s:
        yield s


def test_who_sanctioned_petro_is_the_us_administration_linked_to_the_us(store):
    rows = store.query(f"""
        SELECT DISTINCT ?who ?country WHERE {{ GRAPH ?g {{
          ?s <{KG}sanctioned> ?p . ?p <{LABEL}> "Gustavo Petro" . ?s <{LABEL}> ?who .
          OPTIONAL {{ ?s <{KG}partOf> ?c . ?c <{LABEL}> ?country }} }} }}""").rows
    assert ("Trump administration", "United States") in rows


def test_what_petro_ordered(store):
    table = store.query("events", actor="Gustavo Petro")
    order = [r for r in table.records() if r["class"] == "Order"]
    assert (
        order
        and order[0]["date"] == "2025-11-11"
        and order[0]["content"].startswith("stop sharing intelligence")
    )


def test_how_many_were_killed_in_the_strikes(store):
    rows = store.query("casualties").records()
    assert {r["quantity"] for r in rows} == {"75"}
    assert any(r["qualifier"] == "at least" and r["attribution"] == "Trump administration" for r in rows)


def test_sanction_is_dated_from_the_article(store):
    rows = store.query("events", actor="Gustavo Petro").records()
    assert any(r["class"] == "Sanction" and r["date"] == "2025-10-24" for r in rows)
