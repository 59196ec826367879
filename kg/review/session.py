"""The interactive review: one fact at a time in the terminal, answered with a key and Enter.

Plain line input through rich (no full-screen widgets), so it works over SSH, in tmux and with input
piped in (`CliRunner`'s input in the tests). Every answer is recorded as soon as it is given, so `q`,
Ctrl-D or Ctrl-C stop the session and keep what was answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from rich.console import Console
from rich.markup import escape
from rich.text import Text

from kg.errors import InputError
from kg.rdf import vocab
from kg.rdf.verdicts import Verdict
from kg.review.files import parse_reason
from kg.review.sample import SampleItem

__all__ = ["Session", "render", "run_session"]

SUBJECT_STYLE = "bold black on cyan"
OBJECT_STYLE = "bold black on yellow"
_HELP = "r = right, w = wrong (then a reason), s = skip, q = stop (answers so far are kept)"


@dataclass
class Session:
    """What a review session did."""

    right: int = 0
    wrong: int = 0
    skipped: int = 0
    stopped: bool = False
    recorded: list[Verdict] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return self.right + self.wrong


def render(item: SampleItem, number: int, total: int) -> Text:
    """One fact for the reviewer: the triple, the sentence with subject and object marked, the hedges."""
    text = Text()
    text.append(f"\n[{number}/{total}] ", style="bold")
    text.append(f"{item.doc}  {item.fact.rsplit('/', 1)[-1]}\n", style="dim")
    text.append(item.subject, style=SUBJECT_STYLE)
    text.append(f" ({item.subject_type})  ")
    text.append(("not " if item.negated else "") + item.predicate, style="bold")
    text.append("  ")
    text.append(item.object, style=OBJECT_STYLE)
    text.append(f" ({item.object_type})\n")
    sentence = Text(item.sentence)
    for span, style in ((item.subject_span, SUBJECT_STYLE), (item.object_span, OBJECT_STYLE)):
        if span is not None:
            sentence.stylize(style, *span)
    text.append("  “")
    text.append_text(sentence)
    text.append("”\n")
    notes = [
        ("attribution", item.attribution),
        ("modality", item.modality),
        ("negated", "yes" if item.negated else ""),
        ("date", item.date),
        ("event", item.event_class),
        ("rule", item.rule),
        ("confidence", f"{item.confidence:.2f}" if item.confidence is not None else ""),
        ("stated as", "" if item.asserted else "reported/hedged, not a plain edge"),
    ]
    text.append("  " + "   ".join(f"{k}: {v}" for k, v in notes if v), style="dim")
    return text


def _reasons_prompt() -> str:
    reasons = vocab.error_reasons()
    choices = "  ".join(f"{i} {label}" for i, (_, label) in enumerate(reasons.values(), 1))
    return f"  reason? {choices}  (Enter: none) "


def run_session(
    items: Sequence[SampleItem],
    record: Callable[[Verdict], object],
    *,
    reviewer: str,
    console: Console,
    ask: Callable[[str], str] | None = None,
) -> Session:
    """Ask about each item in turn; each right/wrong answer is passed to `record` at once.

    Args:
        items: the sample.
        record: stores one verdict (called once per answer, before the next question).
        reviewer: the reviewer's name, written with each verdict.
        console: where to show the facts.
        ask: reads one answer line given a prompt (default: `console.input`); EOFError or
            KeyboardInterrupt stop the session like `q`.
    """
    ask = ask or (lambda prompt: console.input(escape(prompt)))
    session = Session()
    console.print(f"{len(items)} fact(s) to review. {_HELP}", highlight=False)
    for number, item in enumerate(items, 1):
        console.print(render(item, number, len(items)), highlight=False)
        try:
            verdict = _ask_one(item, reviewer, console, ask)
        except (EOFError, KeyboardInterrupt):
            verdict = "quit"
        if isinstance(verdict, str):  # "quit"
            session.stopped = True
            break
        if verdict is None:
            session.skipped += 1
            continue
        record(verdict)
        session.recorded.append(verdict)
        if verdict.correct:
            session.right += 1
        else:
            session.wrong += 1
    return session


def _ask_one(
    item: SampleItem, reviewer: str, console: Console, ask: Callable[[str], str]
) -> Verdict | str | None:
    while True:
        answer = ask("right / wrong / skip / quit [r/w/s/q]? ").strip().lower()
        if answer in ("q", "quit"):
            return "quit"
        if answer in ("s", "skip"):
            return None
        if answer in ("r", "right", "y"):
            return _verdict(item, True, "", reviewer)
        if answer in ("w", "wrong", "n"):
            break
        console.print(f"  please answer r, w, s or q ({_HELP})", highlight=False)
    while True:
        try:
            reason = parse_reason(ask(_reasons_prompt()))
        except InputError as exc:
            console.print(f"  {exc}", highlight=False)
            continue
        return _verdict(item, False, reason, reviewer)


def _verdict(item: SampleItem, correct: bool, reason: str, reviewer: str) -> Verdict:
    return Verdict(
        fact=item.fact,
        correct=correct,
        reason=reason,
        reviewer=reviewer,
        time=dt.datetime.now(dt.timezone.utc),
        summary=item.summary,
        doc=item.doc,
    )
