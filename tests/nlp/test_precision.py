"""The precision model: facts' confidences, the --min-confidence filter, and training on verdicts."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from kg.errors import InputError, ModelError
from kg.nlp.precision import FactView, PrecisionModel, calibrate, features, view_of
from kg.review.calibrate import train, view_of_record
from kg.terms import NAMESPACE
from kg.types import Article, Entity, Event, Extraction, Literal, Provenance, Relation

TEXT = "Acme Corp bought Globex for $5m. It also hired staff."
ACME = Entity("organization/acme", "Acme Corp", "Organization", mentions=((0, 9),))
GLOBEX = Entity("organization/globex", "Globex", "Organization", mentions=((17, 23),))
STAFF = Entity("concept/staff", "staff", "Concept", mentions=((46, 51),))
S1, S2 = Provenance("d", TEXT[:32], 0, 32, 0.85), Provenance("d", TEXT[33:], 33, 52, 0.75)


def _extraction() -> Extraction:
    bought = Relation(ACME, "buy", "bought", GLOBEX, S1, event="event/d/1")
    paid = Relation(
        ACME, "buy-for", "bought for", Literal("5000000", "decimal", "USD", "$5m"), S1, "event/d/1"
    )
    hired = Relation(ACME, "hire", "hired", STAFF, S2, event="event/d/2")
    events = (
        Event("event/d/1", "Event", "bought", "bought", S1),
        Event("event/d/2", "Event", "hired", "hired", S2),
        Event("event/d/3", "Event", "talks", "talks", S2),  # no relation of its own
    )
    return Extraction(Article("d", TEXT), (ACME, GLOBEX, STAFF), events, (bought, paid, hired))


def _model() -> PrecisionModel:
    # right: named objects; wrong: a one-word common concept taken up from "It"
    return PrecisionModel({"bias": 0.5, "concept-one-word": -2.0, "s-unnamed": -1.0}, {})


def test_each_fact_gets_the_models_probability_and_weak_ones_are_left_out_with_their_events():
    ex = _extraction()
    kept = calibrate(ex, 0.0, _model())
    assert [r.provenance.confidence for r in kept.relations] == [0.62, 0.62, 0.08]
    strict = calibrate(ex, 0.5, _model())
    assert [r.predicate_label for r in strict.relations] == ["bought", "bought for"]
    assert [e.id for e in strict.events] == ["event/d/1", "event/d/3"]  # an event with no relation stays
    assert strict.entities == ex.entities  # actors are listed whether or not a fact names them


def test_the_view_finds_where_the_sentence_names_each_end():
    ex = _extraction()
    classes = {e.id: e.type for e in ex.events}
    bought, paid, hired = (view_of(r, classes) for r in ex.relations)
    assert bought.subject_span == (0, 9) and bought.object_span == (17, 23) and not bought.ontology
    assert paid.object_type == "literal" and paid.object_span == (28, 31)  # "$5m" by its text
    assert hired.subject_span is None and hired.object_span == (13, 18)  # "It", not "Acme Corp"
    assert {"s-unnamed", "concept-one-word", "o-lower", "event:Event"} <= features(hired).keys()
    assert "s-unnamed" not in features(bought) and "distance:0" in features(bought)


def test_the_shipped_model_ranks_a_named_speakers_words_above_a_pronouns_bare_concept():
    said = FactView("Ann Lee", "Person", "said", True, "the plan would fail", "Proposition",
                    "Ann Lee said the plan would fail.", (0, 7), (13, 32), event_class="Statement")  # fmt: skip
    took = FactView("it", "Organization", "took", False, "interest", "Concept",
                    "It took interest.", None, (8, 16))  # fmt: skip
    model = PrecisionModel.load()
    assert model.probability(said) > 0.7 and model.probability(took) < 0.4
    assert model.about["facts"] >= 3000  # trained on the committed audits


def test_a_missing_model_says_how_to_make_one(tmp_path):
    with pytest.raises(ModelError, match="kg calibrate"):
        PrecisionModel.load(tmp_path / "none.json")


def _record(
    verdict: str, obj: str, subject_span: list | None, iri: str = "https://kg.example.org/rel/x"
) -> dict:
    return {
        "subject": {"label": "Ann Lee", "type": "Person"},
        "predicate": {"label": "met", "iri": iri},
        "object": {"label": obj, "type": "Concept"},
        "sentence": f"Ann Lee met {obj}.",
        "subject_span": subject_span,
        "object_span": [12, 12 + len(obj)],
        "modality": "",
        "attribution": "",
        "negated": False,
        "date": "",
        "event_class": "Meeting",
        "verdict": verdict,
    }


def test_training_learns_what_the_verdicts_say_and_measures_it_on_held_out_files(tmp_path):
    paths = []
    for i in range(6):  # a fact whose subject the sentence names is right, one taken up from elsewhere wrong
        rows = [_record("right", "the Board", [0, 7]), _record("wrong", "the Board", None)] * 5
        rows.append({"id": "person/x", "verdict": "right"})  # a Person audit's line: not a fact
        path = tmp_path / f"a{i}_verdicts.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
        paths.append(path)
    lines: list[str] = []
    model = train(paths[:5], paths[5:], log=lines.append)
    named, unnamed = (view_of_record(_record("", "the Board", span)) for span in ([0, 7], None))
    assert model.probability(named) > 0.7 and model.probability(unnamed) < 0.3
    assert model.about["facts"] == 60 and model.about["measured"]["precision_of_kept"] == 1.0
    assert model.about["measured"]["kept"] == 0.5 and "60 judged facts" in lines[0]
    model.save(tmp_path / "m.json")
    assert PrecisionModel.load(tmp_path / "m.json").weights == pytest.approx(model.weights, abs=1e-6)
    assert view_of_record(_record("", "x", None, iri=NAMESPACE + "said")).ontology
    with pytest.raises(InputError, match="give more"):
        train(paths[:1])


def _view(sentence: str, obj: str, object_type: str = "Concept") -> FactView:
    at = sentence.index(obj)
    return FactView(
        "Acme", "Organization", "bought", False, obj, object_type, sentence, (0, 4), (at, at + len(obj))
    )


def test_the_words_around_a_node_tell_a_head_cut_from_its_phrase():
    cut = features(_view("Acme bought the rights to explore the area.", "rights"))
    assert {"o-det:def:low1", "o-next:prep:low1", "open:o-next:prep:low1"} <= cut.keys()
    whole = features(_view("Acme bought Globex last year.", "Globex", "Organization"))
    assert {"o-det:none:cap1", "o-next:word:cap1"} <= whole.keys()
    assert "o-cap-before" not in whole
    # a capitalised word before a capitalised node: a name read from its second word
    assert "o-cap-before" in features(_view("Acme faced the All Blacks on Saturday.", "Blacks"))
    assert "o-cap-before" not in features(_view("Acme faced Globex on Saturday.", "Globex"))
    assert "o-hyphen-before" in features(_view("Acme began an in-depth investigation.", "depth"))
    owned = features(_view("Acme sold Globex's shares.", "shares"))
    assert "o-det:poss:low1" in owned


def test_a_proposition_cut_at_either_end_is_told_apart():
    said = FactView("Acme", "Organization", "said", True, "", "Proposition", "x", (0, 4), None)
    tail = features(replace(said, object_label="and so I am pleased to be here"))
    cut = features(replace(said, object_label="she took the drug to"))
    whole = features(replace(said, object_label="profits rose sharply in the year to March"))
    assert "prop-cut-start" in tail and "prop-cut-end" in cut
    assert not {"prop-cut-start", "prop-cut-end"} & whole.keys()
    assert "prop-words:1" in cut and "prop-words:2" in whole  # three words a step
