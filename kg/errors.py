"""The one exception tree of `kg`.

    KGError                  base; the CLI prints its message as one line and exits 1
    ├── InputError           an article, input file or argument value cannot be used
    ├── ModelError           the spaCy pipeline is missing or unusable
    ├── InstallError         a package kg needs is missing or broken
    ├── OntologyError        a term is not declared in ontology/kg.ttl
    ├── QueryError           a SPARQL query is malformed or a named query is unknown
    ├── StoreError           the graph store cannot be opened, read or written
    ├── EvalError            a gold/evaluation file is malformed
    └── ExtractionError      extraction failed on one document (a defect; the batch goes on when skipping)

Every message says what was wrong, shows the offending value and says what to do.
"""

from __future__ import annotations

__all__ = [
    "EvalError",
    "ExtractionError",
    "InputError",
    "InstallError",
    "KGError",
    "ModelError",
    "OntologyError",
    "QueryError",
    "StoreError",
]


class KGError(Exception):
    """Base class of every error `kg` raises on purpose."""


class InputError(KGError):
    """An article or input file cannot be read, decoded or holds no text, or an argument value is unusable."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class InstallError(KGError):
    """A package `kg` needs is missing or broken (the message says what to install)."""


class OntologyError(KGError):
    """A class or property is not declared in the ontology."""


class QueryError(KGError):
    """A SPARQL query is malformed or a named query does not exist."""


class StoreError(KGError):
    """The graph store cannot be opened, read or written."""


class EvalError(KGError):
    """An evaluation or gold file is malformed."""


class ExtractionError(KGError):
    """Extraction failed on one document (a defect in `kg`, reported with the document's id)."""

    def __init__(self, message: str, doc_id: str = "") -> None:
        super().__init__(message)
        self.doc_id = doc_id
