"""The extraction stage as a whole: segmentation of long texts and per-document error handling."""

from __future__ import annotations

import pytest

from kg.errors import ExtractionError
from kg.extractor import extract, segments
from kg.types import Article


@pytest.mark.parametrize("limit", [40, 100, 1000])
def test_segments_rebuild_the_text_and_respect_the_limit(limit):
    text = (
        "Rebels attacked the town. The army responded.\n\nA second paragraph here. " * 30
        + "x" * 250
        + " end."
    )
    parts = segments(text, limit)
    assert "".join(parts) == text
    assert all(len(p) <= limit for p in parts)


def test_long_article_is_parsed_in_segments_with_true_offsets(nlp, monkeypatch):
    import kg.extractor as ex

    monkeypatch.setattr(ex, "SEGMENT_CHARS", 200)
    text = " ".join(f"Rebels attacked the town of Town{i} on Monday." for i in range(40))
    result = next(extract([Article(id="long", text=text)], nlp=nlp))
    attacks = [r for r in result.relations if r.predicate == "attacked"]
    assert len(attacks) == 40
    for r in attacks:
        assert text[r.provenance.start : r.provenance.end].strip() == r.provenance.sentence


def test_a_failing_document_is_reported_and_the_batch_goes_on(nlp, monkeypatch):
    import kg.extractor as ex

    real = ex.DocumentReader.read

    def flaky(self):
        if self.article.id == "bad":
            raise RuntimeError("boom")
        return real(self)

    monkeypatch.setattr(ex.DocumentReader, "read", flaky)
    arts = [Article(id=i, text="Rebels attacked the town.") for i in ("a", "bad", "c")]
    errors = []
    done = [x.article.id for x in extract(arts, nlp=nlp, on_error=errors.append)]
    assert done == ["a", "c"]
    assert len(errors) == 1 and "bad: extraction failed (RuntimeError: boom)" in str(errors[0])
    with pytest.raises(ExtractionError, match="bad"):
        list(extract(arts, nlp=nlp))
