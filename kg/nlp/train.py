"""Train the CoNLL04 components from the train split, reproducibly, with one command.

    kg train conll04_train.json --out kg/nlp/models/conll04 [--dev conll04_dev.json]

1. `ner/`: a spaCy pipeline holding one `conll_ner` entity recognizer (Peop, Org, Loc, Other). Its
   architecture is the small English model's NER; its token encoder and state layer start from that
   model's weights (transfer from OntoNotes), the output layer is new, and all of it is fine-tuned on
   train. With `--dev`, the epoch with the best dev entity F1 is kept (early stopping); without it, a
   fixed number of epochs runs.
2. `relations.npz` / `relations.json`: the pair classifier of `kg.nlp.relclf`, trained on the gold
   entities of train (positives: the gold relations; negatives: every other pair whose types the
   schema allows). Its decision threshold is tuned by 5-fold cross-validation on train alone.

Seeds are fixed (spaCy/thinc/numpy), so two runs on the same machine give the same models.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.util import compounding, fix_random_seed, minibatch

from kg.errors import EvalError
from kg.nlp import relclf
from kg.nlp.pipeline import DEFAULT_MODEL, load

__all__ = ["DEFAULT_OUT", "gold_spans", "read_conll04", "train", "train_ner", "train_relations"]

ENTITY_LABELS = ("Loc", "Org", "Other", "Peop")
#: where the pipeline looks for the trained models
DEFAULT_OUT = Path(__file__).parent / "models" / "conll04"


def read_conll04(path: str | Path) -> list[dict]:
    """The sentences of a CoNLL04 JSON file, each with its text (tokens joined by single spaces)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    for sent in data:
        sent["text"] = " ".join(sent["tokens"])
    return data


def gold_spans(doc: Doc, sent: dict) -> list[Span | None]:
    """The sentence's gold entities as spans of `doc` (expanded to spaCy's tokens; None if unalignable)."""
    starts, pos = [], 0
    for tok in sent["tokens"]:
        starts.append(pos)
        pos += len(tok) + 1
    out: list[Span | None] = []
    for ent in sent["entities"]:
        start = starts[ent["start"]]
        end = starts[ent["end"] - 1] + len(sent["tokens"][ent["end"] - 1])
        out.append(doc.char_span(start, end, label=ent["type"], alignment_mode="expand"))
    return out


def _examples(nlp: Language, data: Sequence[dict]) -> list[Example]:
    out = []
    for sent in data:
        ref = nlp.make_doc(sent["text"])
        spans: list[Span] = []
        taken: set[int] = set()
        for span in gold_spans(ref, sent):
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
                taken.update(range(span.start, span.end))
        ref.ents = sorted(spans, key=lambda s: s.start)
        out.append(Example(nlp.make_doc(sent["text"]), ref))
    return out


def train_ner(
    train: Sequence[dict],
    dev: Sequence[dict] | None,
    out: Path,
    max_epochs: int = 30,
    patience: int = 5,
    seed: int = 0,
    log=print,
) -> dict:
    """Fine-tune a copy of the small model's NER on CoNLL04 entities and save it to `out`.

    Returns:
        `{"epochs": n, "dev_f": best dev entity F1 or None}`.
    """
    fix_random_seed(seed)
    base = spacy.load(DEFAULT_MODEL)
    nlp = spacy.load(DEFAULT_MODEL, exclude=list(base.component_names))
    ner_cfg = base.config["components"]["ner"]
    ner: Any = nlp.add_pipe("ner", name="conll_ner", config={"model": ner_cfg["model"]})
    examples = _examples(nlp, train)
    dev_examples = _examples(nlp, dev) if dev else None
    # initialise the component alone: the base config's [initialize] wants lookup tables we do not ship
    ner.initialize(lambda: examples, nlp=nlp)
    optimizer = nlp.create_optimizer()
    src: Any = base.get_pipe("ner")
    src, dst = src.model, ner.model
    for ref in ("tok2vec", "lower"):  # transfer from OntoNotes; the output layer stays new
        dst.get_ref(ref).from_bytes(src.get_ref(ref).to_bytes())
    best, best_f, since, epoch = ner.to_bytes(), -1.0, 0, 0
    rng = random.Random(seed)
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=compounding(4.0, 32.0, 1.001)):
            nlp.update(batch, drop=0.2, sgd=optimizer, losses=losses)
        if dev_examples is None:
            continue
        f = nlp.evaluate(dev_examples)["ents_f"]
        log(f"ner epoch {epoch:2d}  loss {losses.get('conll_ner', 0):8.1f}  dev ents F1 {f:.3f}")
        if f > best_f:
            best, best_f, since = ner.to_bytes(), f, 0
        else:
            since += 1
            if since >= patience:
                break
    if dev_examples is not None:
        ner.from_bytes(best)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    return {"epochs": epoch, "dev_f": best_f if dev_examples is not None else None}


def _pair_data(nlp: Language, data: Sequence[dict]) -> list[list[tuple[list[str], int]]]:
    """Per sentence, (features, class index) of every schema-allowed ordered pair of gold entities."""
    out = []
    for doc, sent in zip(nlp.pipe(s["text"] for s in data), data):
        spans = gold_spans(doc, sent)
        gold = {(r["head"], r["tail"]): r["type"] for r in sent["relations"]}
        # gold entities the tokenizer could place, with their index in the sentence's entity list
        found = [(i, s, e["type"]) for i, (s, e) in enumerate(zip(spans, sent["entities"])) if s is not None]
        rows = []
        for a, b in relclf.candidate_pairs([(s, kind) for _, s, kind in found]):
            (i, head, head_kind), (j, tail, tail_kind) = found[a], found[b]
            others = [s for k, s, _ in found if k not in (i, j)]
            feats = relclf.pair_features(head, tail, head_kind, tail_kind, others)
            rel = gold.get((i, j), "none")
            rows.append((feats, relclf.LABELS.index(rel)))
        out.append(rows)
    return out


def _best_threshold(scored: list[tuple[float, bool]], n_gold: int) -> tuple[float, float]:
    best = (0.5, -1.0)
    for t in np.arange(0.2, 0.81, 0.025):
        tp = sum(1 for p, ok in scored if p >= t and ok)
        pred = sum(1 for p, _ in scored if p >= t)
        f = 2 * tp / (pred + n_gold) if pred + n_gold else 0.0
        if f > best[1]:
            best = (float(round(t, 3)), f)
    return best


def train_relations(train: Sequence[dict], out: Path, folds: int = 5, seed: int = 0, log=print) -> dict:
    """Train the pair classifier on gold entities, tune its threshold by cross-validation; save to `out`."""
    nlp = load(trained=False)
    sentences = _pair_data(nlp, train)
    n_gold_total = sum(len(s["relations"]) for s in train)
    scored: list[tuple[float, bool]] = []
    order = np.random.default_rng(seed).permutation(len(sentences))
    for k in range(folds):
        held = set(order[k::folds].tolist())
        fit_rows = [r for i, s in enumerate(sentences) if i not in held for r in s]
        model = relclf.fit([f for f, _ in fit_rows], [y for _, y in fit_rows], seed=seed)
        test_rows = [r for i, s in enumerate(sentences) if i in held for r in s]
        probs = model.probabilities([model.index(f) for f, _ in test_rows])
        for (feats, y), p in zip(test_rows, probs):
            tp = feats[0].split("=", 1)[1].split(">")
            rel = relclf.ALLOWED[(tp[0], tp[1])]
            scored.append((float(p[relclf.LABELS.index(rel)]), relclf.LABELS[y] == rel))
    threshold, cv_f = _best_threshold(scored, n_gold_total)
    log(
        f"relations: {sum(len(s) for s in sentences)} pairs, CV threshold {threshold}, CV F1 {cv_f:.3f} "
        "(gold entities)"
    )
    rows = [r for s in sentences for r in s]
    model = relclf.fit([f for f, _ in rows], [y for _, y in rows], seed=seed)
    model.threshold = threshold
    model.meta = {"cv_f1_gold_entities": round(cv_f, 4), "pairs": len(rows), "seed": seed}
    model.save(out)
    return {"threshold": threshold, "cv_f1": cv_f}


def train(
    train_path: Path,
    out: Path = DEFAULT_OUT,
    dev_path: Path | None = None,
    seed: int = 0,
    epochs: int = 30,
    log: Callable[[str], object] = print,
) -> dict:
    """Train both components on a CoNLL04 train file and write them, with training.json, to `out`.

    Raises:
        EvalError: the train or dev file is a test split (models are never trained or tuned on one).
    """
    for path in (train_path, dev_path):
        if path is not None and "test" in path.name.lower():
            raise EvalError(f"{path}: refusing to train or tune on a test split; give the train/dev files")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    data = read_conll04(train_path)
    dev = read_conll04(dev_path) if dev_path else None
    ner = train_ner(data, dev, out / "ner", max_epochs=epochs, seed=seed, log=log)
    rel = train_relations(data, out, seed=seed, log=log)
    info = {
        "train": train_path.name,
        "dev": dev_path.name if dev_path else None,
        "seed": seed,
        "ner": ner,
        "relations": rel,
        "base_model": DEFAULT_MODEL,
    }
    (out / "training.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    log(f"done in {time.perf_counter() - t0:.0f} s: {out}")
    return info
