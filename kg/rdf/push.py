"""Send a store to a running triple store over HTTP (SPARQL 1.1 Graph Store Protocol).

Each article graph is sent with `PUT {graph_store}?graph={iri}`, which replaces that graph on the
server, so pushing twice leaves the server as after one push. The ontology graph goes too, so the
named queries (which follow rdfs:subClassOf) answer the same on the server. HTTP is the standard
library's; Oxigraph writes the graphs and reads the answers.

For Oxigraph (`oxigraph serve`): graph store `http://HOST:PORT/store`, queries `http://HOST:PORT/query`.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.rdf import vocab
from kg.rdf.query import Table, is_update, resolve_query, table_of

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["PushReport", "push_store", "query_endpoint"]

_TIMEOUT = 60.0


@dataclass(frozen=True)
class PushReport:
    """What was sent: graph IRIs and the number of triples."""

    graphs: list[str]
    triples: int


def _request(url: str, method: str, body: bytes | None, headers: dict[str, str]) -> bytes:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        first = detail[0] if detail else exc.reason
        raise StoreError(f"{method} {url} failed with HTTP {exc.code}: {first}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise StoreError(
            f"cannot reach {url}: {reason}; is the triple store running (e.g. `oxigraph serve`)?"
        ) from None


def _graph_url(graph_store: str, graph: str) -> str:
    sep = "&" if "?" in graph_store else "?"
    return f"{graph_store}{sep}graph={urllib.parse.quote(graph, safe='')}"


def push_store(store: Store, graph_store: str, *, ontology: bool = True) -> PushReport:
    """PUT every named graph of `store` to the Graph Store Protocol endpoint `graph_store`.

    Args:
        store: the local store.
        graph_store: e.g. http://127.0.0.1:7878/store for Oxigraph.
        ontology: also send the ontology graph (needed by the named queries).

    Raises:
        StoreError: the server is unreachable or refuses a graph.
    """
    if not graph_store.startswith(("http://", "https://")):
        raise StoreError(
            f"--graph-store {graph_store!r} is not an http(s) URL, e.g. http://127.0.0.1:7878/store"
        )
    from kg.rdf.store import ONTOLOGY_NODE

    # the verdict graph goes too: the named queries leave out what it rejects, there as here
    verdict_graph = ox.NamedNode(store.base.verdicts)
    verdicts = [verdict_graph.value] if store.oxigraph.contains_named_graph(verdict_graph) else []
    # and the summary graph, which the listing queries and name look-ups read (derived: not reported)
    summary = str(store.base.summary)
    derived = [summary] if store.oxigraph.contains_named_graph(ox.NamedNode(summary)) else []
    derived += [ONTOLOGY_NODE.value] if ontology else []
    graphs = store.graphs() + verdicts
    total = 0
    for graph in graphs + derived:
        body = store.oxigraph.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)) or b""
        _request(
            _graph_url(graph_store, graph), "PUT", body, {"Content-Type": ox.RdfFormat.N_TRIPLES.media_type}
        )
        if graph in graphs:
            total += body.count(b"\n")  # N-Triples: one triple a line (newlines in literals are escaped)
    return PushReport(graphs=graphs, triples=total)


def query_endpoint(
    endpoint: str,
    query: str,
    params: dict[str, str] | None = None,
    *,
    union: bool = True,
    base: str | None = None,
) -> Table:
    """Run a named query or SPARQL SELECT/ASK on a remote SPARQL endpoint (SPARQL 1.1 Protocol).

    Args:
        endpoint: e.g. http://127.0.0.1:7878/query for Oxigraph.
        query: a named query or SPARQL text.
        params: parameters of the named query.
        union: ask for the union default graph (Oxigraph's `union-default-graph` option), as locally.
        base: the base IRI of the pushed data (`kg build --base`), for the named queries.

    Raises:
        QueryError: an update was passed. StoreError: the endpoint fails.
    """
    sparql = resolve_query(query, params, vocab.Base(base) if base else None)
    if is_update(sparql):
        raise QueryError("this is a SPARQL update, not a query")
    url = endpoint + ("?union-default-graph" if union else "")
    results = ox.QueryResultsFormat.JSON
    body = _request(
        url,
        "POST",
        sparql.encode("utf-8"),
        {"Content-Type": "application/sparql-query", "Accept": results.media_type},
    )
    try:
        return table_of(ox.parse_query_results(body, results))
    except (SyntaxError, ValueError) as exc:
        raise StoreError(
            f"{endpoint} did not answer with SPARQL JSON results ({exc}); is it a SPARQL query endpoint?"
        ) from None
