"""Crash safety: SIGKILL in the middle of `kg build` leaves every article graph that has its content
hash whole (a graph the bulk loader was writing has none), and the next run resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.pipeline import build
from kg.rdf import open_store
from tests.build.conftest import write_corpus

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def graph_quads(store: ox.Store, graph: str) -> set[str]:
    return {str(q) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}


def test_sigkill_mid_build_leaves_whole_graphs_and_the_next_run_resumes(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=24)
    reference = tmp_path / "reference"
    with open_store(reference) as ref:
        build([corpus], ref)
        expected = {g: graph_quads(ref.oxigraph, g) for g in ref.graphs()}

    target = tmp_path / "killed"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            # a bulk load per article, so the kill lands between or inside them, each held back a
            # moment so that a fast machine cannot finish the build before the poll sees three
            (
                "import time, kg.pipeline as p; p.BULK_QUADS = 1; load = p.GraphWriter.load; "
                "p.GraphWriter.load = lambda self: (time.sleep(0.25), load(self))[1]; "
                "from kg.cli import main; main()"
            ),
            "build",
            str(corpus),
            "--store",
            str(target),
            "--batch-size",
            "1",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        done = 0
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                done = len(open_store(target, read_only=True).content_hashes())
            except (OSError, RuntimeError, StoreError):
                continue  # the store is still being created
            if done >= 3:
                break
        assert proc.poll() is None, "the build finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with open_store(target) as store:  # readable after the kill
        hashed = {str(store.base.graph_iri(doc)) for doc in store.content_hashes()}
        assert 3 <= len(hashed) < len(expected) and hashed <= set(store.graphs())
        for g in hashed:  # every graph with its content hash is whole
            assert graph_quads(store.oxigraph, g) == expected[g]
        report = build([corpus], store)  # the next run resumes, rewriting any graph cut short
        assert report.unchanged == len(hashed) and len(report.articles) == len(expected) - len(hashed)
        assert {g: graph_quads(store.oxigraph, g) for g in store.graphs()} == expected
