"""Corpus-scale build throughput versus bare spaCy, parallel speed-up, memory and re-runs.

Usage: python benchmarks/throughput.py [--limit N] [--process-only]
(needs ../shared/corpus/bbc_news/bbc_news.jsonl)

Times, on the same N articles and the same model:
  bare nlp.pipe (1 and 2 processes)  vs  kg build (--workers 1 and 2, into a fresh Oxigraph store),
  bare nlp.pipe (1 process, pipeline loaded)  vs  `kg build` as a whole process (start-up, model
  loading, parsing, store writes),
peak RSS of `kg build` on the corpus and on 4 copies of it (separate processes), and a re-run on
the unchanged corpus (`--process-only`: the whole-process comparison alone). Prints numbers and
ratios; it is a measurement, not a pass/fail test.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc_news" / "bbc_news.jsonl"


def write_subset(path: Path, limit: int, copies: int = 1) -> int:
    """Write `copies` × the first `limit` unique articles as JSON Lines; return the word count."""
    words = 0
    with CORPUS.open(encoding="utf-8") as src, path.open("w", encoding="utf-8") as out:
        rows = [json.loads(line) for line in src]
        rows = [r for r in rows if not r.get("duplicate_of")][:limit]
        for c in range(copies):
            for r in rows:
                out.write(json.dumps({"id": f"{r['id']}-{c}", "title": r["title"], "text": r["text"]}) + "\n")
                words += len(r["text"].split())
    return words


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def peak_rss_mb(jsonl: Path, store: Path) -> float:
    """Peak resident memory of a `kg build` process on `jsonl`, in MB."""
    code = (
        "import resource, sys; from kg.pipeline import build; build([sys.argv[1]], sys.argv[2]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(jsonl), str(store)], check=True, capture_output=True, text=True
    ).stdout
    return int(out.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument(
        "--process-only", action="store_true", help="only bare nlp.pipe vs a kg build process"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"corpus not found at {CORPUS}")
    from kg.io import read_articles
    from kg.nlp.pipeline import load
    from kg.pipeline import build

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    one = tmp / "one.jsonl"
    words = write_subset(one, args.limit)
    texts = [a.text for a in read_articles([one])]
    nlp = load()
    cpu = time.process_time()
    bare = timed(lambda: sum(1 for _ in nlp.pipe(texts, batch_size=16)))
    bare_cpu = time.process_time() - cpu
    command = [sys.executable, "-c", "from kg.cli import main; main()", "build", str(one), "--store"]
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    process = timed(lambda: subprocess.run([*command, str(tmp / "process")], check=True, capture_output=True))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    process_cpu = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    print(
        f"{len(texts)} articles, {words} words: bare nlp.pipe {bare:.1f} s, `kg build` process {process:.1f} s, "
        f"bare / kg build {bare / process:.2f}"
    )
    # CPU seconds, which a busy shared machine distorts less than the wall clock
    print(
        f"CPU: bare nlp.pipe {bare_cpu:.1f} s, `kg build` process {process_cpu:.1f} s, {bare_cpu / process_cpu:.2f}"
    )
    if args.process_only:
        return
    rows = []
    for procs in (1, 2):
        bare = timed(lambda procs=procs: sum(1 for _ in nlp.pipe(texts, batch_size=16, n_process=procs)))
        store = tmp / f"store-{procs}"
        ours = timed(lambda store=store, procs=procs: build([one], store, workers=procs))
        rows.append((procs, words / bare, words / ours))
    rerun = timed(lambda: build([one], tmp / "store-1"))
    four = tmp / "four.jsonl"
    write_subset(four, args.limit, copies=4)
    rss1 = peak_rss_mb(one, tmp / "rss-1")
    rss4 = peak_rss_mb(four, tmp / "rss-4")

    print(f"articles {len(texts)}, words {words}, model {nlp.meta.get('name')} {nlp.meta.get('version')}")
    print(f"{'processes':>9} | {'bare nlp.pipe w/s':>17} | {'kg build w/s':>12} | {'kg/bare':>7}")
    for procs, bare_wps, ours_wps in rows:
        print(f"{procs:>9} | {bare_wps:>17.0f} | {ours_wps:>12.0f} | {ours_wps / bare_wps:>7.2f}")
    print(
        f"kg build speed-up, 2 workers vs 1: {rows[1][2] / rows[0][2]:.2f}x "
        f"(bare nlp.pipe: {rows[1][1] / rows[0][1]:.2f}x)"
    )
    print(f"re-run on the unchanged corpus: {rerun:.2f} s")
    print(f"peak RSS: 1x corpus {rss1:.0f} MB, 4x corpus {rss4:.0f} MB, ratio {rss4 / rss1:.2f}")
    print(f"(this process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
