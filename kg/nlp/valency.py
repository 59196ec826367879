"""Which prepositions a verb selects: "accused of", "apologised for", "invested in" name a participant,
while "said in a statement", "played in the final", "bought at midnight" only set the scene.

The table is counted from parsed news, not written by hand: a preposition is an argument of a verb when
it hangs off that verb far more often than off verbs in general. Make it again with

    python -m kg.nlp.valency CORPUS.jsonl [--exclude GOLD.json] [--out kg/nlp/models/valency.json]

where CORPUS.jsonl holds {"id", "text"} records (articles listed in GOLD.json are skipped, so an
evaluation set never shapes the table).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

__all__ = ["MIN_COUNT", "MIN_LIFT", "count", "selects", "table"]

DEFAULT_PATH = Path(__file__).parent / "models" / "valency.json"
#: a pair seen fewer times than this says nothing either way
MIN_COUNT = 3
#: how much more often than the preposition's base rate it must follow the verb
MIN_LIFT = 2.0


def verb_key(verb: Token) -> str:
    """The verb's lemma with its particle ("lose out"), the unit a preposition attaches to."""
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    return f"{verb.lemma_.lower()} {prt}".strip()


def count(docs: Iterable[Doc]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Occurrences of each verb and of each verb + preposition it governs, over parsed documents."""
    verbs: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            key = verb_key(tok)
            verbs[key] += 1
            for prep in {c.lower_ for c in tok.children if c.dep_ in ("prep", "dative") and c.is_alpha}:
                pairs[(key, prep)] += 1
    return verbs, pairs


def table(verbs: Counter[str], pairs: Counter[tuple[str, str]]) -> dict[str, list[str]]:
    """verb → the prepositions it selects (count ≥ MIN_COUNT, lift over the base rate ≥ MIN_LIFT)."""
    total = sum(verbs.values()) or 1
    base: Counter[str] = Counter()
    for (_, prep), n in pairs.items():
        base[prep] += n
    out: dict[str, list[str]] = {}
    for (verb, prep), n in sorted(pairs.items()):
        lift = (n / verbs[verb]) / (base[prep] / total)
        if n >= MIN_COUNT and lift >= MIN_LIFT:
            out.setdefault(verb, []).append(prep)
    return out


@cache
def _loaded(path: Path = DEFAULT_PATH) -> dict[str, frozenset[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {verb: frozenset(preps) for verb, preps in data["selects"].items()}


def selects(verb: Token, prep: str) -> bool:
    """Whether the verb takes this preposition as an argument ("convicted of") rather than a setting."""
    return prep in _loaded().get(verb_key(verb), frozenset())


def _texts(corpus: Path, exclude: set[str]) -> Iterator[str]:
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if str(rec["id"]).lower() not in exclude:
                yield rec["text"]


def main(argv: list[str] | None = None) -> None:
    """Count a corpus and write the table (see the module docstring)."""
    from kg.nlp.pipeline import load

    ap = argparse.ArgumentParser(prog="python -m kg.nlp.valency", description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--exclude", type=Path, help="gold JSON whose articles are left out")
    ap.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = ap.parse_args(argv)
    exclude = set()
    if args.exclude:
        exclude = {str(g["article"]).lower() for g in json.loads(args.exclude.read_text(encoding="utf-8"))}
    nlp = load(trained=False)
    keep = {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "kg_sentence_starts"}
    with nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep]):
        verbs, pairs = count(nlp.pipe(_texts(args.corpus, exclude), batch_size=64))
    selected = table(verbs, pairs)
    args.out.write_text(
        json.dumps(
            {
                "source": args.corpus.name,
                "verbs": sum(verbs.values()),
                "min_count": MIN_COUNT,
                "min_lift": MIN_LIFT,
                "selects": selected,
            },
            indent=0,
            sort_keys=True,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(selected)} verbs, {sum(map(len, selected.values()))} verb + preposition pairs → {args.out}")


if __name__ == "__main__":
    main()
