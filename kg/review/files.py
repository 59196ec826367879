"""The sample as JSON Lines, for scripts, notebooks and reviewers who prefer an editor.

    kg review --sample 50 --seed 7 --export sample.jsonl    # one object per fact, "verdict": ""
    kg review --import sample.jsonl                          # records the filled-in verdicts

Each line is `SampleItem.record()`. To judge a fact, set "verdict" to "right" or "wrong" (also
accepted: y/yes/correct/true, n/no/incorrect/false) and, for a wrong one, optionally "reason" to a
short code or label of `kg review --reasons` and "note" to free text. Lines left with an empty
verdict or "skip" are not verdicts. "reviewer" on a line overrides the importer's name.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from kg.errors import InputError
from kg.rdf import vocab
from kg.rdf.verdicts import Verdict
from kg.review.sample import SampleItem

__all__ = ["parse_reason", "parse_verdict", "read_verdicts", "verdict_from_record", "write_sample"]

_RIGHT = {"right", "r", "y", "yes", "correct", "true", "ok"}
_WRONG = {"wrong", "w", "n", "no", "incorrect", "false"}
_SKIP = {"", "skip", "s", "?"}


def parse_verdict(value: object) -> bool | None:
    """True (right), False (wrong) or None (not judged) for a verdict as written.

    Raises:
        InputError: anything else.
    """
    if isinstance(value, bool):
        return value
    text = str(value if value is not None else "").strip().lower()
    if text in _RIGHT:
        return True
    if text in _WRONG:
        return False
    if text in _SKIP:
        return None
    raise InputError(f"verdict {value!r} is neither right, wrong nor empty/skip")


def parse_reason(value: object) -> str:
    """The short code of a reason given as code, label or number in the list (empty: none).

    Raises:
        InputError: an unknown reason (the message lists the known ones).
    """
    text = str(value or "").strip().lower()
    if not text:
        return ""
    reasons = vocab.error_reasons()
    by_name = {code: code for code in reasons} | {label: code for code, (_, label) in reasons.items()}
    by_name |= {str(i): code for i, code in enumerate(reasons, 1)}
    by_name |= {code.replace("-", " "): code for code in reasons} | {
        code.replace("wrong-", ""): code for code in reasons
    }
    if text in by_name:
        return by_name[text]
    raise InputError(f"unknown reason {value!r}; use one of: " + ", ".join(reasons))


def write_sample(items: Iterable[SampleItem], out: IO[str]) -> int:
    """Write one JSON object per sampled fact; returns how many."""
    n = 0
    for item in items:
        out.write(json.dumps(item.record(), ensure_ascii=False) + "\n")
        n += 1
    return n


def _summary(record: dict) -> str:
    def label(node: object) -> str:
        return str(node.get("label", "")) if isinstance(node, dict) else str(node or "")

    parts = [label(record.get(k)) for k in ("subject", "predicate", "object")]
    return " ".join(p for p in parts if p)


def verdict_from_record(record: dict, reviewer: str, now: dt.datetime | None = None) -> Verdict | None:
    """The verdict of one filled-in sample record (a dict as `SampleItem.record()` writes it, e.g. a
    pandas row), or None when it is not judged.

    Raises:
        InputError: no fact, or an unknown verdict or reason.
    """
    if not isinstance(record, dict) or not record.get("fact"):
        raise InputError('each record must be a JSON object with a "fact" IRI (from --export)')
    correct = parse_verdict(record.get("verdict"))
    if correct is None:
        return None
    reason = "" if correct else parse_reason(record.get("reason"))
    return Verdict(
        fact=str(record["fact"]),
        correct=correct,
        reason=reason,
        note=str(record.get("note") or ""),
        reviewer=str(record.get("reviewer") or reviewer),
        time=now or dt.datetime.now(dt.timezone.utc),
        summary=_summary(record),
        doc=str(record.get("doc") or ""),
    )


def read_verdicts(path: Path, reviewer: str, now: dt.datetime | None = None) -> Iterator[Verdict]:
    """The verdicts of a filled-in sample file (lines not judged are passed over).

    Raises:
        InputError: the file cannot be read, or a line is not JSON, has no fact or an unknown verdict
            or reason (the message gives the line number).
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read verdicts from {path}: {exc}") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            verdict = verdict_from_record(json.loads(line), reviewer, now)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"{path}:{number}: not JSON ({exc.msg}); one object per line, as --export writes"
            )
        except InputError as exc:
            raise InputError(f"{path}:{number}: {exc}") from None
        if verdict is not None:
            yield verdict
