"""The trained CoNLL04 components: they ship, load, read an unambiguous pair, and are optional."""

from __future__ import annotations

import pytest

from kg.extractor import extract, extract_doc
from kg.nlp import pipeline, relclf
from kg.nlp.entities import find_entities
from kg.types import Article, Provenance
from tests.conftest import kg

SMITH = "John Smith, a spokesman for Acme Corp., said the company would close its plant."


def _prov(sent, confidence):
    return Provenance("t", sent.text, sent.start_char, sent.end_char, confidence)


def test_models_ship_and_load(nlp):
    assert pipeline.trained_models() is not None, "run `kg train` to build kg/nlp/models"
    names = nlp.pipe_names
    assert names.index("ner") < names.index("conll_ner") < names.index("kg_ents_unstash")
    doc = nlp("Lee Harvey Oswald shot President John F. Kennedy in Dallas.")
    assert {s.label_ for s in doc.spans[pipeline.CONLL_SPANS]} <= {"Peop", "Org", "Loc", "Other"}
    assert any(s.text == "Dallas" and s.label_ == "Loc" for s in doc.spans[pipeline.CONLL_SPANS])
    assert any(e.label_ == "GPE" for e in doc.ents), "the news NER's entities stay in doc.ents"


def test_classifier_reads_work_for(nlp):
    doc = nlp(SMITH)
    entities = find_entities(doc).entities
    found = relclf.trained_relations(doc, entities, [], _prov)  # no rule relations: the model alone
    got = {(r.subject.label, r.predicate, r.object.label) for r in found}
    assert ("John Smith", "worksFor", "Acme Corp.") in got
    rel = next(r for r in found if r.predicate == "worksFor")
    assert 0.5 <= rel.provenance.confidence <= 1.0
    assert rel.rule == "relclf:Work_For", "the review report measures precision per component"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mark Chapman , who shot John Lennon outside the Dakota , was sentenced.",
            {("Mark Chapman", "killed", "John Lennon")},
        ),
        ("IBM , based in Armonk , N.Y. , posted a loss.", {("IBM", "basedIn", "Armonk , N.Y.")}),
        ("The company , based in Armonk , N.Y. , posted a loss.", set()),  # a common noun is no party
    ],
)
def test_classifier_pairs(nlp, text, expected):
    doc = nlp(text)
    found = relclf.trained_relations(doc, find_entities(doc).entities, [], _prov)
    assert {(r.subject.label, r.predicate, r.object.label) for r in found} == expected


def test_rules_win_on_the_same_pair(classified):
    ex = classified(SMITH)
    pairs = [(r.subject.label, r.object.label) for r in ex.relations if r.predicate == "worksFor"]
    assert pairs.count(("John Smith", "Acme Corp.")) == 1


def test_without_models_extraction_falls_back_to_rules(monkeypatch):
    monkeypatch.setattr(pipeline, "trained_models", lambda: None)
    bare = pipeline._load.__wrapped__(pipeline.DEFAULT_MODEL, True)  # bypass the cache: no model folder
    assert "conll_ner" not in bare.pipe_names
    ex = next(extract([Article(id="t", text=SMITH)], nlp=bare))
    assert ("John Smith", "worksFor", "Acme Corp.") in {
        (r.subject.label, r.predicate, getattr(r.object, "label", None)) for r in ex.relations
    }
    doc = bare(SMITH)
    assert pipeline.CONLL_SPANS not in doc.spans
    assert relclf.trained_relations(doc, find_entities(doc).entities, [], _prov) == []


def test_trained_switch_off(nlp):
    rules_only = pipeline.load(trained=False)
    assert "conll_ner" not in rules_only.pipe_names
    art = Article(id="t", text=SMITH)
    assert extract_doc(rules_only(SMITH), art).relations


def test_model_round_trip(tmp_path):
    model = relclf.fit([["tp=Peop>Org", "bw=for"], ["tp=Peop>Org", "bw=near"]], [5, 0], epochs=30)
    model.threshold = 0.4
    model.save(tmp_path)
    again = relclf.RelationModel.load(tmp_path)
    assert again.threshold == 0.4 and again.vocab == model.vocab
    probs = again.probabilities([again.index(["tp=Peop>Org", "bw=for"])])
    assert probs[0].argmax() == relclf.LABELS.index("Work_For")


def test_kg_train_refuses_a_test_split(tmp_path):
    split = tmp_path / "conll04_test.json"
    split.write_text("[]", encoding="utf-8")
    result = kg("train", split, "--out", tmp_path / "models")
    assert result.exit_code == 1, result.output
    assert (
        result.stderr.startswith("kg: error:")
        and "refusing to train or tune on a test split" in result.stderr
    )
    assert not (tmp_path / "models").exists()
