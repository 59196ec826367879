"""The persistent graph store: Oxigraph (pyoxigraph) on disk, one named graph per article.

    store = open_store(".kg")                 # create or open
    store.add_extraction(extraction)          # replaces that article's graph atomically
    store.query("actors")                     # a named query or SPARQL text -> Table

Read-only users may pass an RDF file (.ttl .trig .nq .nt .jsonld) instead of a directory; it is
loaded into an in-memory Oxigraph store and every write raises StoreError. Exports are
`kg.rdf.export`, which reads a Store (the store knows nothing of export formats).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF
from typing_extensions import Self  # typing.Self needs Python 3.11

from kg.errors import QueryError, StoreError
from kg.rdf import summary_upkeep, vocab
from kg.rdf.quads import extraction_quads, graph_node
from kg.rdf.query import Table, run_query, run_update, serialize_results, stream_query
from kg.types import Extraction

__all__ = [
    "DEFAULT_STORE",
    "FILE_FORMATS",
    "ONTOLOGY_NODE",
    "Store",
    "file_format",
    "is_rdf_file",
    "ontology_quads",
    "open_store",
]

DEFAULT_STORE = Path(".kg")

#: the RDF file suffixes kg reads and writes; Oxigraph maps each to its format. Others it knows
#: (.txt and .json among them) are left out: they name articles, not graphs.
FILE_FORMATS = ("ttl", "trig", "nt", "nq", "jsonld")

#: the graph holding the ontology in every store (and in exports that ask for it)
ONTOLOGY_NODE = ox.NamedNode(str(vocab.ONTOLOGY_GRAPH))


@cache
def ontology_quads() -> tuple[ox.Quad, ...]:
    """ontology/kg.ttl as Oxigraph quads in `ONTOLOGY_NODE`, parsed once per process for every store."""
    parsed = ox.parse(path=str(vocab.ontology_path()), format=ox.RdfFormat.TURTLE)
    return tuple(ox.Quad(q.subject, q.predicate, q.object, ONTOLOGY_NODE) for q in parsed)


def file_format(suffix: str) -> ox.RdfFormat | None:
    """The Oxigraph format of one of `FILE_FORMATS` (with or without the dot), else None."""
    name = suffix.lstrip(".").lower()
    return ox.RdfFormat.from_extension(name) if name in FILE_FORMATS else None


_TYPE, _ARTICLE = ox.NamedNode(RDF.type), ox.NamedNode(vocab.KG.Article)
_CONTENT_HASH = ox.NamedNode(vocab.KG.contentHash)
#: the contribution of a graph the store did not hold (shared: apply_all only reads it)
_NONE = summary_upkeep.Contribution()


def _recorded_base(oxstore: ox.Store) -> str | None:
    """The base IRI the store's data lives under, read off its first kg:Article node, so a store
    (and any export of it) remembers its base; None when it holds no article."""
    for quad in oxstore.quads_for_pattern(None, _TYPE, _ARTICLE, None):
        if isinstance(quad.subject, ox.NamedNode) and (base := vocab.Base.of_document(quad.subject.value)):
            return base
    return None


def is_rdf_file(path: str | Path) -> bool:
    """True if `path` names an RDF file (by suffix) rather than a store directory."""
    return file_format(Path(path).suffix) is not None


class Store:
    """A knowledge graph store; see the module docstring. Use `open_store` to get one."""

    def __init__(
        self, oxstore: ox.Store, location: str, read_only: bool = False, base: str | None = None
    ) -> None:
        """Wrap `oxstore`; its data lives under `base` (see `open_store`).

        Raises:
            StoreError: `base` is not a valid base IRI, or differs from the one the store records.
        """
        self._store = oxstore
        self.location = location
        self.read_only = read_only
        recorded = _recorded_base(oxstore)
        if recorded is not None and base is not None and base != recorded:
            raise StoreError(
                f"{location} holds a graph under the base IRI {recorded}, not {base}; "
                "omit --base to keep building it, or build into a new --store"
            )
        #: where resources, facts and article graphs live (`kg build --base`)
        self.base = vocab.Base(recorded or base or vocab.DEFAULT_BASE)

    # ------------------------------------------------------------------ writing

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(
                f"{self.location} is open read-only; build into a store directory (`kg build … --store DIR`)"
            )

    def replace_graph(self, graph: str | ox.NamedNode, quads: Iterable[ox.Quad]) -> int:
        """Replace the content of named graph `graph` with `quads`; the graph is never half-written.

        Removing the old graph and adding the new one are each one Oxigraph transaction. If the
        process dies between them the article simply has no graph, and the next incremental build
        (which finds no content hash for it) writes it again; no reader ever sees a partial graph.

        Returns:
            The number of triples now in the graph.
        """
        self._writable()
        node = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        try:
            if self._store.contains_named_graph(node):
                self._store.remove_graph(node)
            self._store.extend(ox.Quad(q.subject, q.predicate, q.object, node) for q in quads)
        except (OSError, ValueError) as exc:
            raise StoreError(f"cannot write graph {node.value} to {self.location}: {exc}") from None
        return self.count(node.value)

    def content_hashes(self) -> dict[str, str]:
        """Article id → content hash of every article graph in the store (for incremental builds)."""
        table = self.query(
            f"SELECT ?id ?hash WHERE {{ GRAPH ?g {{ ?doc <{vocab.KG.documentId}> ?id ; "
            f"<{vocab.KG.contentHash}> ?hash }} }}"
        )
        return {str(row[0]): str(row[1]) for row in table.rows}

    def replace_article(self, graph: str | ox.NamedNode, quads: Iterable[ox.Quad]) -> int:
        """Replace an article's graph (as `replace_graph`) and move the summary graph
        (`kg.rdf.summary`) from what the old graph said to what the new one says.

        Returns:
            The number of triples now in the graph.
        """
        node = graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))
        self._writable()
        old = summary_upkeep.graph_contribution(self._store, node)
        quads = list(quads)
        written = self.replace_graph(node, quads)
        summary_upkeep.apply(self, old, summary_upkeep.contribution(quads))
        return written

    def add_extraction(self, extraction: Extraction) -> int:
        """Write one article's extraction into its named graph, replacing any previous version.

        Returns:
            The number of triples in the article's graph.
        """
        quads = extraction_quads(extraction, base=self.base)
        return self.replace_article(graph_node(extraction.article.id, self.base), quads)

    def bulk_load(self, quads: Iterable[ox.Quad]) -> None:
        """Add many quads fast, without a transaction (for first loads and benchmarks).

        Unlike `replace_graph` this does not clear anything: load each graph once (a new article
        graph); the summary graph then takes in what each one says."""
        parts = self._bulk_extend(quads)
        summary_upkeep.apply_all(self, [(_NONE, part) for part in parts], bulk=True)

    def add_new_graphs(
        self, quads: Iterable[ox.Quad], *, summary: bool = True
    ) -> list[summary_upkeep.Contribution]:
        """Bulk-load whole article graphs that the store does not hold yet (a first build, new
        articles): Oxigraph's bulk loader, no transaction per article.

        The articles' content hashes go in last, in one transaction, so an article that a crash cut
        short has no hash and the next incremental build writes it again (replacing what got in).
        With `summary=False` the summary graph is left as it was: the caller passes the returned
        contributions (one a graph) to `summary_upkeep.apply_all` later, as `kg build` does to take
        in many loads at once while it keeps the summary flagged stale.

        Returns:
            What each loaded graph gives the summary (taken in already unless `summary=False`).
        """
        hashes: list[ox.Quad] = []
        parts = self._bulk_extend(quads, hashes)
        try:
            self._store.extend(hashes)
        except OSError as exc:
            raise StoreError(f"cannot write to {self.location}: {exc}") from None
        if summary:
            summary_upkeep.apply_all(self, [(_NONE, part) for part in parts], bulk=True)
        return parts

    def _bulk_extend(
        self, quads: Iterable[ox.Quad], hashes: list[ox.Quad] | None = None
    ) -> list[summary_upkeep.Contribution]:
        """Bulk-load `quads` (minus the content hashes, which go to `hashes` when given) and read
        each graph's summary contribution on the way, in one pass: reading a quad's predicate makes
        a new Python object each time."""
        self._writable()
        noted: dict[ox.NamedNode | ox.BlankNode | ox.DefaultGraph, list[ox.Quad]] = defaultdict(list)
        read = summary_upkeep.READ

        def noting(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
            for quad in quads:
                predicate = quad.predicate
                if hashes is not None and predicate == _CONTENT_HASH:
                    hashes.append(quad)
                    continue
                if predicate in read:
                    noted[quad.graph_name].append(quad)
                yield quad

        try:
            self._store.bulk_extend(noting(quads))
        except OSError as exc:
            raise StoreError(f"bulk load into {self.location} failed: {exc}") from None
        return [summary_upkeep.contribution(part) for part in noted.values()]

    def ensure_ontology(self) -> None:
        """Keep a copy of ontology/kg.ttl in its own graph, so queries can follow rdfs:subClassOf
        and read term labels, here and on any triple store the graph is pushed to."""
        self._writable()
        self.replace_graph(ONTOLOGY_NODE, ontology_quads())

    def remove_graph(self, graph: str) -> None:
        """Delete one named graph (an article's IRI from `graphs()`: the summary follows)."""
        self._writable()
        node = ox.NamedNode(graph)
        old = summary_upkeep.graph_contribution(self._store, node)
        self._store.remove_graph(node)
        summary_upkeep.apply(self, old, summary_upkeep.Contribution())

    def update(self, sparql: str, *, summary: bool = True) -> None:
        """Run a SPARQL 1.1 Update, then recompute the summary graph (`kg.rdf.summary`), which the
        update may have made disagree with any article graph (flagged stale meanwhile, so a crash
        leaves it for the next build to remake); `summary=False` for an update of graphs the
        summary does not read (the verdicts).

        Raises:
            QueryError: the update is malformed.
        """
        self._writable()
        if not summary:
            run_update(self._store, sparql)
            return
        stale = summary_upkeep.is_stale(self)
        summary_upkeep.mark_stale(self)
        try:
            run_update(self._store, sparql)
        except QueryError:
            summary_upkeep.mark_stale(self, stale)  # an update that failed changed nothing
            raise
        summary_upkeep.rebuild(self)

    def flush(self) -> None:
        """Make sure everything written is on disk."""
        if not self.read_only:
            self._store.flush()

    # ------------------------------------------------------------------ reading

    def graphs(self) -> list[str]:
        """IRIs of the article graphs (the ontology graph excluded), sorted."""
        article = str(self.base.graph)  # the ontology and derived graphs live elsewhere
        return sorted(g.value for g in self._store.named_graphs() if g.value.startswith(article))

    def count(self, graph: str | None = None) -> int:
        """Number of triples in `graph`, or in all graphs but the ontology and the summary (derived
        from the others) when `graph` is None."""
        if graph is not None:
            where = f"GRAPH <{graph}> {{ ?s ?p ?o }}"
        else:
            where = f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != {ONTOLOGY_NODE} && ?g != <{self.base.summary}>)"
        result = self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(next(iter(result))["n"].value)  # type: ignore[index, arg-type]

    def query(self, query: str, *, limit: int | None = None, offset: int = 0, **params: str) -> Table:
        """Run a named query (see `kg.rdf.query.named_queries`) or SPARQL text; `params` fill
        the named query's parameters (e.g. `actor="Gustavo Petro"`); `limit` and `offset` page a
        named query (rows `offset` to `offset + limit`, in the query's order).

        The default graph is the union of all graphs, so queries need no `GRAPH` clause.

        Raises:
            QueryError: unknown name, unknown parameter, malformed SPARQL, or a page of raw SPARQL.
        """
        return run_query(self._store, query, params, self.base, limit, offset)

    def query_rows(
        self, query: str, *, limit: int | None = None, offset: int = 0, **params: str
    ) -> tuple[tuple[str, ...], Iterator[tuple[str | None, ...]]]:
        """As `query`, but (columns, rows as they come): for writing large results without holding
        them. Read the rows before the store is closed.

        Raises:
            QueryError: as `query`.
        """
        return stream_query(self._store, query, params, self.base, limit, offset)

    def query_results(
        self, query: str, format: str = "csv", *, limit: int | None = None, offset: int = 0, **params: str
    ) -> bytes:
        """A SELECT or ASK's results in a W3C format (csv, tsv, json, xml); see `query` for `params`.

        Raises:
            QueryError: as `query`; an unknown format, or a query that returns triples.
        """
        return serialize_results(self._store, query, params, format, self.base, limit, offset)

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """All quads, or those of one graph."""
        node = ox.NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, node))

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for advanced use."""
        return self._store

    def close(self) -> None:
        """Flush and release the store (Oxigraph frees its lock when the object goes away).

        Closing twice is harmless."""
        if self._store is not None:
            self.flush()
            self._store = None  # type: ignore[assignment]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.location!r}, read_only={self.read_only}, base={self.base.iri!r})"


def _load_file(path: Path, base: str | None) -> Store:
    fmt = file_format(path.suffix)
    assert fmt is not None  # open_store only sends files with an RDF suffix here
    if not path.is_file():
        raise StoreError(f"no such RDF file: {path}; pass an existing file or a store directory")
    store = ox.Store()
    try:
        if fmt.supports_datasets:
            store.bulk_load(path=str(path), format=fmt)
        else:
            # triples go to a graph named after the file, so GRAPH ?g queries still see them
            store.bulk_load(path=str(path), format=fmt, to_graph=ox.NamedNode(path.resolve().as_uri()))
    except (SyntaxError, ValueError, OSError) as exc:
        raise StoreError(
            f"cannot read {path} as {fmt.name}: {exc}; check the file or its extension"
        ) from None
    if not store.contains_named_graph(ONTOLOGY_NODE):
        # exports leave the ontology out; the named queries need its class hierarchy
        store.extend(ontology_quads())
    loaded = Store(store, str(path), read_only=True, base=base)
    if summary_upkeep.is_stale(loaded):  # the listing queries read the summary: make it in memory
        summary_upkeep.rebuild(loaded)
    return loaded


def open_store(
    location: str | Path | None = None,
    *,
    read_only: bool = False,
    create: bool = True,
    base: str | None = None,
) -> Store:
    """Open (or create) the store at `location` (default `.kg/`), or load an RDF file read-only.

    Args:
        location: a store directory, or an RDF file (.ttl .trig .nq .nt .jsonld) for reading.
        read_only: open an existing store without locking out other readers.
        create: create the directory if missing (ignored when `read_only`).
        base: the base IRI of the data (resources, facts, article graphs), e.g.
            "https://data.example-newsroom.org/". A store remembers the base of its first article;
            None reuses it (default https://kg.example.org/ for a new store).

    Raises:
        StoreError: the store is missing (read-only), locked by another process, or unreadable;
            or `base` is invalid or differs from the store's.
    """
    path = Path(location) if location is not None else DEFAULT_STORE
    if is_rdf_file(path):
        return _load_file(path, base)
    if (read_only or not create) and not path.is_dir():
        raise StoreError(f"no graph store at {path}/; run `kg build PATH… --store {path}` first")
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path} is a file, not a store directory; pass a directory or an RDF file")
    try:
        if read_only:
            oxstore = ox.Store.read_only(str(path))
        else:
            path.mkdir(parents=True, exist_ok=True)
            oxstore = ox.Store(str(path))
    except OSError as exc:
        hint = "another kg process may be writing it; wait or use another --store"
        raise StoreError(f"cannot open graph store {path}/: {exc}; {hint}") from None
    try:
        store = Store(oxstore, str(path), read_only=read_only, base=base)
    except StoreError as exc:
        message = str(exc)
    else:
        message = ""
    if message:
        # drop the open Oxigraph store now, not when the traceback goes: a writer left open keeps
        # compacting files that a later reader of the same directory expects to find
        del oxstore
        raise StoreError(message)
    if not read_only:
        store.ensure_ontology()
    return store
