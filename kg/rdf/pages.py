"""Picking a pinned query's page before its rows are described (`kg.rdf.query.pin`).

A look-up by actor reads every event or fact naming the actor (index hits, about 15 µs each), but
describing one (its labels, date, hedges, sentence: some twenty look-ups) costs 0.2 to 0.35 ms, and
the answer is ordered by document first, so every row used to be described to print the first
hundred. The rows of one article graph all come from one document, whose id the graph's name
spells (`vocab.Base.graph_iri`): the graphs are ordered by it without reading the store (looking up
each graph's kg:documentId cost 45 µs a graph at 1 M facts) and taken in that order until they hold
the page's end; only their rows are pinned and described. The query still orders and pages them,
so the page is the one the whole answer gives.

A query marks the variable of the join of parameter NAME that names the article graph in a line
`#^NAME ?g` (never switched on, so a SPARQL endpoint ignores it); it must order its answer by the
graph's document first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pyoxigraph as ox

__all__ = ["Row", "first_rows"]

Row = tuple[ox.NamedNode | ox.Literal, ...]


def first_rows(rows: list[Row], at: int, document: Callable[[str], str | None], wanted: int) -> list[Row]:
    """The pinned `rows` whose answer rows can be among the first `wanted` of a query ordered by
    document first: those of the article graphs (each row's `at`-th term, whose document
    `document` gives) that are first by document until they reach `wanted` rows; every row of a
    graph whose document is not known.

    Every pinned row must give at least one answer row unless the query leaves it out (the caller
    adds to `wanted` as many as it may leave out).
    """
    if len(rows) <= wanted:
        return rows
    graphs: dict[ox.NamedNode | ox.Literal, list[Row]] = defaultdict(list)
    for row in rows:
        graphs[row[at]].append(row)
    documents = {graph: doc for graph in graphs if (doc := document(graph.value)) is not None}
    reached, last = 0, None
    # ids compare in Python as SPARQL compares plain strings: by code point
    for graph, doc in sorted(documents.items(), key=lambda item: item[1]):
        reached += len(graphs[graph])
        if reached >= wanted:
            last = doc
            break
    if last is None:
        return rows
    return [row for graph, members in graphs.items() if documents.get(graph, last) <= last for row in members]
