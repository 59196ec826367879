"""Draw a second-round blind precision sample (the policy of `eval/audits/README.md`).

    python eval/audits/round2.py prep SEED DIR      # 10 articles -> DIR/arts.jsonl
    python eval/audits/round2.py pool SEED DIR OUT  # or: 10 of the articles OUT has fresh facts in
    kg build DIR/arts.jsonl --store DIR/store
    kg review --store DIR/store --sample 100000 --seed SEED --export DIR/all.jsonl
    python eval/audits/round2.py pick SEED DIR      # 50 facts -> DIR/sample.jsonl

`prep` draws 10 articles with `random.Random(SEED).sample` from the sorted ids of the articles whose facts
earlier blind audits (the `*_verdicts.jsonl` files here) judged, the news dev set excluded; `pick` keeps the
exported facts whose (article, sentence) no audit file here holds and draws 50 of them with
`random.Random(SEED)`. Reads the corpus and the dev set from `../shared`.

`pool` draws the 10 articles only from those where OUT (`kg extract --format jsonl` of the judged
articles with the code under audit) has a fact in a sentence no audit holds: once most judged sentences
are spent, `prep`'s articles give `pick` few facts or none.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

AUDITS = Path(__file__).resolve().parent
SHARED = AUDITS.parent.parent.parent / "shared"


def _records() -> list[dict]:
    """Every fact record of the audit files (people audits hold no predicate and are left out)."""
    out = []
    for path in sorted(AUDITS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if isinstance(rec, dict) and "predicate" in rec and "doc" in rec:
                out.append(rec)
    return out


def prep(seed: int, folder: Path) -> None:
    """Write the 10 drawn articles to `folder`/arts.jsonl."""
    gold = json.loads((SHARED / "eval" / "news_dev_gold.json").read_text(encoding="utf-8"))
    dev = {a["article"] if isinstance(a["article"], str) else a["article"]["id"] for a in gold}
    judged = {r["doc"] for r in _records() if r.get("verdict") in ("right", "wrong")}
    _write(folder, set(random.Random(seed).sample(sorted(judged - dev), 10)))


def pool(seed: int, folder: Path, extraction: Path) -> None:
    """Write 10 articles drawn from those where `extraction` has a fact in a sentence no audit holds (any
    audit record with a sentence: a Person audit's too)."""
    seen = set()
    for path in sorted(AUDITS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if isinstance(rec, dict) and "doc" in rec and "sentence" in rec:
                seen.add((rec["doc"], rec["sentence"]))
    fresh = set()
    for line in extraction.open(encoding="utf-8"):
        rec = json.loads(line)
        if rec["predicate"]["label"] != "is a" and (rec["doc"], rec["sentence"]) not in seen:
            fresh.add(rec["doc"])
    _write(folder, set(random.Random(seed).sample(sorted(fresh), 10)))


def _write(folder: Path, drawn: set[str]) -> None:
    with (folder / "arts.jsonl").open("w", encoding="utf-8") as out:
        for line in (SHARED / "corpus" / "bbc_news" / "bbc_news.jsonl").open(encoding="utf-8"):
            rec = json.loads(line)
            if rec["id"] in drawn:
                keep = {"id": rec["id"], "title": rec["title"], "text": rec["text"]}
                out.write(json.dumps(keep | ({"date": rec["date"]} if rec.get("date") else {})) + "\n")
    print(" ".join(sorted(drawn)))


def pick(seed: int, folder: Path) -> None:
    """Write 50 facts of `folder`/all.jsonl from sentences no audit judged to `folder`/sample.jsonl."""
    seen = {(r["doc"], r["sentence"]) for r in _records()}
    facts = [json.loads(line) for line in (folder / "all.jsonl").open(encoding="utf-8")]
    fresh = [r for r in facts if (r["doc"], r["sentence"]) not in seen]
    drawn = random.Random(seed).sample(fresh, min(50, len(fresh)))
    with (folder / "sample.jsonl").open("w", encoding="utf-8") as out:
        for rec in drawn:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(facts)} facts, {len(fresh)} in sentences no audit judged, {len(drawn)} drawn")


if __name__ == "__main__":
    command, seed_arg, dir_arg = sys.argv[1:4]
    target = Path(dir_arg)
    target.mkdir(parents=True, exist_ok=True)
    if command == "pool":
        pool(int(seed_arg), target, Path(sys.argv[4]))
    else:
        {"prep": prep, "pick": pick}[command](int(seed_arg), target)
