"""A store of two hand-made articles (tests/rdf, tests/views) for the review tests, no NLP."""

from __future__ import annotations

from kg.rdf.quads import fact_iri
from tests.views.conftest import second_extraction, store  # noqa: F401  (the views tests' store fixture)


def facts_of(extraction) -> dict[str, str]:
    """Fact IRI → "subject predicate object" of an extraction."""
    return {
        fact_iri(extraction.article.id, r).value: f"{r.subject.label} {r.predicate} "
        f"{getattr(r.object, 'label', getattr(r.object, 'value', ''))}"
        for r in extraction.relations
    }
