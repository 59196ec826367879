"""Score the extractor on CoNLL04 (Roth & Yih 2004): relations and named entities.

    FILE.json ──load──▶ Sentence ──as_article──▶ Article ──kg.extractor──▶ Extraction
                                                                            │ predictions()
    gold Items ◀── Sentence.gold_*           predicted Items (token spans) ◀┘
            └───────────── kg.eval.scoring.score (strict, lenient) ─────────┘

Each sentence becomes one `Article` whose text is its tokens joined by single spaces, so every
token's character offsets are known and our character-offset mentions map back to token spans
(a mention covers every token it overlaps).

How our output becomes CoNLL04 annotations:

- **Entities**: every name mention of every entity, typed through `ENTITY_TYPES` (ontology class →
  Peop/Org/Loc/Other; an unknown class counts as Other), and every nationality or group word used as
  a name ("the Serbs"), as Other. CoNLL04 annotates names only, so nominal mentions ("the police")
  and nationality adjectives that modify a noun ("a Libyan jet") are not entities here.
- **Relations**: a `Relation` whose object is an entity is looked up in `RELATION_TYPES`, the one
  table from (ontology predicate, subject CoNLL type, object CoNLL type) to a CoNLL04 relation type.
  Its arguments are the subject's and object's mentions inside the relation's sentence
  (`provenance.start/end`). A `Relation` carries no trigger offset, so when an entity has several
  mentions there we take the subject/object pair that lies closest together (ties: leftmost), which
  is the mention pair the pattern most likely read. Only name mentions are used; an entity with
  no name mention in the sentence falls back to its name mentions anywhere in the article.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import EvalError
from kg.eval.scoring import Item, Scores, score
from kg.nlp.relclf import CONLL_TYPES
from kg.types import Article, Entity, Extraction, Relation

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "ENTITY_LABELS",
    "ENTITY_TYPES",
    "RELATION_LABELS",
    "RELATION_TYPES",
    "Evaluation",
    "Sentence",
    "conll_entity_type",
    "conll_relation_type",
    "evaluate",
    "load",
    "predictions",
    "score_sentences",
]

ENTITY_LABELS = ("Loc", "Org", "Other", "Peop")
RELATION_LABELS = ("Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For")

#: Ontology class → CoNLL04 entity type, the relation classifier's table (kg.ttl's hierarchy under
#: Person, Organization and Location). Every other class (Group, Concept, TimeExpression, Role,
#: events) counts as "Other", CoNLL04's bin for all remaining names: nationalities, events, works,
#: dates, amounts.
ENTITY_TYPES: dict[str, str] = CONLL_TYPES

#: THE mapping from our relations to CoNLL04's: (predicate, subject type, object type) → (CoNLL04
#: type, inverse). Predicates are ontology properties (kg.ttl); types are CoNLL04 entity types after
#: `ENTITY_TYPES`, "*" matches any type. Lookup tries the exact key, then (pred, subj, *),
#: (pred, *, obj), (pred, *, *). `inverse` swaps head and tail, for a predicate whose subject is
#: CoNLL04's tail (none yet).
#:
#: Decisions:
#: - A predicate whose meaning fixes the CoNLL04 type matches any argument types, so a relation read
#:   right still scores when our entity typing is wrong (the span match decides).
#: - Working for, leading or being a member of an organisation is Work_For. Working for or leading a
#:   *place* ("Haitian President Aristide", "Soviet spokesman Gerasimov", "Sen. Dole of Kansas") is
#:   Live_In: CoNLL04 has no Work_For with a Loc tail and its annotators mark these as Live_In.
#: - `locatedIn` with an organisation subject is OrgBased_In, otherwise Located_In.
#: - `holdsRole` is not here: its object is the role title (a literal); the organisation or country
#:   of the role comes as a separate worksFor/leaderOf/memberOf triple.
#: - CoNLL04 counts a birthplace as Live_In ("X was born in Y", 8 % of its Live_In), so bornIn is Live_In.
RELATION_TYPES: dict[tuple[str, str, str], tuple[str, bool]] = {
    ("killed", "*", "*"): ("Kill", False),
    ("worksFor", "*", "Loc"): ("Live_In", False),
    ("worksFor", "*", "*"): ("Work_For", False),
    ("leaderOf", "*", "Loc"): ("Live_In", False),
    ("leaderOf", "*", "*"): ("Work_For", False),
    ("memberOf", "*", "*"): ("Work_For", False),
    ("livesIn", "*", "*"): ("Live_In", False),
    ("bornIn", "*", "*"): ("Live_In", False),
    ("citizenOf", "*", "*"): ("Live_In", False),
    ("locatedIn", "Org", "*"): ("OrgBased_In", False),
    ("locatedIn", "*", "*"): ("Located_In", False),
    ("basedIn", "*", "*"): ("OrgBased_In", False),
}

#: Mentions with these texts are references, not names; CoNLL04 never annotates them.
PRONOUNS = frozenset(
    [
        "he",
        "him",
        "his",
        "she",
        "her",
        "hers",
        "it",
        "its",
        "they",
        "them",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
        "who",
        "whom",
        "whose",
        "which",
        "that",
        "this",
        "these",
        "those",
    ]
)


@dataclass(frozen=True)
class Sentence:
    """One CoNLL04 sentence: tokens, gold entities and gold relations (token spans, end exclusive)."""

    tokens: tuple[str, ...]
    entities: tuple[Item, ...] = ()
    relations: tuple[Item, ...] = ()

    @property
    def text(self) -> str:
        """The tokens joined by single spaces."""
        return " ".join(self.tokens)

    @cached_property
    def offsets(self) -> tuple[tuple[int, int], ...]:
        """`(start, end)` character offsets of each token in `text`."""
        out, pos = [], 0
        for token in self.tokens:
            out.append((pos, pos + len(token)))
            pos += len(token) + 1
        return tuple(out)


def load(path: str | Path, limit: int | None = None) -> list[Sentence]:
    """Read a CoNLL04 JSON file (a list of `{"tokens", "entities", "relations"}` objects).

    Args:
        path: the JSON file.
        limit: read only the first `limit` sentences.

    Returns:
        The sentences, in file order.

    Raises:
        EvalError: the file cannot be read or is not in the CoNLL04 JSON format.
    """
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise EvalError(f"{path}: cannot read the CoNLL04 file ({exc.strerror}); check the path") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"{path}: not a JSON file ({exc}); pass a CoNLL04 .json file") from None
    if not isinstance(data, list):
        raise EvalError(f"{path}: expected a JSON list of sentences, got {type(data).__name__}")
    return [_sentence(raw, path, i) for i, raw in enumerate(data[:limit] if limit is not None else data)]


def _sentence(raw: Any, path: Path, i: int) -> Sentence:
    where = f"{path}: sentence {i}"
    try:
        tokens = tuple(str(t) for t in raw["tokens"])
        spans = []
        for ent in raw["entities"]:
            start, end, kind = int(ent["start"]), int(ent["end"]), str(ent["type"])
            if not 0 <= start < end <= len(tokens):
                raise EvalError(f"{where}: entity span {start}:{end} lies outside its {len(tokens)} tokens")
            spans.append(Item(kind, ((start, end),)))
        relations = []
        for rel in raw.get("relations", []):
            head, tail = spans[int(rel["head"])], spans[int(rel["tail"])]
            relations.append(Item(str(rel["type"]), (head.spans[0], tail.spans[0])))
    except EvalError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise EvalError(
            f"{where}: malformed ({type(exc).__name__}: {exc}); each sentence needs "
            '"tokens", "entities" [{"type","start","end"}] and "relations" [{"type","head","tail"}]'
        ) from None
    return Sentence(tokens, tuple(spans), tuple(relations))


def conll_entity_type(ontology_class: str) -> str:
    """The CoNLL04 entity type of an ontology class (unlisted classes are "Other")."""
    return ENTITY_TYPES.get(ontology_class, "Other")


def conll_relation_type(predicate: str, subject_type: str, object_type: str) -> tuple[str, bool] | None:
    """Look up `RELATION_TYPES`, most specific key first.

    Args:
        predicate: local name of our predicate (e.g. "holdsRole").
        subject_type: CoNLL04 type of the subject (Peop, Org, Loc, Other).
        object_type: CoNLL04 type of the object.

    Returns:
        `(CoNLL04 relation type, inverse)` or None when the relation has no CoNLL04 counterpart.
    """
    for key in (
        (predicate, subject_type, object_type),
        (predicate, subject_type, "*"),
        (predicate, "*", object_type),
        (predicate, "*", "*"),
    ):
        if key in RELATION_TYPES:
            return RELATION_TYPES[key]
    return None


def _token_span(sentence: Sentence, start: int, end: int) -> tuple[int, int] | None:
    """The tokens a character span overlaps, or None when it overlaps none."""
    hits = [i for i, (s, e) in enumerate(sentence.offsets) if s < end and e > start]
    return (hits[0], hits[-1] + 1) if hits else None


def _mentions(
    sentence: Sentence,
    entity: Entity,
    within: tuple[int, int] | None = None,
    kinds: tuple[str, ...] = ("name",),
) -> list[tuple[int, int]]:
    """Token spans of the entity's mentions of `kinds` (never pronouns), optionally only those inside `within`."""
    text = sentence.text
    out = []
    for start, end in entity.mentions_of(*kinds):
        if text[start:end].strip().lower() in PRONOUNS:
            continue
        if within is not None and not (start < within[1] and end > within[0]):
            continue
        span = _token_span(sentence, start, end)
        if span is not None and span not in out:
            out.append(span)
    return out


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _relation_item(sentence: Sentence, rel: Relation) -> Item | None:
    if not isinstance(rel.object, Entity):
        return None
    subj_type, obj_type = conll_entity_type(rel.subject.type), conll_entity_type(rel.object.type)
    found = conll_relation_type(rel.predicate, subj_type, obj_type)
    if found is None:
        return None
    within = (rel.provenance.start, rel.provenance.end)
    heads = _mentions(sentence, rel.subject, within) or _mentions(sentence, rel.subject)
    tails = _mentions(sentence, rel.object, within) or _mentions(sentence, rel.object)
    pairs = [(h, t) for h in heads for t in tails if h != t]
    if not pairs:
        return None
    head, tail = min(pairs, key=lambda p: (_gap(*p), min(p[0][0], p[1][0])))
    kind, inverse = found
    return Item(kind, (tail, head) if inverse else (head, tail))


def predictions(sentence: Sentence, extraction: Extraction) -> tuple[list[Item], list[Item]]:
    """Our extraction of one sentence as CoNLL04 items.

    Args:
        sentence: the sentence the extraction was made from (its text is the article text).
        extraction: the extractor's output for that sentence.

    Returns:
        `(entities, relations)` as token-span items (see the module docstring for the rules).
    """
    entities = [
        Item(conll_entity_type(ent.type) if kind == "name" else "Other", (span,))
        for ent in extraction.entities
        for kind in ("name", "nationality")
        for span in _mentions(sentence, ent, kinds=(kind,))
    ]
    relations = [item for rel in extraction.relations if (item := _relation_item(sentence, rel)) is not None]
    return list(dict.fromkeys(entities)), list(dict.fromkeys(relations))


@dataclass
class Evaluation:
    """Gold and predicted items per sentence, and their scores."""

    sentences: list[Sentence]
    predicted_entities: list[list[Item]]
    predicted_relations: list[list[Item]]

    def scores(self) -> dict[str, dict[str, Scores]]:
        """`{"relations"|"entities": {"strict"|"lenient": Scores}}`."""
        out: dict[str, dict[str, Scores]] = {}
        for what, gold, pred, labels in (
            ("relations", [s.relations for s in self.sentences], self.predicted_relations, RELATION_LABELS),
            ("entities", [s.entities for s in self.sentences], self.predicted_entities, ENTITY_LABELS),
        ):
            out[what] = {
                mode: score(gold, pred, lenient=mode == "lenient", types=labels)
                for mode in ("strict", "lenient")
            }
        return out

    def to_dict(self) -> dict:
        """The JSON report: `{"relations": {"strict": …, "lenient": …}, "entities": {…}, "sentences": N}`."""
        report: dict[str, Any] = {
            what: {mode: s.to_dict() for mode, s in modes.items()} for what, modes in self.scores().items()
        }
        report["sentences"] = len(self.sentences)
        return report

    def errors(self) -> Iterator[dict]:
        """One record per sentence with a strict relation or entity error, for error analysis."""
        for i, (sent, ents, rels) in enumerate(
            zip(self.sentences, self.predicted_entities, self.predicted_relations)
        ):

            def show(items: Iterable[Item], sent: Sentence = sent) -> list[str]:
                return [
                    f"{it.type}(" + ", ".join(" ".join(sent.tokens[s:e]) for s, e in it.spans) + ")"
                    for it in items
                ]

            record: dict[str, str | list[str]] = {"id": f"conll04-{i}", "text": sent.text}
            for what, gold, pred in (("relations", sent.relations, rels), ("entities", sent.entities, ents)):
                gold_set, pred_set = set(gold), set(pred)
                record[f"missed_{what}"] = show(g for g in dict.fromkeys(gold) if g not in pred_set)
                record[f"spurious_{what}"] = show(p for p in pred if p not in gold_set)
            if any(record[k] for k in record if k.startswith(("missed", "spurious"))):
                yield record


def score_sentences(sentences: Sequence[Sentence], extractions: Iterable[Extraction]) -> Evaluation:
    """Align extractions with sentences by article id (`conll04-<i>`) and collect predictions.

    Args:
        sentences: the gold sentences.
        extractions: the extractor's output; a sentence with no extraction predicts nothing.

    Returns:
        The evaluation, ready to score.
    """
    by_id = {ex.article.id: ex for ex in extractions}
    ents: list[list[Item]] = []
    rels: list[list[Item]] = []
    for i, sent in enumerate(sentences):
        ex = by_id.get(f"conll04-{i}")
        e, r = predictions(sent, ex) if ex is not None else ([], [])
        ents.append(e)
        rels.append(r)
    return Evaluation(list(sentences), ents, rels)


def as_article(i: int, sentence: Sentence) -> Article:
    """The sentence as an `Article` with id `conll04-<i>`."""
    return Article(id=f"conll04-{i}", text=sentence.text, source="conll04")


def evaluate(
    sentences: Sequence[Sentence], *, nlp: Language | None = None, model: str | None = None
) -> Evaluation:
    """Run the extractor over the sentences as one stream and score its output.

    Args:
        sentences: the gold sentences (see `load`).
        nlp: a loaded pipeline; loaded from `model` (or the default) when None.
        model: the name of an installed spaCy pipeline, used when `nlp` is None.

    Returns:
        The evaluation; call `.to_dict()` for the report.
    """
    from kg.extractor import extract  # the extractor is only needed when we really run it

    articles = (as_article(i, s) for i, s in enumerate(sentences))
    return score_sentences(sentences, extract(articles, nlp=nlp, model=model, classifier=True))
