"""SPARQL queries in worker processes the server can kill: how `kg serve` keeps its time limit.

Oxigraph cannot interrupt a query once it runs, and Python cannot kill a thread, so a query that
must stop after `timeout` seconds runs in another process. A small pool of them (each a fresh
interpreter with its own read-only handle on the store) answers queries one at a time; a query past its limit has its
process killed and replaced, and the client gets `QueryTimeout`. The worker also writes the answer in
the format asked for, so only bytes cross the pipe.

    pool = QueryPool(".kg", size=2, timeout=30.0)
    pool.start()
    answer = await pool.run(QueryRequest("SELECT …", accept=("text/csv",)))
    pool.close()
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

import anyio
import anyio.to_thread
import pyoxigraph as ox

from kg.errors import KGError, QueryError, StoreError

__all__ = ["Answer", "NotAcceptable", "QueryPool", "QueryRequest", "QueryTimeout", "answer", "choose_format"]

#: media type -> results format of SELECT and ASK; the first is the default
RESULTS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: media type -> RDF format of CONSTRUCT and DESCRIBE; the first is the default
GRAPHS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
# time a fresh worker may take to open the store (an RDF file is parsed then), not part of any query's limit
_START_TIMEOUT = 600.0


class QueryTimeout(QueryError):
    """A query ran past the server's time limit and was stopped."""


class NotAcceptable(QueryError):
    """The client accepts no format the query's kind of result can be written in."""


@dataclass(frozen=True)
class QueryRequest:
    """One SPARQL query as the protocol carries it.

    `accept` lists media types by preference; an empty `default_graphs` means the union of all
    graphs (as `kg query`), and `named_graphs` limits what `GRAPH` sees (empty: every graph).
    """

    sparql: str
    accept: tuple[str, ...] = ()
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Answer:
    """The serialised result and its media type."""

    body: bytes
    media_type: str


_Format = TypeVar("_Format", ox.QueryResultsFormat, ox.RdfFormat)


def choose_format(accept: tuple[str, ...], formats: Mapping[str, _Format], kind: str) -> tuple[str, _Format]:
    """The first media type of `accept` (wildcards allowed) that `formats` knows, and its format.

    Raises:
        NotAcceptable: none fits.
    """
    for media in accept or ("*/*",):
        if media in formats:
            return media, formats[media]
        major = media.split("/")[0]
        for known, fmt in formats.items():
            if media == "*/*" or (media.endswith("/*") and known.startswith(major + "/")):
                return known, fmt
    raise NotAcceptable(
        f"{kind} can be sent as {', '.join(formats)}; the client accepts none of {', '.join(accept)}"
    )


def answer(store: ox.Store, request: QueryRequest) -> Answer:
    """Run `request` on `store` and write its result in the first format the client accepts.

    Raises:
        QueryError: a syntax error; NotAcceptable when no accepted format fits the result.
    """
    graphs: list[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = [
        ox.NamedNode(g) for g in request.default_graphs
    ]
    try:
        result = store.query(
            request.sparql,
            prefixes=request.prefixes or None,
            use_default_graph_as_union=not graphs,
            default_graph=graphs or None,
            named_graphs=[ox.NamedNode(g) for g in request.named_graphs] or None,
        )
        if isinstance(result, ox.QueryTriples):
            media, rdf = choose_format(request.accept, GRAPHS, "a CONSTRUCT or DESCRIBE result")
            body = result.serialize(format=rdf)
        else:
            media, fmt = choose_format(request.accept, RESULTS, "a SELECT or ASK result")
            body = result.serialize(format=fmt)
    except (SyntaxError, ValueError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QueryError(f"the query is not valid SPARQL: {first}") from None
    except OSError as exc:
        raise QueryError(f"the query failed while reading the store: {exc}") from None
    charset = "" if "charset" in media or media.endswith(("+xml", "/xml")) else "; charset=utf-8"
    return Answer(body or b"", media + charset)


def _work(location: str, requests: Connection, answers: Connection) -> None:
    """A worker's life: open the store read-only, say so, then answer requests until the pipe closes."""
    from kg.rdf.store import open_store

    try:
        store = open_store(location, read_only=True)
    except KGError as exc:
        answers.send(("error", "StoreError", str(exc)))
        return
    answers.send(("ready", "", ""))
    while True:
        try:
            request = requests.recv()
        except (EOFError, OSError):
            return
        try:
            answers.send(("ok", answer(store.oxigraph, request), ""))
        except KGError as exc:
            answers.send(("error", type(exc).__name__, str(exc)))


class _Worker:
    """One worker: a fresh interpreter running this module, talking over two inherited pipes (not
    multiprocessing, which would re-import the caller's main module in the child)."""

    def __init__(self, location: str) -> None:
        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        root = str(Path(__file__).resolve().parents[2])  # where `kg` is importable from, installed or not
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.serve.workers", location, str(to_child), str(from_child)],
            pass_fds=(to_child, from_child),
            env=env,
        )
        os.close(to_child)
        os.close(from_child)
        self.requests = Connection(from_parent, readable=False)
        self.conn = Connection(to_parent, writable=False)
        self.ready = False

    def send(self, request: QueryRequest) -> None:
        self.requests.send(request)

    def stop(self) -> None:
        self.requests.close()
        self.conn.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


_ERRORS: dict[str, type[QueryError]] = {"NotAcceptable": NotAcceptable, "QueryError": QueryError}


class QueryPool:
    """`size` worker processes answering SPARQL on the store at `location`, each query stopped
    after `timeout` seconds (see the module docstring)."""

    def __init__(self, location: str, *, size: int = 2, timeout: float = 30.0) -> None:
        self.location, self.size, self.timeout = location, size, timeout
        self._idle: list[_Worker] = []
        self._lock = threading.Lock()
        self._slots: anyio.Semaphore | None = None

    def start(self) -> None:
        """Spawn the workers (they open the store in the background)."""
        self._idle = [_Worker(self.location) for _ in range(self.size)]

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            idle, self._idle = self._idle, []
        for worker in idle:
            worker.stop()

    async def run(self, request: QueryRequest) -> Answer:
        """The answer to `request` from the first free worker.

        Raises:
            QueryTimeout: the query ran longer than `timeout` seconds (its worker is replaced).
            QueryError: the query is malformed, or NotAcceptable. StoreError: a worker cannot open the store.
        """
        if self._slots is None:
            self._slots = anyio.Semaphore(self.size)
        async with self._slots:
            with self._lock:
                worker = self._idle.pop() if self._idle else _Worker(self.location)
            keep = False
            try:
                if not worker.ready:
                    await self._receive(worker, _START_TIMEOUT)
                    worker.ready = True
                worker.send(request)
                _, value, message = await self._receive(worker, self.timeout)
                keep = True
            finally:
                if keep:
                    with self._lock:
                        self._idle.append(worker)
                else:
                    worker.stop()
        if not isinstance(value, Answer):
            raise _ERRORS.get(value, QueryError)(message)
        return value

    async def _receive(self, worker: _Worker, timeout: float) -> tuple[str, Answer | str, str]:
        arrived = await anyio.to_thread.run_sync(worker.conn.poll, timeout)
        if not arrived:
            raise QueryTimeout(
                f"the query ran longer than the server's limit of {self.timeout:g} s and was stopped; "
                "narrow it (LIMIT, a bound subject) or restart `kg serve` with a larger --query-timeout"
            )
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            raise StoreError(f"a query worker on {self.location} died; see the server's log") from None
        if message[0] == "error" and message[1] == "StoreError":
            raise StoreError(message[2])
        return message


if __name__ == "__main__":
    # run as `python -m kg.serve.workers LOCATION READ_FD WRITE_FD` by `_Worker`; the module is
    # imported by name so that the classes it pickles are kg.serve.workers', not __main__'s
    from kg.serve.workers import _work as work

    work(
        sys.argv[1],
        Connection(int(sys.argv[2]), writable=False),
        Connection(int(sys.argv[3]), readable=False),
    )
