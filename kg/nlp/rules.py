"""Dependency configurations as data: a table of spaCy `DependencyMatcher` patterns, one row per
configuration, and the one interpreter that reads them.

Each row names its tokens by what they become in a fact (`victim`, `count`, `country`, `pobj` …); the
rule modules ask `Matches.at(rule, anchor)` for the bindings at a token instead of walking the parse
by hand. Adding a configuration is one row here and one row in `tests/nlp/test_rules.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.matcher import DependencyMatcher
from spacy.tokens import Token
from spacy.vocab import Vocab

from kg.errors import ExtractionError
from kg.nlp.lexicon import (
    ATTITUDE_ADJECTIVES,
    CITIZEN_NOUNS,
    EVENT_NOUNS,
    IDIOM_NOUNS,
    LEAVING_VERBS,
    OBJECT_CONTROL,
    PEOPLE_NOUNS,
    PREPOSITIONAL_CONTROL,
    SPEECH_VERBS,
    SUBJECT_CONTROL,
    VICTORY_VERBS,
)

__all__ = ["RULES", "Matches", "Rule", "bindings", "matcher"]


@dataclass(frozen=True)
class Rule:
    """One dependency configuration: its `DependencyMatcher` pattern, whose first token (the anchor)
    is where the rule is asked about, and an example sentence it reads."""

    name: str
    pattern: tuple[dict, ...]
    example: str


def _node(name: str, attrs: dict) -> dict:
    return {"RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _child(head: str, name: str, attrs: dict) -> dict:
    return {"LEFT_ID": head, "REL_OP": ">", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _head(child: str, name: str, attrs: dict) -> dict:
    return {"LEFT_ID": child, "REL_OP": "<", "RIGHT_ID": name, "RIGHT_ATTRS": attrs}


def _lemma_in(words: Iterable[str]) -> dict:
    """A lemma that is one of `words` in any case (the parser keeps the case of some lemmas)."""
    return {"LEMMA": {"REGEX": "(?i)^(?:" + "|".join(sorted(map(re.escape, words))) + ")$"}}


_PREP_OBJECT = ({"DEP": "prep"}, {"DEP": "pobj"})
_PEOPLE = {"LOWER": {"IN": sorted(PEOPLE_NOUNS)}}
_EVENT_NOUN = {**_lemma_in(EVENT_NOUNS), "POS": "NOUN"}

RULES: tuple[Rule, ...] = (
    # an attitude reported as speech is: "X is concerned (that) …", "X was confident …"
    Rule(
        "attitude",
        (
            _node("verb", {"LEMMA": "be"}),
            _child("verb", "adjective", {"DEP": "acomp", "LOWER": {"IN": sorted(ATTITUDE_ADJECTIVES)}}),
            _child("verb", "content", {"DEP": "ccomp"}),
        ),
        "Officials are worried, however, that the talks will fail.",
    ),
    Rule(
        "attitude-of-adjective",
        (
            _node("verb", {"LEMMA": "be"}),
            _child("verb", "adjective", {"DEP": "acomp", "LOWER": {"IN": sorted(ATTITUDE_ADJECTIVES)}}),
            _child("adjective", "content", {"DEP": "ccomp"}),
        ),
        "Labour is concerned that residents may not vote.",
    ),
    # what someone said or fears: "X said [that …]", "[…], X warned", "X fears [people may miss out]"
    Rule(
        "reported-speech",
        (
            _node("content", {"DEP": "ccomp"}),
            _head("content", "speech", _lemma_in(SPEECH_VERBS | {"fear", "worry"})),
        ),
        "Jane Doe said the talks had failed.",
    ),
    # object control: the object of the governing verb does what the complement says ("ordered X to pay",
    # "led police to arrest"), unless the governor's subject promised it ("promised Y to leave")
    Rule(
        "object-control",
        (
            _node("verb", {"DEP": "xcomp"}),
            _head("verb", "governor", {"LEMMA": {"IN": sorted(OBJECT_CONTROL)}}),
            _child("governor", "doer", {"DEP": "dobj"}),
        ),
        "The court ordered Acme to pay the workers.",
    ),
    Rule(
        "object-control-preposition",
        (
            # "called on the regulator to block the deal", "appealed to members to reject it", "pleaded
            # with him to stay": the one called on does it (the parser often hangs the infinitive on the
            # verb as an adverbial clause)
            _node("verb", {"DEP": {"IN": ["xcomp", "advcl"]}}),
            _child("verb", "to", {"DEP": "aux", "LOWER": "to"}),
            _head("verb", "governor", {"LEMMA": {"IN": sorted(PREPOSITIONAL_CONTROL)}}),
            _child("governor", "prep", {"DEP": "prep", "LOWER": {"IN": ["on", "upon", "to", "with"]}}),
            _child("prep", "doer", {"DEP": "pobj"}),
        ),
        "Jane Doe called on Acme Corp to block the takeover.",
    ),
    Rule(
        "object-control-pressure",
        (
            # "piled pressure on Acme to sell", "put pressure on him to quit": the one pressed would do it
            _node("verb", {"DEP": {"IN": ["xcomp", "advcl", "acl"]}}),
            _child("verb", "to", {"DEP": "aux", "LOWER": "to"}),
            _head("verb", "governor", {}),
            _child("governor", "prep", {"DEP": "prep", "LOWER": {"IN": ["on", "upon"]}}),
            _child("prep", "doer", {"DEP": "pobj"}),
            _child("governor", "pressure", {"DEP": {"IN": ["dobj", "nsubjpass"]}, "LEMMA": "pressure"}),
        ),
        "Jane Doe put pressure on Acme Corp to sell the plant.",
    ),
    Rule(
        "object-control-infinitive",
        (
            # "beat X to win the title", "shocked X to take gold": the winner is the subject
            _node("verb", {"DEP": "xcomp", "LEMMA": {"NOT_IN": sorted(VICTORY_VERBS)}}),
            _child("verb", "to", {"DEP": "aux", "LOWER": "to"}),
            # the object-control verbs are the row above: the two rows do not overlap
            _head(
                "verb",
                "governor",
                {"LEMMA": {"NOT_IN": sorted(SUBJECT_CONTROL | OBJECT_CONTROL | LEAVING_VERBS)}},
            ),
            # a span of time or an idiom's noun does nothing: "took 56 minutes to defeat X", "will go a
            # long way to help"
            _child(
                "governor",
                "doer",
                {
                    "DEP": "dobj",
                    "ENT_TYPE": {"NOT_IN": ["DATE", "TIME", "QUANTITY"]},
                    "LEMMA": {"NOT_IN": sorted(IDIOM_NOUNS)},
                },
            ),
        ),
        "The evidence helped police to arrest Jane Doe.",
    ),
    # an adjective that is part of the predicate: "pleaded guilty to fraud", "was found guilty of theft"
    Rule(
        "adjectival-complement",
        (
            _node("adjective", {"DEP": {"IN": ["acomp", "oprd"]}, "POS": "ADJ"}),
            _child("adjective", "prep", _PREP_OBJECT[0]),
            _child("prep", "pobj", _PREP_OBJECT[1]),
        ),
        "Tom Hale pleaded guilty to fraud.",
    ),
    # casualties: "75 people were killed", "the blast killed six people", "12 miners killed in a blast"
    Rule(
        "casualties",
        (
            _node("verb", {}),
            _child("verb", "victim", {"DEP": {"IN": ["nsubjpass", "dobj", "nsubj"]}, **_PEOPLE}),
            _child("victim", "count", {"DEP": "nummod"}),
        ),
        "At least 75 people were killed in the strikes.",
    ),
    Rule(
        "casualties-of-participle",
        (
            _node("verb", {"DEP": "acl"}),
            _head("verb", "victim", _PEOPLE),
            _child("victim", "count", {"DEP": "nummod"}),
        ),
        "Officials counted 75 people killed by the strikes.",
    ),
    # the participants an event noun names: "US strikes on drug boats in the Caribbean"
    Rule(
        "event-owner",
        (
            _node("event", _EVENT_NOUN),
            _child("event", "agent", {"DEP": {"IN": ["poss", "compound"]}}),
        ),
        "Israel's attack on Gaza killed six people.",
    ),
    Rule(
        "event-argument",
        (
            _node("event", _EVENT_NOUN),
            _child("event", "prep", _PREP_OBJECT[0]),
            _child("prep", "argument", _PREP_OBJECT[1]),
        ),
        "The US imposed sanctions on Venezuela.",
    ),
    # "citizens of Venezuela and Colombia": the countries whose citizens they are
    Rule(
        "citizens",
        (
            _node("citizens", {"LOWER": {"IN": sorted(CITIZEN_NOUNS)}}),
            _child("citizens", "of", {"DEP": "prep", "LOWER": "of"}),
            _child("of", "country", {"DEP": "pobj"}),
        ),
        "Police detained citizens of Venezuela near the border.",
    ),
    # a role described beside a name: "X, an analyst with Barclays", "X, who was head of the team"
    Rule(
        "apposition",
        (
            _node("name", {}),
            _child("name", "description", {"DEP": "appos"}),
        ),
        "Jane Doe, an analyst with Barclays, said prices would rise.",
    ),
    # … or before it, the name set off after it: "The chief executive, Jane Doe, said"
    Rule(
        "description-before",
        (
            _node("name", {"DEP": "appos"}),
            _head("name", "description", {"POS": "NOUN"}),
        ),
        "The chief executive, Jane Doe, said prices would rise.",
    ),
    Rule(
        "relative-description",
        (
            _node("name", {}),
            _child("name", "clause", {"DEP": "relcl", "LEMMA": "be"}),
            _child("clause", "description", {"DEP": "attr"}),
        ),
        "John Smith, who was head of the tax office, resigned.",
    ),
)

_BY_NAME = {rule.name: rule for rule in RULES}

#: a rule's tokens by the names its pattern gives them
Binding = dict[str, Token]

#: the token attributes patterns use, as `spacy.matcher.Matcher` reads them
_ATTRS: dict[str, Callable[[Token], str]] = {
    "DEP": lambda t: t.dep_,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
    "POS": lambda t: t.pos_,
    "ENT_TYPE": lambda t: t.ent_type_,
}
#: one test of a token: (attribute, operator, operand)
_Test = tuple[Callable[[Token], str], str, Any]


def _tests(attrs: dict) -> tuple[_Test, ...]:
    """A pattern node's `RIGHT_ATTRS` as tests, with the Matcher's semantics."""
    out: list[_Test] = []
    for key, want in attrs.items():
        if key not in _ATTRS:
            raise ExtractionError(
                f"token attribute {key!r} is not read by kg.nlp.rules; use one of "
                f"{', '.join(_ATTRS)} or add it to _ATTRS"
            )
        for op, arg in want.items() if isinstance(want, dict) else [("==", want)]:
            if op in ("IN", "NOT_IN"):
                arg = frozenset(arg)
            elif op == "REGEX":
                arg = re.compile(arg)
            elif op != "==":
                raise ExtractionError(
                    f"pattern operator {op!r} is not read by kg.nlp.rules; use IN, NOT_IN or REGEX"
                )
            out.append((_ATTRS[key], op, arg))
    return tuple(out)


def _fits(tok: Token, tests: tuple[_Test, ...]) -> bool:
    for get, op, arg in tests:
        value = get(tok)
        if op == "==":
            ok = value == arg
        elif op == "IN":
            ok = value in arg
        elif op == "NOT_IN":
            ok = value not in arg
        else:
            ok = arg.search(value) is not None
        if not ok:
            return False
    return True


def _related(tok: Token, op: str) -> list[Token]:
    if op == ">":
        return list(tok.children)
    return [] if tok.head.i == tok.i else [tok.head]  # "<": the head, none for the root


@cache
def _compiled(name: str) -> tuple[tuple[str, str, str, tuple[_Test, ...]], ...]:
    """A rule's nodes as (name, name of the node it hangs off, operator, tests), in pattern order."""
    return tuple(
        (n["RIGHT_ID"], n.get("LEFT_ID", ""), n.get("REL_OP", ""), _tests(n["RIGHT_ATTRS"]))
        for n in _BY_NAME[name].pattern
    )


def bindings(rule: str, anchor: Token) -> list[Binding]:
    """Every way `rule`'s pattern fits with its first node at `anchor`, as `DependencyMatcher` finds
    them, in text order of their tokens (the order the hand-written walks had)."""
    nodes = _compiled(rule)
    found: list[Binding] = []

    def extend(binding: Binding, k: int) -> None:
        if k == len(nodes):
            found.append(dict(binding))
            return
        name, left, op, tests = nodes[k]
        for tok in _related(binding[left], op):
            if _fits(tok, tests):
                binding[name] = tok
                extend(binding, k + 1)
                del binding[name]

    if _fits(anchor, nodes[0][3]):
        extend({nodes[0][0]: anchor}, 1)
    return sorted(found, key=lambda b: [t.i for t in b.values()])


class Matches:
    """The rules of one document, read where the rule modules ask (each token and rule once).

    Not spaCy's `DependencyMatcher` over the whole document: it costs a quarter of the rule stage on
    news, and on a run-on sentence (a 100,000-character one in the hostile-input tests) it does not
    finish. The interpreter reads the same pattern format and binds what the matcher binds (tested).
    """

    def __init__(self) -> None:
        self._memo: dict[tuple[str, int], tuple[Binding, ...]] = {}

    def at(self, rule: str, anchor: Token) -> tuple[Binding, ...]:
        """The bindings of `rule` anchored at `anchor`."""
        if rule not in _BY_NAME:  # a misspelt rule name would otherwise read nothing, silently
            raise ExtractionError(
                f"no rule {rule!r} in kg.nlp.rules.RULES; add a row there or ask for one of "
                f"{', '.join(_BY_NAME)}"
            )
        key = (rule, anchor.i)
        if key not in self._memo:
            self._memo[key] = tuple(bindings(rule, anchor))
        return self._memo[key]


def matcher(vocab: Vocab) -> DependencyMatcher:
    """spaCy's `DependencyMatcher` with every row: the reference the interpreter agrees with (tested)."""
    found = DependencyMatcher(vocab, validate=True)
    for rule in RULES:
        found.add(rule.name, [list(rule.pattern)])
    return found
