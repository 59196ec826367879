"""kg: news articles → an RDF knowledge graph of actors and events, with provenance.

    import kg
    graph = kg.open_store(".kg")                        # or an exported .ttl/.trig/.nq/.nt/.jsonld
    kg.build(["data/articles"], store=graph)            # extract and (re)write one graph per article
    graph.query("events", actor="Gustavo Petro")        # a named query or SPARQL -> Table
    for ex in kg.extract(kg.read_articles(["data"])):   # or the facts themselves, no store
        print(ex.relations)

The names are loaded lazily, so `import kg.types` or the extractor do not pay for rdflib/Oxigraph.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["Store", "Table", "build", "extract", "open_store", "read_articles"]

_LAZY = {
    "Store": "kg.rdf.store",
    "Table": "kg.rdf.query",
    "build": "kg.pipeline",
    "extract": "kg.extractor",
    "open_store": "kg.rdf.store",
    "read_articles": "kg.io",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(list(globals()) + __all__)
