"""The SPARQL 1.1 Protocol at /sparql and the Graph Store Protocol's GET at /rdf-graphs/service.

Queries come as GET `?query=`, POST `application/sparql-query` or a POSTed form; `default-graph-uri`
and `named-graph-uri` pick the dataset, and without a `default-graph-uri` the default graph is the
union of all graphs, as in `kg query` (Oxigraph's `union-default-graph` flag is accepted and changes
nothing). Results are written in the format the `Accept` header prefers. The server is read-only:
an update (`update=`, `application/sparql-update`, or update text sent as a query) gets 403.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from kg.errors import QueryError
from kg.rdf.query import is_update
from kg.rdf.store import Store
from kg.serve.workers import GRAPHS, NotAcceptable, QueryPool, QueryRequest, QueryTimeout, choose_format

__all__ = ["accepted", "graph_store_get", "read_only", "sparql_endpoint"]

_FORM = "application/x-www-form-urlencoded"
_READ_ONLY = (
    "kg serve is read-only: updates are refused; change the store with `kg build` or `kg query --update`"
)


def accepted(header: str | None) -> tuple[str, ...]:
    """Media types of an Accept header, most preferred first (q=0 dropped, ties keep their order)."""
    ranked = []
    for i, part in enumerate((header or "").split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranked.append((-q, i, media.lower()))
    return tuple(media for _, _, media in sorted(ranked))


def _error(status: int, message: str) -> Response:
    return PlainTextResponse(message + "\n", status_code=status)


async def _parameters(request: Request) -> list[tuple[str, str]] | Response:
    """The protocol's parameters from the URL and, for a POST, the body; or the error response."""
    params = list(request.query_params.multi_items())
    if request.method != "POST":
        return params
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8", "replace")
    if media == "application/sparql-query":
        return [*params, ("query", body)]
    if media == "application/sparql-update":
        return [*params, ("update", body)]
    if media == _FORM:
        return params + parse_qsl(body, keep_blank_values=True)
    return _error(
        415,
        f"a POST to /sparql must be application/sparql-query or {_FORM}, not {media or 'no content type'}",
    )


async def sparql_endpoint(request: Request) -> Response:
    """GET or POST /sparql: answer one query; 400 for a bad one, 403 for an update, 406 when no
    accepted format fits, 503 when it runs past the time limit."""
    params = await _parameters(request)
    if isinstance(params, Response):
        return params
    names = [name for name, _ in params]
    if "update" in names:
        return _error(403, _READ_ONLY)
    queries = [value for name, value in params if name == "query"]
    if len(queries) != 1:
        return _error(
            400, "send exactly one SPARQL query (the `query` parameter or an application/sparql-query body)"
        )
    if is_update(queries[0]):
        return _error(403, _READ_ONLY)
    store: Store = request.app.state.store
    pool: QueryPool = request.app.state.pool
    query = QueryRequest(
        queries[0],
        accept=accepted(request.headers.get("accept")),
        default_graphs=tuple(v for n, v in params if n == "default-graph-uri"),
        named_graphs=tuple(v for n, v in params if n == "named-graph-uri"),
        prefixes={**store.base.prefixes, "data": store.base.iri},
    )
    try:
        result = await pool.run(query)
    except QueryTimeout as exc:
        return _error(503, str(exc))
    except NotAcceptable as exc:
        return _error(406, str(exc))
    except QueryError as exc:
        return _error(400, str(exc))
    return Response(result.body, media_type=result.media_type, headers={"Vary": "Accept"})


def graph_store_get(request: Request) -> Response:
    """GET /rdf-graphs/service?graph=IRI (or ?default): one graph as Turtle, N-Triples or RDF/XML;
    404 for a graph the store does not hold."""
    store: Store = request.app.state.store
    graph_iri = request.query_params.get("graph")
    if graph_iri is None and "default" not in request.query_params:
        return _error(400, "name a graph: ?graph=IRI (an article graph) or ?default")
    try:
        media, fmt = choose_format(accepted(request.headers.get("accept")), GRAPHS, "a graph")
    except NotAcceptable as exc:
        return _error(406, str(exc))
    if graph_iri is None:
        graph: ox.NamedNode | ox.DefaultGraph = ox.DefaultGraph()
    else:
        try:
            graph = ox.NamedNode(graph_iri)
        except ValueError:
            return _error(400, f"{graph_iri!r} is not an IRI")
        if not store.oxigraph.contains_named_graph(graph):
            return _error(
                404,
                f"no graph {graph_iri} in this store; /sparql lists them: SELECT DISTINCT ?g {{ GRAPH ?g {{}} }}",
            )
    body = store.oxigraph.dump(format=fmt, from_graph=graph) or b""
    return Response(body, media_type=media, headers={"Vary": "Accept"})


def read_only(request: Request) -> Response:
    """Any write to the graph store: 403, the server is read-only."""
    return _error(403, _READ_ONLY)
