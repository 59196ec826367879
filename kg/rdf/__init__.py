"""The RDF stage: ontology vocabulary, article quads, the Oxigraph store, exports, SPARQL, push, SHACL.

    open_store(".kg")            -> Store (or an RDF file, read-only)
    Store.query("events", actor="Gustavo Petro") -> Table
"""

from kg.rdf.export import export, write_export
from kg.rdf.push import PushReport, push_store, query_endpoint
from kg.rdf.quads import extraction_quads
from kg.rdf.query import Table, named_queries
from kg.rdf.store import Store, open_store
from kg.rdf.validate import ValidationReport, validate_store

__all__ = [
    "PushReport",
    "Store",
    "Table",
    "ValidationReport",
    "export",
    "extraction_quads",
    "named_queries",
    "open_store",
    "push_store",
    "query_endpoint",
    "validate_store",
    "write_export",
]
