"""kg: news articles → an RDF knowledge graph of actors and events, with provenance.

    import kg
    graph = kg.open_store(".kg")                        # or an exported .ttl/.trig/.nq/.nt/.jsonld
    kg.build(["data/articles"], store=graph)            # extract and (re)write one graph per article
    graph.query("events", actor="Gustavo Petro")        # a named query or SPARQL -> Table
    for ex in kg.extract(kg.read_articles(["data"])):   # or the facts themselves, no store
        print(ex.relations)

The names are loaded lazily, so `import kg.types` or the extractor do not pay for rdflib/Oxigraph.
Every error `kg` raises on purpose is a `kg.KGError` (the tree is drawn in kg/errors.py).
"""

from __future__ import annotations

from kg import errors
from kg.lazy import lazy_attributes as _lazy_attributes

__all__ = [
    "EvalError",
    "ExtractionError",
    "InputError",
    "InstallError",
    "KGError",
    "ModelError",
    "OntologyError",
    "QueryError",
    "Store",
    "StoreError",
    "Table",
    "build",
    "extract",
    "open_store",
    "read_articles",
]

_LAZY = {
    **{name: "kg.errors" for name in errors.__all__},
    "Store": "kg.rdf.store",
    "Table": "kg.rdf.query",
    "build": "kg.pipeline",
    "extract": "kg.extractor",
    "open_store": "kg.rdf.store",
    "read_articles": "kg.io",
}


__getattr__, __dir__ = _lazy_attributes("kg", _LAZY, __all__)
