"""The extraction stage: `Article`s in, `Extraction`s out. The only module that runs spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from kg.nlp.entities import find_entities
from kg.nlp.patterns import DocumentReader
from kg.nlp.pipeline import load
from kg.types import Article, Extraction

__all__ = ["extract", "extract_doc"]


def extract_doc(doc, article: Article) -> Extraction:
    """Read entities, events and relations from one parsed article."""
    index = find_entities(doc)
    events, relations = DocumentReader(doc, article, index).read()
    used = {r.subject.id for r in relations} | {getattr(r.object, "id", None) for r in relations}
    entities = tuple(e for e in index.entities if e.id in used) + tuple(
        e for e in index.entities if e.id not in used)
    return Extraction(article=article, entities=entities, events=tuple(events), relations=tuple(relations))


def extract(articles: Iterable[Article], nlp: Language | None = None, model: str | None = None,
            batch_size: int = 32, n_process: int = 1) -> Iterator[Extraction]:
    """Stream `Extraction`s for `articles`, parsing them in batches with `nlp.pipe`.

    Args:
        articles: the articles, any iterable (a generator keeps memory flat).
        nlp: a pipeline from `kg.nlp.pipeline.load`; loaded from `model` when not given.
        model: name of an installed spaCy pipeline (default: the small English model).
        batch_size: documents per `nlp.pipe` batch.
        n_process: parser processes (spaCy multiprocessing).
    """
    nlp = nlp or load(model)
    stream = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        yield extract_doc(doc, article)
