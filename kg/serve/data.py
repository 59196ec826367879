"""What the explorer pages show, read from the store with SPARQL: an
actor's page (roles, relations, timeline, co-actors, sources, review marks) and an article's page.

Every query binds its input (an actor's IRI, an article's graph) with `VALUES` and an Oxigraph term,
whose text form is escaped, so nothing a user types becomes query syntax. Queries read only the
stable core of an article graph: entity nodes (type, label, aliases, country code), event nodes
(class, label, roles, kg:date, kg:dateText), `prov:wasDerivedFrom` a kg:Sentence (kg:text, kg:start,
`prov:wasQuotedFrom` the kg:Article), kg:Role nodes and plain asserted edges.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import OntologyError
from kg.rdf import vocab
from kg.rdf.store import Store
from kg.rdf.verdicts import rejections
from kg.serve.lookup import ActorSummary, local_name, select_rows

__all__ = ["ActorPage", "ArticlePage", "Event", "Sentence", "actor_page", "article_page"]

_ROLES = " ".join(f"kg:{name}" for name in sorted(vocab.role_properties()))


@dataclass(frozen=True)
class Sentence:
    """A source sentence: its article, character offsets in the article and text."""

    doc: str
    title: str
    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Event:
    """An event as the pages list it: class, label, dates, participants by role, its sentence, and a
    review mark ("reviewed", "rejected", "disputed" or "")."""

    iri: str
    cls: str
    label: str
    date: str | None
    date_text: str | None
    sentence: Sentence
    published: str | None = None
    #: role -> [(IRI, label, class)] of its participants, this page's actor included
    roles: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)
    mark: str = ""


@dataclass(frozen=True)
class ActorPage:
    """Everything the actor page shows."""

    actor: ActorSummary
    roles: list[tuple[str, str | None, str | None]]
    #: (direction "out" or "in", predicate label, the other end's IRI, label and class)
    relations: list[tuple[str, str, str, str, str]]
    dated: list[Event]
    undated: list[Event]
    co_actors: list[tuple[str, str, str, int]]
    sources: list[Sentence]


_EVENTS = f"""
SELECT ?event ?type ?label ?date ?dateText ?text ?start ?doc ?title ?published WHERE {{
  VALUES ?role {{ {_ROLES} }}
  GRAPH ?g {{
    ?event ?role $actor .
    ?event a ?type ; rdfs:label ?label ; prov:wasDerivedFrom ?s .
    ?s kg:text ?text ; kg:start ?start ; prov:wasQuotedFrom ?article .
    ?article kg:documentId ?doc .
    OPTIONAL {{ ?article kg:title ?title }}
    OPTIONAL {{ ?article kg:published ?published }}
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:dateText ?dateText }}
  }}
}}"""
_PARTICIPANTS = f"""
SELECT DISTINCT ?event ?role ?other ?otherLabel ?otherType WHERE {{
  VALUES ?r {{ {_ROLES} }}
  VALUES ?role {{ {_ROLES} }}
  GRAPH ?g {{ ?event ?r $actor ; ?role ?other . ?other rdfs:label ?otherLabel ; a ?otherType . }}
}}"""
_ROLE_NODES = """
SELECT DISTINCT ?title ?org ?orgLabel WHERE {
  GRAPH ?g {
    ?role kg:roleHolder $actor ; kg:roleTitle ?title .
    OPTIONAL { ?role kg:roleIn ?org . ?org rdfs:label ?orgLabel }
  }
} ORDER BY ?title ?orgLabel"""
_EDGES = """
SELECT DISTINCT ?direction ?p ?other ?otherLabel ?otherType ?predicateLabel WHERE {
  { GRAPH ?g { $actor ?p ?other . ?other rdfs:label ?otherLabel ; a ?otherType } BIND("out" AS ?direction) }
  UNION
  { GRAPH ?g { ?other ?p $actor . ?other rdfs:label ?otherLabel ; a ?otherType } BIND("in" AS ?direction) }
  OPTIONAL { ?p rdfs:label ?predicateLabel }
}"""
# what an edge of the actor may be that the page shows elsewhere (roles, events) or not at all
_NOT_RELATIONS = {
    *(str(vocab.KG[name]) for name in (*vocab.role_properties(), "roleHolder", "roleIn", "hasRole")),
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#object",
}
_REVIEWED = """
SELECT ?event ?correct WHERE {
  GRAPH data:verdicts { ?verdict kg:reviewedFact ?fact ; kg:correct ?correct }
  GRAPH ?g { ?fact kg:partOfEvent|kg:restates ?event }
}"""


def _marks(store: Store) -> dict[str, str]:
    """Event IRI -> review mark, from the verdicts of `kg review` (empty when there are none)."""
    if not store.oxigraph.contains_named_graph(ox.NamedNode(store.base.verdicts)):
        return {}
    verdicts: dict[str, set[str]] = defaultdict(set)
    for row in select_rows(store, _REVIEWED):
        verdicts[row["event"] or ""].add(row["correct"] or "")
    rejected = rejections(store).events
    return {
        event: "rejected" if event in rejected else "disputed" if "false" in found else "reviewed"
        for event, found in verdicts.items()
    }


def _events(store: Store, rows: list[dict[str, str | None]]) -> dict[str, Event]:
    events: dict[str, Event] = {}
    for row in rows:
        cls = local_name(row["type"])
        if row["event"] in events or not vocab.is_event_class(cls):
            continue
        sentence = Sentence(row["doc"] or "", row["title"] or "", int(row["start"] or 0), row["text"] or "")
        events[row["event"] or ""] = Event(
            iri=row["event"] or "",
            cls=cls,
            label=row["label"] or "",
            date=row["date"],
            date_text=row["dateText"],
            sentence=sentence,
            published=row.get("published"),
        )
    return events


def actor_page(store: Store, summary: ActorSummary) -> ActorPage:
    """The actor page of `summary`'s actor (see `ActorPage`)."""
    node = ox.NamedNode(summary.iri)
    events = _events(store, select_rows(store, _EVENTS, actor=node))
    marks = _marks(store)
    shared: Counter[str] = Counter()
    names: dict[str, tuple[str, str]] = {}
    for row in select_rows(store, _PARTICIPANTS, actor=node):
        event, other = events.get(row["event"] or ""), row["other"] or ""
        if event is None:
            continue
        cls = local_name(row["otherType"])
        event.roles.setdefault(local_name(row["role"]), []).append((other, row["otherLabel"] or "", cls))
        if cls in vocab.actor_classes() and other != summary.iri:
            names.setdefault(other, (row["otherLabel"] or "", cls))
            shared[other] += 1
    for event in events.values():
        event.mark = marks.get(event.iri, "")
        for people in event.roles.values():
            people.sort(key=lambda p: p[1])
    dated = sorted(
        (e for e in events.values() if e.date), key=lambda e: (e.date, e.sentence.doc, e.sentence.start)
    )
    undated = sorted(
        (e for e in events.values() if not e.date),
        key=lambda e: (e.published or "", e.sentence.doc, e.sentence.start),
    )
    relations = sorted(
        {
            (
                row["direction"] or "",
                row["predicateLabel"] or local_name(row["p"]),
                row["other"] or "",
                row["otherLabel"] or "",
                local_name(row["otherType"]),
            )
            for row in select_rows(store, _EDGES, actor=node)
            if row["p"] not in _NOT_RELATIONS and row["other"] not in events
        },
        key=lambda r: (r[0] != "out", r[1], r[3]),
    )
    return ActorPage(
        actor=summary,
        roles=[
            (r["title"] or "", r["org"], r["orgLabel"]) for r in select_rows(store, _ROLE_NODES, actor=node)
        ],
        relations=relations,
        dated=dated,
        undated=undated,
        co_actors=sorted(((iri, *names[iri], n) for iri, n in shared.items()), key=lambda c: (-c[3], c[1])),
        sources=sorted({e.sentence for e in events.values()}, key=lambda s: (s.doc, s.start)),
    )


@dataclass(frozen=True)
class ArticlePage:
    """An article's sentences in reading order, each with its events and the spans to highlight
    (a list of (text, kind) pieces, kind "" for plain text, "name" or "trigger")."""

    doc: str
    title: str
    published: str | None
    sentences: list[tuple[Sentence, list[tuple[str, str]], list[Event]]]


_ARTICLE = "SELECT ?title ?published WHERE { GRAPH $g { ?article kg:documentId ?doc . OPTIONAL { ?article kg:title ?title } OPTIONAL { ?article kg:published ?published } } }"
_SENTENCES = (
    "SELECT DISTINCT ?text ?start WHERE { GRAPH $g { ?s kg:text ?text ; kg:start ?start } } ORDER BY ?start"
)
_ARTICLE_EVENTS = """
SELECT ?event ?type ?label ?date ?dateText ?text ?start WHERE {
  GRAPH $g {
    ?event prov:wasDerivedFrom ?s ; a ?type ; rdfs:label ?label .
    ?s kg:text ?text ; kg:start ?start .
    OPTIONAL { ?event kg:date ?date }
    OPTIONAL { ?event kg:dateText ?dateText }
  }
}"""
_ARTICLE_ROLES = f"""
SELECT ?event ?role ?other ?otherLabel ?otherType WHERE {{
  VALUES ?role {{ {_ROLES} }}
  GRAPH $g {{ ?event ?role ?other . ?other rdfs:label ?otherLabel ; a ?otherType }}
}}"""
_NAMES = "SELECT DISTINCT ?entity ?name WHERE { GRAPH $g { ?entity rdfs:label|skos:altLabel ?name } }"


def _pieces(text: str, spans: dict[str, str]) -> list[tuple[str, str]]:
    """`text` cut into (piece, kind) where the strings of `spans` occur, longest first, no overlaps."""
    taken: list[tuple[int, int, str]] = []
    for needle in sorted(spans, key=len, reverse=True):
        start = text.find(needle)
        while needle and start >= 0:
            end = start + len(needle)
            if all(end <= a or start >= b for a, b, _ in taken):
                taken.append((start, end, spans[needle]))
            start = text.find(needle, end)
    pieces, at = [], 0
    for start, end, kind in sorted(taken):
        pieces += [(text[at:start], ""), (text[start:end], kind)]
        at = end
    return [p for p in [*pieces, (text[at:], "")] if p[0]]


def article_page(store: Store, doc: str) -> ArticlePage | None:
    """The page of the article with id `doc`, None if the store does not hold it."""
    try:
        graph = ox.NamedNode(str(store.base.graph_iri(doc)))
    except (ValueError, OntologyError):
        return None
    if not store.oxigraph.contains_named_graph(graph):
        return None
    meta = select_rows(store, _ARTICLE, g=graph)
    rows = [{**r, "doc": doc, "title": ""} for r in select_rows(store, _ARTICLE_EVENTS, g=graph)]
    events = _events(store, rows)
    marks = _marks(store)
    for row in select_rows(store, _ARTICLE_ROLES, g=graph):
        if (event := events.get(row["event"] or "")) is not None:
            participant = (row["other"] or "", row["otherLabel"] or "", local_name(row["otherType"]))
            event.roles.setdefault(local_name(row["role"]), []).append(participant)
    names: dict[str, list[str]] = defaultdict(list)
    for row in select_rows(store, _NAMES, g=graph):
        names[row["entity"] or ""].append(row["name"] or "")
    by_sentence: dict[int, list[Event]] = defaultdict(list)
    for event in sorted(events.values(), key=lambda e: (e.sentence.start, e.iri)):
        event.mark = marks.get(event.iri, "")
        by_sentence[event.sentence.start].append(event)
    sentences = []
    for row in select_rows(store, _SENTENCES, g=graph):
        sentence = Sentence(doc, "", int(row["start"] or 0), row["text"] or "")
        found = by_sentence.get(sentence.start, [])
        spans = {event.label: "trigger" for event in found}
        for event in found:
            for people in event.roles.values():
                spans.update((name, "name") for iri, _, _ in people for name in names.get(iri, []))
        sentences.append((sentence, _pieces(sentence.text, spans), found))
    first = meta[0] if meta else {}
    return ArticlePage(
        doc=doc, title=first.get("title") or doc, published=first.get("published"), sentences=sentences
    )
