"""Shared fixtures: the real small English pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extractor import extract
from kg.nlp.pipeline import load
from kg.types import Article, Extraction

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def read(nlp):
    """Extract one text as an article dated 2025-11-12 (a Wednesday)."""

    def run(text: str, date: dt.date | None = dt.date(2025, 11, 12)) -> Extraction:
        return next(extract([Article(id="t", text=text, date=date)], nlp=nlp))

    return run
