"""The `kg` spaCy components declare what they need and what they set, and spaCy finds nothing missing."""

from __future__ import annotations

import pytest

from kg.nlp.pipeline import CONLL_SPANS


def test_components_declare_requires_and_assigns_that_spacy_can_check(nlp):
    analysis = nlp.analyze_pipes(pretty=False)
    assert not any(analysis["problems"].values()), analysis["problems"]
    for name in (
        "kg_country_context",
        "kg_ents_stash",
        "kg_ents_unstash",
        "kg_lemmas",
        "kg_prefixed_verbs",
        "kg_reported_conjuncts",
        "kg_speakers_employers",
    ):
        assert analysis["summary"][name]["requires"], name
        assert analysis["summary"][name]["assigns"], name


def test_trained_entities_land_under_the_one_span_key(nlp):
    doc = nlp("John Smith, who lives in Boston, works for IBM.")
    assert {(s.text, s.label_) for s in doc.spans[CONLL_SPANS]} == {
        ("John Smith", "Peop"),
        ("Boston", "Loc"),
        ("IBM", "Org"),
    }
    # the news NER's entities stay in doc.ents
    assert {(e.text, e.label_) for e in doc.ents} == {
        ("John Smith", "PERSON"),
        ("Boston", "GPE"),
        ("IBM", "ORG"),
    }


@pytest.mark.parametrize(
    ("verb", "lemma"),
    [
        ("hopes", "hope"),
        ("hoped", "hope"),
        ("hoping", "hope"),
        ("fines", "fine"),
        ("taxes", "tax"),
        ("goes", "go"),
        ("stopped", "stop"),
        ("visited", "visit"),
        ("jailed", "jail"),
        ("fixed", "fix"),
    ],
)
def test_verbs_with_a_silent_e_keep_it_in_their_lemma(nlp, verb, lemma):
    doc = nlp(f"She {verb} it.")
    assert doc[1].lemma_ == lemma


@pytest.mark.parametrize(
    ("text", "verb", "lemma"),
    [
        ("The union will co-ordinate industrial action.", "co-ordinate", "co-ordinate"),
        ("The committee said the law should be re-drafted.", "re-drafted", "re-draft"),
        ("He was re-elected in May.", "re-elected", "re-elect"),
    ],
)
def test_a_verb_split_at_its_prefixs_hyphen_is_one_word(nlp, text, verb, lemma):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert (tok.pos_, tok.lemma_) == ("VERB", lemma)


def test_a_post_with_a_hyphened_prefix_stays_as_the_tokenizer_cut_it(nlp):
    doc = nlp("The co-chairman of Acme resigned.")
    assert [t.text for t in doc[1:4]] == ["co", "-", "chairman"]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose to $4m. Chief executive Jon Pike said the firm would grow.",
        "The line was a headline\nThe plan was dropped on Monday.",
    ],
)
def test_a_stop_the_tokenizer_glued_to_a_unit_or_a_line_break_ends_a_sentence(nlp, text):
    # "m." reads as an abbreviation, and the parser would run the two sentences into one
    assert len(list(nlp(text).sents)) == 2
