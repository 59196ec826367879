"""Where extraction runs: in this process, in a pool of local processes, or on a Dask cluster.

Every executor takes batches of `Article`s and streams back one `DocResult` per article, in input
order: the article's named graph (built where the parsing happened, so the workers do the RDF work
too; sent as N-Quads between processes), or the error that made it skip, of its own class (`InputError`
stays `InputError` across the process boundary). The model is loaded once per process.
At most `2 × workers` batches are in flight, so memory stays flat however long the stream.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from kg.errors import ExtractionError, InputError, InstallError, KGError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["EXECUTORS", "DocResult", "extract_batch", "run"]

EXECUTORS = ("local", "dask")


@dataclass(frozen=True)
class DocResult:
    """One article's outcome: its graph's quads, or why it was skipped.

    Results that cross a process boundary carry the graph as N-Quads bytes (pyoxigraph terms do not
    pickle); results made in this process keep the quads as they are, so nothing is serialised only to
    be parsed again.
    """

    doc_id: str
    source: str
    nquads: bytes = b""
    quads: tuple = ()
    relations: int = 0
    error: KGError | None = None

    def graph_quads(self) -> Iterable:
        """The article graph's quads, parsed from N-Quads when they came from another process."""
        if self.quads or not self.nquads:
            return self.quads
        import pyoxigraph as ox

        return ox.parse(self.nquads, format=ox.RdfFormat.N_QUADS)


@cache
def _pipeline(model: str | None) -> Language:
    """The spaCy pipeline, loaded once per process and then frozen out of the garbage collector's
    sight (`gc.freeze`): it lives as long as the process, and the full collections that walked its
    objects again and again cost a 200-article build 0.6 s of CPU. Frozen before any `Doc` exists,
    since a frozen cycle is never collected."""
    from kg.nlp.pipeline import load

    nlp = load(model)
    gc.freeze()
    return nlp


def extract_batch(
    articles: list, model: str | None, serialize: bool = True, base: str | None = None
) -> list[DocResult]:
    """Extract a batch of articles and build each article's graph (runs inside a worker).

    Args:
        articles: the batch.
        model: the spaCy pipeline name.
        serialize: return the graphs as N-Quads bytes, for results sent to another process.
        base: the store's base IRI (a string, so it travels to any worker); None is the default.
    """
    import pyoxigraph as ox

    from kg.extractor import extract
    from kg.io import content_hash
    from kg.rdf.quads import extraction_quads
    from kg.rdf.vocab import Base

    failed: dict[str, KGError] = {}
    iris = Base(base) if base else Base()
    nlp = _pipeline(model)

    def skip(err: ExtractionError) -> None:
        failed[err.doc_id] = err

    results = {}
    for ex in extract(articles, nlp=nlp, on_error=skip):
        art = ex.article
        try:
            quads = tuple(extraction_quads(ex, content_hash=content_hash(art), base=iris))
        except KGError as err:
            err.args = (f"{art.source or art.id}: {err}",)  # the class (and its attributes) stay
            failed[art.id] = err
            continue
        if serialize:
            data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
            results[art.id] = DocResult(art.id, art.source, nquads=data, relations=len(ex.relations))
        else:
            results[art.id] = DocResult(art.id, art.source, quads=quads, relations=len(ex.relations))
    out = []
    for art in articles:
        if art.id in results:
            out.append(results[art.id])
        else:
            reason = failed.get(art.id) or ExtractionError(
                f"{art.source or art.id}: extraction failed", art.id
            )
            out.append(DocResult(art.id, art.source, error=reason))
    return out


def _batches(articles: Iterable, size: int) -> Iterator[list]:
    it = iter(articles)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _bounded(submit, batches: Iterator[list], inflight: int) -> Iterator[DocResult]:
    """Submit batches keeping at most `inflight` pending; yield results in submission order."""
    pending: deque[Future] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= inflight:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _init_worker(model: str | None) -> None:
    # an initializer's error only breaks the pool (BrokenProcessPool); the first batch loads the model
    # again and raises it as a task error, which reaches the caller with its class (e.g. ModelError)
    with contextlib.suppress(KGError):
        _pipeline(model)


def run(
    articles: Iterable,
    model: str | None = None,
    workers: int = 1,
    batch_size: int = 16,
    executor: str = "local",
    scheduler: str | None = None,
    base: str | None = None,
) -> Iterator[DocResult]:
    """Extract `articles` and yield a `DocResult` per article, in input order.

    Args:
        articles: a stream of `Article`s.
        model: the spaCy pipeline name (default: the small English model).
        workers: local processes (executor "local"); 1 runs in this process.
        batch_size: articles per task.
        executor: "local" or "dask".
        scheduler: the Dask scheduler address (`tcp://host:8786`) for executor "dask".
        base: the store's base IRI, under which the graphs' IRIs are minted.
    """
    batches = _batches(articles, batch_size)
    if executor == "dask":
        yield from _run_dask(batches, model, scheduler, base)
    elif executor != "local":
        raise InputError(f"unknown executor '{executor}'; use one of {', '.join(EXECUTORS)}")
    elif workers <= 1:
        for batch in batches:
            yield from extract_batch(batch, model, serialize=False, base=base)
    else:
        import multiprocessing as mp

        # fork shares the loaded code; each worker still loads its own model once in the initializer
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(model,)
        ) as pool:
            yield from _bounded(
                lambda b: pool.submit(extract_batch, b, model, True, base), batches, 2 * workers
            )


def _run_dask(
    batches: Iterator[list], model: str | None, scheduler: str | None, base: str | None
) -> Iterator[DocResult]:
    try:
        from distributed import Client
    except ImportError:
        raise InstallError(
            "the dask executor needs `pip install 'dask[distributed]'` (or `pip install kg[dask]`)"
        ) from None
    if not scheduler:
        raise InputError("--executor dask needs --scheduler ADDRESS, e.g. tcp://127.0.0.1:8786")
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as exc:
        raise InputError(f"cannot reach the Dask scheduler at {scheduler} ({exc}); is it running?") from None
    with client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _bounded(
            lambda b: client.submit(extract_batch, b, model, True, base, pure=False), batches, 2 * workers
        )
