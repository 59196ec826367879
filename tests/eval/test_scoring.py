"""The pure P/R/F1 arithmetic, on hand-made span tuples whose scores are known exactly."""

from __future__ import annotations

import pytest

from kg.errors import EvalError
from kg.eval.scoring import Item, head_match, match, prf, score


def rel(kind: str, head: tuple[int, int], tail: tuple[int, int]) -> Item:
    return Item(kind, (head, tail))


def test_prf_known_values():
    assert prf(2, 2, 1) == pytest.approx({"precision": 0.5, "recall": 2 / 3, "f1": 4 / 7})
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert prf(0, 3, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 2), (1, 2), True),  # "George Bush" ~ "Bush"
        ((3, 6), (3, 4), True),  # "Staunton , Va" ~ "Staunton": the longer span holds the other's last token
        ((0, 3), (1, 2), True),  # any shared token
        ((0, 2), (2, 4), False),  # adjacent, no shared token
        ((4, 5), (4, 5), True),
    ],
)
def test_head_match(a, b, expected):
    assert head_match(a, b) is expected
    assert head_match(b, a) is expected


def test_strict_micro_and_per_type():
    gold = [
        [rel("Kill", (0, 2), (3, 5))],
        [rel("OrgBased_In", (0, 2), (5, 6)), rel("Work_For", (8, 10), (0, 2))],
    ]
    pred = [
        [rel("Kill", (0, 2), (4, 5))],  # tail span too short: wrong under strict
        [
            rel("OrgBased_In", (0, 2), (5, 6)),
            rel("Work_For", (8, 10), (0, 2)),
            rel("Live_In", (8, 10), (5, 6)),
        ],
    ]
    scores = score(gold, pred, types=["Located_In"])
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (2, 2, 1)
    assert scores.micro.prf() == pytest.approx({"precision": 0.5, "recall": 2 / 3, "f1": 4 / 7})
    per = scores.to_dict()["per_type"]
    assert set(per) == {"Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For"}
    assert per["Kill"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert per["Live_In"]["fp"] == 1 and per["Live_In"]["fn"] == 0
    assert per["Located_In"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert per["Work_For"]["f1"] == 1.0

    lenient = score(gold, pred, lenient=True)
    assert (lenient.micro.tp, lenient.micro.fp, lenient.micro.fn) == (3, 1, 0)
    assert lenient.micro.prf()["f1"] == pytest.approx(6 / 7)


def test_type_must_agree_even_when_spans_do():
    gold = [[Item("Peop", ((0, 2),))]]
    pred = [[Item("Org", ((0, 2),))]]
    for lenient in (False, True):
        s = score(gold, pred, lenient=lenient)
        assert (s.micro.tp, s.micro.fp, s.micro.fn) == (0, 1, 1)


def test_duplicates_count_once():
    gold = [[Item("Loc", ((1, 2),)), Item("Loc", ((1, 2),))]]
    pred = [[Item("Loc", ((1, 2),)), Item("Loc", ((1, 2),))]]
    s = score(gold, pred)
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 0, 0)


def test_lenient_matching_is_one_to_one_and_prefers_exact():
    gold = [[Item("Peop", ((0, 2),))]]
    pred = [[Item("Peop", ((1, 2),)), Item("Peop", ((0, 2),))]]  # both head-match; the exact one wins
    pairs = match(gold[0], pred[0], lenient=True)
    assert pairs == [(Item("Peop", ((0, 2),)), Item("Peop", ((0, 2),)))]
    s = score(gold, pred, lenient=True)
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (1, 1, 0)


def test_relation_direction_matters():
    gold = [[rel("Work_For", (0, 1), (3, 4))]]
    pred = [[rel("Work_For", (3, 4), (0, 1))]]
    assert score(gold, pred, lenient=True).micro.tp == 0


def test_documents_are_scored_separately():
    gold = [[Item("Loc", ((0, 1),))], []]
    pred = [[], [Item("Loc", ((0, 1),))]]
    s = score(gold, pred)
    assert (s.micro.tp, s.micro.fp, s.micro.fn) == (0, 1, 1)


def test_misaligned_documents_raise():
    with pytest.raises(EvalError, match="align"):
        score([[]], [[], []])
