"""The summary graph (kg.rdf.summary): kept up to date by every article write, equal to a recomputation,
in agreement with an aggregate over the article graphs, and the name look-ups that read it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pyoxigraph as ox
import pytest

from kg.rdf import summary, summary_upkeep
from kg.rdf.export import export
from kg.rdf.quads import fact_iri
from kg.rdf.store import open_store
from kg.rdf.summary import ActorSummary, actor, actors, name_key, search_actors
from kg.rdf.verdicts import Verdict, record
from kg.types import Article, Event, Extraction, Literal, Relation
from tests.rdf.conftest import COLOMBIA, PETRO, S_KILLED, US, US_MILITARY, ent, prov, sample_extraction

# the actors query as it was before the summary: an aggregate over every article graph
AGGREGATE = """
PREFIX kg:   <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?actor (MIN(?name) AS ?label)
       (GROUP_CONCAT(DISTINCT ?className; separator=" | ") AS ?class)
       (MIN(?code) AS ?countryCode)
       (GROUP_CONCAT(DISTINCT ?alias; separator=" | ") AS ?aliases)
       (COUNT(DISTINCT ?g) AS ?articles)
WHERE {
  ?type rdfs:subClassOf* kg:Actor .
  GRAPH ?g { ?actor a ?type ; rdfs:label ?name . }
  FILTER(STRSTARTS(STR(?g), "https://kg.example.org/graph/"))
  OPTIONAL { GRAPH ?g { ?actor skos:altLabel ?alias } }
  OPTIONAL { GRAPH ?g { ?actor kg:countryCode ?code } }
  BIND(STRAFTER(STR(?type), STR(kg:)) AS ?className)
}
GROUP BY ?actor
"""


# the killings with a number of dead, as the article graphs give them and as the summary's casualty
# bands index them
GIVEN_KILLINGS = """
SELECT DISTINCT ?event ?number WHERE {
  ?type rdfs:subClassOf* kg:Killing .
  GRAPH ?g { ?event a ?type ; kg:quantity ?number }
}"""
INDEXED_KILLINGS = """
SELECT ?event ?number WHERE { GRAPH data:summary { ?event kg:casualtyBand ?band . ?band kg:casualties ?number } }"""
BAND_COUNTS = (
    "SELECT ?number ?n WHERE { GRAPH data:summary { ?band kg:casualties ?number ; kg:killingCount ?n } }"
)


def summary_quads(store) -> set[ox.Quad]:
    return set(store.quads(str(store.base.summary)))


def indexed_killings(store) -> set[tuple]:
    """The summary's (killing, number of dead) pairs, checked against the article graphs and the
    bands' counts."""
    rows = {
        q: {tuple(r) for r in store.query(store.base.sparql_prefixes + q).rows}
        for q in (GIVEN_KILLINGS, INDEXED_KILLINGS, BAND_COUNTS)
    }
    indexed = rows[INDEXED_KILLINGS]
    assert indexed == rows[GIVEN_KILLINGS]
    assert rows[BAND_COUNTS] == {(n, str(sum(m == n for _, m in indexed))) for _, n in indexed}
    return indexed


def changed(doc: str) -> object:
    """The sample article rewritten: Petro renamed with an accent and a new alias, Colombia gone, a later
    date, 80 dead instead of 75."""
    x = sample_extraction(doc)
    petro = dataclasses.replace(PETRO, label="Gustavo Petró", aliases=("El Presidente",))
    entities = tuple(petro if e.id == PETRO.id else e for e in x.entities if e.id != COLOMBIA.id)
    relations = tuple(r for r in x.relations if COLOMBIA not in (r.subject, r.object))
    eighty = Literal("80", "integer")
    events = tuple(
        dataclasses.replace(
            e,
            roles=tuple(
                (role, eighty if role == "quantity" else who) for role, who in e.roles if who != COLOMBIA
            ),
        )
        for e in x.events
    )
    article = dataclasses.replace(x.article, date=dt.date(2025, 12, 1))
    return dataclasses.replace(x, article=article, entities=entities, relations=relations, events=events)


def canonical(rows) -> set[tuple]:
    """Actor rows with their |-joined lists sorted (GROUP_CONCAT's order is unspecified)."""
    return {
        (
            r["actor"],
            r["label"],
            *(" | ".join(sorted((r[k] or "").split(" | "))) for k in ("class", "aliases")),
            r["countryCode"],
            r["articles"],
        )
        for r in rows
    }


def test_the_incremental_summary_equals_the_recomputed_one_after_adds_changes_and_removals(tmp_path):
    store = open_store(tmp_path / "s")
    steps = [
        lambda: store.add_extraction(sample_extraction("a")),
        lambda: store.add_extraction(sample_extraction("b", dt.date(2025, 11, 20))),
        lambda: store.add_extraction(sample_extraction("c", dt.date(2025, 10, 1))),
        lambda: store.add_extraction(changed("b")),  # a changed article replaces its graph
        lambda: store.remove_graph(str(store.base.graph_iri("c"))),  # held the first date
        lambda: store.add_extraction(sample_extraction("b", dt.date(2025, 11, 20))),  # changed back
        lambda: store.remove_graph(str(store.base.graph_iri("a"))),
    ]
    numbers = set()
    for step in steps:
        step()
        incremental = summary_quads(store)
        # the killings are kept: the ones the article graphs give, in bands of their count
        numbers |= {n for _, n in indexed_killings(store)}
        summary_upkeep.rebuild(store)
        assert summary_quads(store) == incremental
    assert incremental  # not vacuously equal
    assert numbers == {"75", "80"}  # b's killing moved from one band to another and back


def test_a_change_and_a_removal_subtract_what_the_article_said(tmp_path):
    store = open_store(tmp_path / "s")
    store.add_extraction(sample_extraction("a"))
    store.add_extraction(changed("b"))
    petro = actor(store, "gustavo petro")
    assert petro is not None and petro.label == "Gustavo Petro" and petro.articles == 2
    assert "El Presidente" in petro.aliases and petro.last_date == dt.date(2025, 12, 1)
    assert actor(store, "Colombia").articles == 1  # type: ignore[union-attr]
    store.add_extraction(sample_extraction("b"))  # b no longer says "El Presidente" nor 2025-12-01
    petro = actor(store, PETRO.label)
    assert petro is not None and "El Presidente" not in petro.aliases
    assert petro.last_date == dt.date(2025, 11, 12) and actor(store, "Colombia").articles == 2  # type: ignore[union-attr]
    store.remove_graph(str(store.base.graph_iri("a")))
    store.remove_graph(str(store.base.graph_iri("b")))
    assert summary_quads(store) == set() and actor(store, PETRO.label) is None


def test_the_summary_agrees_with_an_aggregate_over_every_article_graph(tmp_path):
    store = open_store(tmp_path / "s")
    for doc, day in (("a", 12), ("b", 20), ("c", 1)):
        store.add_extraction(sample_extraction(doc, dt.date(2025, 11, day)))
    store.add_extraction(changed("c"))
    listed = store.query("actors").records()
    assert canonical(listed) == canonical(store.query(AGGREGATE).records())
    assert len(listed) > 5
    counts = [int(r["articles"] or 0) for r in listed]
    assert counts == sorted(counts, reverse=True) and counts[0] == 3  # most named first
    colombia = next(r for r in listed if r["actor"].endswith("country/CO"))  # type: ignore[union-attr]
    assert (colombia["firstDate"], colombia["lastDate"]) == ("2025-11-12", "2025-11-20")


def test_events_reported_by_two_articles_become_one_reported_event(tmp_path):
    store = open_store(tmp_path / "s")
    store.add_extraction(sample_extraction("a"))
    reported = "SELECT ?e ?n WHERE { GRAPH data:summary { ?e a kg:ReportedEvent ; kg:supportCount ?n } }"
    prefixed = store.base.sparql_prefixes + reported
    assert len(store.query(prefixed)) == 0  # one article corroborates nothing
    store.add_extraction(sample_extraction("b"))
    rows = store.query(prefixed).records()
    # the dated events with an agent, target or patient: killing (2 participants), order, sanction (2 each)
    assert len(rows) >= 3 and {r["n"] for r in rows} == {"2"}
    store.remove_graph(str(store.base.graph_iri("b")))
    assert len(store.query(prefixed)) == 0


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Gustavo Petro", "gustavo petro"),
        ("  GUSTAVO\tPetró ", "gustavo petro"),
        ("Zoë Ørsted", "zoe ørsted"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_a_name_key_ignores_case_accents_and_spacing(text, key):
    assert name_key(text) == key


def test_an_actor_is_found_by_any_name_or_its_iri(store):
    petro = actor(store, "  president   GUSTAVO petró")
    assert petro == ActorSummary(
        iri=str(store.base.mint(PETRO.id)),
        label="Gustavo Petro",
        aliases=("Petro", "President Gustavo Petro"),
        cls="Person",
        country_code=None,
        articles=1,
        first_date=dt.date(2025, 11, 12),
        last_date=dt.date(2025, 11, 12),
    )
    assert actor(store, petro.iri) == petro
    assert actor(store, "U.S.").country_code == "US"  # type: ignore[union-attr]
    assert actor(store, "nobody at all") is None and actor(store, "people") is None  # a concept


def test_prefix_search_matches_the_start_of_any_word_most_named_first(tmp_path):
    store = open_store(tmp_path / "s")
    store.add_extraction(sample_extraction("a"))
    store.add_extraction(changed("b"))  # Colombia only in a: named by fewer articles
    found = search_actors(store, "col")
    assert [a.label for a in found] == ["Colombian security forces", "Colombia"]
    assert [a.label for a in search_actors(store, "PETR")] == ["Gustavo Petro"]  # "Petro", a later word
    assert [a.label for a in search_actors(store, "pe")] == ["Gustavo Petro"]  # "people" is no actor
    assert [a.label for a in search_actors(store, "united st")] == [US.label]
    assert len(search_actors(store, "c", limit=2)) == 2 and search_actors(store, "zzz") == []
    assert search_actors(store, "   ") == []
    named = store.query("actors", name="COL").column("label")  # the same from the command line
    assert named == ["Colombian security forces", "Colombia"]


NAMED = {"Kalo Alpha": 9, "Kalo Beta": 5, "Kalomi Gamma": 2, "Kalo Delta": 1, "Ka Epsilon": 3, "Alf Kalo": 4}
NAMED |= {"Kalo Zeta": 2, "Bo Kalo": 4, "Ca Kalo": 1}  # ties


@pytest.fixture
def ranked(tmp_path):
    """A store whose actors are named by 1 to 9 articles (`NAMED`)."""
    people = {name: ent(f"person/{name.lower().replace(' ', '-')}", name, "Person") for name in NAMED}
    store = open_store(tmp_path / "ranked")
    for i in range(9):
        cast = tuple(p for name, p in people.items() if NAMED[name] > i)
        store.add_extraction(Extraction(Article(f"d{i}", "", date=None), cast, (), ()))
    yield store
    store.close()


def test_prefix_search_reads_the_most_named_bands_first_and_finds_what_a_full_scan_finds(ranked):
    # kg:nameStart carries the band of the article count; a search stops after the band that fills
    # its page, so every page must equal the one a full scan of the actors ranks
    store, named = ranked, NAMED
    everyone = actors(store)
    assert {a.label: a.articles for a in everyone} == named
    for prefix in ("ka", "kal", "kalo", "KALO b", "k", "al", "kalomi g", "zz"):
        key = name_key(prefix)
        matching = [
            a
            for a in everyone
            if any(k.startswith(key) or f" {key}" in k for k in map(name_key, (a.label, *a.aliases)))
        ]
        for limit in range(1, 8):
            expected = sorted(matching, key=lambda a: (-a.articles, a.iri))[:limit]
            assert search_actors(store, prefix, limit=limit) == expected, (prefix, limit)
    assert len(search_actors(store, "kal", limit=2)) == 2


@pytest.mark.parametrize("name", [None, "kal"])
def test_an_actors_page_reads_down_to_its_last_count_and_equals_the_listings_slice(ranked, name):
    # the page is picked among the actors named at least as often as its end (`#top`): every page,
    # across ties, is the slice of the whole listing
    whole = ranked.query("actors", name=name).column("label")
    assert whole == sorted(whole, key=lambda label: (-NAMED[label], label.lower()))
    for limit in range(1, 5):
        for offset in range(len(whole) + 1):
            page = ranked.query("actors", name=name, limit=limit, offset=offset).column("label")
            assert page == whole[offset : offset + limit], (limit, offset)


#: the numbers of dead each article's killings give: ties within an article and across articles
DEAD = {"a": (40, 5, 5), "b": (12, 40), "c": (5,), "d": (300, 12, 1), "e": (5, 7, 40)}


@pytest.fixture
def killings(tmp_path):
    """A store of killings numbering `DEAD`, a killing without a number and an attack with one
    (neither is listed), and verdicts rejecting the 300 and one of a's 5s."""
    store = open_store(tmp_path / "killings")
    rejected = []
    for doc, numbers in DEAD.items():
        events, relations = [], []
        for i, n in enumerate(numbers):
            count = Literal(str(n), "integer")
            where = prov(S_KILLED, 200 * i, doc)
            event = Event(f"event/{doc}/{i}", "Killing", "killed", "killed", where, (("quantity", count),))
            events.append(event)
            relations.append(Relation(US_MILITARY, "killed", "killed", count, where, event=event.id))
            if (doc, i) in (("d", 0), ("a", 1)):
                rejected.append(fact_iri(doc, relations[-1]).value)
        where = prov(S_KILLED, 900, doc)
        events.append(Event(f"event/{doc}/9", "Killing", "killed", "killed", where))
        events.append(Event(f"event/{doc}/8", "Attack", "strikes", "strikes", where, (("quantity", count),)))
        store.add_extraction(Extraction(Article(doc, ""), (US_MILITARY,), tuple(events), tuple(relations)))
    record(store, [Verdict(fact, False) for fact in rejected])
    yield store
    store.close()


@pytest.mark.parametrize("rejected", [None, "include"])
def test_a_casualties_page_reads_down_to_its_least_number_and_equals_the_listings_slice(killings, rejected):
    # the page is picked among the killings of the bands down to the least number it reaches, read
    # further down by as many killings as reviewers rejected: every page is the listing's slice
    whole = killings.query("casualties", rejected=rejected)
    listed = [
        (int(r["quantity"] or 0), (r["event"] or "").rsplit("/id/event/", 1)[1]) for r in whole.records()
    ]
    numbered = {(n, f"{doc}/{i}") for doc, numbers in DEAD.items() for i, n in enumerate(numbers)}
    expected = numbered if rejected else numbered - {(300, "d/0"), (5, "a/1")}
    assert listed == sorted(expected, key=lambda x: (-x[0], x[1]))  # the most dead first, then by IRI
    for limit in range(1, 5):
        for offset in range(len(whole) + 1):
            page = killings.query("casualties", rejected=rejected, limit=limit, offset=offset).rows
            assert page == whole.rows[offset : offset + limit], (limit, offset)


@pytest.mark.parametrize("prefix", ["col", "pe", "petr", "united st", "us", "c", "tr", "zzz"])
def test_prefix_search_reads_many_candidates_in_one_pass_with_the_same_answer(store, monkeypatch, prefix):
    looked_up = search_actors(store, prefix, limit=20)
    monkeypatch.setattr(summary, "_SCAN", 0)  # every candidate set counts as many
    assert search_actors(store, prefix, limit=20) == looked_up


def test_events_and_facts_by_actor_ignore_case_and_accents(store):
    events = store.query("events", actor="gustavo PETRÓ")
    assert len(events) and all(
        "Gustavo Petro" in (r["agents"] or "") + (r["targets"] or "") for r in events.records()
    )
    assert len(events) == len(store.query("events", actor="Gustavo Petro"))
    facts = store.query("who-did-what-to-whom", actor="petro")
    assert len(facts) and all("Gustavo Petro" in (r["subject"], r["object"]) for r in facts.records())


def test_a_build_that_died_leaves_the_summary_stale_and_the_next_build_remakes_it(tmp_path):
    from kg.pipeline import build

    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("date 2025-11-12\nGustavo Petro met Scott Bessent in Bogota.", encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        build([article.parent], store)
        assert not summary_upkeep.is_stale(store)
        good = summary_quads(store)
        assert good
        store.oxigraph.add(ox.Quad(*(ox.NamedNode(store.base.summary),) * 4))  # half-written
        summary_upkeep.mark_stale(store)  # as a build that died half-way leaves it
        assert summary_upkeep.is_stale(store)
        build([article.parent], store)  # nothing changed, yet the summary is made again
        assert not summary_upkeep.is_stale(store) and summary_quads(store) == good


def test_a_store_without_summary_is_stale_and_an_rdf_file_gets_one_in_memory(store, tmp_path):
    assert not summary_upkeep.is_stale(store)
    store.oxigraph.remove_graph(ox.NamedNode(store.base.summary))
    assert summary_upkeep.is_stale(store)  # built by an older kg
    store.add_extraction(sample_extraction())
    summary_upkeep.rebuild(store)
    assert not summary_upkeep.is_stale(store)
    # an older kg wrote kg:nameStart without the count band, which a search would never find
    graph = ox.NamedNode(store.base.summary)
    for q in list(store.oxigraph.quads_for_pattern(None, summary._START, None, graph)):
        store.oxigraph.remove(q)
        store.oxigraph.add(ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value.split()[0]), graph))
    assert summary_upkeep.is_stale(store)
    summary_upkeep.rebuild(store)
    assert not summary_upkeep.is_stale(store) and search_actors(store, "pe")
    # nor did it keep casualty bands, which the casualties listing reads
    for q in list(store.oxigraph.quads_for_pattern(None, summary._BAND, None, graph)):
        store.oxigraph.remove(q)
    assert summary_upkeep.is_stale(store)
    summary_upkeep.rebuild(store)
    assert not summary_upkeep.is_stale(store) and store.query("casualties").column("quantity") == ["75"]
    path = tmp_path / "graph.trig"
    path.write_bytes(export(store, "trig"))  # exports leave the derived summary out
    assert str(store.base.summary).encode() not in path.read_bytes()
    with open_store(path) as from_file:
        assert actor(from_file, "Petro") is not None and len(from_file.query("actors")) > 5


def test_a_bulk_load_of_new_graphs_feeds_the_summary(tmp_path):
    from kg.rdf.quads import extraction_quads

    store = open_store(tmp_path / "s")
    store.bulk_load(
        q for doc in ("a", "b") for q in extraction_quads(sample_extraction(doc), base=store.base)
    )
    # a second batch, taken in at once (summary_upkeep.apply_all): names, dates and events that
    # differ between its articles and from what the summary already holds
    batch = [changed("c"), sample_extraction("d"), changed("e")]
    store.bulk_load(q for x in batch for q in extraction_quads(x, base=store.base))  # type: ignore[arg-type]
    loaded = summary_quads(store)
    assert {n for _, n in indexed_killings(store)} == {"75", "80"}
    summary_upkeep.rebuild(store)
    assert loaded == summary_quads(store) and actor(store, "Petro").articles == 5  # type: ignore[union-attr]
    assert actor(store, "Colombia").articles == 3  # type: ignore[union-attr]
