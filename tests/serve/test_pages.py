"""The explorer's pages and their JSON through Starlette's TestClient: search, actor, article and
SPARQL pages, 404s, review marks, escaping of hostile labels and the security headers."""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

import pytest
from starlette.testclient import TestClient

from kg.rdf.store import open_store
from kg.rdf.verdicts import Verdict, record
from kg.serve import create_app, open_served_store
from kg.serve.app import CSP
from tests.rdf.conftest import sample_extraction
from tests.review.conftest import facts_of
from tests.serve.conftest import LOCAL, write_store
from tests.views.conftest import XSS_IMG, XSS_SCRIPT, XSS_TITLE, second_extraction

PETRO = "https://kg.example.org/id/person/gustavo-petro"


def fact(summary: str) -> str:
    return {s: f for f, s in facts_of(sample_extraction()).items()}[summary]


def actor_url(iri: str) -> str:
    return "/actor?iri=" + quote(iri, safe="")


def markup(page: str, element_id: str) -> str:
    """The inner HTML of the element with this id (up to its closing tag of the same name)."""
    match = re.search(rf'<(\w+)[^>]*id="{element_id}"[^>]*>(.*?)</\1>', page, re.DOTALL)
    assert match, element_id
    return match.group(2)


def section(page: str, element_id: str) -> str:
    """The text of the element with this id, spaces collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", markup(page, element_id)))


def test_autocompletion_finds_a_name_by_any_word(client):
    found = client.get("/api/actors", params={"q": "petr"}).json()
    assert [a["label"] for a in found] == ["Gustavo Petro"]
    assert found[0]["url"] == actor_url(PETRO) and found[0]["cls"] == "Person" and found[0]["articles"] == 2
    assert client.get("/api/actors", params={"q": "presid"}).json()[0]["label"] == "Gustavo Petro"  # an alias
    assert client.get("/api/actors", params={"q": "  "}).json() == []
    assert client.get("/api/actors", params={"q": "zzz"}).json() == []


def test_the_search_page_lists_matches(client):
    page = client.get("/search", params={"q": "Bess"}).text
    assert "Scott Bessent" in page and actor_url(
        "https://kg.example.org/id/person/scott-bessent"
    ) in html.unescape(page)
    assert "No actor" in client.get("/search", params={"q": "Nobody"}).text


def test_the_actor_page(client):
    response = client.get("/actor", params={"name": "petro"})
    assert response.status_code == 200
    page = response.text
    assert section(page, "kg-actor").strip() == "Gustavo Petro"
    assert "person" in page and "President Gustavo Petro" in section(page, "kg-aliases")
    assert "President of Colombia" in section(page, "kg-roles")
    timeline = section(page, "kg-timeline")
    # by resolved date: the meeting (second article), the sanction, then the order
    assert [m for m in re.findall(r"\d{4}-\d{2}-\d{2}", timeline)] == [
        "2025-09-02",
        "2025-10-01",
        "2025-11-11",
    ]
    assert timeline.index("sanction") < timeline.index("order")
    assert "In October" in timeline and "on Tuesday" in timeline
    co_actors = section(page, "kg-coactors")
    assert {"Trump administration", "Scott Bessent", "Colombian security forces"} <= set(
        re.findall(r"(Trump administration|Scott Bessent|Colombian security forces)", co_actors)
    )
    sources = section(page, "kg-sources")
    assert "placed financial sanctions on Petro" in sources and "characters 480–568" in sources
    assert "Trump administration sanctioned Gustavo Petro" in re.sub(
        r"\s+", " ", section(page, "kg-relations")
    )


def test_undated_events_are_listed_apart(client):
    page = client.get("/actor", params={"name": "US military"}).text
    assert 'data-class="Attack"' in markup(page, "kg-undated")  # "strikes", no date
    assert 'data-class="Attack"' not in markup(page, "kg-timeline")
    assert "2025-08-01" in section(page, "kg-timeline") and 'data-class="Killing"' in markup(
        page, "kg-timeline"
    )


def test_co_actors_are_ranked_by_shared_events(client):
    page = client.get("/actor", params={"name": "Scott Bessent"}).text
    assert section(page, "kg-coactors").strip().startswith("Gustavo Petro")


@pytest.mark.parametrize(
    "url",
    [
        "/actor?name=Nobody",
        "/actor?iri=https%3A%2F%2Fkg.example.org%2Fid%2Fnope",
        "/actor",
        "/article?doc=nope",
        "/article",
    ],
)
def test_unknown_actors_and_articles_are_404(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Not found" in response.text


def test_the_article_page_reads_in_order_with_highlights(client):
    page = client.get("/article", params={"doc": "colombia-us"}).text
    starts = [int(s) for s in re.findall(r'<li data-start="(\d+)"', page)]
    assert starts == sorted(starts) and len(starts) >= 6
    assert '<mark class="kg-name">Trump administration</mark>' in page
    assert '<mark class="kg-trigger">financial sanctions</mark>' in page
    assert "Colombia to suspend intelligence cooperation with US" in section(page, "kg-article")


def test_the_sparql_page_runs_a_query_into_a_table(client):
    page = client.get(
        "/query", params={"query": "SELECT ?l WHERE { ?p a kg:Person ; rdfs:label ?l } ORDER BY ?l"}
    ).text
    table = section(page, "kg-results")
    assert "Gustavo Petro" in table and "Scott Bessent" in table
    assert "not valid SPARQL" in section(
        client.get("/query", params={"query": "SELECT"}).text, "kg-query-error"
    )
    example = client.get("/query", params={"example": "casualties"}).text
    assert "kg:Killing" in html.unescape(example) and "kg-results" not in example  # shown, not yet run


def test_hostile_labels_are_text_everywhere(client):
    found = client.get("/api/actors", params={"q": "<img"}).json()
    assert found and found[0]["label"] == XSS_IMG  # JSON keeps the text as it is
    pages = [
        client.get("/search", params={"q": "<img"}).text,
        client.get("/actor", params={"iri": found[0]["iri"]}).text,
        client.get("/actor", params={"name": XSS_SCRIPT}).text,
        client.get("/article", params={"doc": "xss"}).text,
        client.get("/query", params={"query": "SELECT ?l WHERE { ?x rdfs:label ?l }"}).text,
    ]
    for page in pages:
        for hostile in (XSS_IMG, XSS_SCRIPT, XSS_TITLE, "<script>window.__pwned"):
            assert hostile not in page
        assert page.count("<script") == page.count("</script>")
    assert html.unescape(markup(pages[1], "kg-actor")) == XSS_IMG  # shown as the text it is
    # the JSON for the page's script cannot end its <script> element
    focus = re.search(r'<script type="application/json" id="kg-focus">(.*?)</script>', pages[1], re.DOTALL)
    assert focus and json.loads(focus.group(1))["label"] == XSS_IMG


def test_every_response_carries_the_security_headers(client):
    for url in ("/", "/actor?name=Petro", "/sparql?query=ASK%7B%7D", "/static/explorer.js"):
        headers = client.get(url).headers
        assert headers["content-security-policy"] == CSP
        assert headers["x-content-type-options"] == "nosniff"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP and "connect-src 'self'" in CSP


def test_vendored_assets_are_served_and_pages_load_nothing_else(client):
    page = client.get("/actor", params={"name": "Petro"}).text
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert {
        "/static/explorer.css",
        "/static/explorer.js",
        "/static/graph.js",
        "/static/vis/vis-network.min.js",
    } <= set(assets)
    for asset in assets:
        assert client.get(asset).status_code == 200
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)


def test_a_foreign_host_header_is_refused(client):
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    """A client over a store where a reviewer rejected the sanction and confirmed one fact of the order."""
    path = write_store(
        tmp_path_factory.mktemp("reviewed") / "store", sample_extraction(), second_extraction()
    )
    with open_store(path) as store:
        record(
            store,
            [
                Verdict(fact("Trump administration sanctioned Gustavo Petro"), False, "not-stated"),
                Verdict(fact("Gustavo Petro ordered Colombian security forces"), True),
            ],
        )
    store = open_served_store(path)
    with TestClient(create_app(store, query_workers=1), base_url=LOCAL) as test_client:
        yield test_client
    store.close()


def test_review_marks_on_the_timeline_and_the_article(reviewed):
    page = reviewed.get("/actor", params={"name": "Gustavo Petro"}).text
    sanction = re.search(r'<div class="kg-event ([^"]*)" data-class="Sanction"', page)
    order = re.search(r'<div class="kg-event ([^"]*)" data-class="Order"', page)
    meeting = re.search(r'<div class="kg-event\s*" data-class="Meeting"', page)
    assert sanction and sanction.group(1) == "kg-rejected"
    assert order and order.group(1) == "kg-reviewed"
    assert meeting, "an event nobody reviewed carries no mark"
    article = reviewed.get("/article", params={"doc": "colombia-us"}).text
    assert 'class="kg-event kg-rejected" data-class="Sanction"' in article


def test_the_graph_panel_json_is_the_actor_network_around_an_actor(client):
    data = client.get("/api/network", params={"iri": PETRO}).json()
    names = {node["name"] for node in data["nodes"]}
    assert {"Gustavo Petro", "Trump administration", "Scott Bessent"} <= names
    focus = [node for node in data["nodes"] if node["focus"]]
    assert [node["id"] for node in focus] == [PETRO]
    sanction = [
        e
        for e in data["edges"]
        if {e["from"], e["to"]}
        == {PETRO, "https://kg.example.org/id/governmentorganization/trump-administration"}
    ]
    assert sanction and sanction[0]["classes"][0][0] == "Sanction"
    assert client.get("/api/network", params={"iri": "https://kg.example.org/id/nobody"}).status_code == 404
    assert client.get("/api/network").status_code == 404
