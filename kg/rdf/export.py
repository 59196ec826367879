"""Serialise a store: Turtle, TriG, N-Triples, N-Quads or JSON-LD.

Dataset formats (trig, nq, jsonld) keep one named graph per article. Triple formats (ttl, nt) hold
the union of the article graphs, each triple once. The ontology graph is left out unless asked for,
since every consumer can load ontology/kg.ttl itself, and so is the graph of reviewers' verdicts.
Facts reviewers judged wrong are left out (with their plain edges, and events left with no other
fact) unless `include_rejected` is given; see `kg.rdf.verdicts`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf import vocab
from kg.rdf.store import ONTOLOGY_NODE as _ONTOLOGY
from kg.rdf.verdicts import GRAPH as VERDICTS
from kg.rdf.verdicts import Rejections, rejections, without_rejected

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["FORMATS", "export", "format_for", "write_export"]

FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
}

def format_for(name: str | None, output: str | Path | None = None) -> str:
    """The export format: `name`, else guessed from the output file's suffix, else trig.

    Raises:
        StoreError: an unknown format name.
    """
    if name is None and output is not None:
        name = Path(output).suffix.lstrip(".").lower() or None
    name = (name or "trig").lower()
    if name == "turtle":
        name = "ttl"
    if name not in FORMATS:
        raise StoreError(f"unknown export format {name!r}; use one of: " + ", ".join(FORMATS))
    return name


def _quads(store: Store, graph: str | None, ontology: bool, verdicts: bool) -> Iterator[ox.Quad]:
    if graph is not None:
        iri = graph if "://" in graph else str(vocab.graph_iri(graph))  # a doc id is accepted too
        if iri not in store.graphs() and iri not in (_ONTOLOGY.value, VERDICTS.value):
            raise StoreError(f"no graph {iri} in {store.location}; `kg query` shows graphs, or pass a doc id")
        yield from store.quads(iri)
        return
    for quad in store.quads():
        if (quad.graph_name == _ONTOLOGY and not ontology) or (quad.graph_name == VERDICTS and not verdicts):
            continue
        yield quad


def export(
    store: Store,
    format: str = "trig",
    *,
    graph: str | None = None,
    ontology: bool = False,
    verdicts: bool = False,
    include_rejected: bool = False,
) -> bytes:
    """The store (or one graph: IRI or document id) serialised in `format`.

    Args:
        store: the store to read.
        format: ttl, trig, nt, nq or jsonld.
        graph: only this named graph.
        ontology: include the ontology graph.
        verdicts: include the graph of reviewers' verdicts.
        include_rejected: keep the facts reviewers judged wrong.

    Raises:
        StoreError: unknown format or graph.
    """
    fmt = FORMATS[format_for(format)]
    rejected = Rejections() if include_rejected else rejections(store)
    quads = without_rejected(_quads(store, graph, ontology, verdicts), rejected)
    if fmt.supports_datasets:
        data = ox.serialize(quads, format=fmt, prefixes=vocab.PREFIXES)
    else:
        # the union of the article graphs; a dict keeps first-seen order and drops repeats
        triples = dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads)
        data = ox.serialize(triples, format=fmt, prefixes=vocab.PREFIXES)
    assert data is not None  # serialize returns bytes when no output is given
    return data


def write_export(store: Store, output: str | Path, format: str | None = None, **options: object) -> str:
    """Write an export to `output`, the format given or guessed from its suffix; returns the format."""
    name = format_for(format, output)
    try:
        Path(output).write_bytes(export(store, name, **options))  # type: ignore[arg-type]
    except OSError as exc:
        raise StoreError(f"cannot write {output}: {exc}") from None
    return name
