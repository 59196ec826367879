"""Shared fixtures: the real small English pipeline, loaded once per test session."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from kg.cli import app
from kg.extractor import extract
from kg.nlp.pipeline import load
from kg.types import Article, Extraction
from tests.browser import ARGS

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "articles"


def kg(*args: object, input: str | None = None) -> Result:
    """Run `kg ARGS` in-process: the exit status, stdout and stderr a shell would see.

    A `KGError` is one `kg: error:` line on stderr and status 1, as from the installed script; any
    other exception is left in `Result.exception` (status 1, nothing on stderr), so it cannot pass for
    a clean error.
    """
    return CliRunner().invoke(app, [str(a) for a in args], input=input)


@pytest.fixture(scope="session")
def nlp():
    return load()


@pytest.fixture(scope="session")
def read(nlp):
    """Extract one text as an article dated 2025-11-12 (a Wednesday)."""

    def run(text: str, date: dt.date | None = dt.date(2025, 11, 12)) -> Extraction:
        return next(extract([Article(id="t", text=text, date=date)], nlp=nlp))

    return run


@pytest.fixture(scope="session")
def classified(nlp):
    """Like `read`, with the trained CoNLL04 relation classifier's readings too (`extract(classifier=True)`)."""

    def run(text: str, date: dt.date | None = dt.date(2025, 11, 12)) -> Extraction:
        return next(extract([Article(id="t", text=text, date=date)], nlp=nlp, classifier=True))

    return run


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Python playwright (never a downloaded browser)."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail(
            "Debian chromium is not installed: apt-get install -y chromium chromium-driver (.ci/run does)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        yield browser
        browser.close()
