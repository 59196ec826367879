"""kg/terms.py is generated from ontology/kg.ttl, and the extractor's class sets come from its hierarchy."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

import kg.terms
from kg.errors import OntologyError
from kg.eval.conll04 import ENTITY_TYPES
from kg.nlp import entities, links, relclf
from kg.rdf import vocab
from kg.rdf.codegen import main, render_terms

ROOT = Path(__file__).resolve().parent.parent

_NEWS_AGENCY = """
kg:NewsAgency
    a owl:Class ;
    rdfs:label "news agency"@en ;
    rdfs:comment "An organisation that gathers news and sells it to newspapers, e.g. Reuters."@en ;
    rdfs:subClassOf kg:Organization .
"""


def _ontology(extra: str = "") -> Graph:
    return Graph().parse(data=vocab.ontology_path().read_text(encoding="utf-8") + extra, format="turtle")


def _load(text: str, tmp_path: Path):
    path = tmp_path / "generated_terms.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("generated_terms", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_regenerating_the_terms_module_changes_nothing():
    committed = Path(kg.terms.__file__).read_text(encoding="utf-8")
    assert render_terms(_ontology()) == committed, "run `python -m kg.rdf.codegen` after editing kg.ttl"
    assert main(["--check"]) == 0


def test_terms_module_lists_every_declared_term_sorted():
    declared = {
        str(s)[len(kg.terms.NAMESPACE) :]
        for s in set(_ontology().subjects())
        if str(s).startswith(kg.terms.NAMESPACE)
    }
    assert list(kg.terms.NAMES) == sorted(declared)
    assert kg.terms.ONTOLOGY + "#" == kg.terms.NAMESPACE == vocab.KG_NS
    names = kg.terms.Terms(str)
    assert names.MilitaryOrganization == "MilitaryOrganization" and len(names) == len(declared)
    with pytest.raises(OntologyError, match="Persn"):
        names["Persn"]


def test_adding_a_subclass_of_organization_is_one_edit_in_the_ontology(tmp_path):
    generated = _load(render_terms(_ontology(_NEWS_AGENCY)), tmp_path)
    assert "NewsAgency" in generated.subclasses("Organization")
    assert "NewsAgency" in generated.subclasses("Actor") and "NewsAgency" not in generated.subclasses(
        "Location"
    )
    assert generated.Terms(str).NewsAgency == "NewsAgency"
    assert "NewsAgency" not in kg.terms.subclasses("Organization")  # the committed ontology is untouched


def test_extractor_class_sets_are_the_ontology_hierarchy():
    # the sets the extractor and the scorer use are read off kg.ttl (through kg/terms.py), so the edit
    # above reaches them all once the module is regenerated
    assert (
        links.ORG == kg.terms.subclasses("Organization") >= {"GovernmentOrganization", "MilitaryOrganization"}
    )
    assert links.PLACE == kg.terms.subclasses("Location") == {"Location", "Country"}
    assert links.PERSON == {"Person"}
    assert entities.ACTOR_TYPES == vocab.actor_classes() - {"Actor"}
    assert ENTITY_TYPES is relclf.CONLL_TYPES
    assert {cls for cls, kind in ENTITY_TYPES.items() if kind == "Org"} == links.ORG
    assert ENTITY_TYPES["Country"] == "Loc" and "Group" not in ENTITY_TYPES


def test_a_class_outside_the_ontology_raises():
    with pytest.raises(OntologyError, match="Organisation"):
        kg.terms.subclasses("Organisation")


def test_the_extractor_does_not_load_the_rdf_stack():
    code = (
        "import sys, kg.extractor, kg.nlp.links, kg.nlp.roles, kg.nlp.relclf, kg.terms; "
        "print(sorted(m for m in ('rdflib', 'pyoxigraph') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
    )
    assert out.stdout.strip() == "[]", out.stderr
