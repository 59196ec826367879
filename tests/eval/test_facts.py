"""The reference-facts scorer on a tiny hand-made gold file and triples whose result is known."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import EvalError
from kg.eval import facts
from kg.types import Article, Entity, Extraction, Literal, Provenance, Relation

FIXTURES = Path(__file__).parent / "fixtures"


def test_known_report():
    gold = facts.load_gold(FIXTURES / "facts_gold.json")
    triples, bad = facts.load_triples(FIXTURES / "facts_triples.jsonl")
    assert bad == 1
    report = facts.score_facts(gold, triples)
    assert [(fid, ok) for fid, ok, _ in report.facts] == [
        ("F01", True),
        ("F02", True),
        ("F03", False),
        ("F04", False),
    ]
    assert report.facts[1][2] == "France | location of | Acme Corp"  # inverse phrasing counts
    # "Lee" is a second node for Ann Lee and typed Organization: neither merged nor typed
    assert report.entities[0] == ("Ann Lee", 2, ["organization", "person"], False)
    assert (report.found, report.merged, report.typed) == (2, 2, 2)
    assert report.junk_pct == pytest.approx(12.5)  # "it" is 1 of 8 endpoints
    assert report.summary() == "facts 2/4  merged 2/3  typed 2/3  junk 12.5%  triples 4"
    assert report.lines()[-1] == report.summary()


@pytest.mark.parametrize(
    ("label", "aliases", "expected"),
    [
        ("The United States", ["United States"], True),
        ("US President Donald Trump", ["Donald Trump"], True),
        ("Petrograd", ["Petro"], False),
        ("Petro\u2019s", ["Petro's"], True),
        ("", ["x"], False),
    ],
)
def test_label_matches(label, aliases, expected):
    assert facts.label_matches(label, aliases) is expected


@pytest.mark.parametrize(
    ("pred", "stems", "expected"),
    [
        ({"id": "holdsRole", "label": "holds role"}, ["role"], True),
        ({"id": "https://example.org/kg#leaderOf", "label": "leads"}, ["leader"], True),
        ({"id": "rel:sanctioned", "label": "sanctioned"}, ["sanction"], True),
        ("killed", ["kill"], True),
        ({"label": "skilled"}, ["kill"], False),
    ],
)
def test_predicate_matches(pred, stems, expected):
    assert facts.predicate_matches(pred, stems) is expected


def test_triples_of_uses_the_jsonl_contract():
    ann = Entity("p1", "Ann Lee", "Person")
    rel = Relation(ann, "killed", "killed", Literal("3", "integer"), Provenance("d", "s", 0, 1, 0.5))
    actor, triple = facts.triples_of([Extraction(Article("d", "s"), (ann,), (), (rel,))])
    assert actor["subject"] == triple["subject"] == {"id": "p1", "label": "Ann Lee", "type": "Person"}
    assert actor["object"] == {"id": "kg:Person", "label": "Person"}
    assert triple["object"] == {"value": "3", "datatype": "integer"}
    assert facts.predicate_matches(triple["predicate"], ["kill"])


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[]", "not a reference-facts file"),
        ('{"facts": [{"id": "F1", "subject": "Ann", "predicate": ["x"], "object": ["y"]}]}', "list-valued"),
        ('{"facts": [{"subject": ["a"], "predicate": ["x"], "object": ["y"]}]}', 'no "id"'),
        ('{"facts": [], "entities": [{"canonical": "A", "aliases": ["A"], "type": "Fruit"}]}', "use one of"),
        ("nope", "not a JSON file"),
    ],
)
def test_malformed_gold(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message) as info:
        facts.load_gold(path)
    assert "\n" not in str(info.value)


def test_gold_fixture_round_trips():
    gold = json.loads((FIXTURES / "facts_gold.json").read_text(encoding="utf-8"))
    assert facts.load_gold(FIXTURES / "facts_gold.json")["facts"] == gold["facts"]
