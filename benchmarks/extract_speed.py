"""Words per second of `kg extract` versus bare `nlp.pipe` of the same model on the same texts.

Usage: python benchmarks/extract_speed.py [N_ARTICLES]   (reads ../shared/corpus when present,
otherwise repeats the sample article). Prints numbers and the ratio; not a pass/fail test.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from kg.extractor import extract_doc
from kg.io import read_articles
from kg.nlp.pipeline import load
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"


def articles(n: int) -> list[Article]:
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as fh:
            rows = [json.loads(line) for _, line in zip(range(n), fh)]
        return [Article(id=r["id"], text=r["title"] + "\n\n" + r["text"], title=r["title"]) for r in rows]
    sample = next(read_articles([ROOT / "data" / "articles"]))
    return [Article(id=f"s{i}", text=sample.text, date=sample.date) for i in range(n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    t0 = time.perf_counter()
    nlp = load()
    load_s = time.perf_counter() - t0
    arts = articles(n)
    words = sum(len(a.text.split()) for a in arts)

    t0, c0 = time.perf_counter(), time.process_time()
    docs = list(nlp.pipe((a.text for a in arts), batch_size=32))
    bare, bare_cpu = time.perf_counter() - t0, time.process_time() - c0

    # the first document pays for the tables loaded on first use (names, cities, dates)
    t0, c0 = time.perf_counter(), time.process_time()
    facts = sum(len(extract_doc(d, a).relations) for d, a in zip(docs, arts))
    rules, rules_cpu = time.perf_counter() - t0, time.process_time() - c0
    full = bare + rules
    print(f"model load            {load_s:8.2f} s")
    print(f"articles / words      {len(arts):8d} / {words}")
    print(f"bare nlp.pipe         {words / bare:8.0f} words/s")
    print(f"kg extract (pipe+rules){words / full:7.0f} words/s   facts {facts}")
    print(f"ratio kg / bare       {bare / full:8.2f}   (rules add {100 * rules / bare:.1f} % to parsing)")
    # CPU time is what a busy shared machine does not distort
    print(
        f"CPU s parse / rules   {bare_cpu:8.2f} / {rules_cpu:.2f}   (rules add {100 * rules_cpu / bare_cpu:.1f} %)"
    )


if __name__ == "__main__":
    main()
