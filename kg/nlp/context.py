"""Clause context: what a clause inherits from above it (attribution, modality, negation), its date,
and the provenance of a fact. Mixed into `kg.nlp.patterns.DocumentReader`, which supplies `doc`,
`article`, `args` and `_subjects`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Span, Token

from kg.nlp.dates import resolve_date
from kg.nlp.lexicon import ATTRIBUTION_HEADS, CONDITIONAL_MARKS, INTENT_VERBS, MODALS, SPEECH_VERBS, UNCERTAIN
from kg.types import Entity, Provenance

__all__ = ["ContextReader"]

TIME_PREPS = {"on", "in", "since", "during", "by", "until", "before", "after", "from", "at"}

@dataclass
class _Scope:
    """What a clause inherits from the clauses above it."""

    attribution: str | None = None
    modality: str | None = None
    negated: bool = False


@dataclass
class _Clause:
    verb: Token
    agents: list[Entity] = field(default_factory=list)
    patients: list[Entity] = field(default_factory=list)
    preps: list[tuple[str, Entity]] = field(default_factory=list)
    scope: _Scope = field(default_factory=_Scope)
    date: tuple[dt.date, str, str] | None = None
    confidence: float = 0.85



#: how many governing words up a clause's plans, wishes and denials are looked for
_GOVERNORS = 4


def _governed_modality(lower: Token, upper: Token) -> str | None:
    """What a governing word makes of the clause below it, if anything: "does not expect X to …"
    (uncertain), "wants people to tell" / "plans to sell" / "called for X to be investigated" (the
    intent verb's modality), "Britain is to fund" (planned)."""
    head = upper.lemma_.lower()
    if lower.dep_ in ("xcomp", "ccomp") and head not in SPEECH_VERBS and any(c.dep_ == "neg" for c in upper.children):
        return "uncertain"
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
    if head in INTENT_VERBS and lower.i > upper.i and (
            lower.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep") or lower.dep_ == "advcl" and to_infinitive):
        return INTENT_VERBS[head]
    if lower.dep_ == "xcomp" and head == "be" and to_infinitive:
        return "planned"
    return None


class ContextReader:
    """Scope, dates and provenance of clauses (a mixin of `DocumentReader`)."""

    # ---- provenance, scope, dates -------------------------------------------------------------
    def _prov(self, sent: Span, confidence: float) -> Provenance:
        # a sentence's text is built anew on every access: keep it once per sentence (long ones are costly)
        texts = self.__dict__.setdefault("_sentence_texts", {})
        text = texts.get(sent.start)
        if text is None:
            text = texts[sent.start] = sent.text.strip()
        return Provenance(self.article.id, text, sent.start_char, sent.end_char,
                          round(min(1.0, max(0.0, confidence)), 2))

    def _scope(self, verb: Token) -> _Scope:
        scope = _Scope()
        chain = [verb, *verb.ancestors]
        for depth, (lower, upper) in enumerate(pairwise(chain)):
            if lower.dep_ == "ccomp" and upper.lemma_ in SPEECH_VERBS and scope.attribution is None:
                speaker = self._subjects(upper)
                subj = next((c for c in upper.children if c.dep_ == "nsubj"), None)
                if speaker:
                    scope.attribution = speaker[0].label
                elif subj is not None and subj.pos_ == "NOUN":
                    # "the minister said …" with no name for the minister: attributed all the same
                    scope.attribution = " ".join(t.lower_ for t in subj.subtree
                                                 if t.dep_ in ("compound", "amod") or t == subj)
                elif scope.modality is None:
                    scope.modality = "reported"  # "…, he said" with no one to resolve "he" to: still not asserted
            if lower.dep_ in ("ccomp", "xcomp") and upper.lemma_ in UNCERTAIN or \
                    upper.lemma_ == "be" and any(c.lemma_ in UNCERTAIN for c in upper.children):
                scope.modality = "uncertain"
            if scope.modality is None and depth < _GOVERNORS:
                scope.modality = _governed_modality(lower, upper)
        for tok in chain[:3]:
            for c in tok.children:
                if c.dep_ == "neg" and tok is verb:
                    scope.negated = True
                if c.dep_ == "aux" and c.lower_ in MODALS and scope.modality is None:
                    scope.modality = MODALS[c.lower_]
            # "will help users remove spyware": a bare or to-infinitive shares its governor's modality
            if tok.dep_ not in ("xcomp", "conj") and not (tok.dep_ == "ccomp" and tok.tag_ == "VB"):
                break
        if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in verb.children):
            scope.modality = "conditional"
        if scope.modality is None and verb.tag_ == "VB" and verb.dep_ == "ROOT" and \
                any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            scope.modality = "planned"  # headline infinitive: "Colombia to suspend …"
        for c in verb.children:
            if c.dep_ == "prep" and c.lemma_ in ATTRIBUTION_HEADS or c.lower_ == "according":
                src = self._according_to(c)
                if src:
                    scope.attribution = src
        return scope

    def _according_to(self, tok: Token) -> str | None:
        """"according to figures supplied by X" → X; "according to X" → X."""
        for obj in (d for d in tok.subtree if d.dep_ == "pobj"):
            for agent in (d for d in obj.subtree if d.dep_ == "agent"):
                for p in agent.children:
                    ent = self.args.entity(p) or self.args.concept(p)
                    if ent:
                        return ent.label
            ent = self.args.entity(obj)
            if ent:
                return ent.label
        return None

    def _date_of(self, head: Token) -> tuple[dt.date, str, str] | None:
        """The resolved date of a clause or event noun: (date, precision, text as written)."""
        text = self._date_phrase(head)
        found = resolve_date(text, self.article.date) if text else None
        return (found[0], found[1], text) if found else None  # type: ignore[return-value]

    def _date_phrase(self, head: Token) -> str | None:
        """The date expression attached to a clause or event noun, as written ("on Tuesday")."""
        for c in head.children:
            cand = None
            if c.dep_ == "prep" and c.lower_ in TIME_PREPS:
                cand = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
                prefix = c.text + " "
            elif c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
                cand, prefix = c, ""
            if cand is not None:
                ent = next((e for e in self.doc.ents if e.start <= cand.i < e.end), None)
                text = prefix + (ent.text if ent is not None else cand.text)
                if resolve_date(text, self.article.date) or self.article.date is None:
                    return text
        return None
