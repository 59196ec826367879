"""The summary graph: one description per actor and per corroborated event, kept up to date by every
write of an article graph, so that listings and look-ups never aggregate over every article graph.

It is its own named graph, `store.base.summary` (<BASE summary>), outside the article graphs:

    <id:person/tony-blair> kg:actorClass kg:Person ; rdfs:label "Tony Blair" ;
        skos:altLabel "Blair" ; skos:hiddenLabel "Tony blair" ;     # other labels articles gave it
        kg:countryCode "GB" ; kg:articleCount 412 ;
        kg:firstDate "2004-01-02"^^xsd:date ; kg:lastDate "2005-12-30"^^xsd:date ;
        kg:nameKey "tony blair", "blair" ;                           # `name_key` of every name
        kg:nameStart "to 9", "ton 9", "bl 9", "bla 9" .             # word starts, count band
    <id:summary/event/DIGEST> a kg:ReportedEvent ; kg:eventClass kg:Attack ; kg:participant <…> ;
        kg:date "2025-11-11"^^xsd:date ; kg:supportCount 2 ;
        kg:corroborates <event of article 1>, <event of article 2> ; prov:wasDerivedFrom <doc 1>, <doc 2> .
    <id:event/DOC/1> kg:casualtyBand <id:summary/casualties/75> .   # a killing of an article, 75 dead
    <id:summary/casualties/75> kg:casualties 75 ; kg:killingCount 12 .

An *actor* is an IRI typed kg:Actor (or a subclass) in an article graph, identified across articles
by its IRI exactly as `kg query actors` always did (same-name resolution, `kg.rdf.resolve`, adds
owl:sameAs links and leaves the IRIs apart). Its label is the least of the labels the articles give
it, its aliases all their skos:altLabels, its dates the first and last publication date of the
articles naming it. A *corroborated event* is simple here: events of one class that share a
participant (agent, target or patient) and a date, reported by at least two articles. Every
(class, date, participant) key keeps its events and articles, also with one article, so that a
second article makes it a kg:ReportedEvent and the removal of one subtracts exactly its own.

The *killings* (events of kg:Killing or below) that give a number of dead, a kg:quantity that is a
whole number, form an ordered index: a band node per number, with the number of killings giving it,
which each killing links to. `kg query casualties` reads the bands' counts from the largest number
down to find the least number its page reaches, then only the killings of those bands (index hits),
never every killing of the archive. An event IRI belongs to one article graph (it is minted from the
article's id), so a band's count moves by what one graph adds or takes away.

This module describes the summary and reads it (`actor`, `actors`, `search_actors`);
`kg.rdf.summary_upkeep` keeps it up to date as article graphs are written and recomputes it.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, TypeGuard

import pyoxigraph as ox
from rdflib import PROV, RDF, RDFS, SKOS, XSD

from kg.rdf import vocab
from kg.terms import subclasses

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["STARTS", "ActorSummary", "actor", "actors", "name_key", "search_actors"]

_TYPE, _LABEL, _ALT, _HIDDEN = (
    ox.NamedNode(t) for t in (RDF.type, RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)
)
_DERIVED = ox.NamedNode(PROV.wasDerivedFrom)
_INTEGER, _DATE = ox.NamedNode(XSD.integer), ox.NamedNode(XSD.date)
_TRUE = ox.Literal("true", datatype=ox.NamedNode(XSD.boolean))


def _kg(name: str) -> ox.NamedNode:
    return ox.NamedNode(str(vocab.KG[name]))


_ARTICLE, _PUBLISHED, _CODE, _EVENT_DATE = (_kg(n) for n in ("Article", "published", "countryCode", "date"))
_CLASS, _COUNT, _FIRST, _LAST, _KEY, _START = (
    _kg(n) for n in ("actorClass", "articleCount", "firstDate", "lastDate", "nameKey", "nameStart")
)
#: the lengths of the word starts kept as kg:nameStart (a prefix search looks up the longest that fits)
STARTS = (2, 3)
#: kg:nameStart is a word start and its actor's band, the binary digits of its kg:articleCount ("bla 9":
#: 256 to 511 articles), so a prefix search reads the most named actors first and stops at a full page;
#: counts stay below 2 ** _BANDS
_BANDS = 48
_REPORTED, _EVENT_CLASS, _PARTICIPANT, _CORROBORATES, _SUPPORT, _STALE = (
    _kg(n) for n in ("ReportedEvent", "eventClass", "participant", "corroborates", "supportCount", "stale")
)
_ROLES = frozenset(_kg(n) for n in ("agent", "target", "patient"))
_QUANTITY, _BAND, _CASUALTIES, _KILLINGS = (
    _kg(n) for n in ("quantity", "casualtyBand", "casualties", "killingCount")
)


@cache
def _actor_classes() -> frozenset[ox.NamedNode]:
    return frozenset(_kg(name) for name in vocab.actor_classes())


@cache
def _event_classes() -> frozenset[ox.NamedNode]:
    # a bare kg:Event says too little to match another article's report
    return frozenset(_kg(name) for name in vocab.event_classes() - {"Event"})


@cache
def _killing_classes() -> frozenset[ox.NamedNode]:
    return frozenset(_kg(name) for name in subclasses("Killing"))


def _text(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """An IRI's or literal's text (the summary holds no triple terms)."""
    return "" if isinstance(term, ox.Triple) else term.value


def name_key(text: str) -> str:
    """The look-up key of a name: case-folded, accents stripped, whitespace collapsed
    ("  Zoë  BLAIR " → "zoe blair")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


# ---------------------------------------------------------------- what one article contributes


@dataclass
class _Names:
    """One actor as one article (or, folded, the whole store) describes it."""

    classes: set[ox.NamedNode] = field(default_factory=set)
    labels: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    codes: set[str] = field(default_factory=set)

    def fields(self) -> tuple[set, set, set, set]:
        """The value sets, in the order of `_FIELDS`."""
        return self.classes, self.labels, self.aliases, self.codes

    def merge(self, other: _Names) -> None:
        for mine, theirs in zip(self.fields(), other.fields()):
            mine |= theirs


#: the predicates of the article graphs that give `_Names.fields()`
_FIELDS = (_TYPE, _LABEL, _ALT, _CODE)


EventKey = tuple[str, str, str]  # (event class IRI, ISO date, participant IRI)


# ---------------------------------------------------------------- the summary's descriptions


@dataclass
class _ActorState:
    """An actor's description in the summary graph, as values."""

    names: _Names = field(default_factory=_Names)
    count: int = 0
    first: str | None = None
    last: str | None = None

    @classmethod
    def read(cls, quads: Iterable[ox.Quad]) -> _ActorState:
        state = cls()
        names = state.names
        for q in quads:
            p, o = q.predicate, q.object
            if p == _CLASS and isinstance(o, ox.NamedNode):
                names.classes.add(o)
            elif p in (_LABEL, _HIDDEN):
                names.labels.add(_text(o))
            elif p == _ALT:
                names.aliases.add(_text(o))
            elif p == _CODE:
                names.codes.add(_text(o))
            elif p == _COUNT:
                state.count = int(_text(o))
            elif p == _FIRST:
                state.first = _text(o)
            elif p == _LAST:
                state.last = _text(o)
        return state

    def add_date(self, date: str | None) -> None:
        if date:
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)

    def quads(self, node: ox.NamedNode, graph: ox.NamedNode) -> set[ox.Quad]:
        names = self.names
        if self.count <= 0 or not names.labels:
            return set()
        label = min(names.labels)
        out = {
            ox.Quad(node, _LABEL, ox.Literal(label), graph),
            ox.Quad(node, _COUNT, ox.Literal(str(self.count), datatype=_INTEGER), graph),
        }
        out |= {ox.Quad(node, _HIDDEN, ox.Literal(x), graph) for x in names.labels - {label}}
        out |= {ox.Quad(node, _ALT, ox.Literal(x), graph) for x in names.aliases}
        out |= {ox.Quad(node, _CLASS, c, graph) for c in names.classes}
        out |= {ox.Quad(node, _CODE, ox.Literal(x), graph) for x in names.codes}
        keys = {name_key(x) for x in names.labels | names.aliases} - {""}
        out |= {ox.Quad(node, _KEY, ox.Literal(k), graph) for k in keys}
        starts = {word[:n] for k in keys for word in k.split() for n in STARTS}
        band = self.count.bit_length()
        out |= {ox.Quad(node, _START, ox.Literal(f"{x} {band}"), graph) for x in starts}
        for p, date in ((_FIRST, self.first), (_LAST, self.last)):
            if date:
                out.add(ox.Quad(node, p, ox.Literal(date, datatype=_DATE), graph))
        return out


def _event_node(base: vocab.Base, key: EventKey) -> ox.NamedNode:
    return ox.NamedNode(f"{base.id}summary/event/{vocab.digest(*key)}")


def _event_quads(
    node: ox.NamedNode, key: EventKey, events: set[str], docs: set[str], graph: ox.NamedNode
) -> set[ox.Quad]:
    """A key's events and articles; described as a kg:ReportedEvent once two articles report it."""
    out = {ox.Quad(node, _CORROBORATES, ox.NamedNode(e), graph) for e in events}
    out |= {ox.Quad(node, _DERIVED, ox.NamedNode(d), graph) for d in docs}
    if len(docs) >= 2:
        cls, date, who = key
        out |= {
            ox.Quad(node, _TYPE, _REPORTED, graph),
            ox.Quad(node, _EVENT_CLASS, ox.NamedNode(cls), graph),
            ox.Quad(node, _PARTICIPANT, ox.NamedNode(who), graph),
            ox.Quad(node, _EVENT_DATE, ox.Literal(date, datatype=_DATE), graph),
            ox.Quad(node, _SUPPORT, ox.Literal(str(len(docs)), datatype=_INTEGER), graph),
        }
    return out


def _is_count(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> TypeGuard[ox.Literal]:
    """Whether a kg:quantity is a number of dead: a whole number (kg.rdf.quads writes one, or keeps
    the text of what it could not read as a string)."""
    return isinstance(term, ox.Literal) and term.datatype == _INTEGER and term.value.isdigit()


def _band_node(base: vocab.Base, number: ox.Literal) -> ox.NamedNode:
    return ox.NamedNode(f"{base.id}summary/casualties/{number.value}")


def _band_quads(node: ox.NamedNode, number: ox.Literal, killings: int, graph: ox.NamedNode) -> set[ox.Quad]:
    """A casualty band: its number of dead and how many killings give it (nothing when none do)."""
    if killings <= 0:
        return set()
    count = ox.Literal(str(killings), datatype=_INTEGER)
    return {ox.Quad(node, _CASUALTIES, number, graph), ox.Quad(node, _KILLINGS, count, graph)}


def _summary_node(store: Store) -> ox.NamedNode:
    return ox.NamedNode(str(store.base.summary))


# ---------------------------------------------------------------- reading


@dataclass(frozen=True)
class ActorSummary:
    """One actor as the summary graph describes it.

    `cls` is its class (classes joined by " | " when articles disagree), `country_code` the least
    code given, `articles` the number of articles naming it, `first_date`/`last_date` the first and
    last publication date among them."""

    iri: str
    label: str
    aliases: tuple[str, ...]
    cls: str
    country_code: str | None
    articles: int
    first_date: dt.date | None
    last_date: dt.date | None


def _summary_of(store: Store, node: ox.NamedNode) -> ActorSummary | None:
    state = _ActorState.read(store.oxigraph.quads_for_pattern(node, None, None, _summary_node(store)))
    return _as_summary(node.value, state)


def _as_summary(iri: str, state: _ActorState) -> ActorSummary | None:
    if state.count <= 0 or not state.names.labels:
        return None  # not an actor: a reported event, or nothing
    names = state.names
    return ActorSummary(
        iri=iri,
        label=min(names.labels),
        aliases=tuple(sorted(names.aliases)),
        cls=" | ".join(sorted(c.value.removeprefix(vocab.KG_NS) for c in names.classes)),
        country_code=min(names.codes) if names.codes else None,
        articles=state.count,
        first_date=dt.date.fromisoformat(state.first) if state.first else None,
        last_date=dt.date.fromisoformat(state.last) if state.last else None,
    )


def actors(store: Store) -> list[ActorSummary]:
    """Every actor of the summary, those most articles name first (one pass over the summary graph)."""
    by_node: dict[str, list[ox.Quad]] = defaultdict(list)
    for q in store.oxigraph.quads_for_pattern(None, None, None, _summary_node(store)):
        by_node[_text(q.subject)].append(q)
    found = [s for iri, quads in by_node.items() if (s := _as_summary(iri, _ActorState.read(quads)))]
    return sorted(found, key=lambda s: (-s.articles, s.label, s.iri))


def _named(store: Store, key: str) -> list[ox.NamedNode]:
    graph = _summary_node(store)
    found = store.oxigraph.quads_for_pattern(None, _KEY, ox.Literal(key), graph)
    return [q.subject for q in found if isinstance(q.subject, ox.NamedNode)]


def actor(store: Store, name_or_iri: str) -> ActorSummary | None:
    """The actor with this IRI, or a label or alias with this `name_key` (the one most articles name
    when several have it); None when there is none."""
    if "://" in name_or_iri:
        return _summary_of(store, ox.NamedNode(name_or_iri))
    found = [s for node in _named(store, name_key(name_or_iri)) if (s := _summary_of(store, node))]
    return min(found, key=lambda s: (-s.articles, s.label, s.iri), default=None)


#: above this many candidates, a prefix search reads a predicate's whole range in one pass instead of
#: looking each candidate up (one look-up costs about as much as reading 20 quads in a range)
_SCAN = 1_000


def _values(store: Store, predicate: ox.NamedNode, nodes: set[ox.NamedNode]) -> Iterator[ox.Quad]:
    """The summary's `predicate` quads of `nodes`: one look-up each, or one pass when they are many."""
    oxstore, graph = store.oxigraph, _summary_node(store)
    if len(nodes) > _SCAN:
        return (q for q in oxstore.quads_for_pattern(None, predicate, None, graph) if q.subject in nodes)
    return (q for node in nodes for q in oxstore.quads_for_pattern(node, predicate, None, graph))


def search_actors(store: Store, prefix: str, limit: int = 10) -> list[ActorSummary]:
    """Actors with a name (label or alias) that starts with `prefix`, or one of whose words does,
    compared by `name_key`; those most articles name first (for autocompletion).

    A prefix whose first word has two characters or more looks its candidates up by their
    kg:nameStart, band by band from the most named, and stops after the band that fills the page
    (index hits; when the prefix is one such word start, every candidate is a hit); a one-letter
    prefix reads every name key."""
    wanted = name_key(prefix)
    if not wanted or limit <= 0:
        return []
    oxstore, graph = store.oxigraph, _summary_node(store)
    inner = " " + wanted

    def matching(keys: Iterable[ox.Quad]) -> set[ox.NamedNode]:
        return {
            q.subject
            for q in keys
            if isinstance(q.subject, ox.NamedNode)
            and ((key := _text(q.object)).startswith(wanted) or inner in key)
        }

    def counted(hits: set[ox.NamedNode]) -> set[tuple[int, str]]:
        return {(-int(_text(q.object)), _text(q.subject)) for q in _values(store, _COUNT, hits)}

    first = wanted.split()[0]
    if len(first) < STARTS[0]:
        found = counted(matching(oxstore.quads_for_pattern(None, _KEY, None, graph)))
    else:
        start = first[: max(n for n in STARTS if n <= len(first))]
        found = set()
        # every actor of a band is named more often than any of a lower one
        for band in range(_BANDS, 0, -1):
            starting = oxstore.quads_for_pattern(None, _START, ox.Literal(f"{start} {band}"), graph)
            bucket = {q.subject for q in starting if isinstance(q.subject, ox.NamedNode)}
            # a prefix that is one whole word start is a word start of every candidate
            found |= counted(bucket if wanted == start else matching(_values(store, _KEY, bucket)))
            if len(found) >= limit:
                break
    page = (_summary_of(store, ox.NamedNode(iri)) for _, iri in sorted(found)[:limit])
    return [s for s in page if s is not None]
