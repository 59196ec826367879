"""Keeping the summary graph (`kg.rdf.summary`) up to date: what each article graph contributes, the
difference applied when one is written, replaced or removed, a recomputation from scratch, and the
flag a build raises while it writes.

    old = graph_contribution(oxstore, graph)   # before the graph is replaced (Store.replace_article)
    apply(store, old, contribution(new_quads))   # after: counts move by one, names go when unsupported
    rebuild(store)                               # kg build --rebuild-summary
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.rdf.summary import (
    _ALT,
    _ARTICLE,
    _BAND,
    _CODE,
    _CORROBORATES,
    _DERIVED,
    _EVENT_DATE,
    _FIELDS,
    _KILLINGS,
    _LABEL,
    _PUBLISHED,
    _QUANTITY,
    _ROLES,
    _STALE,
    _START,
    _TRUE,
    _TYPE,
    EventKey,
    _actor_classes,
    _ActorState,
    _band_node,
    _band_quads,
    _event_classes,
    _event_node,
    _event_quads,
    _is_count,
    _killing_classes,
    _Names,
    _summary_node,
    _text,
)

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = [
    "READ",
    "Contribution",
    "apply",
    "apply_all",
    "contribution",
    "graph_contribution",
    "is_stale",
    "mark_stale",
    "rebuild",
]


@dataclass
class Contribution:
    """What one article graph gives the summary: its document and date, its actors, its events by
    key, its killings by number of dead."""

    doc: str | None = None
    date: str | None = None
    actors: dict[str, _Names] = field(default_factory=dict)
    events: dict[EventKey, set[str]] = field(default_factory=dict)
    killings: dict[ox.Literal, set[str]] = field(default_factory=dict)


def contribution(quads: Iterable[ox.Quad]) -> Contribution:
    """The contribution of one article graph, read from its quads (other predicates are ignored)."""
    types: dict[str, set[ox.NamedNode]] = defaultdict(set)
    values: dict[tuple[str, ox.NamedNode], set[str]] = defaultdict(set)
    participants: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, set[ox.Literal]] = defaultdict(set)
    dates: dict[str, str] = {}
    found = Contribution()
    for q in quads:
        s, p, o = q.subject, q.predicate, q.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == _TYPE and isinstance(o, ox.NamedNode):
            types[s.value].add(o)
            if o == _ARTICLE:
                found.doc = s.value
        elif p in (_LABEL, _ALT, _CODE) and isinstance(o, ox.Literal):
            values[(s.value, p)].add(o.value)
        elif p in _ROLES and isinstance(o, ox.NamedNode):
            participants[s.value].add(o.value)
        elif p == _EVENT_DATE and isinstance(o, ox.Literal):
            dates[s.value] = o.value[:10]
        elif p == _QUANTITY and _is_count(o):
            counts[s.value].add(o)
        elif p == _PUBLISHED and isinstance(o, ox.Literal):
            found.date = o.value[:10]
    actor_classes, event_classes, killing_classes = _actor_classes(), _event_classes(), _killing_classes()
    for node, classes in types.items():
        if acting := classes & actor_classes:
            found.actors[node] = _Names(
                acting, values[(node, _LABEL)], values[(node, _ALT)], values[(node, _CODE)]
            )
        if classes & killing_classes:
            for number in counts.get(node, ()):
                found.killings.setdefault(number, set()).add(node)
        date = dates.get(node)
        if date is None or not _is_date(date):
            continue
        for cls in classes & event_classes:
            for who in participants[node]:
                found.events.setdefault((cls.value, date, who), set()).add(node)
    return found


#: the predicates of an article graph that `contribution` reads
READ = frozenset((_TYPE, _LABEL, _ALT, _CODE, _EVENT_DATE, _PUBLISHED, _QUANTITY, *_ROLES))


def graph_contribution(
    oxstore: ox.Store, graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph
) -> Contribution:
    """The contribution of an article graph in the store, reading only the predicates it needs."""
    return contribution(q for p in READ for q in oxstore.quads_for_pattern(None, p, None, graph))


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _still_given(oxstore: ox.Store, node: ox.NamedNode, predicate: ox.NamedNode, value: object) -> bool:
    """Whether any article graph typing `node` as an actor still gives it this class, name or code
    (an index look-up: the graphs holding that one triple)."""
    if predicate == _TYPE:
        return any(True for _ in oxstore.quads_for_pattern(node, _TYPE, value, None))  # type: ignore[arg-type]
    classes = _actor_classes()
    return any(
        any(t.object in classes for t in oxstore.quads_for_pattern(node, _TYPE, None, q.graph_name))
        for q in oxstore.quads_for_pattern(node, predicate, ox.Literal(str(value)), None)
    )


def _dates(oxstore: ox.Store, node: ox.NamedNode) -> list[str]:
    """Publication dates of the article graphs naming actor `node` (read only when its first or
    last date may have gone)."""
    classes = _actor_classes()  # the summary types nothing, so it is never one of these graphs
    graphs = {q.graph_name for q in oxstore.quads_for_pattern(node, _TYPE, None, None) if q.object in classes}
    return [
        _text(q.object)[:10] for g in graphs for q in oxstore.quads_for_pattern(None, _PUBLISHED, None, g)
    ]


def apply(store: Store, old: Contribution, new: Contribution) -> None:
    """Move the summary from an article graph's `old` contribution to its `new` one; the article
    graph must already hold the new content (`Store.replace_article` does both)."""
    apply_all(store, [(old, new)])


def apply_all(
    store: Store, changes: Sequence[tuple[Contribution, Contribution]], *, bulk: bool = False
) -> None:
    """`apply` for many article graphs at once, each an (old, new) pair: every description they touch
    is read once and written once, in one transaction, or with `bulk` through Oxigraph's bulk loader
    (no transaction: for a bulk load of new graphs, which takes in a batch this way while the build
    keeps the summary flagged stale). The store must already hold every graph's new content."""
    oxstore, graph = store.oxigraph, _summary_node(store)
    gone: set[ox.Quad] = set()
    added: set[ox.Quad] = set()

    def write(current: set[ox.Quad], wanted: set[ox.Quad]) -> None:
        gone.update(current - wanted)
        added.update(wanted - current)

    by_actor: dict[str, list[tuple[Contribution, Contribution]]] = defaultdict(list)
    by_event: dict[EventKey, list[tuple[Contribution, Contribution]]] = defaultdict(list)
    by_band: dict[ox.Literal, list[tuple[Contribution, Contribution]]] = defaultdict(list)
    for old, new in changes:
        for iri in old.actors.keys() | new.actors.keys():
            by_actor[iri].append((old, new))
        for key in old.events.keys() | new.events.keys():
            by_event[key].append((old, new))
        for number in old.killings.keys() | new.killings.keys():
            by_band[number].append((old, new))
    for iri, pairs in by_actor.items():
        node = ox.NamedNode(iri)
        current = set(oxstore.quads_for_pattern(node, None, None, graph))
        state = _ActorState.read(current)
        for old, new in pairs:
            _move_actor(oxstore, node, state, old, new)
        write(current, state.quads(node, graph))
    for key, pairs in by_event.items():
        node = _event_node(store.base, key)
        current = set(oxstore.quads_for_pattern(node, None, None, graph))
        events = {_text(q.object) for q in current if q.predicate == _CORROBORATES}
        docs = {_text(q.object) for q in current if q.predicate == _DERIVED}
        for old, new in pairs:
            if key in old.events:
                events -= old.events[key]
                docs -= {old.doc}
            if key in new.events and new.doc:
                events |= new.events[key]
                docs.add(new.doc)
        write(current, _event_quads(node, key, events, docs, graph) if docs else set())
    for number, pairs in by_band.items():
        node = _band_node(store.base, number)
        current = set(oxstore.quads_for_pattern(node, None, None, graph))
        killings = sum(int(_text(q.object)) for q in current if q.predicate == _KILLINGS)
        for old, new in pairs:
            was, now = old.killings.get(number, set()), new.killings.get(number, set())
            # an event is in one article graph only, so its graph's count is the band's share
            killings += len(now) - len(was)
            gone.update(ox.Quad(ox.NamedNode(e), _BAND, node, graph) for e in was - now)
            added.update(ox.Quad(ox.NamedNode(e), _BAND, node, graph) for e in now - was)
        write(current, _band_quads(node, number, killings, graph))
    for quad in gone:
        oxstore.remove(quad)
    if bulk:
        oxstore.bulk_extend(added)
    else:
        oxstore.extend(added)  # one transaction


def _move_actor(
    oxstore: ox.Store, node: ox.NamedNode, state: _ActorState, old: Contribution, new: Contribution
) -> None:
    """Move one actor's description `state` from what `old` said of it to what `new` says."""
    iri = node.value
    was, now = old.actors.get(iri), new.actors.get(iri)
    state.count += (now is not None) - (was is not None)
    if was is not None:
        kept = (now or _Names()).fields()
        for predicate, values, still, total in zip(_FIELDS, was.fields(), kept, state.names.fields()):
            total -= {v for v in values - still if not _still_given(oxstore, node, predicate, v)}
    if now is not None:
        state.names.merge(now)
        state.add_date(new.date)
    lost = old.date if was is not None and (now is None or new.date != old.date) else None
    if lost and lost in (state.first, state.last) and state.count > 0:
        state.first = state.last = None
        for date in _dates(oxstore, node):
            state.add_date(date)


def rebuild(store: Store) -> int:
    """Recompute the summary graph from every article graph (`kg build --rebuild-summary`).

    Returns:
        The number of triples in the summary graph.
    """
    oxstore, graph = store.oxigraph, _summary_node(store)
    articles = {q.graph_name for q in oxstore.quads_for_pattern(None, _TYPE, _ARTICLE, None)} - {graph}
    actors: dict[str, _ActorState] = defaultdict(_ActorState)
    events: dict[EventKey, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    killings: dict[ox.Literal, set[str]] = defaultdict(set)
    for article in articles:
        part = graph_contribution(oxstore, article)
        for iri, names in part.actors.items():
            state = actors[iri]
            state.count += 1
            state.names.merge(names)
            state.add_date(part.date)
        for key, members in part.events.items():
            if part.doc:
                events[key][0].update(members)
                events[key][1].add(part.doc)
        for number, members in part.killings.items():
            killings[number] |= members
    quads: set[ox.Quad] = set()
    for iri, state in actors.items():
        quads |= state.quads(ox.NamedNode(iri), graph)
    for key, (members, docs) in events.items():
        quads |= _event_quads(_event_node(store.base, key), key, members, docs, graph)
    for number, members in killings.items():
        band = _band_node(store.base, number)
        quads |= {ox.Quad(ox.NamedNode(e), _BAND, band, graph) for e in members}
        quads |= _band_quads(band, number, len(members), graph)
    # straight to Oxigraph: an RDF file opened read-only gets its summary made in memory too
    if oxstore.contains_named_graph(graph):
        oxstore.remove_graph(graph)
    oxstore.extend(quads)
    return len(quads)


def mark_stale(store: Store, stale: bool = True) -> None:
    """Flag the summary as being written (a build sets it first and clears it last, so a build that
    died leaves it set and the next one recomputes the summary)."""
    graph = _summary_node(store)
    flag = ox.Quad(graph, _STALE, _TRUE, graph)
    if stale:
        store.oxigraph.add(flag)
    else:
        store.oxigraph.remove(flag)


def is_stale(store: Store) -> bool:
    """True when the summary may disagree with the article graphs: flagged by a build that did not
    finish, or missing or of an older form in a store that holds articles (built by an older kg:
    its kg:nameStart without the count band, or no casualty bands though a killing gives a number)."""
    oxstore, graph = store.oxigraph, _summary_node(store)
    if oxstore.contains_named_graph(graph):
        if any(True for _ in oxstore.quads_for_pattern(graph, _STALE, _TRUE, graph)):
            return True
        start = next(iter(oxstore.quads_for_pattern(None, _START, None, graph)), None)
        if start is not None and " " not in _text(start.object):
            return True
        banded = any(True for _ in oxstore.quads_for_pattern(None, _BAND, None, graph))
        return not banded and _counts_dead(oxstore)
    return any(True for _ in oxstore.quads_for_pattern(None, _TYPE, _ARTICLE, None))


def _counts_dead(oxstore: ox.Store) -> bool:
    """Whether some article graph gives a killing a number of dead (read up to the first that does)."""
    return any(
        _is_count(q.object)
        for cls in _killing_classes()
        for killing in oxstore.quads_for_pattern(None, _TYPE, cls, None)
        for q in oxstore.quads_for_pattern(killing.subject, _QUANTITY, None, killing.graph_name)
    )
