"""Wilson intervals against published values, and the precision report's groups."""

from __future__ import annotations

import pytest

from kg.rdf.verdicts import Verdict, record
from kg.review.report import band, build_report, wilson
from tests.rdf.conftest import sample_extraction
from tests.review.conftest import facts_of


@pytest.mark.parametrize(
    ("right", "n", "low", "high"),
    [
        # Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0, 0.1611),
        (1, 29, 0.0061, 0.1718),
        # symmetric cases
        (0, 10, 0.0, 0.2775),
        (10, 10, 0.7225, 1.0),
        (50, 100, 0.4038, 0.5962),
    ],
)
def test_wilson_interval_matches_known_values(right, n, low, high):
    got = wilson(right, n)
    assert got == pytest.approx((low, high), abs=5e-5)


def test_wilson_edge_cases():
    assert wilson(0, 0) == (0.0, 1.0)
    with pytest.raises(ValueError):
        wilson(3, 2)


def test_confidence_bands():
    assert [band(c) for c in (0.1, 0.5, 0.85, 0.9, 1.0, None)] == [
        "0.00–0.50",
        "0.50–0.60",
        "0.80–0.90",
        "0.90–1.00",
        "0.90–1.00",
        "(not recorded)",
    ]


def test_report_groups_precision_by_predicate_class_rule_and_band(store):
    facts = facts_of(sample_extraction())
    iri = {summary: fact for fact, summary in facts.items()}
    record(
        store,
        [
            Verdict(iri["Trump administration sanctioned Gustavo Petro"], True, reviewer="ana"),
            Verdict(iri["US military killed people"], False, "wrong-number", reviewer="ana"),
            Verdict(iri["Gustavo Petro ordered Colombian security forces"], True, reviewer="ana"),
            Verdict(iri["critics liken extrajudicial executions"], False, "wrong-relation", reviewer="ana"),
        ],
    )
    report = build_report(store)
    assert (report.overall.n, report.overall.right) == (4, 2)
    assert report.overall.interval == pytest.approx(wilson(2, 4))
    by_pred = {g.name: (g.n, g.right) for g in report.by["predicate"]}
    assert by_pred["killed"] == (1, 0) and by_pred["sanctioned"] == (1, 1)
    assert {g.name for g in report.by["event_class"]} == {"Killing", "Sanction", "Order", "(no event)"}
    assert [g.name for g in report.by["rule"]] == ["(not recorded)"]  # the hand-made facts record none
    assert {g.name: g.n for g in report.by["confidence"]} == {"0.90–1.00": 4}  # prov() gives 0.9
    assert dict(report.reasons) == {"wrong-number": 1, "wrong-relation": 1}
    text = "\n".join(report.lines())
    for heading in (
        "By predicate",
        "By event class",
        "By extraction rule",
        "Calibration",
        "Why facts were wrong",
    ):
        assert heading in text
    assert "precision 50.0 % (95 % CI 15.0–85.0 %)" in text
    assert report.to_dict()["overall"]["right"] == 2
