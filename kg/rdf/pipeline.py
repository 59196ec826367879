"""`kg.build`: articles on disk → extractions → the persistent graph store, in one call.

This is the only module of kg/rdf that runs the extractor; it imports it lazily so that reading,
querying and exporting a store never load spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.rdf.store import Store, open_store

__all__ = ["BuildReport", "build"]


@dataclass
class BuildReport:
    """What `build` wrote: the store location and the triple count of each article graph."""

    store: str
    articles: dict[str, int] = field(default_factory=dict)

    @property
    def triples(self) -> int:
        """Triples written in this build (sum over the article graphs)."""
        return sum(self.articles.values())


def build(
    paths: Iterable[str | Path],
    store: str | Path | Store | None = None,
    *,
    model: str | None = None,
    nlp: Any = None,
    date: dt.date | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> BuildReport:
    """Extract facts from the articles in `paths` and write each into its named graph of `store`.

    Re-building an article replaces its graph, so building twice gives the same store.

    Args:
        paths: article files or directories.
        store: a `Store` or a store directory (default `.kg/`).
        model: name of an installed spaCy pipeline (default: the small English model).
        nlp: an already loaded pipeline (saves the load in notebooks and tests).
        date: publication date for articles that do not carry one.
        progress: called with (doc id, triples) after each article.

    Raises:
        KGError: unreadable input (InputError), missing model (ModelError), store errors (StoreError).
    """
    from kg.extract import extract
    from kg.io import read_articles

    target = store if isinstance(store, Store) else open_store(store)
    report = BuildReport(store=target.location)
    try:
        kwargs: dict[str, Any] = {"model": model}
        if nlp is not None:
            kwargs["nlp"] = nlp
        for extraction in extract(read_articles(paths, date), **kwargs):
            count = target.add_extraction(extraction)
            report.articles[extraction.article.id] = count
            if progress is not None:
                progress(extraction.article.id, count)
    finally:
        if not isinstance(store, Store):
            target.close()
        else:
            target.flush()
    return report
