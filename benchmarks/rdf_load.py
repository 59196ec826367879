"""Scale benchmark of the RDF layer: build + load, triples per fact, store size and look-ups, by size.

Generates synthetic extractions shaped like the BBC corpus' (per fact: 0.5 sentences, about 0.7
described entities, an event with two or three participants for every third fact, which that fact
restates; 25 facts an article; actors drawn from a long-tailed pool, so a few are in many articles
and most in few, as in the news), then for each size:

1. builds the quads and loads them into a fresh on-disk store the way `kg build` does
   (`kg.pipeline.GraphWriter`: Oxigraph's bulk loader, bounded batches), end to end;
2. runs `kg.rdf.resolve` (the cross-document step `kg build` ends with);
3. times each look-up of `LOOKUPS` (best of three, or one run when it takes seconds; all rows read),
   wall clock and CPU.

Prints a Markdown table with the growth from the smallest to the largest size; never passes or
fails on time. `--rdflib-facts N` adds the old comparison with rdflib in memory on an N-fact slice.

    .venv/bin/python benchmarks/rdf_load.py                                  # 10 k and 100 k facts
    .venv/bin/python benchmarks/rdf_load.py --sizes 10000,100000,1000000     # and 1 M (heavy)
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.pipeline import GraphWriter
from kg.rdf import summary, summary_upkeep, vocab
from kg.rdf.quads import extraction_quads
from kg.rdf.resolve import resolve
from kg.rdf.store import Store, open_store
from kg.types import Article, Entity, Event, Extraction, Literal, Provenance, Relation

EVENT_TYPES = {
    "Attack": "attacked",
    "Killing": "killed",
    "Sanction": "sanctioned",
    "Order": "ordered",
    "Suspension": "suspended",
    "Accusation": "accused",
    "Statement": "said",
}
OPEN_VERBS = [
    f"{verb}-{prep}"
    for verb in ("call", "warn", "deny", "praise", "liken", "urge", "meet", "ask", "blame", "back")
    for prep in ("for", "to", "with", "of", "about")
]
POOL = 20_000
FACTS_PER_ARTICLE = 25
CAST = 10  # actors per article


def actor_pool(size: int = POOL) -> list[Entity]:
    """People, organisations and countries, ids like the extractor's; one in six has an alias."""
    rng = random.Random(7)
    pool = []
    for i in range(size):
        kind = rng.choices(["Person", "GovernmentOrganization", "Organization", "Country"], [6, 2, 2, 1])[0]
        if kind == "Country":
            code = f"{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}"
            pool.append(Entity(f"country/{code}", f"Country {code}", kind, (code,), country_code=code))
        else:
            label = f"{'Person' if kind == 'Person' else 'Org'} {i}"
            aliases = (f"alias {i}",) if i % 6 == 0 else ()
            pool.append(Entity(f"{kind.lower()}/{label.lower().replace(' ', '-')}", label, kind, aliases))
    return pool


ACTORS = actor_pool()
#: how often each actor is in the news: a long tail (rank r weighs 1 / (r + 10))
WEIGHTS = [1 / (rank + 10) for rank in range(POOL)]
#: the --actor of the look-ups: a person of rank about 100, in ~1 % of articles
ACTOR = next(e.label for e in ACTORS[100:] if e.type == "Person")
#: the most named person (about 7 % of articles): a look-up's answer grows with the archive
TOP_ACTOR = next(e.label for e in ACTORS if e.type == "Person")


def synthetic(n_facts: int, seed: int = 7) -> Iterator[Extraction]:
    """Extractions totalling `n_facts` relations (facts), `FACTS_PER_ARTICLE` an article."""
    rng = random.Random(seed)
    places = [Entity(f"location/place-{i}", f"Place {i}", "Location") for i in range(2_000)]
    concepts = [Entity(f"concept/thing-{i}", f"thing {i}", "Concept") for i in range(5_000)]
    base = dt.date(2025, 1, 1)
    for a in range(n_facts // FACTS_PER_ARTICLE):
        doc = f"article-{a:07d}"
        cast = list({e.id: e for e in rng.choices(ACTORS, WEIGHTS, k=CAST)}.values())
        themes, where = rng.sample(concepts, 5), rng.sample(places, 2)
        events, relations = [], []
        for r in range(FACTS_PER_ARTICLE):
            start = (r // 2) * 150  # two facts a sentence
            sentence = f"Sentence {r // 2} of {doc}: someone did something to someone else somewhere."
            prov = Provenance(doc, sentence, start, start + len(sentence), round(rng.uniform(0.5, 1.0), 2))
            subj = rng.choice(cast)
            hedge = rng.random()
            attribution = "officials" if hedge < 0.1 else None
            modality = "must" if 0.1 <= hedge < 0.15 else None
            negated = 0.15 <= hedge < 0.18
            if r % 3 == 0:  # every third fact belongs to an n-ary event, which it restates
                etype = rng.choice(list(EVENT_TYPES))
                obj = rng.choice(cast + themes)
                date = base + dt.timedelta(days=rng.randrange(365))
                roles = [("agent", subj), ("target" if etype == "Attack" else "patient", obj)]
                if rng.random() < 0.25:
                    roles.append(("place", rng.choice(where)))
                if etype == "Killing":
                    roles.append(("quantity", Literal(str(rng.randrange(1, 200)), "integer")))
                event = Event(
                    f"event/{doc}/{r}",
                    etype,
                    EVENT_TYPES[etype],
                    EVENT_TYPES[etype],
                    prov,
                    tuple(roles),
                    date=date,
                    quantity_qualifier="at least" if etype == "Killing" else "",
                    attribution=attribution,
                    modality=modality,
                    negated=negated,
                )
                events.append(event)
                relations.append(
                    Relation(
                        subj,
                        EVENT_TYPES[etype],
                        EVENT_TYPES[etype],
                        obj,
                        prov,
                        event=event.id,
                        attribution=attribution,
                        modality=modality,
                        negated=negated,
                        date=date,
                        rule="patterns",
                    )
                )
            elif r % 3 == 1:
                verb = rng.choice(OPEN_VERBS)
                relations.append(
                    Relation(
                        subj,
                        verb,
                        verb.replace("-", " "),
                        rng.choice(themes),
                        prov,
                        attribution=attribution,
                        modality=modality,
                        negated=negated,
                        rule="patterns",
                    )
                )
            else:
                pred = rng.choice(["worksFor", "memberOf", "leaderOf", "basedIn", "citizenOf"])
                relations.append(Relation(subj, pred, pred, rng.choice(cast), prov, rule="patterns"))
        article = Article(
            doc, "", title=f"Title of {doc}", date=base + dt.timedelta(days=a % 365), source=f"{doc}.txt"
        )
        yield Extraction(article, (*cast, *themes, *where), tuple(events), tuple(relations))


Lookup = tuple[str, Callable[[Store], object]]

#: the look-ups timed at every size, as (name, callable on the store); its result's len() is the
#: row count. `kg query` prints 100 rows unless told otherwise: the first page of a look-up by actor
#: is what a user waits for, the whole answer what a program reading every page does. Other parts of
#: issue 13 (prefix search, indexed name look-ups) add theirs here.
LOOKUPS: list[Lookup] = [
    ("events --actor --limit 100", lambda s: s.query("events", actor=ACTOR, limit=100)),
    (
        "who-did-what-to-whom --actor --limit 100",
        lambda s: s.query("who-did-what-to-whom", actor=ACTOR, limit=100),
    ),
    (
        "who-did-what-to-whom --actor --limit 100, most named",
        lambda s: s.query("who-did-what-to-whom", actor=TOP_ACTOR, limit=100),
    ),
    ("events --actor (all rows)", lambda s: s.query("events", actor=ACTOR)),
    ("who-did-what-to-whom --actor (all rows)", lambda s: s.query("who-did-what-to-whom", actor=ACTOR)),
    (
        "who-did-what-to-whom --actor, most named (all rows)",
        lambda s: s.query("who-did-what-to-whom", actor=TOP_ACTOR),
    ),
    ("actors --limit 100", lambda s: s.query("actors", limit=100)),
    ("casualties --limit 100", lambda s: s.query("casualties", limit=100)),
    ("actor look-up (summary)", lambda s: [summary.actor(s, ACTOR)]),
    ("prefix search, 3 letters", lambda s: summary.search_actors(s, ACTOR[:3], limit=10)),
    ("prefix search, 8 letters", lambda s: summary.search_actors(s, ACTOR[:8], limit=10)),
]


class _Clock:
    """Wall and CPU time spent inside an iterator (to leave the generation of synthetic data out of
    a timing)."""

    def __init__(self) -> None:
        self.seconds = self.cpu = self.python = 0.0

    def through(self, items: Iterable[Extraction]) -> Iterator[Extraction]:
        it = iter(items)
        while True:
            start, cpu, python = time.perf_counter(), time.process_time(), time.thread_time()
            item = next(it, None)
            self.seconds += time.perf_counter() - start
            self.cpu += time.process_time() - cpu
            self.python += time.thread_time() - python
            if item is None:
                return
            yield item


def disk_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def measure(work: Path, facts: int, keep: bool = False) -> dict[str, str]:
    """Build, load and query `facts` facts in a fresh store; one column of the table. With `keep`,
    the store stays in `work`, and a store already there is only queried (to re-time the look-ups
    after a change without building again)."""
    path = work / f"store-{facts}"
    if keep and path.is_dir():
        with open_store(path) as store:
            if summary_upkeep.is_stale(store):  # kept from an older kg: as its next build would
                start = time.perf_counter()
                summary_upkeep.rebuild(store)
                print(f"  {facts:,} facts: summary remade in {time.perf_counter() - start:.0f} s")
            column = time_lookups(store)
        _print(facts, column)
        return column
    column: dict[str, str] = {}
    store = open_store(path)
    clock = _Clock()
    start, cpu, python = time.perf_counter(), time.process_time(), time.thread_time()
    writer = GraphWriter(store)
    for extraction in clock.through(synthetic(facts)):
        writer.write(extraction.article.id, extraction_quads(extraction, content_hash="-", base=store.base))
    writer.close()
    store.flush()
    seconds = time.perf_counter() - start - clock.seconds
    cpu = time.process_time() - cpu - clock.cpu
    python = time.thread_time() - python - clock.python
    triples = store.count()
    column["build + load (triples/s)"] = f"{triples / seconds:,.0f}"
    # on a shared machine the wall clock counts the time other processes held the cores
    column["build + load (triples/CPU s)"] = f"{triples / cpu:,.0f}"
    column["build + load (s)"] = f"{seconds:.1f}"
    # Python runs in this thread; Oxigraph's bulk loader and RocksDB's compactions in threads of
    # their own, whose CPU time alone bounds what any Python-side saving can reach
    column["build + load, this thread (CPU s)"] = f"{python:.1f}"
    column["build + load, Oxigraph's threads (CPU s)"] = f"{cpu - python:.1f}"
    column["triples"] = f"{triples:,}"
    column["triples per fact"] = f"{triples / facts:.1f}"
    start = time.perf_counter()
    resolve(store)
    column["resolve (s)"] = f"{time.perf_counter() - start:.1f}"
    store.flush()
    column["store on disk (MB)"] = f"{disk_size(path) / 1e6:,.0f}"
    column |= time_lookups(store)
    _print(facts, column)
    store.close()
    if not keep:
        shutil.rmtree(path, ignore_errors=True)
    return column


def time_lookups(store: Store, repeats: int = 3) -> dict[str, str]:
    """Each of `LOOKUPS` on `store`: best of `repeats` (one run when it takes seconds), all rows read."""
    column = {}
    for name, lookup in LOOKUPS:
        times, cpus, rows = [], [], 0
        while len(times) < repeats and sum(times) < 5:
            start, cpu = time.perf_counter(), time.process_time()
            rows = len(lookup(store))  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        # on a shared machine the CPU time (Oxigraph answers in the calling thread) is the fairer figure
        column[f"{name} (ms)"] = f"{min(times) * 1000:,.0f} ({rows:,} rows, CPU {min(cpus) * 1000:,.0f})"
    return column


def _print(facts: int, column: dict[str, str]) -> None:
    for row, value in column.items():
        print(f"  {facts:,} facts: {row} {value}", flush=True)


def _number(cell: str) -> float:
    return float(cell.split()[0].replace(",", ""))


def table(columns: dict[int, dict[str, str]]) -> str:
    sizes = sorted(columns)
    head = "| | " + " | ".join(f"{n:,} facts" for n in sizes) + " | growth |"
    lines = [head, "|---" * (len(sizes) + 2) + "|"]
    for row in dict.fromkeys(r for n in sizes for r in columns[n]):
        cells = [columns[n].get(row, "") for n in sizes]
        first, last = (_number(c) if c else 0.0 for c in (cells[0], cells[-1]))
        growth = f"{last / first:.1f}x" if first and len(sizes) > 1 else ""
        lines.append(f"| {row} | " + " | ".join(cells) + f" | {growth} |")
    return "\n".join(lines)


def compare(slice_facts: int) -> None:
    """The same slice in rdflib (memory) and Oxigraph (memory): load and named-query times."""
    from rdflib import Dataset

    from kg.rdf.query import resolve_query

    quads = [q for ex in synthetic(slice_facts) for q in extraction_quads(ex)]
    ontology = ox.parse(path=str(vocab.ontology_path()), format=ox.RdfFormat.TURTLE)
    graph = ox.NamedNode(str(vocab.ONTOLOGY_GRAPH))
    quads += [ox.Quad(t.subject, t.predicate, t.object, graph) for t in ontology]
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    mem, ds = ox.Store(), Dataset(default_union=True)
    ox_load = _seconds(lambda: mem.bulk_load(data, format=ox.RdfFormat.N_QUADS))
    rl_load = _seconds(lambda: ds.parse(data=data, format="nquads"))
    print(
        f"\nrdflib slice: {slice_facts:,} facts = {len(quads):,} quads; load: Oxigraph {ox_load:.2f} s, "
        f"rdflib {rl_load:.2f} s ({rl_load / ox_load:.0f}x)"
    )
    for name in ("actors", "who-did-what-to-whom", "events", "casualties"):
        sparql = resolve_query(name)
        ox_s = _seconds(lambda s=sparql: sum(1 for _ in mem.query(s, use_default_graph_as_union=True)))
        rl_s = _seconds(lambda s=sparql: sum(1 for _ in ds.query(s)))
        print(f"  {name:24} Oxigraph {ox_s:8.3f} s   rdflib {rl_s:8.3f} s   ({rl_s / max(ox_s, 1e-9):.0f}x)")


def _seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated fact counts")
    parser.add_argument("--rdflib-facts", type=int, default=0, help="also compare rdflib on this slice")
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where the stores go (default: a temp dir)"
    )
    parser.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep the stores in this directory; a store already there is only queried again",
    )
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-", dir=args.workdir))
    work.mkdir(parents=True, exist_ok=True)
    try:
        print(f"# kg RDF scale benchmark, pyoxigraph {ox.__version__}, actor {ACTOR!r}\n")
        columns = {}
        for n in sizes:
            columns[n] = measure(work, n, keep=args.keep is not None)
        print()
        print(table(columns))
        if args.rdflib_facts:
            compare(args.rdflib_facts)
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
