"""The ontology is the single source of truth: every term used anywhere exists and is documented."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.errors import OntologyError
from kg.nlp.lexicon import CLOSED_PREDICATES, EVENT_NOUNS, EVENT_VERBS
from kg.rdf import vocab
from kg.rdf.vocab import KG, KG_NS

ROOT = Path(__file__).resolve().parent.parent
SCHEMA, PROV, TIME, SEM = (
    "https://schema.org/",
    "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2006/time#",
    "http://semanticweb.cs.vu.nl/2009/11/sem/",
)

# the contract with the extractor (issue 3): these names must stay declared
# the names the extractor emits, taken from its own tables so a new one cannot slip past the ontology
EVENT_CLASSES = {"Event"} | {cls for cls, _ in EVENT_VERBS.values()} | set(EVENT_NOUNS.values())
ENTITY_CLASSES = {
    "Person",
    "Organization",
    "GovernmentOrganization",
    "MilitaryOrganization",
    "Country",
    "Location",
    "Group",
    "Concept",
}
ROLES = {"agent", "target", "patient", "place", "time", "quantity", "content", "recipient", "instrument"}
RELATIONS = set(CLOSED_PREDICATES)


def kg_terms() -> set[URIRef]:
    g = vocab.ontology_graph()
    return {s for s in set(g.subjects()) if isinstance(s, URIRef) and str(s).startswith(KG_NS)}


@pytest.mark.parametrize("term", sorted(kg_terms()), ids=lambda t: t.split("#")[-1])
def test_every_term_has_a_type_label_and_comment(term):
    g = vocab.ontology_graph()
    assert g.value(term, RDF.type) is not None, term
    assert str(g.value(term, RDFS.label) or "").strip(), f"{term} has no rdfs:label"
    assert str(g.value(term, RDFS.comment) or "").strip(), f"{term} has no rdfs:comment"


def test_contract_names_are_declared_with_the_right_kind():
    assert vocab.event_classes() == EVENT_CLASSES
    assert ENTITY_CLASSES <= vocab.entity_classes()
    assert vocab.actor_classes() >= {"Person", "Organization", "GovernmentOrganization", "Country", "Group"}
    assert "Concept" not in vocab.actor_classes() and "Location" not in vocab.actor_classes()
    assert vocab.role_properties() == ROLES
    assert vocab.relation_properties() == RELATIONS


def test_every_event_subclass_has_a_cameo_root_code():
    g = vocab.ontology_graph()
    for name in EVENT_CLASSES - {"Event"}:
        code = g.value(KG[name], KG.cameoRootCode)
        assert code is not None and re.fullmatch(r"\d\d", str(code)), name


def test_aligned_with_public_vocabularies():
    g = vocab.ontology_graph()
    targets = {
        str(o) for p in (RDFS.subClassOf, OWL.equivalentClass, RDFS.subPropertyOf) for o in g.objects(None, p)
    }
    for ns in (SCHEMA, PROV, TIME, SEM):
        assert any(t.startswith(ns) for t in targets), f"no alignment to {ns}"
    assert (KG.Person, OWL.equivalentClass, URIRef(SCHEMA + "Person")) in g
    assert (KG.Event, RDFS.subClassOf, URIRef(SEM + "Event")) in g


def test_misspelt_term_raises():
    assert KG.Person == URIRef(KG_NS + "Person")
    with pytest.raises(OntologyError, match="Persn"):
        KG.Persn  # noqa: B018
    with pytest.raises(OntologyError):
        KG["killd"]
    assert vocab.is_term("killed") and not vocab.is_term("killd")
    assert vocab.is_class("Country") and vocab.is_event_class("Order") and not vocab.is_event_class("Person")
    assert vocab.is_relation("leaderOf") and not vocab.is_relation("liken")
    assert vocab.is_role("quantity") and not vocab.is_role("killed")


def _used_in_code() -> set[str]:
    """Ontology names in kg/ code: `KG.name`, `KG["name"]` and `_kg("name")` (docstrings ignored)."""
    names: set[str] = set()
    for path in (ROOT / "kg").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "KG":
                names.add(node.attr)
            elif (
                isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "KG"
            ):
                if isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                    names.add(node.slice.value)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "_kg"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                names.add(node.args[0].value)
    return names - {"namespace"}


def _used_in_sparql_and_shapes() -> set[str]:
    names: set[str] = set()
    files = [*(ROOT / "kg" / "rdf" / "queries").glob("*.rq"), ROOT / "ontology" / "shapes.ttl"]
    for path in files:
        names |= set(re.findall(r"\bkg:([A-Za-z]\w*)", path.read_text(encoding="utf-8")))
    return names


def test_every_term_used_by_code_queries_and_shapes_exists():
    used = _used_in_code() | _used_in_sparql_and_shapes()
    assert {"Fact", "text", "agent", "quantityQualifier", "Killing"} <= used  # the scan works
    missing = sorted(n for n in used if n not in KG)
    assert not missing, f"used but not declared in ontology/kg.ttl: {missing}"


def test_shapes_parse_and_target_declared_classes():
    shapes = Graph().parse(vocab.shapes_path(), format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    targets = set(shapes.objects(None, URIRef(sh + "targetClass")))
    assert targets and all(str(t)[len(KG_NS) :] in KG for t in targets)
    assert {KG.Entity, KG.Event, KG.Fact} <= targets


def test_ontology_ships_as_package_data():
    import importlib.resources

    files = {p.name for p in importlib.resources.files("kg.ontology").iterdir()}
    assert {"kg.ttl", "shapes.ttl"} <= files
