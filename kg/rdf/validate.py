"""SHACL validation of a store against ontology/shapes.ttl (pyshacl).

The data graph is the union of the article graphs; the ontology is mixed in (pyshacl's `ont_graph`)
so that `sh:targetClass kg:Entity` reaches instances of kg:Person, kg:Country and the other subclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import SH, Graph, URIRef

from kg.errors import OntologyError
from kg.rdf import vocab
from kg.rdf.store import ONTOLOGY_NODE, Store

__all__ = ["ValidationReport", "Violation", "validate_graph", "validate_store"]


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property path, the value and the shape's message."""

    focus: str
    path: str
    value: str
    message: str
    severity: str

    def __str__(self) -> str:
        where = f"{self.focus} {self.path}".strip()
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity}: {where}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """Whether the graph conforms, how many triples were checked and every violation."""

    conforms: bool
    triples: int
    violations: list[Violation] = field(default_factory=list)


def _shapes() -> Graph:
    path = vocab.shapes_path()
    if not path.is_file():
        raise OntologyError(f"SHACL shapes not found at {path}; reinstall kg (`pip install -e .`)")
    return Graph().parse(path, format="turtle")


def _text(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return str(term)
    return str(term)


def validate_graph(data: Graph) -> ValidationReport:
    """Validate an rdflib graph against the shapes, with the ontology mixed in."""
    import pyshacl  # imported here: it is slow to import and only this command needs it

    conforms, results, _text_report = pyshacl.validate(
        data,
        shacl_graph=_shapes(),
        ont_graph=vocab.ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        violations.append(
            Violation(
                focus=_text(results.value(result, SH.focusNode)),
                path=_text(results.value(result, SH.resultPath)),
                value=_text(results.value(result, SH.value)),
                message=_text(results.value(result, SH.resultMessage)),
                severity=_text(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    # one value can break two constraints of a property (datatype and range) with one message
    violations = sorted(set(violations), key=lambda v: (v.focus, v.path, v.message, v.value))
    return ValidationReport(conforms=bool(conforms), triples=len(data), violations=violations)


def store_graph(store: Store) -> Graph:
    """The union of a store's article graphs as one rdflib graph (the ontology and summary graphs
    left out)."""
    left_out = (ONTOLOGY_NODE, ox.NamedNode(store.base.summary))
    triples = (q.triple for q in store.quads() if q.graph_name not in left_out)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt")


def validate_store(store: Store) -> ValidationReport:
    """Validate every article graph of `store` against ontology/shapes.ttl."""
    return validate_graph(store_graph(store))
