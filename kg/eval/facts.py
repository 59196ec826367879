"""Score extracted triples against a hand-annotated reference-facts file.

The reference format (see `tests/eval/fixtures/facts_gold.json`)::

    {"entities": [{"canonical", "aliases": [...], "type": "Person|Country|Organization|Location"}],
     "facts": [{"id", "subject": [labels], "predicate": [word stems], "object": [labels]}]}

Matching rules (the same as the team's `score_triples.py`):

- Labels are normalised: lowercase, curly apostrophe → ', punctuation except `.` and `'` → space,
  spaces collapsed, leading "the/a/an" and trailing `.`/`'` dropped. A triple's label matches an
  alias when they are equal or the alias occurs in it as whole words.
- A predicate matches when any word of its label, id or lemma (split on non-letters and camelCase,
  IRIs cut to their local name) starts with one of the fact's stems.
- A fact is found when some triple matches subject, predicate and object; the inverse phrasing
  (object first) also counts, except for fact F03 whose direction is the point.
- Entities: the graph's nodes are the distinct subjects and objects (by id, else normalised label;
  literals are not nodes). A reference entity is *merged* when exactly one node's label is one of
  its aliases, and *typed* when at least one is and all such nodes have a type synonymous with the
  expected one.
- Junk: the share of subject/object labels that are pronouns, relative words or empty.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import EvalError
from kg.output import records
from kg.types import Extraction

__all__ = ["FactsReport", "load_gold", "load_triples", "score_facts", "triples_of"]

PRONOUNS = frozenset(
    {
        "it", "its", "which", "that", "who", "whom", "what", "this", "these", "those", "he", "she",
        "they", "them", "we", "us_pronoun", "i", "you", "his", "her", "their", "there", "here", "one",
        "some", "all", "",
    }
)  # fmt: skip
TYPE_SYNONYMS = {
    "person": {"person", "people", "human", "per", "agent"},
    "country": {"country", "gpe", "nation", "state", "sovereignstate", "place", "location", "geopoliticalentity"},
    "organization": {
        "organization", "organisation", "org", "governmentorganization", "agency", "institution",
        "governmentagency", "government",
    },
    "location": {"location", "place", "loc", "region", "area", "waterbody", "bodyofwater", "sea", "geographicregion"},
}  # fmt: skip
#: facts whose direction matters: the inverse phrasing does not count for them
DIRECTED_FACTS = frozenset({"F03"})


def norm(text: Any) -> str:
    """Normalise a label for comparison (see the module docstring)."""
    text = str(text).lower().replace("\u2019", "'")
    text = re.sub(r"[^\w\s.']", " ", text)
    text = re.sub(r"\s+", " ", text).strip().strip(".'")
    return re.sub(r"^(the|a|an) ", "", text)


def words(text: Any) -> list[str]:
    """Lowercase words of a label or IRI local name, camelCase aware."""
    text = str(text)
    if re.match(r"^\w+://", text):
        text = re.split(r"[#/]", text)[-1]
    if re.match(r"^\w+:\w", text) and " " not in text:
        text = text.split(":")[-1]
    text = re.sub(r"([a-z])([A-Z])", r"\1 \2", text)
    return [w for w in re.split(r"[^A-Za-z0-9]+", text.lower()) if w]


def label_of(part: Any) -> str:
    """The human label of a triple part: a string, or a dict's label/text/name/value/id."""
    if isinstance(part, dict):
        return next(
            (str(part[k]) for k in ("label", "text", "name", "value", "id") if part.get(k) not in (None, "")),
            "",
        )
    return "" if part is None else str(part)


def _node_key(part: Any) -> str:
    return str(part["id"]) if isinstance(part, dict) and part.get("id") else norm(label_of(part))


def _type_of(part: Any) -> str:
    if not isinstance(part, dict):
        return ""
    kind = part.get("type") or part.get("class") or ""
    if isinstance(kind, list):
        kind = kind[0] if kind else ""
    return "".join(words(kind))


def label_matches(label: str, aliases: Iterable[str]) -> bool:
    """Whether a label equals an alias or contains it as whole words (after `norm`)."""
    lab = norm(label)
    return bool(lab) and any(
        lab == (a := norm(alias)) or re.search(r"(^|\s)" + re.escape(a) + r"(\s|$)", lab) for alias in aliases
    )


def predicate_matches(pred: Any, stems: Iterable[str]) -> bool:
    """Whether a word of the predicate's label, id or lemma starts with one of the stems."""
    found = words(label_of(pred))
    if isinstance(pred, dict):
        found += words(pred.get("id", "")) + words(pred.get("lemma", ""))
    stems = [s.lower() for s in stems]
    return any(w.startswith(stem) for w in found for stem in stems)


@dataclass
class FactsReport:
    """What the triples get right: facts found, entities merged and typed, junk endpoints."""

    #: (fact id, found, "subject | predicate | object" of the matching triple or None)
    facts: list[tuple[str, bool, str | None]] = field(default_factory=list)
    #: (canonical name, number of nodes, their types, typed)
    entities: list[tuple[str, int, list[str], bool]] = field(default_factory=list)
    junk_pct: float = 0.0
    triples: int = 0

    @property
    def found(self) -> int:
        """Number of reference facts found."""
        return sum(ok for _, ok, _ in self.facts)

    @property
    def merged(self) -> int:
        """Number of reference entities that are exactly one node."""
        return sum(1 for _, n, _, _ in self.entities if n == 1)

    @property
    def typed(self) -> int:
        """Number of reference entities present and typed as expected."""
        return sum(1 for _, n, _, ok in self.entities if n >= 1 and ok)

    def summary(self) -> str:
        """One line: `facts R/N  merged M/E  typed T/E  junk J%  triples K`."""
        n_ent = len(self.entities)
        return (
            f"facts {self.found}/{len(self.facts)}  merged {self.merged}/{n_ent}  typed {self.typed}/{n_ent}  "
            f"junk {self.junk_pct:.1f}%  triples {self.triples}"
        )

    def lines(self) -> list[str]:
        """One line per check, the summary last."""
        out = [
            f"fact {fid}: {'found' if ok else 'MISSING'}{'  <- ' + how if how else ''}"
            for fid, ok, how in self.facts
        ]
        out += [
            f"entity {name}: nodes={n} types={types} {'ok' if n == 1 and ok else 'CHECK'}"
            for name, n, types, ok in self.entities
        ]
        return [*out, self.summary()]

    def to_dict(self) -> dict:
        """The report as JSON-ready data."""
        return {
            "facts": {"found": self.found, "of": len(self.facts)},
            "merged": self.merged,
            "typed": self.typed,
            "entities": len(self.entities),
            "junk_pct": self.junk_pct,
            "triples": self.triples,
            "fact_checks": [{"id": fid, "found": ok, "by": how} for fid, ok, how in self.facts],
            "entity_checks": [
                {"canonical": name, "nodes": n, "types": types, "typed": ok}
                for name, n, types, ok in self.entities
            ],
        }


def load_gold(path: str | Path) -> dict:
    """Read and check a reference-facts file.

    Raises:
        EvalError: the file is unreadable or misses required fields.
    """
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalError(
            f"{path}: cannot read the reference-facts file ({exc.strerror}); check the path"
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: not a JSON file ({exc}); pass a reference-facts .json file") from None
    need = 'needs "facts" [{"id","subject","predicate","object"}] and "entities" [{"canonical","aliases","type"}]'
    if not isinstance(gold, dict) or not isinstance(gold.get("facts"), list):
        raise EvalError(f"{path}: not a reference-facts file; it {need}")
    for i, fact in enumerate(gold["facts"]):
        if not isinstance(fact, dict) or not all(
            isinstance(fact.get(k), list) for k in ("subject", "predicate", "object")
        ):
            raise EvalError(
                f"{path}: fact {i} must have list-valued subject, predicate and object; the file {need}"
            )
        if "id" not in fact:
            raise EvalError(f'{path}: fact {i} has no "id"; the file {need}')
    for i, ent in enumerate(gold.setdefault("entities", [])):
        if not isinstance(ent, dict) or not isinstance(ent.get("aliases"), list) or "canonical" not in ent:
            raise EvalError(
                f"{path}: entity {i} must have a canonical name and a list of aliases; the file {need}"
            )
        if str(ent.get("type", "")).lower() not in TYPE_SYNONYMS:
            raise EvalError(
                f"{path}: entity {ent['canonical']!r} has type {ent.get('type')!r}; use one of "
                + ", ".join(sorted(t.capitalize() for t in TYPE_SYNONYMS))
            )
    return gold


def load_triples(path: str | Path) -> tuple[list[dict], int]:
    """Read `kg extract --format jsonl` output; returns the triples and the count of unreadable lines."""
    triples, bad = [], 0
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise EvalError(
            f"{path}: cannot read the triples file ({exc}); pass `kg extract --format jsonl` output"
        ) from None
    for line in filter(None, (raw.strip() for raw in lines)):
        try:
            triple = json.loads(line)
        except json.JSONDecodeError:
            bad += 1
            continue
        if isinstance(triple, dict) and {"subject", "predicate", "object"} <= triple.keys():
            triples.append(triple)
        else:
            bad += 1
    return triples, bad


def triples_of(extractions: Iterable[Extraction]) -> list[dict]:
    """The extractions as their `kg extract --format jsonl` records (actors, then relations)."""
    return [record for ex in extractions for record in records(ex)]


def _find(fact: dict, triples: list[dict], inverse: bool) -> dict | None:
    subj, obj = ("object", "subject") if inverse else ("subject", "object")
    return next(
        (
            t
            for t in triples
            if label_matches(label_of(t[subj]), fact["subject"])
            and predicate_matches(t["predicate"], fact["predicate"])
            and label_matches(label_of(t[obj]), fact["object"])
        ),
        None,
    )


def score_facts(gold: dict, triples: list[dict]) -> FactsReport:
    """Score triples against a reference-facts structure (see the module docstring for the rules).

    Args:
        gold: a reference-facts structure as returned by `load_gold`.
        triples: triple dicts with "subject", "predicate" and "object".

    Returns:
        The report.
    """
    report = FactsReport(triples=len(triples))
    for fact in gold["facts"]:
        hit = _find(fact, triples, inverse=False)
        if hit is None and fact["id"] not in DIRECTED_FACTS:
            hit = _find(fact, triples, inverse=True)
        how = (
            None if hit is None else " | ".join(label_of(hit[k]) for k in ("subject", "predicate", "object"))
        )
        report.facts.append((fact["id"], hit is not None, how))
    nodes: dict[str, tuple[str, str]] = {}
    for t in triples:
        for key in ("subject", "object"):
            part = t[key]
            if isinstance(part, dict) and "value" in part and "label" not in part:
                continue
            nodes.setdefault(_node_key(part), (label_of(part), _type_of(part)))
    for ent in gold.get("entities", []):
        aliases = {norm(a) for a in ent["aliases"]}
        found = [v for v in nodes.values() if norm(v[0]) in aliases]
        types = sorted({kind for _, kind in found})
        want = TYPE_SYNONYMS[ent["type"].lower()]
        report.entities.append(
            (ent["canonical"], len(found), types, bool(found) and all(t in want for t in types))
        )
    labels = [norm(label_of(t[k])) for t in triples for k in ("subject", "object")]
    report.junk_pct = 100.0 * sum(lab in PRONOUNS for lab in labels) / max(1, len(labels))
    return report
