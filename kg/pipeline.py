"""`kg.build`: articles on disk → extractions → the persistent graph store, in one call.

Incremental and idempotent: each article's content hash is stored with its graph, unchanged
articles are skipped before any NLP work, changed ones replace their graph. Extraction runs where
`kg.parallel` puts it (this process, local worker processes or a Dask cluster); the store is written
only here, one whole article graph at a time, so an interrupted build resumes without duplicates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError, KGError, StoreError
from kg.io import Fields, content_hash, read_articles
from kg.parallel import DocResult, run
from kg.rdf import summary_upkeep, vocab
from kg.rdf.quads import graph_node
from kg.rdf.resolve import ResolveReport, resolve
from kg.rdf.store import Store, open_store
from kg.types import Article

if TYPE_CHECKING:
    from pyoxigraph import Quad

__all__ = ["BULK_QUADS", "FLUSH_TRIPLES", "SUMMARY_QUADS", "BuildReport", "GraphWriter", "build"]

#: Oxigraph keeps written data in memory until a flush: flushing this often keeps memory flat
FLUSH_TRIPLES = 20_000
#: quads of new article graphs gathered for one bulk load: each load costs Oxigraph some 50 ms and
#: new files that its compactions merge later, so 100 k cut a 50 k-fact build's CPU by 13 % against
#: 50 k (200 k: 20 %, but 110 to 130 MB more at the peak); memory stays flat however many articles a
#: build reads
BULK_QUADS = 100_000
#: loaded quads whose graphs the summary takes in at once: an actor's description is rewritten once
#: per this many quads; their contributions wait in memory meanwhile (about 27 kB an article of the
#: synthetic benchmark's, so some 40 MB)
SUMMARY_QUADS = 500_000
#: `build`'s default record field names (`Fields` is a frozen dataclass, so one shared instance is safe)
DEFAULT_FIELDS = Fields()


@dataclass
class BuildReport:
    """What `build` did: triples per written article, unchanged and failed articles."""

    store: str
    articles: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    relations: int = 0
    resolved: ResolveReport | None = None

    @property
    def triples(self) -> int:
        """Triples written in this build (sum over the article graphs)."""
        return sum(self.articles.values())


def build(
    paths: Iterable[str | Path],
    store: str | Path | Store | None = None,
    *,
    model: str | None = None,
    date: dt.date | None = None,
    fields: Fields = DEFAULT_FIELDS,
    workers: int = 1,
    executor: str = "local",
    scheduler: str | None = None,
    batch_size: int = 16,
    force: bool = False,
    progress: Callable[[DocResult], None] | None = None,
    on_error: Callable[[KGError], None] | None = None,
    base: str | None = None,
    rebuild_summary: bool = False,
) -> BuildReport:
    """Extract facts from the articles in `paths` and write each into its named graph of `store`.

    Args:
        paths: article files, directories or glob patterns.
        store: a `Store` or a store directory (default `.kg/`).
        model: name of an installed spaCy pipeline (default: the small English model).
        date: publication date for articles that do not carry one.
        fields: record field names for JSON Lines / JSON / CSV inputs.
        workers: local extraction processes.
        executor: "local" or "dask" (then `scheduler` is the cluster's address).
        batch_size: articles per extraction task.
        force: rebuild articles even when unchanged.
        progress: called with each article's result (written, skipped with an error, …).
        on_error: called for each unreadable or failing article, which is skipped; without it
            the first such error is raised.
        base: the base IRI resources, facts and article graphs are minted under, e.g.
            "https://data.example-newsroom.org/". The store remembers it; None reuses the store's
            (https://kg.example.org/ for a new store), and another base than the store's is an error.
        rebuild_summary: recompute the summary graph (`kg.rdf.summary`) from every article graph
            instead of trusting the incremental one; done anyway when a build died half-way.

    Raises:
        KGError: unreadable input (InputError), missing model (ModelError), store errors (StoreError,
            also for a `base` other than the store's).
    """
    target = store if isinstance(store, Store) else open_store(store, base=base)
    if base is not None and vocab.Base(base) != target.base:
        if target is not store:
            target.close()  # opened here: release it before the error leaves
        raise StoreError(
            f"{target.location} holds its graph under the base IRI {target.base.iri}, not {base}; "
            "omit --base to keep building it, or build into a new --store"
        )
    report = BuildReport(store=target.location)
    known = {} if force else target.content_hashes()

    def fresh(articles: Iterable[Article]) -> Iterator[Article]:
        seen: set[str] = set()
        for art in articles:
            if art.id in seen:  # two files with one id would overwrite each other's graph
                fail(
                    InputError(
                        f"{art.source or art.id}: article id '{art.id}' is used twice; "
                        "rename the file or give the record another id"
                    )
                )
                continue
            seen.add(art.id)
            if known.get(art.id) == content_hash(art):
                report.unchanged += 1
                continue
            yield art

    def fail(err: KGError) -> None:
        report.failed.append(str(err))
        if on_error is None:
            raise err
        on_error(err)

    writer = GraphWriter(target)
    try:
        target.ensure_ontology()
        rebuild_summary = rebuild_summary or summary_upkeep.is_stale(target)
        summary_upkeep.mark_stale(target)
        articles = fresh(read_articles(paths, date, fields, on_error=fail))
        for result in run(articles, model, workers, batch_size, executor, scheduler, target.base.iri):
            if result.error is not None:
                fail(result.error)
            else:
                report.articles[result.doc_id] = writer.write(result.doc_id, result.graph_quads())
                report.relations += result.relations
            if progress is not None:
                progress(result)
        writer.close()  # before resolving, which reads every graph
        if report.articles:
            report.resolved = resolve(target)
        if rebuild_summary:
            summary_upkeep.rebuild(target)
        else:
            summary_upkeep.mark_stale(target, False)
    finally:
        writer.close()  # also when interrupted: the gathered graphs are whole
        if isinstance(store, Store):
            target.flush()
        else:
            target.close()
    return report


class GraphWriter:
    """Writes article graphs for `build`: a graph the store already holds is replaced at once (one
    transaction); new ones are gathered and bulk-loaded `BULK_QUADS` at a time (`close` loads the
    rest), which is how a first build or a large batch of new articles reaches the store.

    The summary graph takes in the bulk-loaded graphs `SUMMARY_QUADS` at a time (and on `close`, or
    before a graph is replaced): an actor named in every load has its description rewritten once per
    that many quads, not once per load, which cost as much as the load itself."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pending: list[Quad] = []
        self.unflushed = 0
        self.unsummarized: list[summary_upkeep.Contribution] = []
        self.unsummarized_quads = 0

    def write(self, doc_id: str, quads: Iterable[Quad]) -> int:
        """Write one article's graph; returns its number of triples."""
        node = graph_node(doc_id, self.store.base)
        if self.store.oxigraph.contains_named_graph(node):
            self.summarize()  # replacing reads the summary the loaded graphs are part of
            written = self.store.replace_article(node, quads)
            self.unflushed += written
            if self.unflushed >= FLUSH_TRIPLES:
                self.store.flush()
                self.unflushed = 0
            return written
        before = len(self.pending)
        self.pending.extend(quads)
        written = len(self.pending) - before
        if len(self.pending) >= BULK_QUADS:
            self.load()
        return written

    def load(self) -> None:
        """Bulk-load the gathered graphs, and take them into the summary once enough are loaded."""
        pending, self.pending = self.pending, []  # not loaded twice when loading fails
        if pending:
            self.unsummarized += self.store.add_new_graphs(pending, summary=False)
            self.unsummarized_quads += len(pending)
        if self.unsummarized_quads >= SUMMARY_QUADS:
            self.summarize()

    def summarize(self) -> None:
        """Take the loaded graphs the summary does not describe yet into it (one bulk load)."""
        parts, self.unsummarized, self.unsummarized_quads = self.unsummarized, [], 0
        if parts:
            none = summary_upkeep.Contribution()
            summary_upkeep.apply_all(self.store, [(none, part) for part in parts], bulk=True)

    def close(self) -> None:
        """Load the gathered graphs and bring the summary up to date."""
        self.load()
        self.summarize()
