"""One row per `kg.nlp.rules.RULES` row: the rule's example sentence and a fact only it reads (a
relation, or an event's role as (event, role, filler))."""

from __future__ import annotations

import pytest

from kg.errors import ExtractionError
from kg.nlp.rules import RULES, Matches, bindings, matcher
from kg.types import Entity, Extraction, Literal

#: rule name → a fact its example sentence must yield
EXPECTED = {
    "attitude": ("Officials", "worried", "the talks will fail"),
    "attitude-of-adjective": ("Labour", "concerned", "residents may not vote"),
    "reported-speech": ("Jane Doe", "said", "the talks had failed"),
    "object-control": ("Acme", "pay", "workers"),
    "object-control-preposition": ("Acme Corp", "block", "takeover"),
    "object-control-pressure": ("Acme Corp", "sell", "plant"),
    "object-control-infinitive": ("police", "arrest", "Jane Doe"),
    "adjectival-complement": ("Tom Hale", "plead-guilty-to", "fraud"),
    "casualties": ("strikes", "killed", "75"),
    "casualties-of-participle": ("strikes", "killed", "75"),
    "event-owner": ("Israel attack", "agent", "Israel"),
    "event-argument": ("United States", "sanctioned", "Venezuela"),
    "citizens": ("citizens of Venezuela", "citizenOf", "Venezuela"),
    "apposition": ("Jane Doe", "holdsRole", "analyst"),
    "description-before": ("Jane Doe", "holdsRole", "chief executive"),
    "relative-description": ("John Smith", "leaderOf", "tax office"),
}


def _label(node: Entity | Literal) -> str:
    return node.label if isinstance(node, Entity) else node.value


def _rule_facts(ex: Extraction) -> set[tuple[str, str, str]]:
    facts = {(r.subject.label, r.predicate, _label(r.object)) for r in ex.relations if r.rule == "patterns"}
    return facts | {(ev.label, role, _label(filler)) for ev in ex.events for role, filler in ev.roles}


def test_every_rule_has_a_test_row():
    assert [rule.name for rule in RULES] == list(EXPECTED)


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_reads_its_example(nlp, read, rule):
    doc = nlp(rule.example)
    # the interpreter binds what spaCy's DependencyMatcher binds, and the row does match its example
    ours = {tuple(t.i for t in b.values()) for tok in doc for b in bindings(rule.name, tok)}
    spacy_found = {tuple(ids) for key, ids in matcher(nlp.vocab)(doc) if nlp.vocab.strings[key] == rule.name}
    assert ours and ours == spacy_found, (rule.name, ours, spacy_found)
    assert EXPECTED[rule.name] in _rule_facts(read(rule.example))


def test_unknown_rule_is_an_error(nlp):
    doc = nlp("A sentence.")
    with pytest.raises(ExtractionError, match="no rule 'nope'"):
        Matches().at("nope", doc[0])
