"""The ASGI application of `kg serve`: explorer pages, their JSON, the SPARQL endpoints, and `serve`.

One read-only store handle is shared by every request (Oxigraph reads concurrently); queries sent to
/sparql and the SPARQL page run in a `QueryPool` of worker processes so their time limit can be
enforced. Pages are rendered by jinja2 with autoescaping; data for the page's script travels as JSON
in a `<script type="application/json">` block (written by |tojson, which escapes `<`, `>`, `&`) and
is put into the DOM with textContent. Every script and style is a file served from /static (vis-network
from the copy pyvis ships), so the Content-Security-Policy allows nothing but this server.
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import AsyncIterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kg.errors import InputError, QueryError, StoreError
from kg.rdf import vocab
from kg.rdf.query import named_queries, table_of
from kg.rdf.store import Store, open_store
from kg.serve import data
from kg.serve.lookup import ActorSummary, actor, search_actors
from kg.serve.sparql import graph_store_get, read_only, sparql_endpoint
from kg.serve.workers import QueryPool, QueryRequest
from kg.views.html import vis_assets
from kg.views.network import actor_network, limit_network, network_data
from kg.views.style import class_label, style_of

__all__ = ["CSP", "create_app", "open_served_store", "serve"]

HERE = Path(__file__).parent
#: nothing but this server: no inline script, no remote anything
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_SEARCH_LIMIT = 10
_TABLE_ROWS = 1000
_GRAPH_NODES = 40


class _Headers:
    """Security headers on every response: the CSP, no MIME sniffing, no referrer."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] += [
                    (b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                ]
            await send(message)

        await self.app(scope, receive, with_headers if scope["type"] == "http" else send)


@cache
def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(["html"])
    )
    env.policies["json.dumps_kwargs"] = {"separators": (",", ":"), "sort_keys": False}
    env.filters["class_label"] = class_label
    env.filters["colour"] = lambda cls: style_of(cls, "actor")[0]
    env.globals["link"] = lambda path, **params: f"{path}?{urlencode(params)}"
    env.globals["is_event"] = vocab.is_event_class
    return env


def _page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    store: Store = request.app.state.store
    html = (
        _environment()
        .get_template(template)
        .render(store=store.location, store_name=Path(store.location).name, **context)
    )
    return HTMLResponse(html, status_code=status)


def _not_found(request: Request, message: str) -> HTMLResponse:
    return _page(request, "error.html", 404, title="Not found", message=message)


def _summary_json(actor: ActorSummary) -> dict[str, Any]:
    return {
        "iri": actor.iri,
        "label": actor.label,
        "aliases": list(actor.aliases),
        "cls": actor.cls,
        "articles": actor.articles,
        "url": f"/actor?{urlencode({'iri': actor.iri})}",
    }


def home(request: Request) -> HTMLResponse:
    store: Store = request.app.state.store
    return _page(request, "home.html", title="kg explorer", articles=len(store.graphs()))


def search(request: Request) -> HTMLResponse:
    query = request.query_params.get("q", "")
    found = search_actors(request.app.state.store, query, limit=50) if query.strip() else []
    return _page(
        request, "search.html", title=f"Search: {query}" if query else "Search", q=query, found=found
    )


def search_json(request: Request) -> JSONResponse:
    query = request.query_params.get("q", "")
    found = search_actors(request.app.state.store, query, limit=_SEARCH_LIMIT)
    return JSONResponse([_summary_json(a) for a in found])


def actor_view(request: Request) -> HTMLResponse:
    store: Store = request.app.state.store
    key = request.query_params.get("iri") or request.query_params.get("name") or ""
    found = actor(store, key) if key.strip() else None
    if found is None:
        return _not_found(request, f"No actor {key!r} in {store.location}; search for another name.")
    page = data.actor_page(store, found)
    return _page(request, "actor.html", title=found.label, page=page, focus=_summary_json(found))


def network_json(request: Request) -> JSONResponse:
    """The actor network one hop around an actor (`kg.views.network`), as vis-network nodes and
    edges, at most `_GRAPH_NODES` nodes: the graph panel starts with it and adds it on a click."""
    store: Store = request.app.state.store
    found = actor(store, request.query_params.get("iri", ""))
    if found is None:
        return JSONResponse({"error": "no such actor"}, status_code=404)
    try:
        N = actor_network(store, focus=found.label, depth=1)
    except InputError as exc:
        return JSONResponse({"error": str(exc)}, status_code=404)
    return JSONResponse(network_data(limit_network(N, _GRAPH_NODES)[0]))


def article_view(request: Request) -> HTMLResponse:
    store: Store = request.app.state.store
    doc = request.query_params.get("doc", "")
    page = data.article_page(store, doc) if doc else None
    if page is None:
        return _not_found(request, f"No article {doc!r} in {store.location}.")
    return _page(request, "article.html", title=page.title, page=page)


async def query_view(request: Request) -> HTMLResponse:
    """The SPARQL page: a form, the named queries as examples, the results as a table."""
    store: Store = request.app.state.store
    examples = named_queries()
    text = request.query_params.get("query")
    example = request.query_params.get("example")
    if text is None:
        text = examples[example].sparql if example in examples else examples["actors"].sparql
    table, error = None, ""
    if "query" in request.query_params:
        prefixes = {**store.base.prefixes, "data": store.base.iri}
        try:
            answer = await request.app.state.pool.run(
                QueryRequest(text, accept=("application/sparql-results+json",), prefixes=prefixes)
            )
            table = table_of(ox.parse_query_results(answer.body, ox.QueryResultsFormat.JSON))
        except QueryError as exc:
            error = str(exc)
    return _page(
        request,
        "query.html",
        title="SPARQL",
        text=text,
        examples=examples,
        table=table,
        rows=table.rows[:_TABLE_ROWS] if table else (),
        error=error,
    )


def vis_asset(request: Request) -> Response:
    script, style = vis_assets()
    if request.path_params["name"] == "vis-network.min.js":
        return Response(script, media_type="text/javascript; charset=utf-8")
    return Response(style, media_type="text/css; charset=utf-8")


def create_app(
    store: Store,
    *,
    query_timeout: float = 30.0,
    query_workers: int = 2,
    hosts: Sequence[str] = ("127.0.0.1", "localhost", "[::1]"),
) -> Starlette:
    """The explorer and SPARQL endpoint over `store` (opened read-only by the caller).

    Args:
        store: the store every request reads.
        query_timeout: seconds a /sparql query may run before it is stopped (HTTP 503).
        query_workers: processes answering /sparql queries at the same time.
        hosts: Host headers accepted ("*" for any), against DNS rebinding on loopback.
    """
    pool = QueryPool(store.location, size=query_workers, timeout=query_timeout)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        pool.start()
        try:
            yield
        finally:
            pool.close()

    routes = [
        Route("/", home),
        Route("/search", search),
        Route("/actor", actor_view),
        Route("/article", article_view),
        Route("/query", query_view),
        Route("/api/actors", search_json),
        Route("/api/network", network_json),
        Route("/sparql", sparql_endpoint, methods=["GET", "POST"]),
        Route("/rdf-graphs/service", graph_store_get, methods=["GET"]),
        Route("/rdf-graphs/service", read_only, methods=["PUT", "POST", "DELETE", "PATCH"]),
        Route("/static/vis/{name:str}", vis_asset),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(_Headers), Middleware(TrustedHostMiddleware, allowed_hosts=list(hosts))],
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.pool = pool
    return app


def open_served_store(location: str | Path) -> Store:
    """Open the store read-only for serving, refusing one that a running `kg build` holds: a
    read-only handle would only see what was written before it opened.

    Raises:
        StoreError: the store is missing, unreadable or being written.
    """
    store = open_store(location, read_only=True)  # first, so that a directory that is no store is refused
    if Path(location).is_dir():
        try:
            probe = ox.Store(str(location))  # takes the store's lock, which a running build holds
        except OSError as exc:
            store.close()
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{location}/ is being written by another process (a running `kg build`?); "
                    "wait until it finishes, then start `kg serve` again"
                ) from None
            raise StoreError(f"cannot open graph store {location}/: {exc}") from None
        del probe
    return store


def serve(
    location: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    query_timeout: float = 30.0,
) -> None:
    """Serve the store at `location` on http://HOST:PORT/ until interrupted.

    Raises:
        StoreError: the store cannot be served (see `open_served_store`).
        InputError: the port is taken or the address cannot be bound.
    """
    import uvicorn

    store = open_served_store(location)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # still refuses a port someone listens on
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise InputError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; pass another --port (or stop what uses it)"
        ) from None
    loopback = host in ("127.0.0.1", "localhost", "::1")
    hosts = ("127.0.0.1", "localhost", "[::1]", f"{host}") if loopback else ("*",)
    app = create_app(store, query_timeout=query_timeout, hosts=hosts)
    config = uvicorn.Config(app, log_level="warning", lifespan="on")
    logging.getLogger("kg").info(
        f"serving {store.location} on http://{host}:{port}/ (SPARQL: /sparql); Ctrl-C stops"
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
        store.close()
