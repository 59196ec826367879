"""Named queries answer the questions of issue 3 on the sample; errors are one clear QueryError."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.rdf import summary_upkeep
from kg.rdf.query import named_queries, resolve_query, table_of

from .conftest import joined_in_order


def test_named_queries_are_listed_with_descriptions_and_params():
    queries = named_queries()
    assert {"actors", "who-did-what-to-whom", "events", "casualties"} <= queries.keys()
    assert all(q.description for q in queries.values())
    assert "actor" in queries["events"].params and "predicate" in queries["who-did-what-to-whom"].params


def test_who_sanctioned_petro(store):
    rows = store.query("who-did-what-to-whom", actor="Gustavo Petro", predicate="sanctioned").records()
    assert [(r["subject"], r["object"], r["asserted"]) for r in rows] == [
        ("Trump administration", "Gustavo Petro", "true")
    ]
    # ... and the administration is linked to the United States
    based = store.query("who-did-what-to-whom", actor="Trump administration", predicate="basedIn").records()
    assert [r["object"] for r in based] == ["United States"]


def test_what_petro_ordered(store):
    rows = store.query("events", actor="gustavo petro").records()  # case-insensitive, label or alias
    order = next(r for r in rows if r["class"] == "Order")
    assert order["content"] == "stop sharing intelligence"
    assert order["date"] == "2025-11-11" and order["dateText"] == "on Tuesday"
    assert {r["class"] for r in rows} == {"Order", "Sanction"}
    assert store.query("events", actor="Petro").rows == store.query("events", actor="Gustavo Petro").rows


def test_casualties_keep_the_qualifier_and_the_attribution(store):
    (row,) = store.query("casualties").records()
    assert (row["quantity"], row["qualifier"], row["killedBy"]) == ("75", "at least", "US military")
    assert row["attribution"] == "figures supplied by the Trump administration"


def test_events_have_resolved_dates(store):
    dated = {r["label"]: r["date"] for r in store.query("events").records() if r["date"]}
    assert dated == {"killed": "2025-08-01", "ordered": "2025-11-11", "financial sanctions": "2025-10-01"}


def test_hedged_facts_are_marked(store):
    rows = store.query("who-did-what-to-whom").records()
    by_pred = {r["predicate"]: r for r in rows}
    assert by_pred["killed"]["asserted"] == "false" and by_pred["killed"]["attribution"]
    assert by_pred["responded to"]["negated"] == "true"
    assert by_pred["suspended"]["modality"] == "must" and by_pred["suspended"]["asserted"] == "false"


def test_actors_have_classes_and_aliases(store):
    rows = {r["label"]: r for r in store.query("actors").records()}
    assert rows["United States"]["class"] == "Country" and rows["United States"]["countryCode"] == "US"
    assert set(rows["United States"]["aliases"].split(" | ")) == {"US", "U.S.", "the United States"}
    assert "people" not in rows and "boats" not in rows  # concepts are not actors


def test_parameters_are_escaped_not_pasted(store):
    assert store.query("events", actor='x" } } ; DROP ALL ; #').rows == ()
    assert store.count() > 0


@pytest.mark.parametrize(
    ("query", "params", "match"),
    [
        ("nope", {}, "unknown named query 'nope'"),
        ("events", {"colour": "red"}, "no parameter 'colour'"),
        ("SELECT ?x WHERE { ?x ", {}, "not valid SPARQL"),
        ("SELECT * WHERE { ?s ?p ?o }", {"actor": "x"}, "only apply to named queries"),
        ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", {}, "--update"),
    ],
)
def test_query_errors_are_one_clear_line(store, query, params, match):
    with pytest.raises(QueryError, match=match) as info:
        store.query(query, **params)
    assert "\n" not in str(info.value)


def test_raw_sparql_ask_and_construct(store):
    assert store.query("ASK { ?s a <https://w3id.org/kg-news/ontology#Killing> }").rows == (("true",),)
    table = store.query(
        "CONSTRUCT { ?s a ?t } WHERE { ?s a <https://w3id.org/kg-news/ontology#Killing> ; a ?t }"
    )
    assert table.columns == ("subject", "predicate", "object") and len(table) == 1


def test_updates_run_only_through_update(store):
    # updates see the real default graph, not the union: name the graphs
    store.update(
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> DELETE WHERE { GRAPH ?g { ?e a kg:Killing ; ?p ?o } }"
    )
    assert store.query("casualties").rows == ()  # the summary was recomputed after the update
    with pytest.raises(QueryError, match="not valid SPARQL"):
        store.update("DELETE nonsense")
    assert not summary_upkeep.is_stale(store)  # a failed update changed nothing


def test_table_formats(store):
    table = store.query("casualties")
    assert table.to_csv().splitlines()[0].startswith("event,label,quantity,qualifier")
    assert json.loads(table.to_json())[0]["quantity"] == "75"


@pytest.mark.parametrize("fmt", ["tsv", "json", "xml"])
def test_results_in_the_w3c_formats_parse_back_to_the_same_table(store, fmt):
    data = store.query_results("casualties", fmt)
    assert table_of(ox.parse_query_results(data, ox.QueryResultsFormat.from_extension(fmt))) == store.query(
        "casualties"
    )
    ask = store.query_results("ASK { ?e a <https://w3id.org/kg-news/ontology#Killing> }", fmt)
    assert table_of(ox.parse_query_results(ask, ox.QueryResultsFormat.from_extension(fmt))).rows == (
        ("true",),
    )


def test_csv_results_and_what_has_no_results_format(store):
    rows = list(csv.reader(io.StringIO(store.query_results("casualties", "csv").decode())))
    table = store.query("casualties")
    assert rows == [list(table.columns)] + [["" if v is None else v for v in row] for row in table.rows]
    with pytest.raises(QueryError, match="unknown results format 'html'"):
        store.query_results("casualties", "html")
    with pytest.raises(QueryError, match="returns triples"):
        store.query_results("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "json")


@pytest.mark.parametrize("name", ["who-did-what-to-whom", "events", "actors", "casualties"])
def test_pages_are_disjoint_and_together_the_whole_result(store, name):
    whole = store.query(name).rows
    assert len(whole) >= 1
    pages = [store.query(name, limit=2, offset=start).rows for start in range(0, len(whole) + 2, 2)]
    assert all(len(page) <= 2 for page in pages) and not pages[-1]
    # in order, none twice, none lost
    assert joined_in_order(row for page in pages for row in page) == joined_in_order(whole)
    assert store.query(name, limit=0).rows == ()


@pytest.mark.parametrize("name", ["actors", "casualties"])
def test_a_listing_picks_its_page_before_it_describes_the_rows(name):
    # the page goes on the subquery's `#page` line, so only the page's rows are described
    text = resolve_query(name, limit=5, offset=10)
    inner, outer = text.split("LIMIT 5 OFFSET 10")
    assert "SELECT" in inner and "GROUP BY" in outer and "LIMIT" not in outer
    assert resolve_query("events", limit=5, offset=10).endswith("\nLIMIT 5\nOFFSET 10")


def test_the_page_end_reaches_the_query_as_an_integer():
    # casualties reads its bands down to where the page ends (offset plus limit), each `#top` as far
    text = resolve_query("casualties", limit=5, offset=10)
    assert "VALUES ?page_end { 15 }" in text and text.count("LIMIT 15") == 2
    assert "VALUES ?page_end { UNDEF }" in resolve_query("casualties")  # no page: every band


def test_rows_stream_as_the_store_finds_them(store):
    columns, rows = store.query_rows("who-did-what-to-whom", limit=3)
    assert columns == store.query("who-did-what-to-whom").columns
    assert not isinstance(rows, (list, tuple)) and list(rows) == list(
        store.query("who-did-what-to-whom").rows[:3]
    )


@pytest.mark.parametrize("bound", [-1, "3; DROP ALL", 1.5, True])
def test_a_page_bound_is_a_whole_number_never_text(store, bound):
    with pytest.raises(QueryError, match="whole number"):
        store.query("events", limit=bound)


def test_raw_sparql_is_not_paged_behind_its_back(store):
    with pytest.raises(QueryError, match="LIMIT/OFFSET"):
        store.query("SELECT * WHERE { ?s ?p ?o }", limit=10)
