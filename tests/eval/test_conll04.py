"""CoNLL04 loading, the ontology → CoNLL04 mapping tables, and mapping our output back to tokens."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import EvalError
from kg.eval import conll04
from kg.eval.conll04 import (
    ENTITY_LABELS,
    ENTITY_TYPES,
    RELATION_LABELS,
    RELATION_TYPES,
    conll_entity_type,
    conll_relation_type,
)
from kg.eval.scoring import Item
from kg.rdf.vocab import is_class, is_relation
from kg.types import Article, Entity, Extraction
from tests.eval.conftest import entity as _entity
from tests.eval.conftest import relation as _relation

FIXTURES = Path(__file__).parent / "fixtures"


def test_load_builds_text_offsets_and_items():
    first, second = conll04.load(FIXTURES / "conll04_tiny.json")
    assert first.text == "John Smith killed Bob Jones in Paris ."
    assert first.offsets[3] == (18, 21)
    assert first.entities == (Item("Peop", ((0, 2),)), Item("Peop", ((3, 5),)), Item("Loc", ((6, 7),)))
    assert first.relations == (Item("Kill", ((0, 2), (3, 5))),)
    assert second.relations[1] == Item("Work_For", ((8, 10), (0, 2)))
    assert len(conll04.load(FIXTURES / "conll04_tiny.json", limit=1)) == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a JSON file"),
        ('{"tokens": []}', "expected a JSON list"),
        (
            '[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0}], "relations": []}]',
            "sentence 0: malformed",
        ),
        ('[{"tokens": ["a"], "entities": [{"type": "Peop", "start": 0, "end": 3}]}]', "outside its 1 tokens"),
        (
            '[{"tokens": ["a"], "entities": [], "relations": [{"type": "Kill", "head": 0, "tail": 1}]}]',
            "malformed",
        ),
    ],
)
def test_malformed_files_raise_one_line(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvalError, match=message) as info:
        conll04.load(path)
    assert "\n" not in str(info.value)


def test_missing_file_raises():
    with pytest.raises(EvalError, match="cannot read"):
        conll04.load(FIXTURES / "nope.json")


@pytest.mark.parametrize(
    ("predicate", "subject", "obj", "expected"),
    [
        ("killed", "Peop", "Peop", ("Kill", False)),
        ("killed", "Other", "Peop", ("Kill", False)),  # mistyped killer: the spans decide
        ("worksFor", "Peop", "Org", ("Work_For", False)),
        ("leaderOf", "Peop", "Org", ("Work_For", False)),
        ("memberOf", "Peop", "Org", ("Work_For", False)),
        ("leaderOf", "Peop", "Loc", ("Live_In", False)),  # "Haitian President Aristide" is Live_In in CoNLL04
        ("worksFor", "Peop", "Loc", ("Live_In", False)),
        ("livesIn", "Peop", "Loc", ("Live_In", False)),
        ("citizenOf", "Peop", "Loc", ("Live_In", False)),
        ("locatedIn", "Loc", "Loc", ("Located_In", False)),
        ("locatedIn", "Org", "Loc", ("OrgBased_In", False)),
        ("basedIn", "Org", "Loc", ("OrgBased_In", False)),
        ("holdsRole", "Peop", "Other", None),
        ("sanctioned", "Loc", "Peop", None),
        ("bear-in", "Peop", "Loc", None),  # open-class verb relations never count
    ],
)
def test_relation_table(predicate, subject, obj, expected):
    assert conll_relation_type(predicate, subject, obj) == expected


def test_tables_use_only_ontology_terms():
    assert all(is_relation(predicate) for predicate, _, _ in RELATION_TYPES), "declare it in ontology/kg.ttl"
    assert all(is_class(cls) for cls in ENTITY_TYPES), "declare it in ontology/kg.ttl"


def test_relation_table_is_well_formed():
    for (predicate, subject, obj), (kind, inverse) in RELATION_TYPES.items():
        assert predicate and predicate[0].islower(), predicate
        assert subject in (*ENTITY_LABELS, "*") and obj in (*ENTITY_LABELS, "*")
        assert kind in RELATION_LABELS and isinstance(inverse, bool)
    assert {kind for kind, _ in RELATION_TYPES.values()} == set(RELATION_LABELS)


@pytest.mark.parametrize(
    ("cls", "expected"),
    [
        ("Person", "Peop"),
        ("Organization", "Org"),
        ("GovernmentOrganization", "Org"),
        ("Country", "Loc"),
        ("Location", "Loc"),
        ("MilitaryOrganization", "Org"),
        ("Group", "Other"),
        ("Killing", "Other"),
    ],
)
def test_entity_table(cls, expected):
    assert conll_entity_type(cls) == expected


def test_score_sentences_known_numbers(tiny_extractions):
    sentences = conll04.load(FIXTURES / "conll04_tiny.json")
    report = conll04.score_sentences(sentences, tiny_extractions(sentences)).to_dict()
    assert report["sentences"] == 2
    strict, lenient = report["relations"]["strict"], report["relations"]["lenient"]
    assert strict["micro"] == pytest.approx({"precision": 0.5, "recall": 2 / 3, "f1": 4 / 7})
    assert lenient["micro"] == pytest.approx({"precision": 0.75, "recall": 1.0, "f1": 6 / 7})
    assert strict["per_type"]["Kill"] == {
        "precision": 0.0,
        "recall": 0.0,
        "f1": 0.0,
        "tp": 0,
        "fp": 1,
        "fn": 1,
    }
    assert lenient["per_type"]["Kill"]["tp"] == 1
    assert report["entities"]["strict"]["micro"] == pytest.approx(
        {"precision": 5 / 6, "recall": 5 / 6, "f1": 5 / 6}
    )
    assert report["entities"]["lenient"]["micro"]["f1"] == 1.0


def test_missing_extraction_predicts_nothing(tiny_extractions):
    sentences = conll04.load(FIXTURES / "conll04_tiny.json")
    report = conll04.score_sentences(sentences, tiny_extractions(sentences)[:1]).to_dict()
    assert report["relations"]["strict"]["per_type"]["Work_For"]["fn"] == 1


def test_closest_mentions_and_no_pronouns():
    tokens = [
        "Ann",
        "Lee",
        "met",
        "Bo",
        ".",
        "Later",
        "Lee",
        ",",
        "who",
        "he",
        "admired",
        ",",
        "joined",
        "Acme",
        ".",
    ]
    sentence = conll04.Sentence(tuple(tokens))
    text = sentence.text
    ann = _entity("Ann Lee", "Person", (0, 7), (text.index("Later Lee") + 6, text.index("Later Lee") + 9))
    bo = _entity("Bo", "Person", (12, 14), (text.index("he "), text.index("he ") + 2))
    acme = _entity("Acme", "Organization", (text.index("Acme"), text.index("Acme") + 4))
    extraction = Extraction(
        Article("conll04-0", text), (ann, bo, acme), (), (_relation(ann, "worksFor", acme, text),)
    )
    entities, relations = conll04.predictions(sentence, extraction)
    assert relations == [Item("Work_For", ((6, 7), (13, 14)))]  # the "Lee" nearer to "Acme"
    assert Item("Peop", ((9, 10),)) not in entities  # "he" is not a name
    assert Item("Peop", ((3, 4),)) in entities


def test_only_names_are_entities():
    sentence = conll04.Sentence(("The", "police", "met", "Spanish", "envoys", "in", "Spain", "."))
    text = sentence.text
    police = Entity(
        "governmentorganization/police",
        "police",
        "GovernmentOrganization",
        mentions=((4, 10),),
        mention_kinds=("nominal",),
    )
    spain = Entity(
        "country/ES", "Spain", "Country", mentions=((15, 22), (33, 38)), mention_kinds=("modifier", "name")
    )
    assert text[15:22] == "Spanish" and text[33:38] == "Spain"
    entities, _ = conll04.predictions(
        sentence, Extraction(Article("conll04-0", text), (police, spain), (), ())
    )
    assert entities == [Item("Loc", ((6, 7),))]  # not "police" (a noun phrase), not "Spanish" (a nationality)


def test_a_nationality_word_used_as_a_name_is_other():
    sentence = conll04.Sentence(("Serbs", "left", "Serbia", "."))
    serbia = Entity(
        "country/RS", "Serbia", "Country", mentions=((0, 5), (11, 17)), mention_kinds=("nationality", "name")
    )
    entities, _ = conll04.predictions(
        sentence, Extraction(Article("conll04-0", sentence.text), (serbia,), (), ())
    )
    assert sorted(entities) == [Item("Loc", ((2, 3),)), Item("Other", ((0, 1),))]
