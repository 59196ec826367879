"""The ontology as code: namespaces, the `KG` vocabulary of ontology/kg.ttl, and IRI minting.

`KG.Person` is the IRI of a declared term, typed like an rdflib `DefinedNamespace` attribute: the
names come from kg/terms.py, generated from kg.ttl (`python -m kg.rdf.codegen`), so a misspelt
`KG.Persn` is a mypy error and `KG["Persn"]` raises `OntologyError`. The extractor asks `is_term`,
`is_class`, `is_event_class`, `is_relation` and `is_role` before it emits a name.

IRIs (all declared here and nowhere else):

    KG     https://w3id.org/kg-news/ontology#   classes and properties (ontology/kg.ttl)
    ID     https://kg.example.org/id/           resources: entities, events, facts, sentences, documents
    REL    https://kg.example.org/rel/          open-class relations ("liken", "call-for")
    GRAPH  https://kg.example.org/graph/        one named graph per article, plus graph/ontology
    VERDICT_GRAPH  https://kg.example.org/verdicts   people's verdicts on facts (`kg review`)
"""

from __future__ import annotations

import hashlib
import importlib.resources
from functools import cache
from pathlib import Path
from urllib.parse import quote

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef

from kg.errors import OntologyError
from kg.terms import NAMESPACE, ONTOLOGY, Terms, subclasses, subproperties

__all__ = [
    "GRAPH",
    "ID",
    "KG",
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "REL",
    "VERDICT_GRAPH",
    "actor_classes",
    "digest",
    "document_iri",
    "entity_classes",
    "error_reasons",
    "event_classes",
    "graph_iri",
    "is_class",
    "is_event_class",
    "is_relation",
    "is_role",
    "is_term",
    "mint",
    "ontology_graph",
    "ontology_path",
    "relation_iri",
    "relation_properties",
    "role_properties",
    "shapes_path",
]

BASE = "https://kg.example.org/"
KG_NS = NAMESPACE
ID = Namespace(BASE + "id/")
REL = Namespace(BASE + "rel/")
GRAPH = Namespace(BASE + "graph/")
#: the store keeps the ontology in its own graph, named by the ontology IRI (no article id can clash)
ONTOLOGY_GRAPH = URIRef(ONTOLOGY)
#: reviewers' verdicts: outside the article graphs, so no rebuild of an article touches them
VERDICT_GRAPH = URIRef(BASE + "verdicts")

#: prefixes used when serialising; `id:` is left out on purpose because most ids contain "/",
#: which Turtle local names cannot hold, and a half-abbreviated file reads worse than full IRIs
PREFIXES = {
    "kg": KG_NS,
    "rel": str(REL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
}

# ids keep their "/" structure; everything else that is not unreserved ASCII is percent-encoded,
# so spaces, quotes, <, >, # and non-Latin letters can never break Turtle or N-Triples
_SAFE = "/-._~"


def _resource_dir() -> Path:
    """Directory holding kg.ttl: the installed package data, or ontology/ of a source checkout."""
    try:
        path = Path(str(importlib.resources.files("kg.ontology")))
        if (path / "kg.ttl").is_file():
            return path
    except (ModuleNotFoundError, TypeError, NotADirectoryError):
        pass
    # a checkout where kg.ontology is not importable (no editable install): ../../ontology
    return Path(__file__).resolve().parents[2] / "ontology"


def ontology_path() -> Path:
    """Path of ontology/kg.ttl."""
    return _resource_dir() / "kg.ttl"


def shapes_path() -> Path:
    """Path of ontology/shapes.ttl (the SHACL shapes)."""
    return _resource_dir() / "shapes.ttl"


@cache
def ontology_graph() -> Graph:
    """The ontology parsed with rdflib (cached; do not mutate)."""
    path = ontology_path()
    if not path.is_file():
        raise OntologyError(f"ontology not found at {path}; reinstall kg (`pip install -e .`)")
    return Graph().parse(path, format="turtle")


#: every term of ontology/kg.ttl as a URIRef attribute (`KG.Person`), generated into kg/terms.py so
#: IDEs and mypy see the names; `KG["Persn"]` raises OntologyError
KG: Terms[URIRef] = Terms(lambda name: URIRef(KG_NS + name))


@cache
def event_classes() -> frozenset[str]:
    """Local names of kg:Event and all its subclasses."""
    return subclasses("Event")


@cache
def entity_classes() -> frozenset[str]:
    """Local names of the classes an `Entity.type` may take (kg:Entity and below)."""
    return subclasses("Entity") - {"Entity"}


@cache
def actor_classes() -> frozenset[str]:
    """Local names of kg:Actor and its subclasses."""
    return subclasses("Actor")


@cache
def relation_properties() -> frozenset[str]:
    """Closed-class relation predicates: the sub-properties of kg:relatedTo."""
    return subproperties("relatedTo") - {"relatedTo"}


@cache
def role_properties() -> frozenset[str]:
    """Event role properties (agent, target, place, time, quantity, …): sub-properties of kg:eventRole."""
    return subproperties("eventRole") - {"eventRole"}


@cache
def error_reasons() -> dict[str, tuple[str, str]]:
    """The reasons a reviewer can give for a wrong fact: short code (skos:notation) → (local name,
    label), in the order kg.ttl declares them (the order `kg review` offers them in)."""
    graph = ontology_graph()
    text = ontology_path().read_text(encoding="utf-8")
    found = []
    for term in graph.subjects(RDF.type, KG.ErrorReason):
        name = str(term)[len(KG_NS) :]
        found.append((text.find(f"\nkg:{name}\n"), str(graph.value(term, SKOS.notation)), name,
                      str(graph.value(term, RDFS.label))))
    return {code: (name, label) for _, code, name, label in sorted(found)}


def is_term(name: str) -> bool:
    """True if `name` is the local name of any term declared in ontology/kg.ttl."""
    return name in KG


def is_class(name: str) -> bool:
    """True if `name` is an ontology class an entity or event can be typed with."""
    return name in entity_classes() or name in event_classes()


def is_event_class(name: str) -> bool:
    """True if `name` is kg:Event or one of its subclasses."""
    return name in event_classes()


def is_relation(name: str) -> bool:
    """True if `name` is a closed-class relation predicate (else it belongs to the REL namespace)."""
    return name in relation_properties()


def is_role(name: str) -> bool:
    """True if `name` is an event role property."""
    return name in role_properties()


def _encode(text: str) -> str:
    encoded = quote(text, safe=_SAFE)
    # "." and ".." path segments would be collapsed by IRI normalisation: encode them
    parts = [p if p not in (".", "..") else p.replace(".", "%2E") for p in encoded.split("/")]
    return "/".join(parts)


def _segment(text: str) -> str:
    """`text` as ONE path segment: "/" is encoded too, and so is a final "." (a prefixed name cannot
    end with one, and rdflib cannot read the escaped form Oxigraph writes instead)."""
    out = _encode(text).replace("/", "%2F")
    return out[:-1] + "%2E" if out.endswith(".") else out


def mint(identifier: str) -> URIRef:
    """The resource IRI of a stable id such as "person/gustavo-petro" or "event/doc-1/3".

    Raises:
        OntologyError: if the id is empty.
    """
    if not identifier or not identifier.strip():
        raise OntologyError("an entity or event has an empty id; the extractor must give every node an id")
    return URIRef(ID + _encode(identifier))


def relation_iri(name: str) -> URIRef:
    """IRI of a relation predicate: kg:NAME for ontology relations, rel:NAME for open-class verbs."""
    if name in relation_properties():
        return KG[name]
    if not name:
        raise OntologyError("a relation has an empty predicate; the extractor must name every predicate")
    return URIRef(REL + _segment(name))


def graph_iri(doc_id: str) -> URIRef:
    """IRI of the named graph holding one article's facts."""
    if not doc_id:
        raise OntologyError("an article has an empty id; give it one (file stem or explicit id)")
    return URIRef(GRAPH + _segment(doc_id))


def document_iri(doc_id: str) -> URIRef:
    """IRI of the article (the kg:Article node) inside its graph."""
    return URIRef(ID + "doc/" + _segment(doc_id))


def digest(*parts: object) -> str:
    """Short stable hash used to mint fact and role IRIs (same input, same IRI, every run)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
