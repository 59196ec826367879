"""notebooks/explore.ipynb is committed executed, and runs top to bottom in a fresh kernel of this
interpreter, with no error."""

from __future__ import annotations

import json
import re
import sys

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT

pytestmark = pytest.mark.integration

NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


@pytest.fixture
def kernel(tmp_path, monkeypatch):
    """A kernel spec for *this* Python (the venv's), found first on JUPYTER_PATH, so neither a user's
    nor a system `python3` kernel can run the notebook with another interpreter."""
    spec = tmp_path / "jupyter" / "kernels" / "kg-test"
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "kg test", "language": "python"})
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return "kg-test"


def test_explore_notebook_runs(kernel):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    # committed executed, so that a code host shows its tables and charts
    assert all(cell.get("outputs") for cell in code[1:-1]), "commit it executed (outputs stored)"
    assert sum("image/png" in out.get("data", {}) for cell in code for out in cell.outputs) >= 2
    for cell in code:  # and run here from scratch
        cell.outputs, cell.execution_count = [], None
    client = NotebookClient(
        nb, kernel_name=kernel, timeout=300, resources={"metadata": {"path": str(NOTEBOOK.parent)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [out for out in outputs if out.output_type == "error"]
    text = "\n".join(out.get("text", "") for out in outputs if out.output_type == "stream")
    assert "article(s)" in text and "connected components" in text
    assert re.search(r"\d+ events in \d+ weeks", text) and "dated events of Gustavo Petro" in text
    charts = [out for out in outputs if "image/png" in out.get("data", {})]
    assert len(charts) == 2, "events per week and the actor's timeline are drawn"
    assert "recorded 12 verdict(s)" in text and "precision 91.7 % (95 % CI" in text, "the review section ran"
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any("Gustavo Petro" in h for h in html), "the pandas tables name the actors"
    assert any(h.startswith("<iframe srcdoc=") and "vis-network" in h for h in html), (
        "the view is shown inline"
    )
