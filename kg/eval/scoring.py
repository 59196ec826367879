"""Precision, recall and F1 over gold and predicted items, per document, strict or lenient.

An item is a labelled tuple of token spans: an entity is `Item("Peop", ((3, 5),))`, a relation is
`Item("Kill", ((0, 2), (7, 9)))` (head span, tail span). Spans are `(start, end)` token offsets with
`end` exclusive. Nothing here knows about spaCy or the extractor, so the arithmetic can be tested on
hand-made tuples.

Matching rules:

- **strict**: same type and every span identical.
- **lenient**: same type and every span pair *head-matches*. The head of an English name or noun
  phrase is its last token; two spans head-match when either contains the other's last token, which
  is the same as sharing at least one token (`"George Bush"` ~ `"Bush"`, `"President Kennedy"` ~
  `"Kennedy"`, `"Staunton , Va"` ~ `"Staunton"`, but not `"Bush"` ~ `"Quayle"` next to it). This forgives
  titles, first names and trailing punctuation that CoNLL04 includes or we strip. Lenient matching is
  one-to-one: exact matches are paired first, then the remaining items greedily in document order,
  so a prediction never counts twice and lenient scores are never below strict ones.

Duplicates within one document are counted once (a set of gold and a set of predicted items).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.errors import EvalError

__all__ = ["Counts", "Item", "Scores", "head_match", "match", "prf", "score"]

Span = tuple[int, int]


class Item(NamedTuple):
    """One gold or predicted annotation: a type and its token spans."""

    type: str
    spans: tuple[Span, ...]


@dataclass
class Counts:
    """True positives, false positives and false negatives of one type (or all types)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> dict[str, float]:
        """Precision, recall and F1 of these counts."""
        return prf(self.tp, self.fp, self.fn)


@dataclass
class Scores:
    """Counts per type plus their micro sum."""

    per_type: dict[str, Counts] = field(default_factory=dict)

    @property
    def micro(self) -> Counts:
        """The counts summed over all types."""
        total = Counts()
        for counts in self.per_type.values():
            total.tp += counts.tp
            total.fp += counts.fp
            total.fn += counts.fn
        return total

    def to_dict(self) -> dict:
        """`{"micro": {precision, recall, f1}, "per_type": {TYPE: {precision, recall, f1, tp, fp, fn}}}`."""
        return {
            "micro": self.micro.prf(),
            "per_type": {
                name: {**c.prf(), "tp": c.tp, "fp": c.fp, "fn": c.fn}
                for name, c in sorted(self.per_type.items())
            },
        }


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1 from counts; a ratio with a zero denominator is 0.0.

    Args:
        tp: true positives.
        fp: false positives.
        fn: false negatives.

    Returns:
        `{"precision": p, "recall": r, "f1": f}`.
    """
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def head_match(a: Span, b: Span) -> bool:
    """Whether two token spans head-match: either contains the other's last token (they overlap).

    Args:
        a: `(start, end)` token span, end exclusive.
        b: another span.

    Returns:
        True when `a` contains `b`'s last token or `b` contains `a`'s last token.
    """
    return a[0] <= b[1] - 1 < a[1] or b[0] <= a[1] - 1 < b[1]


def _lenient_equal(gold: Item, pred: Item) -> bool:
    return (
        gold.type == pred.type
        and len(gold.spans) == len(pred.spans)
        and all(head_match(g, p) for g, p in zip(gold.spans, pred.spans))
    )


def match(gold: Iterable[Item], pred: Iterable[Item], *, lenient: bool = False) -> list[tuple[Item, Item]]:
    """Pair gold and predicted items of one document one-to-one.

    Args:
        gold: the gold items (duplicates are counted once).
        pred: the predicted items (duplicates are counted once).
        lenient: also pair items whose spans only head-match (see the module docstring).

    Returns:
        The `(gold, pred)` pairs, exact pairs first.
    """
    gold_set, pred_set = _unique(gold), _unique(pred)
    exact = set(pred_set)
    pairs = [(g, g) for g in gold_set if g in exact]
    if not lenient:
        return pairs
    taken = {g for g, _ in pairs}
    free = [p for p in pred_set if p not in taken]
    for g in gold_set:
        if g in taken:
            continue
        hit = next((p for p in free if _lenient_equal(g, p)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs


def score(
    gold: Sequence[Iterable[Item]],
    pred: Sequence[Iterable[Item]],
    *,
    lenient: bool = False,
    types: Iterable[str] = (),
) -> Scores:
    """Score predicted against gold items, document by document.

    Args:
        gold: one iterable of gold items per document.
        pred: one iterable of predicted items per document, aligned with `gold`.
        lenient: use head matching instead of exact spans (see the module docstring).
        types: types always reported in `per_type`, even with no gold or predicted item.

    Returns:
        Counts per type; `Scores.micro` sums them.

    Raises:
        EvalError: if `gold` and `pred` do not have the same number of documents.
    """
    if len(gold) != len(pred):
        raise EvalError(f"{len(gold)} gold documents but {len(pred)} predicted ones; align them by index")
    per_type: dict[str, Counts] = {name: Counts() for name in types}
    for gold_items, pred_items in zip(gold, pred):
        gold_set, pred_set = _unique(gold_items), _unique(pred_items)
        tp = Counter(g.type for g, _ in match(gold_set, pred_set, lenient=lenient))
        n_gold = Counter(g.type for g in gold_set)
        n_pred = Counter(p.type for p in pred_set)
        for name in n_gold.keys() | n_pred.keys():
            counts = per_type.setdefault(name, Counts())
            counts.tp += tp[name]
            counts.fp += n_pred[name] - tp[name]
            counts.fn += n_gold[name] - tp[name]
    return Scores(per_type)


def _unique(items: Iterable[Item]) -> list[Item]:
    """Items without duplicates, in first-seen order (order makes greedy matching reproducible)."""
    return list(dict.fromkeys(Item(i[0], tuple((s[0], s[1]) for s in i[1])) for i in items))
