"""A store of two hand-made articles (tests/rdf, tests/views) for the review tests, no NLP."""

from __future__ import annotations

import pytest

from kg.rdf.build import fact_iri
from kg.rdf.store import open_store
from tests.rdf.conftest import sample_extraction
from tests.views.conftest import second_extraction


def facts_of(extraction) -> dict[str, str]:
    """Fact IRI → "subject predicate object" of an extraction."""
    return {fact_iri(extraction.article.id, r).value: f"{r.subject.label} {r.predicate} "
            f"{getattr(r.object, 'label', getattr(r.object, 'value', ''))}" for r in extraction.relations}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    s.add_extraction(sample_extraction())
    s.add_extraction(second_extraction())
    yield s
    s.close()
