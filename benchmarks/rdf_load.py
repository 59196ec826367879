"""Bulk-load and query benchmark of the RDF layer: Oxigraph (the store) against rdflib in memory.

Generates synthetic extractions shaped like real ones (actors with aliases, typed events with agent,
target, place, time and quantity, facts with provenance, some attributed, modal or negated), then:

1. builds quads and bulk-loads them into an on-disk Oxigraph store (end to end, triples/s);
2. reloads the same data from an N-Quads file with Oxigraph's bulk loader (parser + storage only);
3. runs the named queries on the full store;
4. on a smaller slice, loads the same N-Quads into rdflib (in-memory Dataset) and into an in-memory
   Oxigraph store, runs the named queries on both and prints the ratios.

Prints numbers and ratios; never passes or fails on time.

    .venv/bin/python benchmarks/rdf_load.py                    # 1 M facts, 5 k-fact rdflib slice
    .venv/bin/python benchmarks/rdf_load.py --facts 50000      # quick look
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

from kg.rdf import vocab
from kg.rdf.quads import extraction_quads
from kg.rdf.query import named_queries, resolve_query
from kg.rdf.store import open_store
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
OPEN_VERBS = ["liken", "call-for", "warn", "deny", "praise"]


def actor_pool(rng: random.Random, size: int) -> list[Entity]:
    """People, organisations and countries with aliases, ids like the extractor's."""
    pool = []
    for i in range(size):
        kind = rng.choices(["Person", "GovernmentOrganization", "Organization", "Country"], [6, 2, 2, 1])[0]
        if kind == "Country":
            code = f"{chr(65 + i % 26)}{chr(65 + (i // 26) % 26)}"
            pool.append(Entity(f"country/{code}", f"Country {code}", kind, (code,), country_code=code))
        else:
            label = f"{'Person' if kind == 'Person' else 'Org'} {i}"
            pool.append(
                Entity(f"{kind.lower()}/{label.lower().replace(' ', '-')}", label, kind, (f"alias {i}",))
            )
    return pool


# the actor parameter is a person of the generated pool (the pool comes first from the seeded rng)
ACTOR = next(e.label for e in actor_pool(random.Random(7), 20_000) if e.type == "Person")
QUERIES = {
    "actors": {},
    "who-did-what-to-whom": {},
    "who-did-what --actor": {"actor": ACTOR},
    "events": {},
    "events --actor": {"actor": ACTOR},
    "casualties": {},
}


def synthetic(n_facts: int, per_article: int = 50, seed: int = 7) -> Iterator[Extraction]:
    """Extractions totalling `n_facts` relations (facts), `per_article` per article."""
    rng = random.Random(seed)
    actors = actor_pool(rng, 20_000)
    places = [Entity(f"location/place-{i}", f"Place {i}", "Location") for i in range(2_000)]
    concepts = [Entity(f"concept/thing-{i}", f"thing {i}", "Concept") for i in range(5_000)]
    base = dt.date(2025, 1, 1)
    for a in range(n_facts // per_article):
        doc = f"article-{a:07d}"
        events, relations, used = [], [], {}
        for r in range(per_article):
            start = r * 150
            sentence = f"Sentence {r} of {doc}: someone did something to someone else somewhere."
            prov = Provenance(doc, sentence, start, start + len(sentence), round(rng.uniform(0.5, 1.0), 2))
            subj = rng.choice(actors)
            used[subj.id] = subj
            hedge = rng.random()
            attribution = "officials" if hedge < 0.1 else None
            modality = "must" if 0.1 <= hedge < 0.15 else None
            negated = 0.15 <= hedge < 0.18
            if r % 3 == 0:  # every third fact belongs to an n-ary event
                etype = rng.choice(list(EVENT_TYPES))
                obj = rng.choice(actors + concepts)
                date = base + dt.timedelta(days=rng.randrange(365))
                roles = [
                    ("agent", subj),
                    ("target", obj),
                    ("place", rng.choice(places)),
                    ("time", Literal(date.isoformat(), "date")),
                ]
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
                    )
                )
            elif r % 3 == 1:
                verb = rng.choice(OPEN_VERBS)
                relations.append(
                    Relation(
                        subj,
                        verb,
                        verb + "d",
                        rng.choice(concepts),
                        prov,
                        attribution=attribution,
                        modality=modality,
                        negated=negated,
                    )
                )
            else:
                pred = rng.choice(["worksFor", "memberOf", "leaderOf", "basedIn", "citizenOf"])
                relations.append(Relation(subj, pred, pred, rng.choice(actors), prov))
        article = Article(
            doc, "", title=f"Title of {doc}", date=base + dt.timedelta(days=a % 365), source=f"{doc}.txt"
        )
        yield Extraction(article, tuple(used.values()), tuple(events), tuple(relations))


NAMES = {
    "who-did-what": "who-did-what-to-whom",
    **{n: n for n in ("actors", "who-did-what-to-whom", "events", "casualties")},
}


def timed(fn):
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def run_queries_oxigraph(store: ox.Store) -> dict[str, tuple[int, float]]:
    results = {}
    for label, params in QUERIES.items():
        sparql = resolve_query(NAMES[label.split()[0]], params)
        rows, seconds = timed(
            lambda s=sparql: sum(1 for _ in store.query(s, use_default_graph_as_union=True))
        )
        results[label] = (rows, seconds)
    return results


def run_queries_rdflib(dataset) -> dict[str, tuple[int, float]]:
    results = {}
    for label, params in QUERIES.items():
        sparql = resolve_query(NAMES[label.split()[0]], params)
        try:
            rows, seconds = timed(lambda s=sparql: sum(1 for _ in dataset.query(s)))
        except Exception as exc:  # noqa: BLE001 - rdflib's SPARQL engine fails on some valid queries
            rows, seconds = -1, float("nan")
            print(f"  rdflib failed on {label}: {type(exc).__name__}: {str(exc)[:80]}")
        results[label] = (rows, seconds)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--facts", type=int, default=1_000_000, help="facts (relations) to generate")
    parser.add_argument(
        "--rdflib-facts", type=int, default=5_000, help="facts in the rdflib comparison slice"
    )
    parser.add_argument(
        "--workdir", type=Path, default=None, help="where to put the store (default: a temp dir)"
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kg-bench-", dir=args.workdir))
    try:
        print(f"# kg RDF benchmark: {args.facts:,} facts, pyoxigraph {ox.__version__}")
        if args.facts:
            big(work, args.facts)
        compare(args.rdflib_facts)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def big(work: Path, facts: int) -> None:
    """Steps 1-3 on `facts` facts in an on-disk store."""
    store = open_store(work / "store")
    quads = (q for ex in synthetic(facts) for q in extraction_quads(ex))
    _, seconds = timed(lambda: store.bulk_load(quads))
    triples = store.count()
    print(
        f"build + bulk load (Python quads -> Oxigraph): {triples:,} triples in {seconds:.1f} s "
        f"= {triples / seconds:,.0f} triples/s ({facts / seconds:,.0f} facts/s)"
    )

    nq = work / "all.nq"
    store.oxigraph.dump(str(nq), ox.RdfFormat.N_QUADS)
    fresh = ox.Store(str(work / "reload"))
    _, seconds = timed(lambda: fresh.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS))
    size = nq.stat().st_size / 1e9
    print(
        f"bulk load of N-Quads file ({size:.2f} GB) into a new store: {seconds:.1f} s "
        f"= {triples / seconds:,.0f} triples/s"
    )

    print(f"\nnamed queries on {triples:,} triples (Oxigraph, all rows read):")
    for label, (rows, secs) in run_queries_oxigraph(store.oxigraph).items():
        print(f"  {label:24} {rows:>10,} rows  {secs:8.2f} s")
    store.close()


def compare(slice_facts: int) -> None:
    """Step 4: the same slice in rdflib (memory) and Oxigraph (memory)."""
    from rdflib import Dataset

    slice_quads = [q for ex in synthetic(slice_facts) for q in extraction_quads(ex)]
    ontology = list(ox.parse(path=str(vocab.ontology_path()), format=ox.RdfFormat.TURTLE))
    ont_graph = ox.NamedNode(str(vocab.ONTOLOGY_GRAPH))
    slice_quads += [ox.Quad(t.subject, t.predicate, t.object, ont_graph) for t in ontology]
    data = ox.serialize(slice_quads, format=ox.RdfFormat.N_QUADS)
    n = len(slice_quads)
    print(f"\nslice: {slice_facts:,} facts = {n:,} quads (with the ontology), from N-Quads in memory")

    mem = ox.Store()
    _, ox_load = timed(lambda: mem.bulk_load(data, format=ox.RdfFormat.N_QUADS))
    ds = Dataset(default_union=True)
    _, rl_load = timed(lambda: ds.parse(data=data, format="nquads"))
    print(
        f"  load      Oxigraph {n / ox_load:>12,.0f} quads/s   rdflib {n / rl_load:>10,.0f} quads/s   "
        f"ratio {rl_load / ox_load:6.1f}x"
    )
    ox_q, rl_q = run_queries_oxigraph(mem), run_queries_rdflib(ds)
    for label in QUERIES:
        (orows, osec), (rrows, rsec) = ox_q[label], rl_q[label]
        same = "same rows" if orows == rrows else f"ROWS DIFFER {orows} vs {rrows}"
        print(
            f"  {label:24} Oxigraph {osec:8.3f} s   rdflib {rsec:8.3f} s   ratio {rsec / max(osec, 1e-9):6.1f}x  "
            f"({orows:,} rows, {same})"
        )
    print(f"\nnamed queries available: {', '.join(named_queries())}")


if __name__ == "__main__":
    main()
