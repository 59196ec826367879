"""`kg view` and `kg stats` in-process through typer's CliRunner; errors are one line and exit 1."""

from __future__ import annotations

import json
import re

import pytest

from kg.rdf.export import export
from kg.rdf.store import open_store
from tests.conftest import kg as invoke
from tests.rdf.conftest import sample_extraction
from tests.views.conftest import big_extraction, second_extraction


def node_labels(path) -> set[str]:
    raw = re.search(r'id="kg-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.DOTALL).group(1)
    return {n["tip"]["label"] for n in json.loads(raw)["nodes"]}


@pytest.fixture(scope="module")
def location(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "store"
    with open_store(path) as store:
        store.add_extraction(sample_extraction())
        store.add_extraction(second_extraction())
    return path


def test_view_writes_the_whole_graph(location, tmp_path):
    out = tmp_path / "graph.html"
    result = invoke("view", "--store", location, "-o", out)
    assert result.exit_code == 0, result.output
    assert f"wrote {out}: 30 nodes" in result.stderr
    assert {"Gustavo Petro", "met", "ordered", "2025-11-11"} <= node_labels(out)


def test_view_focus_type_and_dates(location, tmp_path):
    out = tmp_path / "focus.html"
    result = invoke(
        "view", location, "-o", out, "--focus", "Scott Bessent", "--depth", "1", "--title", "Bessent"
    )
    assert result.exit_code == 0, result.output
    assert node_labels(out) == {"Scott Bessent", "met", "Treasury", "Gustavo Petro"}
    assert "<title>Bessent</title>" in out.read_text(encoding="utf-8")
    result = invoke("view", location, "-o", out, "--type", "Sanction", "--type", "Person")
    assert result.exit_code == 0, result.output
    assert "financial sanctions" in node_labels(out) and "met" not in node_labels(out)
    result = invoke(
        "view",
        location,
        "-o",
        out,
        "--since",
        "2025-09-01",
        "--until",
        "2025-09-30",
        "--doc",
        "treasury-2025-09",
    )
    assert result.exit_code == 0, result.output
    assert "met" in node_labels(out) and "ordered" not in node_labels(out)


def test_view_reads_an_rdf_file(location, tmp_path):
    ttl = tmp_path / "graph.trig"
    with open_store(location, read_only=True) as store:
        ttl.write_bytes(export(store, "trig"))
    out = tmp_path / "file.html"
    result = invoke("view", ttl, "-o", out)
    assert result.exit_code == 0, result.output
    assert "Gustavo Petro" in node_labels(out)


def test_view_says_what_the_size_limit_left_out(tmp_path):
    path = tmp_path / "big"
    with open_store(path) as store:
        store.add_extraction(big_extraction())
    out = tmp_path / "big.html"
    result = invoke("view", path, "-o", out, "--max-nodes", "50")
    assert result.exit_code == 0, result.output
    assert re.search(r"kg view: showing the 50 most central nodes; left out \d+ nodes", result.stderr)
    page = out.read_text(encoding="utf-8")
    assert 'id="kg-notice">showing the 50 most central nodes' in page
    assert len(node_labels(out)) <= 50


def test_stats_prints_counts_central_actors_and_components(location):
    result = invoke("stats", "--store", location, "--top", "5", "--measure", "degree")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for heading in (
        "Resources by class",
        "Most central actors (degree)",
        "Connected components:",
        "Actor communities:",
    ):
        assert heading in out
    assert re.search(r"│ Article\s+│\s+2 │", out)
    actors = out.split("Most central actors")[1].split("Connected components")[0]
    assert actors.index("Gustavo Petro") < actors.index("Scott Bessent")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["view", "--focus", "Gustavo Perto"], "did you mean: Gustavo Petro"),
        (["view", "--type", "Persn"], "unknown class 'Persn' for --type"),
        (["view", "--since", "2025-13-01"], "--since: '2025-13-01' is not a date; write it as YYYY-MM-DD"),
        (["view", "--since", "2025-10-01", "--until", "2025-09-01"], "is after --until"),
        (["view", "--doc", "nope"], "no article 'nope'"),
        (["stats", "--store", "{missing}"], "no graph store at"),
    ],
)
def test_errors_are_one_line_and_exit_1(location, tmp_path, args, message):
    args = [a.format(missing=tmp_path / "missing") for a in args]
    if "--store" not in args:
        args += (
            ["--store", str(location), "-o", str(tmp_path / "x.html")]
            if args[0] == "view"
            else ["--store", str(location)]
        )
    done = invoke(*args)
    assert done.exit_code == 1, done.output
    assert done.stderr.startswith("kg: error: ") and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_bad_measure_is_a_usage_error(location):
    result = invoke("stats", "--store", location, "--measure", "closeness")
    assert result.exit_code == 2 and "'closeness' is not one of" in result.stderr


def page_mode(path) -> str:
    raw = re.search(r'id="kg-data">(.*?)</script>', path.read_text(encoding="utf-8"), re.DOTALL).group(1)
    return json.loads(raw)["mode"]


def test_view_modes_actor_network_and_show(location, tmp_path):
    out = tmp_path / "actors.html"
    result = invoke("view", location, "-o", out, "--mode", "actors", "--focus", "Petro")
    assert result.exit_code == 0, result.output
    assert "(actor network)" in result.stderr and page_mode(out) == "actors"
    assert node_labels(out) == {
        "Gustavo Petro",
        "Scott Bessent",
        "Trump administration",
        "Colombian security forces",
        "Colombia",
    }
    result = invoke("view", location, "-o", out, "--mode", "actors", "--show", "places", "--focus", "Petro")
    assert result.exit_code == 0 and "Bogota" in node_labels(out), result.output
    result = invoke("view", location, "-o", out, "--show", "dates", "--mode", "actors")
    assert result.exit_code == 1 and "--show takes: statements, concepts, places" in result.stderr
    # auto: a small view stays at the level of events, a big one becomes the actor network
    assert invoke("view", location, "-o", out).exit_code == 0 and page_mode(out) == "events"


def test_auto_mode_draws_the_actor_network_of_a_busy_store(tmp_path):
    location = tmp_path / "big"
    with open_store(location) as store:
        store.add_extraction(big_extraction())
    out = tmp_path / "big.html"
    result = invoke("view", location, "-o", out, "--max-nodes", "50")
    assert result.exit_code == 0, result.output
    assert page_mode(out) == "actors" and "wrote" in result.stderr and "50 nodes" in result.stderr
