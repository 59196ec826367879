"""Small frozen data classes passed between the stages of the pipeline.

    Article ──extract──▶ Extraction(entities, events, relations) ──rdf──▶ graph

No spaCy or rdflib object crosses a stage boundary: spans travel as character offsets into
`Article.text`, classes and properties as local names of terms in `ontology/kg.ttl`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "Article",
    "Entity",
    "Event",
    "Extraction",
    "Literal",
    "Node",
    "Provenance",
    "Relation",
    "stated_date",
]


@dataclass(frozen=True)
class Article:
    """One news article. `text` is the body only (a `date …` header line is metadata, not text)."""

    id: str
    text: str
    title: str = ""
    date: dt.date | None = None
    source: str = ""
    #: character offset of `text` inside the source file, so offsets can be mapped back
    offset: int = 0


@dataclass(frozen=True)
class Provenance:
    """Where a fact was read: document, sentence text and character offsets into `Article.text`."""

    doc: str
    sentence: str
    start: int
    end: int
    confidence: float


@dataclass(frozen=True)
class Entity:
    """An actor or thing merged from all its mentions in one document.

    `id` is stable across runs and documents (derived from class and canonical label, or the ISO
    code for countries); `type` is the local name of an ontology class (Person, Country, …).
    """

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    country_code: str | None = None
    #: (start, end) character offsets of every mention in the article
    mentions: tuple[tuple[int, int], ...] = ()
    #: what each mention is, parallel to `mentions` (empty: all are names): "name" ("Gustavo Petro"),
    #: "nominal" (a noun phrase: "the police"), "nationality" (a nationality, religious or political
    #: group word used as a name: "the Serbs") or "modifier" (one that modifies a noun: "a Libyan jet")
    mention_kinds: tuple[str, ...] = ()

    def mentions_of(self, *kinds: str) -> tuple[tuple[int, int], ...]:
        """The mentions of the given kinds ("name", "nominal", "nationality", "modifier"), in offset order."""
        if not self.mention_kinds:
            return self.mentions if "name" in kinds else ()
        return tuple(m for m, k in zip(self.mentions, self.mention_kinds) if k in kinds)

    def mention_kind(self, span: tuple[int, int]) -> str:
        """The kind of one of the entity's mentions ("name" when kinds were not recorded)."""
        if not self.mention_kinds:
            return "name"
        return self.mention_kinds[self.mentions.index(span)]


@dataclass(frozen=True)
class Literal:
    """A literal object: a number, a date or a string, with an XSD datatype local name.

    An amount ("$4.5bn", "12.5%") is a decimal with its `unit` (an ISO 4217 currency code, or "%")
    and the `text` it was read from.
    """

    value: str
    datatype: str = "string"  # "integer" | "decimal" | "date" | "string"
    unit: str = ""
    text: str = ""


Node = Entity | Literal


@dataclass(frozen=True)
class Event:
    """An n-ary event: a typed occurrence with its participants.

    `type` is an ontology event class (Attack, Killing, Sanction, Order, …); `roles` maps an ontology
    role property (agent, target, place, time, quantity, content, …) to the entity ids or literals
    that fill it. `quantity_qualifier` keeps hedges such as "at least".
    """

    id: str
    type: str
    label: str
    trigger: str
    provenance: Provenance
    roles: tuple[tuple[str, Entity | Literal], ...] = ()
    date: dt.date | None = None
    #: "day", "month" or "year": a month-level date is stored as the first of that month
    date_precision: str = "day"
    date_text: str = ""
    quantity_qualifier: str = ""
    attribution: str | None = None
    modality: str | None = None
    negated: bool = False
    #: the rule or component that read the event ("" when not recorded), as for `Relation.rule`
    rule: str = ""

    def fillers(self, role: str) -> list[Entity | Literal]:
        """All participants that fill `role`."""
        return [node for name, node in self.roles if name == role]


@dataclass(frozen=True)
class Relation:
    """One subject–predicate–object fact.

    `predicate` is the local name of an ontology property when one fits (killed, sanctioned,
    holdsRole, …) and otherwise a verb-derived name in the relation namespace; `predicate_label`
    is what a reader sees ("sanctioned"). `event` links the triple to the n-ary event it belongs to.
    """

    subject: Entity
    predicate: str
    predicate_label: str
    object: Entity | Literal
    provenance: Provenance
    event: str | None = None
    attribution: str | None = None
    modality: str | None = None
    negated: bool = False
    date: dt.date | None = None
    #: "day", "month" or "year", as for `Event.date_precision`
    date_precision: str = "day"
    #: the rule or component that made the fact, e.g. "relclf:Kill" ("" when not recorded); the
    #: review report measures precision per rule. It is not part of the fact's identity.
    rule: str = ""


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = field(default_factory=tuple)
    #: (start, end) character offsets of every sentence of `article.text`, in order
    sentences: tuple[tuple[int, int], ...] = ()


def stated_date(iso: str, precision: str | None) -> str:
    """As much of an ISO date as the article states: "2002" for a year (stored as 1 January),
    "2001-08" for a month, the whole date for a day."""
    return iso[: {"year": 4, "month": 7}.get(precision or "day", 10)]
