"""Picking a pinned query's page before its rows are described (`kg.rdf.query.pin`).

A look-up by actor reads every event or fact naming the actor (index hits, about 15 µs each), but
describing one (its labels, date, hedges, sentence: some twenty look-ups) costs 0.2 to 0.35 ms, and
the answer is ordered by document before it is paged, so every row used to be described to print
the first hundred. The rows of one article graph all come from one document, the first key of the
order: one look-up per graph (not per row) orders the graphs, and the graphs are taken in that
order until they hold the page's end; only their rows are pinned and described. The query still
orders and pages them, so the page is the one the whole answer gives.

A query says how a graph's first key is found in lines `#^NAME ` (never switched on, so a SPARQL
endpoint ignores them), a pattern over variables of the join of parameter NAME:

    #^actor GRAPH ?g { ?article kg:documentId ?doc }
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import pyoxigraph as ox
from rdflib import XSD

__all__ = ["Row", "first_rows"]

Row = tuple[ox.NamedNode | ox.Literal, ...]

_STRING = ox.NamedNode(XSD.string)
_ORDER_BY = re.compile(r"(?m)^\s*ORDER BY\s+(.*)$")


def _keys(sparql: str, pattern: str) -> list[str]:
    """The leading variables of the query's last ORDER BY that `pattern` binds."""
    orders = _ORDER_BY.findall(sparql)
    keys = []
    for token in orders[-1].split() if orders else []:
        if not re.fullmatch(r"\?\w+", token) or not re.search(rf"\{token}\b", pattern):
            break
        keys.append(token)
    return keys


def first_rows(
    store: ox.Store,
    prefixes: str,
    sparql: str,
    pattern: str,
    shared: Sequence[str],
    rows: list[Row],
    wanted: int,
) -> list[Row]:
    """The pinned `rows` (values of the variables `shared`, in that order) whose answer rows can be
    among the first `wanted` of the query `sparql`: those of the groups (rows agreeing on the
    variables `pattern` shares with them) whose first keys, as `pattern` (under `prefixes`) finds
    them, reach `wanted` rows, ties included; all of them when that cannot be told.

    Every pinned row must give at least one answer row unless the query leaves it out (the caller
    adds to `wanted` as many as it may leave out), with first keys that `pattern` gives its group.
    """
    by = [i for i, v in enumerate(shared) if re.search(rf"\?{v}\b", pattern)]
    keys = _keys(sparql, pattern)
    if not by or not keys or len(rows) <= wanted:
        return rows
    groups: dict[Row, list[Row]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[i] for i in by)].append(row)
    head = " ".join(f"?{shared[i]}" for i in by)
    values = " ".join("(" + " ".join(map(str, group)) + ")" for group in groups)
    # LATERAL: the pattern is looked up per group, not evaluated over every graph and joined
    where = f"VALUES ({head}) {{ {values} }} LATERAL {{ {pattern} }}"
    ranking = f"{prefixes}SELECT {head} {' '.join(keys)} WHERE {{ {where} }}"
    first: dict[Row, tuple[str, ...]] = {}
    for solution in store.query(ranking):  # type: ignore[union-attr]
        terms = tuple(solution)  # type: ignore[arg-type]
        group, key = terms[: len(by)], terms[len(by) :]
        # plain strings compare in Python as in SPARQL (by code point); anything else: no picking
        if not all(isinstance(t, ox.Literal) and t.datatype == _STRING and not t.language for t in key):
            return rows
        text = tuple(t.value for t in key)  # type: ignore[union-attr]
        first[group] = min(first.get(group, text), text)  # type: ignore[arg-type]
    reached, cutoff = 0, None
    for group, key in sorted(first.items(), key=lambda item: item[1]):
        reached += len(groups[group])
        if reached >= wanted:
            cutoff = key
            break
    if cutoff is None:
        return rows
    # a group the pattern gives no key is kept: its rows' place is not known
    return [row for group, members in groups.items() if first.get(group, cutoff) <= cutoff for row in members]
