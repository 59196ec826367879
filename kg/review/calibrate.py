"""Train the precision model (`kg.nlp.precision`) on reviewed facts: `kg train precision VERDICTS…`.

The data are `kg review` records with a verdict (the blind audits under `eval/audits/`): each is turned
into the `FactView` the extractor makes of a relation, and a logistic regression (L2-regularised, fitted
by gradient descent: a few thousand facts and a hundred features need nothing bigger) learns how likely
a fact with those features is right. Folds by file (one audit's articles never on both sides) measure
what the threshold keeps and how many of the kept facts are right on audits the model did not see.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import numpy as np

from kg.errors import InputError
from kg.nlp.precision import FactView, PrecisionModel, features
from kg.terms import NAMESPACE

__all__ = ["load_verdicts", "train", "view_of_record"]

_VERDICTS = {"right": 1.0, "wrong": 0.0}


def view_of_record(rec: dict) -> FactView:
    """The `FactView` of a `kg review --export` record."""

    def span(key: str) -> tuple[int, int] | None:
        value = rec.get(key)
        return (int(value[0]), int(value[1])) if value else None

    return FactView(
        subject_label=rec["subject"].get("label") or "",
        subject_type=rec["subject"].get("type") or "",
        predicate_label=rec["predicate"].get("label") or "",
        ontology=(rec["predicate"].get("iri") or "").startswith(NAMESPACE),
        object_label=rec["object"].get("label") or "",
        object_type=rec["object"].get("type") or "literal",
        sentence=rec.get("sentence") or "",
        subject_span=span("subject_span"),
        object_span=span("object_span"),
        modality=rec.get("modality") or "",
        attributed=bool(rec.get("attribution")),
        negated=bool(rec.get("negated")),
        dated=bool(rec.get("date")),
        event_class=rec.get("event_class") or "",
    )


def load_verdicts(paths: Iterable[Path]) -> list[list[tuple[FactView, float]]]:
    """The judged facts of each file (right → 1, wrong → 0; skipped and unjudged facts, and records that
    are not facts, such as a Person audit's, are left out).

    Raises:
        InputError: a file cannot be read or holds a line that is not JSON.
    """
    out = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            recs = [json.loads(line) for line in lines if line.strip()]
        except (OSError, ValueError) as exc:
            raise InputError(
                f"{path}: cannot read verdicts ({exc}); give `kg review --export` files"
            ) from exc
        out.append(
            [
                (view_of_record(rec), _VERDICTS[rec["verdict"]])
                for rec in recs
                if isinstance(rec, dict) and "predicate" in rec and rec.get("verdict") in _VERDICTS
            ]
        )
    return out


def _fit(
    rows: Sequence[tuple[FactView, float]], l2: float, steps: int = 3000, rate: float = 0.5
) -> PrecisionModel:
    names = sorted({name for view, _ in rows for name in features(view)})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, (view, _) in enumerate(rows):
        for name, value in features(view).items():
            x[i, column[name]] = value
    y = np.array([label for _, label in rows])
    w = np.zeros(len(names))
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= rate * (x.T @ (p - y) + l2 * w) / len(y)
    return PrecisionModel(dict(zip(names, map(float, w))), {})


def _measure(
    model: PrecisionModel, rows: Sequence[tuple[FactView, float]], threshold: float
) -> tuple[int, int]:
    """How many of `rows` the model keeps at `threshold`, and how many of those are right."""
    keep = [label for view, label in rows if model.probability(view) >= threshold]
    return len(keep), int(sum(keep))


def train(
    paths: Sequence[Path],
    held_out: Sequence[Path] = (),
    l2: float = 5.0,
    folds: int = 5,
    threshold: float = 0.5,
    log: Callable[[str], None] = lambda line: None,
) -> PrecisionModel:
    """Fit the model on every judged fact of `paths` and `held_out`, after measuring it: trained on `paths`
    (less any file held out) and tried on `held_out` when given (the latest audits, to see the model on today's output),
    else in `folds` folds by file.

    Raises:
        InputError: fewer judged files than folds, or none held out.
    """
    excluded = set(held_out)
    files = [rows for rows in load_verdicts(p for p in paths if p not in excluded) if rows]
    later = [row for rows in load_verdicts(held_out) for row in rows]
    if held_out and not later:
        raise InputError("the held-out files hold no judged fact")
    if len(files) < (2 if later else max(folds, 2)):
        raise InputError(f"{len(files)} files with judged facts: give more")
    if later:
        kept, right = _measure(_fit([row for rows in files for row in rows], l2), later, threshold)
        total, how = len(later), f"{len(held_out)} held-out files"
    else:
        kept = right = total = 0
        for k in range(folds):
            model = _fit([row for i, rows in enumerate(files) if i % folds != k for row in rows], l2)
            held = [row for i, rows in enumerate(files) if i % folds == k for row in rows]
            n, r = _measure(model, held, threshold)
            kept, right, total = kept + n, right + r, total + len(held)
        how = f"{folds} folds by file"
    rows = [row for rows in files for row in rows] + later
    base = sum(label for _, label in rows) / len(rows)
    held_base = sum(label for _, label in later) / len(later) if later else base
    about = {
        "files": len(files) + len(held_out),
        "facts": len(rows),
        "right": round(base, 4),
        "l2": l2,
        "measured": {
            "on": how,
            "facts": total,
            "right": round(held_base, 4),
            "threshold": threshold,
            "kept": round(kept / total, 4),
            "precision_of_kept": round(right / max(1, kept), 4),
        },
    }
    log(
        f"{len(rows)} judged facts, {base:.1%} right; on {how} ({total} facts, {held_base:.1%} right) "
        f"confidence ≥ {threshold} keeps {kept / total:.1%}, of them {right / max(1, kept):.1%} right"
    )
    return PrecisionModel(_fit(rows, l2).weights, about)
