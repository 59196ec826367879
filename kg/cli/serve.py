"""`kg serve`: the explorer and SPARQL endpoint over a store, in a browser (a thin wrapper over kg.serve)."""

from __future__ import annotations

from typing import Annotated

import typer

from kg.cli._util import ReadStoreOpt, app
from kg.errors import InputError
from kg.rdf.store import DEFAULT_STORE


@app.command("serve")
def serve_command(
    store: ReadStoreOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; the default is this machine only.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="TCP port to listen on.")] = 8000,
    query_timeout: Annotated[
        float, typer.Option("--query-timeout", help="Seconds a SPARQL query may run before it is stopped.")
    ] = 30.0,
) -> None:
    """Serve the store read-only: explorer pages at /, SPARQL 1.1 Protocol at /sparql."""
    from kg.serve import serve

    if query_timeout <= 0:
        raise InputError(f"--query-timeout must be more than 0 seconds, not {query_timeout:g}")
    if store is None:
        typer.echo(f"using store {DEFAULT_STORE}/", err=True)
    serve(store or DEFAULT_STORE, host=host, port=port, query_timeout=query_timeout)
