"""Crash safety: SIGKILL in the middle of `kg build` leaves only whole article graphs, and resumes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

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
            "from kg.cli import main; main()",
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
                done = sum(1 for g in ox.Store.read_only(str(target)).named_graphs() if g.value in expected)
            except (OSError, RuntimeError):
                continue  # the store is still being created
            if done >= 3:
                break
        assert proc.poll() is None, "the build finished before it could be killed; grow the corpus"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL

    with open_store(target) as store:  # readable after the kill
        graphs = store.graphs()
        assert 3 <= len(graphs) < len(expected)
        for g in graphs:  # every graph there is whole
            assert graph_quads(store.oxigraph, g) == expected[g]
        report = build([corpus], store)  # the next run resumes
        assert report.unchanged == len(graphs) and len(report.articles) == len(expected) - len(graphs)
        assert {g: graph_quads(store.oxigraph, g) for g in store.graphs()} == expected
