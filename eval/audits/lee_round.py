"""Draw a blind precision sample from news that no rule was written on: the Lee corpus.

The BBC pools of `round2.py` are spent (every article has been judged). The Lee corpus (Lee, Pincombe and
Welsh 2005: 350 short news-mail articles of the Australian Broadcasting Corporation, 2001-2002) ships with
gensim as test data; nobody here had read it when the first sample was drawn:

    pip download --no-deps gensim==4.4.0 -d /tmp/g
    unzip -q /tmp/g/gensim-*.whl 'gensim/test/test_data/lee*.cor' -d /tmp/g
    python eval/audits/lee_round.py SEED DIR /tmp/g/gensim/test/test_data   # 10 articles -> DIR/arts.jsonl
    kg build DIR/arts.jsonl --store DIR/store
    kg review --store DIR/store --sample 50 --seed SEED --export DIR/sample.jsonl

Articles are one per line (cp1252), ids `lee_background-N` and `lee-N` (line numbers from 1); a text that
repeats an earlier one (the same first 200 letters and digits) is left out: the fifty-fourth session's third
round drew `lee_background-242`, a copy of its first round's `lee_background-233`, before this check. The 10 are drawn with `random.Random(SEED).sample` from the sorted ids
that no audit file here holds. The articles have no titles and no dates.

The same draw serves any pool of unseen articles written as `kg build` JSON Lines: the fifty-eighth
session's web pool (`web_pool.py`, 70 articles from the test data of packages on PyPI, npm and Debian):

    python eval/audits/web_pool.py /tmp/pool                                  # -> /tmp/pool/articles.jsonl
    python eval/audits/lee_round.py SEED DIR /tmp/pool/articles.jsonl
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

AUDITS = Path(__file__).resolve().parent


def articles(corpus: Path) -> dict[str, dict]:
    """The corpus's distinct articles by id, as records of `kg build`'s JSON Lines (id, title, text and,
    where the pool gives one, date): the Lee corpus's folder, or a pool's JSON Lines file."""
    if corpus.suffix == ".jsonl":
        records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
        return {
            rec["id"]: {k: rec[k] for k in ("id", "title", "text", "date") if rec.get(k)} for rec in records
        }
    out: dict[str, dict] = {}
    seen = set()
    for name in ("lee_background", "lee"):
        lines = (corpus / f"{name}.cor").read_bytes().decode("cp1252").splitlines()
        for number, text in enumerate(lines, 1):
            key = re.sub(r"\W+", " ", text.lower()).strip()[:200]
            if key and key not in seen:
                seen.add(key)
                out[f"{name}-{number}"] = {"id": f"{name}-{number}", "title": "", "text": text.strip()}
    return out


def audited() -> set[str]:
    """Ids of the articles any audit file here holds a fact of."""
    docs = set()
    for path in AUDITS.glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line) if line.strip() else None
            if isinstance(rec, dict) and "doc" in rec:
                docs.add(rec["doc"])
    return docs


if __name__ == "__main__":
    seed, target, corpus = int(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    target.mkdir(parents=True, exist_ok=True)
    texts = articles(corpus)
    drawn = random.Random(seed).sample(sorted(set(texts) - audited()), 10)
    with (target / "arts.jsonl").open("w", encoding="utf-8") as out:
        for doc in sorted(drawn):
            out.write(json.dumps(texts[doc], ensure_ascii=False) + "\n")
    print(f"{len(texts)} articles, drawn: {' '.join(sorted(drawn))}")
