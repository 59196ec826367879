"""The ontology as code: namespaces, the `KG` vocabulary of ontology/kg.ttl, and IRI minting.

`KG.Person` is the IRI of a declared term, typed like an rdflib `DefinedNamespace` attribute: the
names come from kg/terms.py, generated from kg.ttl (`python -m kg.rdf.codegen`), so a misspelt
`KG.Persn` is a mypy error and `KG["Persn"]` raises `OntologyError`. The extractor asks `is_term`,
`is_class`, `is_event_class`, `is_relation` and `is_role` before it emits a name.

IRIs (all declared here and nowhere else). The ontology has its own stable namespace; the data
lives under the store's base IRI (`Base`, `kg build --base IRI`, default https://kg.example.org/):

    KG       https://w3id.org/kg-news/ontology#   classes and properties (ontology/kg.ttl)
    ONTOLOGY_GRAPH  https://w3id.org/kg-news/ontology   the store's copy of the ontology
    BASE id/        resources: entities, events, facts, sentences, documents
    BASE rel/       open-class relations ("liken", "call-for")
    BASE graph/     one named graph per article
    BASE verdicts   people's verdicts on facts (`kg review`)
    BASE summary    one description per actor and reported event, kept up to date by builds
    BASE derived/   graphs computed from the article graphs (resolution, corroboration)

`ID`, `REL`, `GRAPH`, `VERDICT_GRAPH`, `PREFIXES`, `mint` … are those of the default base, for code
that has no store at hand; code that writes or reads a store uses `store.base`.
"""

from __future__ import annotations

import hashlib
import importlib.resources
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from urllib.parse import quote, unquote

from rdflib import OWL, PROV, RDF, RDFS, SKOS, XSD, Graph, Namespace, URIRef

from kg.errors import OntologyError, StoreError
from kg.terms import NAMESPACE, ONTOLOGY, Terms, subclasses, subproperties

__all__ = [
    "DEFAULT_BASE",
    "GRAPH",
    "ID",
    "KG",
    "ONTOLOGY_GRAPH",
    "PREFIXES",
    "REL",
    "VERDICT_GRAPH",
    "Base",
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

#: where data lives unless `kg build --base` says otherwise (a name reserved for examples)
DEFAULT_BASE = "https://kg.example.org/"
KG_NS = NAMESPACE
#: the store keeps the ontology in its own graph, named by the ontology IRI (no article id can clash)
ONTOLOGY_GRAPH = URIRef(ONTOLOGY)

# ids keep their "/" structure; everything else that is not unreserved ASCII is percent-encoded,
# so spaces, quotes, <, >, # and non-Latin letters can never break Turtle or N-Triples
_SAFE = "/-._~"
_DOC_PATH = "id/doc/"


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
        found.append(
            (
                text.find(f"\nkg:{name}\n"),
                str(graph.value(term, SKOS.notation)),
                name,
                str(graph.value(term, RDFS.label)),
            )
        )
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


@dataclass(frozen=True)
class Base:
    """The base IRI a store's data lives under, and every data IRI minted from it.

    Raises:
        StoreError: `iri` is not an absolute http(s) IRI ending in "/", or it overlaps the
            ontology's namespace.
    """

    iri: str = DEFAULT_BASE

    def __post_init__(self) -> None:
        iri = self.iri
        if (
            not iri.startswith(("http://", "https://"))
            or not iri.endswith("/")
            or quote(iri, safe=":/%~") != iri
        ):
            raise StoreError(
                f"base IRI {iri!r} must be an absolute http(s) IRI ending in '/', without spaces "
                "or quotes, e.g. https://data.example-newsroom.org/"
            )
        if iri.startswith(ONTOLOGY) or ONTOLOGY.startswith(iri):
            raise StoreError(
                f"base IRI {iri!r} overlaps the ontology's namespace {ONTOLOGY}; choose your own"
            )

    @cached_property
    def id(self) -> Namespace:
        """Namespace of resources: entities, events, facts, sentences, documents."""
        return Namespace(self.iri + "id/")

    @cached_property
    def rel(self) -> Namespace:
        """Namespace of open-class relations ("liken", "call-for")."""
        return Namespace(self.iri + "rel/")

    @cached_property
    def graph(self) -> Namespace:
        """Namespace of the article graphs."""
        return Namespace(self.iri + "graph/")

    @cached_property
    def verdicts(self) -> URIRef:
        """The graph of reviewers' verdicts: outside the article graphs, so no rebuild touches them."""
        return URIRef(self.iri + "verdicts")

    @cached_property
    def summary(self) -> URIRef:
        """The summary graph (kg.rdf.summary): one description per actor and reported event."""
        return URIRef(self.iri + "summary")

    def derived(self, name: str) -> URIRef:
        """A graph computed from the article graphs ("resolution", "corroboration")."""
        return URIRef(self.iri + "derived/" + name)

    @cached_property
    def prefixes(self) -> dict[str, str]:
        """Prefixes used when serialising; `id:` is left out on purpose because most ids contain "/",
        which Turtle local names cannot hold, and a half-abbreviated file reads worse than full IRIs."""
        return {
            "kg": KG_NS,
            "rel": str(self.rel),
            "rdf": str(RDF),
            "rdfs": str(RDFS),
            "owl": str(OWL),
            "xsd": str(XSD),
            "skos": str(SKOS),
            "prov": str(PROV),
        }

    @cached_property
    def sparql_prefixes(self) -> str:
        """PREFIX lines for SPARQL: `prefixes` and `data:`, the base itself, so that queries name
        the store's own graphs without its IRI (`GRAPH data:verdicts`)."""
        return "".join(
            f"PREFIX {name}: <{iri}>\n" for name, iri in sorted({**self.prefixes, "data": self.iri}.items())
        )

    def mint(self, identifier: str) -> URIRef:
        """The resource IRI of a stable id such as "person/gustavo-petro" or "event/doc-1/3".

        Raises:
            OntologyError: if the id is empty.
        """
        if not identifier or not identifier.strip():
            raise OntologyError(
                "an entity or event has an empty id; the extractor must give every node an id"
            )
        return URIRef(self.id + _encode(identifier))

    def relation_iri(self, name: str) -> URIRef:
        """IRI of a relation predicate: kg:NAME for ontology relations, rel:NAME for open-class verbs."""
        if name in relation_properties():
            return KG[name]
        if not name:
            raise OntologyError("a relation has an empty predicate; the extractor must name every predicate")
        return URIRef(self.rel + _segment(name))

    def graph_iri(self, doc_id: str) -> URIRef:
        """IRI of the named graph holding one article's facts."""
        if not doc_id:
            raise OntologyError("an article has an empty id; give it one (file stem or explicit id)")
        return URIRef(self.graph + _segment(doc_id))

    def graph_document(self, iri: str) -> str | None:
        """The id of the article whose graph this is (`graph_iri` reversed), else None."""
        segment = iri.removeprefix(self.graph)
        return unquote(segment) if segment != iri and segment and "/" not in segment else None

    def document_iri(self, doc_id: str) -> URIRef:
        """IRI of the article (the kg:Article node) inside its graph."""
        return URIRef(self.iri + _DOC_PATH + _segment(doc_id))

    @staticmethod
    def of_document(iri: str) -> str | None:
        """The base IRI an article node's IRI was minted under (`document_iri` reversed), else None."""
        return iri[: iri.rindex(_DOC_PATH)] if _DOC_PATH in iri else None


_DEFAULT = Base()
ID, REL, GRAPH, VERDICT_GRAPH, PREFIXES = (
    _DEFAULT.id,
    _DEFAULT.rel,
    _DEFAULT.graph,
    _DEFAULT.verdicts,
    _DEFAULT.prefixes,
)
mint, relation_iri, graph_iri, document_iri = (
    _DEFAULT.mint,
    _DEFAULT.relation_iri,
    _DEFAULT.graph_iri,
    _DEFAULT.document_iri,
)


def digest(*parts: object) -> str:
    """Short stable hash used to mint fact and role IRIs (same input, same IRI, every run)."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
