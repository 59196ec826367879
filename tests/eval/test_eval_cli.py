"""`kg eval` through typer's CliRunner: JSON shape, table summary, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.eval import conll04
from tests.conftest import kg
from tests.eval.conftest import fake_extractions

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


@pytest.fixture
def fake_extractor(monkeypatch):
    """Score the tiny fixture with hand-made extractions instead of the model (numbers known exactly)."""

    def evaluate(sentences, *, nlp=None, model=None):
        return conll04.score_sentences(sentences, fake_extractions(sentences))

    monkeypatch.setattr(conll04, "evaluate", evaluate)


def test_conll04_json_shape(fake_extractor):
    result = runner.invoke(app, ["eval", "conll04", str(FIXTURES / "conll04_tiny.json"), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report) == {"relations", "entities", "sentences"}
    assert report["sentences"] == 2
    for what, labels in (("relations", conll04.RELATION_LABELS), ("entities", conll04.ENTITY_LABELS)):
        assert set(report[what]) == {"strict", "lenient"}
        for mode in ("strict", "lenient"):
            assert set(report[what][mode]) == {"micro", "per_type"}
            assert set(report[what][mode]["micro"]) == {"precision", "recall", "f1"}
            assert set(report[what][mode]["per_type"]) == set(labels)
            for row in report[what][mode]["per_type"].values():
                assert set(row) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert report["relations"]["strict"]["micro"]["f1"] == pytest.approx(4 / 7)


def test_conll04_table_ends_with_four_summary_lines(fake_extractor, tmp_path):
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(
        app, ["eval", "conll04", str(FIXTURES / "conll04_tiny.json"), "--errors", str(errors)]
    )
    assert result.exit_code == 0, result.output
    last = result.output.rstrip("\n").splitlines()[-4:]
    assert last[0].startswith("relations strict") and "F1  57.1" in last[0]
    assert last[1].startswith("relations lenient") and "F1  85.7" in last[1]
    assert last[2].startswith("entities  strict") and "F1  83.3" in last[2]
    assert last[3] == "sentences 2"
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert records[0]["missed_relations"] == ["Kill(John Smith, Bob Jones)"]
    assert records[0]["spurious_relations"] == ["Kill(John Smith, Jones)"]


def test_conll04_real_extractor_runs_end_to_end():
    result = runner.invoke(app, ["eval", "conll04", str(FIXTURES / "conll04_tiny.json"), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["sentences"] == 2


def test_malformed_conll04_file_is_one_line_exit_1():
    result = kg("eval", "conll04", FIXTURES / "conll04_bad.json")
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.count("\n") == 1 and err.startswith("kg: error:") and "sentence 0: malformed" in err


def test_facts_from_triples_file():
    result = runner.invoke(
        app,
        [
            "eval",
            "facts",
            str(FIXTURES / "facts_gold.json"),
            "--triples",
            str(FIXTURES / "facts_triples.jsonl"),
        ],
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].startswith("fact F01: found")
    assert lines[-2] == "unreadable lines: 1"
    assert lines[-1] == "facts 2/4  merged 2/3  typed 2/3  junk 12.5%  triples 4"


def test_facts_json():
    args = [
        "eval",
        "facts",
        str(FIXTURES / "facts_gold.json"),
        "--triples",
        str(FIXTURES / "facts_triples.jsonl"),
    ]
    result = runner.invoke(app, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert (
        report["facts"] == {"found": 2, "of": 4} and report["merged"] == 2 and report["unreadable_lines"] == 1
    )


def test_facts_needs_articles_or_triples():
    result = runner.invoke(app, ["eval", "facts", str(FIXTURES / "facts_gold.json")])
    assert result.exit_code == 2


def test_malformed_facts_gold_is_one_line_exit_1(tmp_path):
    bad = tmp_path / "gold.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    result = kg("eval", "facts", bad, "--triples", FIXTURES / "facts_triples.jsonl")
    assert result.exit_code == 1, result.output
    err = result.stderr
    assert err.count("\n") == 1 and err.startswith("kg: error:") and "not a reference-facts file" in err
