"""The state of reading one document: what every rule reads (the doc, the article, its entities and
amounts, the rule table's matches) and what every rule adds to (events, relations). One object, passed explicitly to the
rule modules (`kg.nlp.nodes`, `kg.nlp.context`, `kg.nlp.clauses`, `kg.nlp.roles`), which hold it
by composition.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from kg.nlp.amounts import AmountIndex, find_amounts
from kg.nlp.arguments import Arguments
from kg.nlp.entities import EntityIndex
from kg.nlp.links import Link
from kg.nlp.rules import Matches
from kg.types import Article, Entity, Event, Literal, Provenance, Relation

__all__ = ["Clause", "DatedText", "ReaderState", "Scope"]

#: a resolved date: (date, precision "year" | "month" | "day", the words as written)
DatedText = tuple[dt.date, str, str]

_PRECISION = {"year": 0, "month": 1, "day": 2}


@dataclass
class Scope:
    """What a clause inherits from the clauses above it."""

    attribution: str | None = None
    modality: str | None = None
    negated: bool = False
    #: someone says it, but the text does not let us tell who ("…, he said" with no "he" to take up)
    unsourced: bool = False
    #: the attribution is the speaker of the quotation the clause is in, who calls themselves "I"
    quoting: bool = False


@dataclass
class Clause:
    """One verb's arguments as nodes, with the scope and date its facts carry."""

    verb: Token
    agents: list[Entity] = field(default_factory=list)
    patients: list[Entity] = field(default_factory=list)
    preps: list[tuple[str, Entity]] = field(default_factory=list)
    scope: Scope = field(default_factory=Scope)
    date: DatedText | None = None
    confidence: float = 0.85


@dataclass
class ReaderState:
    """Everything known and collected while reading one parsed article."""

    doc: Doc
    article: Article
    index: EntityIndex
    args: Arguments = field(init=False)
    amounts: AmountIndex = field(init=False)
    #: the bindings of every `kg.nlp.rules` row
    matches: Matches = field(init=False)
    events: dict[str, Event] = field(default_factory=dict)
    #: token index of a trigger → event id
    event_at: dict[int, str] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    #: (subject, predicate, object, sentence) of every relation emitted, to state each once
    seen: set[tuple[str, str, object, str]] = field(default_factory=set)
    #: person id → the country their title names
    country_of: dict[str, Entity] = field(default_factory=dict)
    #: person id → the bodies and sides their titles tie them to ("Labour leader X", "Wales coach Y")
    bodies_of: dict[str, list[Entity]] = field(default_factory=dict)
    #: (a title as the text gives it, lower-cased; the person it is given to), in reading order
    titles: list[tuple[str, Entity]] = field(default_factory=list)
    #: nominal event id → the clause of its light verb
    light_clause: dict[str, Clause] = field(default_factory=dict)
    #: sentence start → its stripped text (a sentence's text is built anew on every access)
    sentence_texts: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.args = Arguments(self.index, self.bodies_of, self.country_of, self.titles)
        self.amounts = find_amounts(self.doc)
        self.matches = Matches()

    def prov(self, sent: Span, confidence: float) -> Provenance:
        """The provenance of a fact stated by `sent`, with its confidence clipped to [0, 1]."""
        text = self.sentence_texts.get(sent.start)
        if text is None:  # long sentences are costly to rebuild: keep each text once
            # the article's own characters: the parsed text may differ in a dash (`kg.extractor`)
            text = self.sentence_texts[sent.start] = self.article.text[
                sent.start_char : sent.end_char
            ].strip()
        return Provenance(
            self.article.id, text, sent.start_char, sent.end_char, round(min(1.0, max(0.0, confidence)), 2)
        )

    def new_event(self, cls: str, trigger: Token, label: str, confidence: float) -> Event:
        """A new event of class `cls` triggered by `trigger`, numbered in reading order."""
        eid = f"event/{self.article.id}/{len(self.events) + 1}"
        ev = Event(
            id=eid,
            type=cls,
            label=label,
            trigger=trigger.text,
            provenance=self.prov(trigger.sent, confidence),
        )
        self.events[eid] = ev
        self.event_at[trigger.i] = eid
        return ev

    def add_roles(self, eid: str, roles: Sequence[tuple[str, Entity | Literal]], **changes: object) -> None:
        """Add the roles an event lacks, and set any other fields given."""
        ev = self.events[eid]
        new = tuple(r for r in roles if r not in ev.roles)
        if new or changes:  # a call that brings nothing new copies nothing (events are frozen, copies dear)
            self.events[eid] = replace(ev, roles=ev.roles + new, **changes)  # type: ignore[arg-type]

    def date_event(self, eid: str, date: DatedText) -> None:
        """Date an event, or make its date more precise when the new one agrees with it."""
        ev = self.events[eid]
        if (
            ev.date is None
            or _PRECISION[date[1]] > _PRECISION[ev.date_precision]
            and ev.date.year == date[0].year
            and (ev.date_precision == "year" or ev.date.month == date[0].month)
        ):
            self.events[eid] = replace(ev, date=date[0], date_precision=date[1], date_text=date[2])

    def emit(
        self,
        subj: Entity,
        pred: tuple[str, str],
        obj: Entity | Literal,
        cl: Clause,
        event: str | None,
        confidence: float | None = None,
    ) -> None:
        """Add the relation `subj pred obj`, carrying the clause's scope and date; none for what someone
        the text does not let us name says (blind audits found three in four such facts wrong)."""
        if isinstance(obj, Entity) and obj.id == subj.id or cl.scope.unsourced:
            return
        rel = Relation(
            subject=subj,
            predicate=pred[0],
            predicate_label=pred[1],
            object=obj,
            provenance=self.prov(cl.verb.sent, confidence or cl.confidence),
            event=event,
            attribution=cl.scope.attribution,
            modality=cl.scope.modality,
            negated=cl.scope.negated,
            date=cl.date[0] if cl.date else None,
            date_precision=cl.date[1] if cl.date else "day",
            rule="patterns",
        )
        # one fact per sentence, whichever pattern read it first; a sentence the article repeats word
        # for word (a paragraph printed twice) states it once
        key = (subj.id, pred[0], getattr(obj, "id", obj), rel.provenance.sentence)
        if key not in self.seen:
            self.seen.add(key)
            self.relations.append(rel)

    def emit_link(self, link: Link, cl: Clause) -> None:
        """Add the relation a `kg.nlp.links` rule found."""
        if link.past:
            cl = replace(cl, scope=replace(cl.scope, modality="former"))
        if link.predicate == "citizenOf" and link.object.type == "Country":
            self.country_of.setdefault(link.subject.id, link.object)  # "Roddick of the USA … the American"
        self.emit(link.subject, (link.predicate, link.label), link.object, cl, None, link.confidence)
