"""Drawing samples: repeatable by seed, stratified by article, filtered, highlighted."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import InputError
from kg.rdf.validate import validate_store
from kg.rdf.verdicts import Verdict, record
from kg.review.sample import _allocate, draw, highlight
from kg.types import Article, Entity, Extraction, Literal, Provenance, Relation


def facts(items) -> list[str]:
    return [i.fact for i in items]


def test_the_seed_makes_the_sample_repeatable(store):
    assert facts(draw(store, 6, seed=11)) == facts(draw(store, 6, seed=11))
    assert len({tuple(facts(draw(store, 6, seed=s))) for s in range(5)}) > 1


def test_the_sample_is_stratified_by_article(store):
    # 14 facts in colombia-us, 2 in treasury-2025-09: 8 of 16 gives 7 and 1
    items = draw(store, 8, seed=3)
    assert sorted(i.doc for i in items).count("treasury-2025-09") == 1 and len(items) == 8
    assert len(draw(store, 500, seed=1)) == 16, "never more than the pool"


def test_allocation_is_proportional_with_largest_remainders():
    import random

    shares = _allocate({"a": 10, "b": 5, "c": 5}, 5, random.Random(0))
    assert sum(shares.values()) == 5 and shares["a"] in (2, 3) and shares["b"] + shares["c"] in (2, 3)
    assert _allocate({"a": 3, "b": 1}, 4, random.Random(0)) == {"a": 3, "b": 1}


def test_filters_by_article_predicate_and_event_class(store):
    assert {i.doc for i in draw(store, 50, docs=["treasury-2025-09"])} == {"treasury-2025-09"}
    assert {i.predicate for i in draw(store, 50, predicates=["Sanctioned"])} == {"sanctioned"}
    assert {i.predicate for i in draw(store, 50, predicates=["liken"])} == {"likened"}
    assert {i.event_class for i in draw(store, 50, classes=["killing"])} == {"Killing"}
    with pytest.raises(InputError, match="unknown event class 'Bombing'"):
        draw(store, 5, classes=["Bombing"])
    with pytest.raises(InputError, match="no article 'nope'"):
        draw(store, 5, docs=["nope"])
    with pytest.raises(InputError, match="at least 1"):
        draw(store, 0)


def test_facts_with_a_verdict_are_not_drawn_again(store):
    first = draw(store, 5, seed=1)
    record(store, [Verdict(i.fact, True) for i in first])
    again = facts(draw(store, 50, seed=1))
    assert len(again) == 11 and not set(again) & set(facts(first))
    assert len(draw(store, 50, include_reviewed=True)) == 16


def test_an_item_carries_what_the_reviewer_needs(store):
    item = next(i for i in draw(store, 50) if i.predicate == "killed")
    assert (item.subject, item.object, item.event_class) == ("US military", "people", "Killing")
    assert item.attribution == "figures supplied by the Trump administration" and not item.asserted
    assert item.confidence == 0.9 and item.date == "2025-08-01"
    assert item.sentence[slice(*item.subject_span)] == "US military"  # found by its label: no offsets
    assert item.sentence[slice(*item.object_span)] == "people"
    record_ = item.record()
    assert record_["verdict"] == "" and record_["fact"] == item.fact and record_["subject_span"] == [43, 54]


def test_highlight_prefers_whole_words_and_the_place_the_other_argument_is_not():
    s = "The US military said the US would strike."
    assert highlight(s, ["US"]) == (4, 6)
    assert highlight(s, ["US"], avoid=(4, 15)) == (25, 27)
    assert highlight(s, ["militar"]) is None
    assert highlight(s, ["the us military", "US"]) == (0, 15)


def test_an_amount_is_shown_as_the_article_writes_it(store):
    # the fact's rdf:object is the bare decimal 28: without kg:objectText a reviewer reads "28", not "28%"
    sentence = "Sales at Acme jumped 28% in December."
    p = Provenance(doc="acme", sentence=sentence, start=0, end=len(sentence), confidence=0.85)
    sales = Entity(id="concept/acme-sales", label="Acme sales", type="Concept")
    amount = Literal("28", "decimal", unit="%", text="28%")
    relation = Relation(sales, "jump", "jumped", amount, p)
    store.add_extraction(
        Extraction(Article(id="acme", text=sentence), entities=(sales,), relations=(relation,))
    )
    (item,) = draw(store, 5, docs=["acme"])
    assert (item.subject, item.predicate, item.object, item.object_type) == (
        "Acme sales",
        "jumped",
        "28%",
        "literal",
    )


@pytest.mark.parametrize(
    ("precision", "shown"), [("year", "2001"), ("month", "2001-08"), ("day", "2001-08-01")]
)
def test_a_date_is_shown_as_far_as_the_article_states_it(store, precision, shown):
    # "sold in 2001" is stored as 1 January 2001: a judge shown "2001-01-01" reads a claim about a day
    sentence = "Acme sold Widgetco in 2001."
    p = Provenance(doc="acme", sentence=sentence, start=0, end=len(sentence), confidence=0.85)
    acme = Entity(id="organization/acme", label="Acme", type="Organization")
    widgetco = Entity(id="organization/widgetco", label="Widgetco", type="Organization")
    relation = Relation(acme, "sell", "sold", widgetco, p, date=dt.date(2001, 8, 1), date_precision=precision)
    store.add_extraction(
        Extraction(Article(id="acme", text=sentence), entities=(acme, widgetco), relations=(relation,))
    )
    (item,) = draw(store, 5, docs=["acme"])
    assert item.date == shown
    assert validate_store(store).conforms
