"""How far to trust the graph: precision of the reviewed facts, with 95 % Wilson intervals.

    report = build_report(store)
    print("\\n".join(report.lines()))      # or report.to_dict() for JSON and pandas

Precision is the share of facts judged right among the facts judged (skips are not verdicts). It is
given overall and per predicate, event class, extraction rule and confidence band, and a calibration
table sets each band's stated confidence beside the observed precision. Verdicts whose fact is gone
from the store (orphaned) are counted apart, since they say nothing about the graph as it is now.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.rdf import vocab
from kg.rdf.verdicts import Verdict, orphans, verdicts
from kg.review.sample import SampleItem, details

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["BANDS", "Group", "Report", "build_report", "wilson"]

#: 1.96: the standard normal quantile of a two-sided 95 % interval
Z95 = 1.959963984540054
#: confidence bands (lower bounds; the last band includes 1.0)
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)
NOT_RECORDED = "(not recorded)"


def wilson(right: int, n: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion `right / n` (95 % by default).

    Unlike the normal approximation it stays inside [0, 1] and is honest for small samples and for
    proportions near 0 or 1 (0 of 20 gives 0–16 %, not 0–0 %). `n = 0` gives the vacuous (0, 1).
    """
    if n <= 0:
        return 0.0, 1.0
    if not 0 <= right <= n:
        raise ValueError(f"right must be between 0 and n={n}, not {right}")
    p = right / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


@dataclass
class Group:
    """Verdicts of one group: how many facts were judged, how many right, their stated confidence."""

    name: str
    n: int = 0
    right: int = 0
    stated: list[float] = field(default_factory=list)

    def add(self, correct: bool, confidence: float | None) -> None:
        self.n += 1
        self.right += correct
        if confidence is not None:
            self.stated.append(confidence)

    @property
    def precision(self) -> float | None:
        return self.right / self.n if self.n else None

    @property
    def interval(self) -> tuple[float, float]:
        return wilson(self.right, self.n)

    @property
    def mean_confidence(self) -> float | None:
        return sum(self.stated) / len(self.stated) if self.stated else None

    def to_dict(self) -> dict:
        low, high = self.interval
        return {
            "name": self.name,
            "n": self.n,
            "right": self.right,
            "precision": self.precision,
            "low": low,
            "high": high,
            "mean_confidence": self.mean_confidence,
        }


def band(confidence: float | None) -> str:
    """The confidence band of a stated confidence, e.g. "0.80–0.90"."""
    if confidence is None:
        return NOT_RECORDED
    lower = max(b for b in BANDS if confidence >= b) if confidence >= 0 else 0.0
    upper = BANDS[BANDS.index(lower) + 1] if lower != BANDS[-1] else 1.0
    return f"{lower:.2f}–{upper:.2f}"


@dataclass
class Report:
    """Precision overall and by group, calibration, reasons for errors and orphaned verdicts."""

    facts: int
    overall: Group
    by: dict[str, list[Group]]
    reasons: Counter[str]
    orphaned: list[Verdict]

    def to_dict(self) -> dict:
        return {
            "facts_in_store": self.facts,
            "overall": self.overall.to_dict(),
            **{name: [g.to_dict() for g in groups] for name, groups in self.by.items()},
            "reasons": dict(self.reasons.most_common()),
            "orphaned": [
                {
                    "fact": v.fact,
                    "doc": v.doc,
                    "verdict": "right" if v.correct else "wrong",
                    "summary": v.summary,
                    "reviewer": v.reviewer,
                }
                for v in self.orphaned
            ],
        }

    def overall_line(self) -> str:
        """One line for `kg stats`."""
        if not self.overall.n:
            line = f"no verdicts on the {self.facts} facts yet (kg review)"
        else:
            low, high = self.overall.interval
            line = (
                f"precision {_pct(self.overall.precision)} % (95 % CI {_pct(low)}–{_pct(high)} %), "
                f"{self.overall.right} of {self.overall.n} reviewed facts right, {self.facts} facts in the store"
            )
        return line + (f", {len(self.orphaned)} orphaned verdict(s)" if self.orphaned else "")

    def lines(self) -> list[str]:
        """The report as aligned text for people."""
        out = [f"Reviewed facts: {self.overall_line()}", ""]
        titles = {
            "predicate": "By predicate",
            "event_class": "By event class",
            "rule": "By extraction rule",
            "confidence": "By stated confidence",
        }
        for key, title in titles.items():
            out += _table(
                title,
                ("n", "right", "precision", "95 % CI"),
                [(g.name, str(g.n), str(g.right), _pct(g.precision), _ci(g)) for g in self.by[key]],
            )
        rows = []
        for g in self.by["confidence"]:
            stated, seen = g.mean_confidence, g.precision
            gap = f"{100 * (seen - stated):+.1f}" if stated is not None and seen is not None else ""
            rows.append((g.name, str(g.n), _pct(stated), _pct(seen), _ci(g), gap))
        out += _table(
            "Calibration (stated confidence vs observed precision, points)",
            ("n", "stated", "observed", "95 % CI", "gap"),
            rows,
        )
        error = self.calibration_error()
        if error is not None:
            out.insert(len(out) - 1, f"expected calibration error: {100 * error:.1f} points")
        if self.reasons:
            labels = {code: label for code, (_, label) in vocab.error_reasons().items()}
            total = sum(self.reasons.values())
            out += _table(
                "Why facts were wrong",
                ("n", "share"),
                [
                    (labels.get(r, r or "(no reason given)"), str(n), _pct(n / total))
                    for r, n in self.reasons.most_common()
                ],
            )
        if self.orphaned:
            out.append(f"Orphaned verdicts ({len(self.orphaned)}): their fact is no longer in the store")
            out += [
                f"  {'right' if v.correct else 'wrong'}  {v.doc}: {v.summary or v.fact}  ({v.fact})"
                for v in self.orphaned
            ]
        return out[:-1] if out and out[-1] == "" else out

    def calibration_error(self) -> float | None:
        """Mean |observed precision − mean stated confidence| over the bands, weighted by their size."""
        bands = [
            (g.n, g.right / g.n, g.mean_confidence)
            for g in self.by["confidence"]
            if g.mean_confidence is not None and g.n
        ]
        n = sum(size for size, _, _ in bands)
        if not n:
            return None
        return sum(size * abs(seen - stated) for size, seen, stated in bands) / n


def _pct(value: float | None) -> str:
    return "" if value is None else f"{100 * value:.1f}"


def _ci(g: Group) -> str:
    low, high = g.interval
    return f"{_pct(low)}–{_pct(high)}" if g.n else ""


def _table(title: str, columns: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> list[str]:
    if not rows:
        return []
    header = ("", *columns)
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(row: tuple[str, ...]) -> str:
        cells = (c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths)))
        return ("  " + "  ".join(cells)).rstrip()

    return [title, line(header), *[line(r) for r in rows], ""]


def _groups(pairs: Iterable[tuple[SampleItem, Verdict]], key: Callable[[SampleItem], str]) -> list[Group]:
    groups: dict[str, Group] = {}
    for item, verdict in pairs:
        name = key(item)
        groups.setdefault(name, Group(name)).add(verdict.correct, item.confidence)
    return sorted(groups.values(), key=lambda g: (-g.n, g.name))


def build_report(store: Store) -> Report:
    """The precision report of every current verdict in `store`."""
    found = verdicts(store)
    lost = orphans(store, found)
    lost_facts = {v.fact for v in lost}
    items = {item.fact: item for item in details(store, [f for f in found if f not in lost_facts])}
    pairs = [(items[f], v) for f, v in found.items() if f in items]
    overall = Group("all")
    for item, verdict in pairs:
        overall.add(verdict.correct, item.confidence)
    by_band: dict[str, Group] = {}
    for item, verdict in pairs:
        name = band(item.confidence)
        by_band.setdefault(name, Group(name)).add(verdict.correct, item.confidence)
    facts = int(
        store.query(f"SELECT (COUNT(?f) AS ?n) WHERE {{ GRAPH ?g {{ ?f a <{vocab.KG.Fact}> }} }}").rows[0][0]
        or 0
    )
    return Report(
        facts=facts,
        overall=overall,
        by={
            "predicate": _groups(pairs, lambda i: i.predicate),
            "event_class": _groups(pairs, lambda i: i.event_class or "(no event)"),
            "rule": _groups(pairs, lambda i: i.rule or NOT_RECORDED),
            "confidence": sorted(by_band.values(), key=lambda g: g.name),
        },
        reasons=Counter(v.reason for _, v in pairs if not v.correct),
        orphaned=lost,
    )
