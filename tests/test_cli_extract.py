"""`kg extract` end to end: the JSON Lines contract and one-line errors for bad input."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLE, kg


def test_jsonl_contract_on_the_sample_article():
    proc = kg("extract", str(SAMPLE), "--format", "jsonl")
    assert proc.exit_code == 0, proc.output
    recs = [json.loads(line) for line in proc.stdout.splitlines()]
    actors = [r for r in recs if r["predicate"]["id"] == "rdf:type"]
    facts = recs[len(actors) :]
    assert actors == recs[: len(actors)] and len(facts) > 20
    for rec in recs:
        assert {"doc", "subject", "predicate", "object", "sentence", "start", "end"} <= rec.keys()
        assert {"id", "label", "type"} <= rec["subject"].keys()
        assert {"id", "label"} <= rec["predicate"].keys()
    for rec in facts:
        assert {"id", "label", "type"} <= rec["object"].keys() or {"value", "datatype"} <= rec[
            "object"
        ].keys()
        assert 0 <= rec["confidence"] <= 1
    for rec in actors:
        assert rec["object"] == {"id": f"kg:{rec['subject']['type']}", "label": rec["subject"]["type"]}
        assert rec["mentions"] >= 1 and rec["start"] <= rec["mention"][0] < rec["mention"][1] <= rec["end"]
    sanctions = [
        r
        for r in recs
        if r["predicate"]["label"] == "sanctioned" and r["object"].get("label") == "Gustavo Petro"
    ]
    assert sanctions and sanctions[0]["date"] == "2025-10-24"
    order = next(
        r for r in recs if r["predicate"]["label"] == "ordered" and r["subject"]["label"] == "Gustavo Petro"
    )
    assert order["date"] == "2025-11-11" and order["event"]
    assert any(r.get("attribution") == "Scott Bessent" for r in recs)


def test_every_actor_is_listed_once_with_or_without_a_fact(tmp_path):
    text = (
        "Acme Corp cut 300 jobs on Monday, chief executive John Smith said. "
        "Mr Smith was speaking in Paris. Union leaders in Lyon declined to comment."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    recs = [json.loads(line) for line in kg("extract", tmp_path, "--format", "jsonl").stdout.splitlines()]
    actors = {r["subject"]["label"]: r for r in recs if r["predicate"]["id"] == "rdf:type"}
    in_facts = {
        r[k].get("label") for r in recs if r["predicate"]["id"] != "rdf:type" for k in ("subject", "object")
    }
    assert {"Acme Corp", "John Smith", "Paris", "Lyon"} <= actors.keys()
    assert "Lyon" not in in_facts  # listed although no fact names it
    assert len(actors) == sum(r["predicate"]["id"] == "rdf:type" for r in recs)
    smith = actors["John Smith"]
    assert smith["mentions"] == 2 and smith["object"]["label"] == "Person"
    assert text[slice(*smith["mention"])] == "John Smith"
    assert smith["sentence"] == text[smith["start"] : smith["end"]].strip()
    assert not any(r["subject"]["type"] == "Concept" for r in actors.values())  # "jobs" is no actor


def test_min_confidence_leaves_out_the_facts_the_precision_model_doubts():
    def facts(*options: str) -> list[dict]:
        out = kg("extract", str(SAMPLE), "--format", "jsonl", *options).stdout.splitlines()
        return [r for r in map(json.loads, out) if r["predicate"]["id"] != "rdf:type"]

    every, strict = facts(), facts("--min-confidence", "0.6")
    assert 0 < len(strict) < len(every)
    assert all(r["confidence"] >= 0.6 for r in strict)
    assert {json.dumps(r, sort_keys=True) for r in strict} <= {json.dumps(r, sort_keys=True) for r in every}


def test_ids_are_stable_across_runs():
    a = kg("extract", str(SAMPLE), "--format", "jsonl").stdout
    b = kg("extract", str(SAMPLE), "--format", "jsonl").stdout
    assert a == b


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"), (b"date 2025-02-30\nText.", "not a date")],
)
def test_bad_input_is_one_line_and_nonzero(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    proc = kg("extract", str(path))
    assert proc.exit_code == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0], proc.output


def test_empty_directory_and_missing_model(tmp_path):
    proc = kg("extract", str(tmp_path))
    assert proc.exit_code == 1 and "no articles found" in proc.stderr
    proc = kg("extract", str(SAMPLE), "--model", "en_core_web_nonexistent")
    assert proc.exit_code == 1
    assert proc.stderr.strip() == (
        "kg: error: spaCy pipeline 'en_core_web_nonexistent' is not installed; "
        "install it with `pip install en-core-web-nonexistent` or pick an "
        "installed one with --model"
    )


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "--format", "xml"],
        ["query", "actors", "--format", "xml"],
        ["export", "--format", "rdfxml"],
        ["review", "--report", "--format", "csv"],
        ["stats", "--measure", "closeness"],
        ["view", "--measure", "closeness"],
        ["build", "--executor", "spark"],
        ["eval", "conll04", "--format", "csv"],
    ],
)
def test_a_bad_choice_is_a_usage_error_naming_the_choices(args):
    option, value = args[-2:]
    proc = kg(*args, SAMPLE)
    assert proc.exit_code == 2, proc.output
    assert f"Invalid value for '{option}'" in proc.stderr and f"'{value}' is not one of" in proc.stderr


def test_table_format_shows_facts():
    proc = kg("extract", str(SAMPLE), "--format", "table")
    assert proc.exit_code == 0 and "Gustavo Petro" in proc.stdout and "sanctioned" in proc.stdout


def test_one_failing_article_is_reported_and_the_rest_extracted(tmp_path, monkeypatch):
    from kg import extractor

    (tmp_path / "good.txt").write_text("Rebels attacked the village of Dara on Monday.", encoding="utf-8")
    (tmp_path / "bad.txt").write_text("Rebels attacked the town of Kora on Monday.", encoding="utf-8")
    real = extractor.extract_doc

    def flaky(doc, article, *options):
        if article.id == "bad":
            raise IndexError("list index out of range")
        return real(doc, article, *options)

    monkeypatch.setattr(extractor, "extract_doc", flaky)
    result = kg("extract", tmp_path, "--format", "jsonl")
    assert result.exit_code == 1
    docs = {json.loads(line)["doc"] for line in result.stdout.splitlines() if line.startswith("{")}
    assert docs == {"good"}
    assert "kg: warning:" in result.stderr and "bad" in result.stderr


def test_the_trained_classifier_reads_only_when_asked(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Mr Hale, 29, from north London, was originally detained in Zambia.", encoding="utf-8"
    )
    rules = {
        json.loads(line).get("rule", "")
        for line in kg("extract", tmp_path, "--format", "jsonl").stdout.splitlines()
    }
    both = {
        json.loads(line).get("rule", "")
        for line in kg("extract", tmp_path, "--format", "jsonl", "--classifier").stdout.splitlines()
    }
    assert not any(r.startswith("relclf:") for r in rules), rules
    assert any(r.startswith("relclf:") for r in both), both
