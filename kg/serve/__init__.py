"""`kg serve`: a local explorer and SPARQL endpoint over a store.

    from kg.serve import create_app, open_served_store, serve
    serve(".kg", port=8000)                                   # blocks; Ctrl-C stops
    app = create_app(open_served_store(".kg"))                # the ASGI app, e.g. for a test client

Modules: `app` (routes, pages, security headers, `serve`), `sparql` (SPARQL 1.1 Protocol and the
Graph Store Protocol's GET), `workers` (queries in killable processes: the time limit), `lookup`
(actors by IRI, name or prefix), `data` (what the pages show, read with SPARQL), `templates/` and
`static/` (jinja2 pages, the pages' scripts).
The names load lazily, so a query worker (`python -m kg.serve.workers`) imports no web framework.
"""

from __future__ import annotations

from kg.lazy import lazy_attributes as _lazy_attributes

__all__ = ["create_app", "open_served_store", "serve"]

__getattr__, __dir__ = _lazy_attributes(__name__, dict.fromkeys(__all__, "kg.serve.app"), __all__)
