"""Serialise a store: Turtle, TriG, N-Triples, N-Quads or JSON-LD, streamed by Oxigraph; or, for tools
outside RDF, GraphML and Neo4j's import CSV (`kg.rdf.property_graph`).

Dataset formats (trig, nq, jsonld) keep one named graph per article. Triple formats (ttl, nt) hold
the union of the article graphs, each triple once. The ontology graph is left out unless asked for,
since every consumer can load ontology/kg.ttl itself, and so is the graph of reviewers' verdicts.
Facts reviewers judged wrong are left out (with their plain edges, and events left with no other
fact) unless `include_rejected` is given; see `kg.rdf.verdicts`.

Quads go from the store to the file as they are read, so memory does not grow with the store; only
the union of a triple format keeps the set of distinct triples, inside Oxigraph's SELECT DISTINCT.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.property_graph import write_csv, write_graphml
from kg.rdf.store import FILE_FORMATS, ONTOLOGY_NODE, Store, file_format
from kg.rdf.verdicts import Rejections, rejections

__all__ = ["FORMATS", "PROPERTY_GRAPH_FORMATS", "export", "format_for", "write_export"]

#: the property-graph formats: entities and events as nodes, roles and facts as edges
PROPERTY_GRAPH_FORMATS = ("graphml", "csv")
#: export format names: the RDF file suffixes, then the property-graph formats
FORMATS = FILE_FORMATS + PROPERTY_GRAPH_FORMATS


def format_for(name: str | None, output: str | Path | IO[bytes] | None = None) -> str:
    """The export format: `name`, else guessed from the output file's suffix, else trig.

    Raises:
        StoreError: an unknown format name.
    """
    if name is None and isinstance(output, (str, Path)):
        name = Path(output).suffix.lstrip(".").lower() or None
    name = (name or "trig").lower()
    if name == "turtle":
        name = "ttl"
    if file_format(name) is None and name not in PROPERTY_GRAPH_FORMATS:
        raise StoreError(f"unknown export format {name!r}; use one of: " + ", ".join(FORMATS))
    return name


def _union(store: Store, left_out: list[ox.NamedNode], rejected: Rejections) -> Iterator[ox.Triple]:
    """Each triple of the exported graphs once. Oxigraph drops the repeats; a triple a verdict
    touches is looked up again, since it stays if some exported graph still holds it unrejected."""
    where = f"FILTER(?g NOT IN ({', '.join(map(str, left_out))}))" if left_out else ""
    rows = store.oxigraph.query(
        f"SELECT DISTINCT ?s ?p ?o WHERE {{ {{ ?s ?p ?o }} UNION {{ GRAPH ?g {{ ?s ?p ?o }} {where} }} }}"
    )
    assert isinstance(rows, ox.QuerySolutions)  # a SELECT
    edges = {edge[1:] for edge in rejected.edges}
    for s, p, o in rows:
        touched = rejected and (
            s.value in rejected.gone or o.value in rejected.gone or (s.value, p.value, o.value) in edges
        )
        if touched and all(
            q.graph_name in left_out or rejected.removes(q) for q in store.oxigraph.quads_for_pattern(s, p, o)
        ):
            continue
        yield ox.Triple(s, p, o)


def _property_graph(
    store: Store, name: str, output: str | Path | IO[bytes] | None, **options: str | bool | None
) -> bytes | None:
    """GraphML to a path, a binary file or bytes; CSV only to a directory or prefix (two files)."""
    if name == "csv":
        if not isinstance(output, (str, Path)):
            raise StoreError("csv writes nodes.csv and edges.csv: give a directory or a NAME.csv with -o")
        write_csv(store, output, **options)
        return None
    if output is None:
        buffer = io.BytesIO()
        write_graphml(store, buffer, **options)
        return buffer.getvalue()
    write_graphml(store, output, **options)
    return None


def _serialize(
    store: Store,
    format: str,
    output: str | Path | IO[bytes] | None,
    *,
    graph: str | None = None,
    ontology: bool = False,
    verdicts: bool = False,
    include_rejected: bool = False,
) -> bytes | None:
    name = format_for(format)
    verdict_graph = ox.NamedNode(store.base.verdicts)
    iri = None
    if graph is not None:  # one graph, asked for by name: only rejections are left out
        iri = graph if "://" in graph else str(store.base.graph_iri(graph))  # a doc id is accepted too
        if iri not in store.graphs() and iri not in (ONTOLOGY_NODE.value, verdict_graph.value):
            raise StoreError(f"no graph {iri} in {store.location}; `kg query` shows graphs, or pass a doc id")
    if name in PROPERTY_GRAPH_FORMATS:
        return _property_graph(store, name, output, graph=iri, include_rejected=include_rejected)
    fmt = file_format(name)
    assert fmt is not None  # format_for accepts only known names
    rejected = Rejections() if include_rejected else rejections(store)
    left_out = [g for g, wanted in ((ONTOLOGY_NODE, ontology), (verdict_graph, verdicts)) if not wanted]
    left_out.append(ox.NamedNode(store.base.summary))  # derived: a store reading the export remakes it
    if iri is not None:
        quads = (q for q in store.quads(iri) if not rejected.removes(q))
    else:
        quads = (q for q in store.quads() if q.graph_name not in left_out and not rejected.removes(q))
    if fmt.supports_datasets:
        return ox.serialize(quads, output, fmt, prefixes=store.base.prefixes)
    # one graph's triples are already distinct; the union's are made so
    triples = (
        _union(store, left_out, rejected)
        if graph is None
        else (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    )
    return ox.serialize(triples, output, fmt, prefixes=store.base.prefixes)


def export(
    store: Store,
    format: str = "trig",
    *,
    graph: str | None = None,
    ontology: bool = False,
    verdicts: bool = False,
    include_rejected: bool = False,
) -> bytes:
    """The store (or one graph: IRI or document id) serialised in `format`, in memory; `write_export`
    streams to a file instead.

    Args:
        store: the store to read.
        format: ttl, trig, nt, nq, jsonld or graphml (csv writes two files: `write_export`).
        graph: only this named graph.
        ontology: include the ontology graph.
        verdicts: include the graph of reviewers' verdicts.
        include_rejected: keep the facts reviewers judged wrong.

    Raises:
        StoreError: unknown format or graph.
    """
    data = _serialize(
        store,
        format,
        None,
        graph=graph,
        ontology=ontology,
        verdicts=verdicts,
        include_rejected=include_rejected,
    )
    assert data is not None  # serialize returns bytes when no output is given
    return data


def write_export(
    store: Store, output: str | Path | IO[bytes], format: str | None = None, **options: bool | str | None
) -> str:
    """Stream an export to `output` (a path or a binary file), the format given or guessed from the
    path's suffix; returns the format. `options` as for `export` (ontology and verdicts do not apply
    to graphml and csv). For csv, `output` is a directory or NAME.csv (`kg.rdf.property_graph.csv_paths`).

    A path is written to a temporary file beside it and renamed at the end, so an interrupted export
    leaves no half-written file.

    Raises:
        StoreError: unknown format or graph, or the file cannot be written.
    """
    name = format_for(format, output)
    if not isinstance(output, (str, Path)) or name == "csv":  # csv: two files, each written atomically
        _serialize(store, name, output, **options)  # type: ignore[arg-type]
        return name
    partial = Path(f"{output}.partial")
    try:
        _serialize(store, name, partial, **options)  # type: ignore[arg-type]
        os.replace(partial, output)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"cannot write {output}: {exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return name
