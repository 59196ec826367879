"""A trained relation classifier over pairs of entity mentions in one sentence.

    sentence + mention pair ──pair_features──▶ sparse feature strings
                            ──RelationModel──▶ P(none | Kill | Work_For | Live_In | Located_In | OrgBased_In)

The model is a multinomial logistic regression over hand-designed, sparse features (types and order of
the pair, words between them, the dependency path between their heads, the words around them, the news
NER's labels). It is trained on CoNLL04 train by `kg.nlp.train` and stored as two small files
(`relations.npz`, `relations.json`); `read_relations` applies it to a parsed document and emits
ontology relations (killed, worksFor, livesIn, locatedIn, basedIn) whose confidence is the model's
probability. Only type combinations that CoNLL04's schema allows are ever classified.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

from kg.nlp.pipeline import CONLL_SPANS, trained_models
from kg.nlp.relcheck import dependency_path, name_list, plausible
from kg.terms import subclasses
from kg.types import Entity, Provenance, Relation

__all__ = [
    "ALLOWED",
    "CONLL_TYPES",
    "LABELS",
    "PREDICATES",
    "RelationModel",
    "candidate_pairs",
    "classify",
    "conll_type",
    "fit",
    "pair_features",
    "trained_relations",
]

#: Class index 0 is "no relation".
LABELS = ("none", "Kill", "Live_In", "Located_In", "OrgBased_In", "Work_For")
#: (head type, tail type) → the only relation CoNLL04's schema allows between them.
ALLOWED = {
    ("Peop", "Peop"): "Kill",
    ("Peop", "Loc"): "Live_In",
    ("Loc", "Loc"): "Located_In",
    ("Org", "Loc"): "OrgBased_In",
    ("Peop", "Org"): "Work_For",
}
#: CoNLL04 relation → (ontology predicate, label).
PREDICATES = {
    "Kill": ("killed", "killed"),
    "Work_For": ("worksFor", "works for"),
    "Live_In": ("livesIn", "lives in"),
    "Located_In": ("locatedIn", "located in"),
    "OrgBased_In": ("basedIn", "based in"),
}
#: Ontology class → CoNLL04 entity type: kg:Person, kg:Organization, kg:Location and every class
#: below them in kg.ttl; every other class is "Other".
CONLL_TYPES = {
    cls: kind
    for root, kind in (("Person", "Peop"), ("Organization", "Org"), ("Location", "Loc"))
    for cls in subclasses(root)
}
_BUCKETS = (0, 1, 2, 3, 4, 5, 7, 10, 15, 25)


def conll_type(ontology_class: str) -> str:
    """The CoNLL04 entity type (Peop, Org, Loc, Other) of an ontology class."""
    return CONLL_TYPES.get(ontology_class, "Other")


def _bucket(n: int) -> int:
    return max(b for b in _BUCKETS if b <= n)


def pair_features(
    head: Span, tail: Span, head_type: str, tail_type: str, others: Sequence[Span] = ()
) -> list[str]:
    """Sparse features of the ordered pair (head, tail) in their sentence.

    Args:
        head, tail: the two mentions (same `Doc`, same sentence).
        head_type, tail_type: their CoNLL04 types.
        others: the sentence's other mentions, to count those between the pair.
    """
    doc = head.doc
    tp = f"{head_type}>{tail_type}"
    order = "ht" if head.start < tail.start else "th"
    first, second = (head, tail) if order == "ht" else (tail, head)
    between = doc[first.end : second.start] if first.end <= second.start else doc[0:0]
    n = len(between)
    to = f"{tp}|{order}"
    feats = [
        f"tp={tp}",
        f"ord={to}",
        f"dist={_bucket(n)}|{to}",
        f"hner={head.root.ent_type_ or '-'}|{tp}",
        f"tner={tail.root.ent_type_ or '-'}|{tp}",
        f"hh={head.root.lower_}|{tp}",
        f"th={tail.root.lower_}|{tp}",
        f"ht={head.text.lower()}|{tp}",
        f"tt={tail.text.lower()}|{tp}",
    ]
    inside = sum(1 for o in others if o.start >= first.end and o.end <= second.start)
    feats.append(f"nents={min(inside, 3)}|{to}")
    for name, span in (("h", head), ("t", tail)):
        root = span.root
        feats.append(f"{name}dep={root.dep_}:{root.head.lemma_.lower()}|{tp}")
        feats.append(f"{name}depl={root.dep_}|{tp}")
    words = [t.lower_ for t in between]
    if n <= 12:
        feats += [f"bw={w}|{to}" for w in set(words)]
        feats += [f"bl={t.lemma_.lower()}|{tp}" for t in between if t.pos_ in ("VERB", "NOUN", "ADP", "AUX")]
        feats += [f"bb={a}_{b}|{to}" for a, b in pairwise(words)]
        if n <= 5:
            feats.append(f"bseq={' '.join(words)}|{to}")
        if words:
            feats += [f"bfirst={words[0]}|{to}", f"blast={words[-1]}|{to}"]
    else:
        feats += [f"bfirst={words[0]}|{to}", f"blast={words[-1]}|{to}", "far"]
    feats += [f"pos_bw={t.tag_}|{to}" for t in between[:8]]
    before = doc[first.start - 1].lower_ if first.start > 0 else "<s>"
    after = doc[second.end].lower_ if second.end < len(doc) else "</s>"
    before2 = doc[first.start - 2].lower_ if first.start > 1 else "<s>"
    feats += [f"b1={before}|{to}", f"a1={after}|{to}", f"b2={before2}_{before}|{to}"]
    ups, downs, lca = dependency_path(head, tail)
    if lca:
        feats.append(f"path={'/'.join(ups)}^{lca}^{'/'.join(downs)}|{tp}")
        feats.append(
            f"pathd={'/'.join(u.split(':')[0] for u in ups)}^{'/'.join(d.split(':')[0] for d in downs)}|{tp}"
        )
        feats.append(f"lca={lca}|{tp}")
        feats.append(f"plen={min(len(ups) + len(downs), 6)}|{tp}")
        feats += [f"pw={p}|{tp}" for p in ups + downs]
        if lca == head.root.lemma_.lower() or lca == tail.root.lemma_.lower():
            feats.append(f"lca_is_arg|{tp}")
    return feats


class RelationModel:
    """Multinomial logistic regression over sparse string features."""

    def __init__(
        self,
        vocab: dict[str, int],
        weights: np.ndarray,
        bias: np.ndarray,
        threshold: float = 0.5,
        meta: dict | None = None,
    ):
        self.vocab, self.weights, self.bias = vocab, weights, bias
        self.threshold = threshold
        self.meta = meta or {}

    def index(self, feats: Iterable[str]) -> np.ndarray:
        """Column indices of the known features."""
        return np.fromiter(
            (i for f in sorted(set(feats)) if (i := self.vocab.get(f)) is not None), dtype=np.int64
        )

    def probabilities(self, rows: Sequence[np.ndarray]) -> np.ndarray:
        """Class probabilities, one row per example (feature index arrays)."""
        out = np.empty((len(rows), len(LABELS)), dtype=np.float64)
        for k, idx in enumerate(rows):
            out[k] = self.weights[idx].sum(axis=0) + self.bias
        out -= out.max(axis=1, keepdims=True)
        np.exp(out, out=out)
        out /= out.sum(axis=1, keepdims=True)
        return out

    def save(self, folder: Path) -> None:
        """Write `relations.npz` (weights) and `relations.json` (features, threshold, metadata)."""
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / "relations.npz",
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )
        features = sorted(self.vocab, key=self.vocab.__getitem__)
        (folder / "relations.json").write_text(
            json.dumps(
                {"labels": LABELS, "threshold": self.threshold, "meta": self.meta, "features": features},
                indent=0,
                sort_keys=True,
            ),
            encoding="utf-8",
        )

    @classmethod
    def load(cls, folder: Path) -> RelationModel:
        """Read a model written by `save`."""
        info = json.loads((folder / "relations.json").read_text(encoding="utf-8"))
        arrays = np.load(folder / "relations.npz")
        vocab = {f: i for i, f in enumerate(info["features"])}
        return cls(
            vocab, arrays["weights"].astype(np.float32), arrays["bias"], info["threshold"], info["meta"]
        )


def _fit_batch(
    model: RelationModel,
    rows: list[np.ndarray],
    gold: np.ndarray,
    order: np.ndarray,
    lr: float,
    l2: float,
    g2w: np.ndarray,
    g2b: np.ndarray,
) -> None:
    for k in order:
        idx = rows[k]
        z = model.weights[idx].sum(axis=0) + model.bias
        z -= z.max()
        p = np.exp(z)
        p /= p.sum()
        p[gold[k]] -= 1.0
        grad_w = p[None, :] + l2 * model.weights[idx]
        g2w[idx] += grad_w**2
        model.weights[idx] -= lr * grad_w / np.sqrt(g2w[idx] + 1e-8)
        g2b += p**2
        model.bias -= lr * p / np.sqrt(g2b + 1e-8)


def fit(
    examples: Sequence[list[str]],
    gold: Sequence[int],
    epochs: int = 15,
    lr: float = 0.03,
    l2: float = 1e-4,
    min_count: int = 1,
    seed: int = 0,
) -> RelationModel:
    """Train a `RelationModel` with AdaGrad on (features, class index) examples."""
    counts: dict[str, int] = {}
    for feats in examples:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    model = RelationModel(
        vocab, np.zeros((len(vocab), len(LABELS)), np.float32), np.zeros(len(LABELS), np.float32)
    )
    rows = [model.index(f) for f in examples]
    y = np.asarray(gold, dtype=np.int64)
    rng = np.random.default_rng(seed)
    g2w = np.zeros_like(model.weights)
    g2b = np.zeros_like(model.bias)
    for _ in range(epochs):
        _fit_batch(model, rows, y, rng.permutation(len(rows)), lr, l2, g2w, g2b)
    return model


#: pairs further apart are not classified: the pair count of a run-on "sentence" (a table, a list of
#: names) would otherwise grow quadratically, and related mentions are close in news prose
MAX_PAIR_TOKENS = 60


def candidate_pairs(mentions: Sequence[tuple[Span, str]]) -> Iterable[tuple[int, int]]:
    """Ordered index pairs, at most `MAX_PAIR_TOKENS` apart, whose types CoNLL04 allows a relation between."""
    for i, (a, ta) in enumerate(mentions):
        for j, (b, tb) in enumerate(mentions):
            if (
                i != j
                and (ta, tb) in ALLOWED
                and not (a.start < b.end and b.start < a.end)
                and abs(a.start - b.start) <= MAX_PAIR_TOKENS
            ):
                yield i, j


def classify(
    model: RelationModel, doc: Doc, mentions: Sequence[tuple[Span, str]]
) -> list[tuple[int, int, str, float]]:
    """`(head index, tail index, CoNLL04 relation, probability)` for every pair above the threshold.

    Args:
        model: the trained model.
        doc: the parsed document.
        mentions: `(span, CoNLL04 type)` of the mentions of ONE sentence.
    """
    pairs = list(candidate_pairs(mentions))
    if not pairs:
        return []
    spans = [m[0] for m in mentions]
    rows = [
        model.index(
            pair_features(
                mentions[i][0],
                mentions[j][0],
                mentions[i][1],
                mentions[j][1],
                [s for k, s in enumerate(spans) if k not in (i, j)],
            )
        )
        for i, j in pairs
    ]
    probs = model.probabilities(rows)
    out = []
    for (i, j), p in zip(pairs, probs):
        rel = ALLOWED[(mentions[i][1], mentions[j][1])]
        prob = float(p[LABELS.index(rel)])
        if prob >= model.threshold:
            out.append((i, j, rel, prob))
    return out


#: Rule predicates that already say what a CoNLL04 relation would: a pair they connect is left to them.
_RULE_PREDICATES = frozenset(
    {"killed", "worksFor", "leaderOf", "memberOf", "livesIn", "bornIn", "citizenOf", "locatedIn", "basedIn"}
)


@lru_cache(maxsize=1)
def _shipped_model() -> RelationModel | None:
    folder = trained_models()
    if folder is None or not (folder / "relations.npz").is_file():
        return None
    return RelationModel.load(folder)


def _sentence_mentions(doc: Doc, entities: Iterable[Entity]) -> dict[int, list[tuple[Span, str, Entity]]]:
    """Name mentions of actor and place entities, grouped by the start token of their sentence."""
    out: dict[int, list[tuple[Span, str, Entity]]] = defaultdict(list)
    for ent in entities:
        kind = conll_type(ent.type)
        if kind == "Other":
            continue
        for start, end in ent.mentions_of("name"):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            out[span.sent.start].append((span, kind, ent))
    return out


def trained_relations(
    doc: Doc,
    entities: Sequence[Entity],
    rules: Sequence[Relation],
    provenance: Callable[[Span, float], Provenance],
    model: RelationModel | None = None,
) -> list[Relation]:
    """Relations the trained classifier reads in `doc`, minus the pairs the rules already relate.

    Runs only when the trained recognizer ran on `doc` (`doc.spans[CONLL_SPANS]`) and a model is
    available (the shipped one unless `model` is given); otherwise returns nothing.

    Args:
        doc: the parsed document.
        entities: its entities (`EntityIndex.entities`).
        rules: the relations the rules found; a pair they relate in a sentence (either direction) with
            a predicate of the same family is theirs, so rules win.
        provenance: builds the provenance of a sentence with a confidence.
        model: a model to use instead of the shipped one.
    """
    model = model or _shipped_model()
    if model is None or CONLL_SPANS not in doc.spans:
        return []
    # a pair the rules relate in a sentence is theirs, whatever they read: the classifier never contradicts them
    taken = {
        (frozenset((r.subject.id, getattr(r.object, "id", None))), r.provenance.start)
        for r in rules
        if r.predicate in _RULE_PREDICATES
    }
    # a place the rules put somewhere in a sentence ("Basra in Iraq") is not also somewhere else there
    # (nor is a place they put something in: "Dallas in the US, Bordeaux in France")
    placed = {
        (getattr(node, "id", None), r.provenance.start)
        for r in rules
        if r.predicate == "locatedIn"
        for node in (r.subject, r.object)
    }
    best: dict[tuple[str, str, int], tuple[float, str, Entity, Entity, Span, bool]] = {}
    for mentions in _sentence_mentions(doc, entities).values():
        if name_list(mentions[0][0].sent):
            continue
        for i, j, rel, prob in classify(model, doc, [(s, k) for s, k, _ in mentions]):
            head, tail = mentions[i][2], mentions[j][2]
            sent = mentions[i][0].sent
            if (
                head.id == tail.id
                or (frozenset((head.id, tail.id)), sent.start_char) in taken
                or rel == "Located_In"
                and (head.id, sent.start_char) in placed
                or not plausible(rel, prob, mentions, i, j)
            ):
                continue
            first, second = sorted((head.id, tail.id))
            key = (first, second, sent.start_char)  # one direction per pair
            # "Britain's Kelly Holmes": a country's possessive says whose citizen, not where one lives
            # … and "Joel Jutge (France)" in a line-up gives a nationality
            span_j, span_i = mentions[j][0], mentions[i][0]
            citizen = (
                rel == "Live_In"
                and tail.type == "Country"
                and (
                    span_j.root.dep_ == "poss"
                    or span_j.start == span_i.end + 1
                    and span_j.doc[span_i.end].text == "("
                )
            )
            if key not in best or prob > best[key][0]:
                best[key] = (prob, rel, head, tail, sent, citizen)
    out = []
    for prob, rel, head, tail, sent, citizen in sorted(best.values(), key=lambda b: (b[4].start, -b[0])):
        pred, label = ("citizenOf", "citizen of") if citizen else PREDICATES[rel]
        out.append(
            Relation(
                subject=head,
                predicate=pred,
                predicate_label=label,
                object=tail,
                provenance=provenance(sent, prob),
                rule=f"relclf:{rel}",
            )
        )
    return out
