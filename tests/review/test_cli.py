"""`kg review` through typer's CliRunner: the prompt loop, export → fill → import, report, stats,
and (slow) verdicts on the real sample article surviving `kg build --force`."""

from __future__ import annotations

import json

import pytest

from kg.rdf import vocab
from kg.rdf.store import open_store
from kg.rdf.verdicts import verdicts
from tests.conftest import SAMPLE, kg
from tests.rdf.conftest import sample_extraction
from tests.views.conftest import second_extraction
from tests.views.test_cli import node_labels


@pytest.fixture
def location(tmp_path):
    path = tmp_path / "store"
    with open_store(path) as store:
        store.add_extraction(sample_extraction())
        store.add_extraction(second_extraction())
    return path


def current(location) -> dict:
    with open_store(location, read_only=True) as store:
        return verdicts(store)


def test_the_prompt_loop_records_answers_and_q_keeps_them(location):
    # right; wrong with reason 4 (wrong direction); an invalid key, then skip; wrong with no reason; quit
    result = kg(
        "review",
        "--store",
        location,
        "--sample",
        "8",
        "--seed",
        "5",
        "--reviewer",
        "ana",
        input="r\nw\n4\nx\ns\nwrong\n\nq\n",
    )
    assert result.exit_code == 0, result.output
    assert "[1/8]" in result.stdout and "[5/8]" in result.stdout and "[6/8]" not in result.stdout
    assert "please answer r, w, s or q" in result.stdout
    assert "recorded 3 verdict(s) (1 right, 2 wrong), 1 skipped; stopped early" in result.stdout
    found = current(location)
    assert sorted((v.correct, v.reason) for v in found.values()) == [
        (False, ""),
        (False, "wrong-direction"),
        (True, ""),
    ]
    assert {v.reviewer for v in found.values()} == {"ana"}
    # the sentence and the hedges are shown with each fact
    assert "“" in result.stdout and "confidence: 0.90" in result.stdout


def test_end_of_input_stops_like_q(location):
    result = kg("review", "--store", location, "--sample", "3", "--seed", "1", input="r\n")
    assert result.exit_code == 0, result.output
    assert "recorded 1 verdict(s)" in result.stdout and len(current(location)) == 1


def test_export_fill_import_round_trip(location, tmp_path):
    sample = tmp_path / "sample.jsonl"
    result = kg("review", "--store", location, "--sample", "6", "--seed", "9", "--export", sample)
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in sample.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6 and all(r["verdict"] == "" for r in records)
    again = kg("review", "--store", location, "--sample", "6", "--seed", "9", "--export", "-")
    assert [json.loads(line)["fact"] for line in again.stdout.splitlines()] == [r["fact"] for r in records]
    records[0] |= {"verdict": "right"}
    records[1] |= {"verdict": "wrong", "reason": "not stated", "note": "the sentence says the reverse"}
    records[2] |= {"verdict": "wrong", "reason": "9"}
    records[3] |= {"verdict": "skip"}
    sample.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = kg("review", "--store", location, "--import", sample, "--reviewer", "ben")
    assert result.exit_code == 0, result.output
    assert "recorded 3 verdict(s) (1 right, 2 wrong)" in result.stdout
    found = current(location)
    assert {f: (v.correct, v.reason, v.note) for f, v in found.items()} == {
        records[0]["fact"]: (True, "", ""),
        records[1]["fact"]: (False, "not-stated", "the sentence says the reverse"),
        records[2]["fact"]: (False, "wrong-number", ""),
    }
    report = kg("review", "--store", location, "--report", "--format", "json")
    assert report.exit_code == 0, report.output
    data = json.loads(report.stdout)
    assert (data["overall"]["n"], data["overall"]["right"], data["facts_in_store"]) == (3, 1, 16)
    assert "precision 33.3 %" in kg("review", "--store", location, "--report").stdout
    assert "precision 33.3 %" in kg("stats", "--store", location).stdout


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"fact": "https://kg.example.org/id/fact/x/1", "verdict": "maybe"}', ":1: verdict 'maybe'"),
        (
            '{"fact": "https://kg.example.org/id/fact/x/1", "verdict": "wrong", "reason": "typo"}',
            ":1: unknown reason 'typo'",
        ),
        ('{"fact": "https://example.org/not-a-fact", "verdict": "right"}', "is not a fact IRI"),
        ("not json", ":1: not JSON"),
    ],
)
def test_a_bad_verdicts_file_is_one_line_and_exit_1(location, tmp_path, line, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    proc = kg("review", "--store", location, "--import", bad)
    assert proc.exit_code == 1, proc.output
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error:") and message in lines[0], proc.stderr
    assert current(location) == {}, "nothing is recorded from a file with a bad line"


def test_rejected_facts_leave_export_and_view_through_the_cli(location, tmp_path):
    sample = tmp_path / "s.jsonl"
    kg(
        "review",
        "--store",
        location,
        "--sample",
        "50",
        "--seed",
        "1",
        "--predicate",
        "sanctioned",
        "--export",
        sample,
    )
    (record,) = [json.loads(line) for line in sample.read_text().splitlines()]
    sample.write_text(json.dumps(record | {"verdict": "wrong"}) + "\n")
    assert kg("review", "--store", location, "--import", sample).exit_code == 0
    assert "kg:sanctioned" not in kg("export", "--format", "ttl", "--store", location).stdout
    assert (
        "kg:sanctioned" in kg("export", "--format", "ttl", "--include-rejected", "--store", location).stdout
    )
    assert "kg:Verdict" in kg("export", "--format", "trig", "--verdicts", "--store", location).stdout
    out = tmp_path / "v.html"
    assert kg("view", "--store", location, "-o", out).exit_code == 0
    assert "financial sanctions" not in node_labels(out)
    assert kg("view", "--store", location, "-o", out, "--include-rejected").exit_code == 0
    assert "financial sanctions" in node_labels(out)
    who = kg("query", "who-did-what-to-whom", "--format", "json", "--store", location)
    assert "sanctioned" not in {r["predicate"] for r in json.loads(who.stdout)}
    who = kg("query", "who-did-what-to-whom", "--include-rejected", "--format", "json", "--store", location)
    assert "sanctioned" in {r["predicate"] for r in json.loads(who.stdout)}
    sparql = kg(
        "query",
        f"SELECT ?f WHERE {{ GRAPH <{vocab.VERDICT_GRAPH}> {{ ?v <{vocab.KG.reviewedFact}> ?f }} }}",
        "--store",
        location,
    )
    assert record["fact"].rsplit("/", 1)[1] in sparql.stdout, "SPARQL users see the verdict graph"


@pytest.mark.slow
def test_verdicts_on_the_real_article_survive_a_rebuild(tmp_path):
    location, sample = tmp_path / "store", tmp_path / "s.jsonl"
    assert kg("build", SAMPLE, "--store", location).exit_code == 0
    assert (
        kg("review", "--store", location, "--sample", "10", "--seed", "1", "--export", sample).exit_code == 0
    )
    records = [json.loads(line) | {"verdict": "right"} for line in sample.read_text().splitlines()]
    assert len(records) == 10 and all(r["rule"] for r in records), "every fact says which rule made it"
    sample.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert kg("review", "--store", location, "--import", sample).exit_code == 0
    rebuilt = kg("build", SAMPLE, "--store", location, "--force")
    assert rebuilt.exit_code == 0 and "built 1 article(s)" in rebuilt.output
    report = json.loads(kg("review", "--store", location, "--report", "--format", "json").stdout)
    assert report["overall"]["n"] == 10 and report["orphaned"] == []
