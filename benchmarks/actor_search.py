"""Prefix search for autocompletion: the store's own indexes against a sidecar SQLite FTS5 index.

Three ways to find the actors whose name (or a word of it) starts with a prefix, most named first:

1. `kg.rdf.summary.search_actors`: the summary graph's kg:nameStart (the first two and three
   characters of each name word) looked up by an Oxigraph index hit, then the candidates' keys filtered;
2. the same keys read by one SPARQL query with FILTER(STRSTARTS(...)) over every key (a scan);
3. an FTS5 table (key, iri, articles) with prefix indexes, made from the summary graph.

Runs on a store (`--store DIR`, e.g. the whole BBC corpus) or on a synthetic summary of N actors with
made-up names (`--actors N`, in memory). Prints milliseconds per search, never passes or fails.

    .venv/bin/python benchmarks/actor_search.py --store .kg
    .venv/bin/python benchmarks/actor_search.py --actors 400000
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import time

import pyoxigraph as ox

from kg.rdf import summary
from kg.rdf.store import Store, open_store

PREFIXES = ["tony b", "blair", "gor", "united", "mic", "jo", "s", "zzq"]
SYNTHETIC_PREFIXES = ["kalo", "kalomi ne", "vob", "ru", "tis", "k", "zzq"]
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "ti",
    "vo",
    "be",
    "da",
    "fi",
    "gu",
    "ho",
    "ja",
    "ke",
    "li",
    "mo",
    "nu",
    "pa",
    "qui",
    "re",
    "so",
    "tu",
    "va",
    "wi",
    "xe",
    "yo",
    "za",
]


def synthetic(n: int, seed: int = 7) -> Store:
    """An in-memory store whose summary holds `n` actors named like "Kalomi Nerusa" with a surname
    alias, and Zipf-like article counts."""
    rng = random.Random(seed)
    store = Store(ox.Store(), "synthetic")
    graph = ox.NamedNode(str(store.base.summary))
    person = ox.NamedNode(str(summary.vocab.KG.Person))

    def word() -> str:
        return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    quads: list[ox.Quad] = []
    for i in range(n):
        first, last = word(), word()
        state = summary._ActorState(count=max(1, int(1000 / (1 + i) ** 0.8)))
        state.names.classes.add(person)
        state.names.labels.add(f"{first} {last}")
        state.names.aliases.add(last)
        state.add_date("2025-01-01")
        quads += state.quads(ox.NamedNode(f"{store.base.id}person/{i}"), graph)
    store.oxigraph.bulk_extend(quads)
    return store


def sparql_scan(store: Store, prefix: str, limit: int = 10) -> list[str]:
    key = summary.name_key(prefix).replace('"', "")
    rows = store.query(
        store.base.sparql_prefixes
        + f"""SELECT DISTINCT ?a ?n WHERE {{ GRAPH data:summary {{
          ?a kg:nameKey ?k ; kg:articleCount ?n .
          FILTER(STRSTARTS(?k, "{key}") || CONTAINS(?k, " {key}")) }} }} ORDER BY DESC(?n) ?a LIMIT {limit}"""
    )
    return [str(r[0]) for r in rows.rows]


def fts_index(store: Store) -> sqlite3.Connection:
    """The summary's name keys in an FTS5 table with 1-3 character prefix indexes."""
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE VIRTUAL TABLE names USING fts5(key, iri UNINDEXED, articles UNINDEXED, prefix='1 2 3')"
    )
    graph = ox.NamedNode(str(store.base.summary))
    counts = {
        q.subject.value: int(q.object.value)
        for q in store.oxigraph.quads_for_pattern(None, summary._COUNT, None, graph)
    }
    db.executemany(
        "INSERT INTO names VALUES (?, ?, ?)",
        (
            (q.object.value, q.subject.value, counts.get(q.subject.value, 0))
            for q in store.oxigraph.quads_for_pattern(None, summary._KEY, None, graph)
        ),
    )
    db.commit()
    return db


def fts_search(db: sqlite3.Connection, prefix: str, limit: int = 10) -> list[str]:
    words = summary.name_key(prefix).replace('"', "").split()
    match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
    rows = db.execute(
        "SELECT iri, MAX(articles) AS n FROM names WHERE names MATCH ? GROUP BY iri ORDER BY n DESC, iri LIMIT ?",
        (match.strip(), limit),
    )
    return [r[0] for r in rows]


def timed(fn, *args, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a store directory (opened read-only)")
    parser.add_argument("--actors", type=int, default=400_000, help="synthetic actors (without --store)")
    args = parser.parse_args()
    start = time.perf_counter()
    store = open_store(args.store, read_only=True) if args.store else synthetic(args.actors)
    graph = ox.NamedNode(str(store.base.summary))
    n_actors = sum(1 for _ in store.oxigraph.quads_for_pattern(None, summary._COUNT, None, graph))
    n_keys = sum(1 for _ in store.oxigraph.quads_for_pattern(None, summary._KEY, None, graph))
    print(f"{n_actors:,} actors, {n_keys:,} name keys (ready in {time.perf_counter() - start:.1f} s)")
    start = time.perf_counter()
    db = fts_index(store)
    print(f"FTS5 sidecar built in {time.perf_counter() - start:.1f} s")
    print(f"{'prefix':<10} {'hits':>5} {'kg index ms':>12} {'SPARQL scan ms':>15} {'FTS5 ms':>8}")
    for prefix in PREFIXES if args.store else SYNTHETIC_PREFIXES:
        hits = len(summary.search_actors(store, prefix))
        native = timed(summary.search_actors, store, prefix)
        scan = timed(sparql_scan, store, prefix, repeat=2)
        fts = timed(fts_search, db, prefix)
        print(f"{prefix!r:<10} {hits:>5} {native:>12.1f} {scan:>15.1f} {fts:>8.1f}")


if __name__ == "__main__":
    main()
