"""The RDF stage: ontology vocabulary, article quads, the Oxigraph store, exports, SPARQL, push, SHACL.

    open_store(".kg")            -> Store (or an RDF file, read-only)
    Store.query("events", actor="Gustavo Petro") -> Table

The names are loaded lazily, so `import kg.rdf.vocab` loads the vocabulary and nothing else. Exports
are `kg.rdf.export.export` / `write_export` (a name `kg.rdf.export` would be both module and function).
"""

from __future__ import annotations

from kg.lazy import lazy_attributes as _lazy_attributes

__all__ = [
    "PushReport",
    "Store",
    "Table",
    "ValidationReport",
    "extraction_quads",
    "named_queries",
    "open_store",
    "push_store",
    "query_endpoint",
    "validate_store",
    "write_export",
]

_LAZY = {
    "PushReport": "kg.rdf.push",
    "Store": "kg.rdf.store",
    "Table": "kg.rdf.query",
    "ValidationReport": "kg.rdf.validate",
    "extraction_quads": "kg.rdf.quads",
    "named_queries": "kg.rdf.query",
    "open_store": "kg.rdf.store",
    "push_store": "kg.rdf.push",
    "query_endpoint": "kg.rdf.push",
    "validate_store": "kg.rdf.validate",
    "write_export": "kg.rdf.export",
}


__getattr__, __dir__ = _lazy_attributes("kg.rdf", _LAZY, __all__)
