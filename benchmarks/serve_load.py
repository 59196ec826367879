"""Load benchmark of `kg serve`: p50/p95 latency of the actor page and of a SPARQL look-up under 1, 10
and 50 concurrent clients, against a real server on 127.0.0.1.

The store is the whole BBC corpus extracted once (a pickled `list[Extraction]`, see common set-up) and
loaded `--copies` times, each copy under other article ids (its events and sentences keep their IRIs),
so an actor appears in twice the articles
(2 copies: 114 k facts). The server is started as a user would (`kg serve --store DIR --port P`);
clients are asyncio tasks sharing one httpx client, each sending its next request when the last one
is answered. Each level sends `--requests` requests or stops after `--seconds`, whichever comes first;
the run stops by itself. Client and server share this machine's cores, so the numbers are an upper
bound on what the server alone needs.

    python benchmarks/serve_load.py --pickle /work/bbc/extractions.pkl --store /tmp/serve-bench
    python benchmarks/serve_load.py --store /tmp/serve-bench --clients 1,10 --requests 100   # reuse it

Prints numbers; never passes or fails on time.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import os
import pickle
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import httpx

from kg.rdf.quads import extraction_quads
from kg.rdf.store import open_store

ROOT = Path(__file__).resolve().parents[1]
# the most-mentioned actors: the heaviest actor pages, and realistic for an analyst's first searches
TOP_ACTORS = """
SELECT ?actor ?label (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?actor a ?type ; rdfs:label ?label }
  VALUES ?type { kg:Person kg:Organization kg:GovernmentOrganization kg:Country }
} GROUP BY ?actor ?label ORDER BY DESC(?n) LIMIT 20"""
# a look-up by name: the actor, its class and the articles naming it
LOOKUP = """SELECT ?actor ?type ?g WHERE {{ GRAPH ?g {{ ?actor rdfs:label {name} ; a ?type }} }}"""


def build_store(pickled: Path, path: Path, copies: int) -> None:
    """Load the pickled extractions `copies` times into a fresh store at `path`."""
    with pickled.open("rb") as f:
        extractions = pickle.load(f)
    started = time.perf_counter()
    with open_store(path) as store:
        copied = (
            dataclasses.replace(x, article=dataclasses.replace(x.article, id=f"{x.article.id}~{copy}"))
            if copy
            else x
            for copy in range(copies)
            for x in extractions
        )
        # one streamed bulk load: Oxigraph's bulk loader writes a few large files, not one per article
        store.bulk_load(quad for x in copied for quad in extraction_quads(x, base=store.base))
        facts = sum(len(x.relations) for x in extractions) * copies
        print(
            f"store: {len(extractions) * copies} articles, {facts:,} facts, {store.count():,} triples, "
            f"loaded in {time.perf_counter() - started:.0f} s"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "serve",
            "--store",
            str(path),
            "--port",
            str(port),
        ],
        env=env,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            httpx.get(url + "/", timeout=1).raise_for_status()
            return process, url
        except httpx.HTTPError:
            if process.poll() is not None:
                raise SystemExit("kg serve exited") from None
            time.sleep(0.1)
    process.terminate()
    raise SystemExit("kg serve did not answer in 60 s")


async def level(urls: list[str], clients: int, requests: int, seconds: float) -> tuple[list[float], int]:
    """Latencies (s) of up to `requests` GETs cycling through `urls`, `clients` at a time; and failures."""
    latencies: list[float] = []
    failures = 0
    sent = 0
    deadline = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=120, limits=limits) as client:

        async def one_client() -> None:
            nonlocal sent, failures
            while sent < requests and time.perf_counter() < deadline:
                url = urls[sent % len(urls)]
                sent += 1
                started = time.perf_counter()
                response = await client.get(url)
                latencies.append(time.perf_counter() - started)
                failures += response.status_code != 200

        await asyncio.gather(*(one_client() for _ in range(clients)))
    return latencies, failures


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--store", type=Path, default=Path("/tmp/serve-bench"), help="store directory (made if missing)"
    )
    parser.add_argument(
        "--pickle", type=Path, default=Path("/work/bbc/extractions.pkl"), help="pickled extractions"
    )
    parser.add_argument("--copies", type=int, default=2, help="times the corpus is loaded (default 2)")
    parser.add_argument("--clients", default="1,10,50", help="concurrency levels (default 1,10,50)")
    parser.add_argument("--requests", type=int, default=200, help="requests per level and workload")
    parser.add_argument("--seconds", type=float, default=120.0, help="time cap per level and workload")
    args = parser.parse_args()

    if not args.store.exists():
        build_store(args.pickle, args.store, args.copies)
    with open_store(args.store, read_only=True) as store:
        top = store.query(store.base.sparql_prefixes + TOP_ACTORS).records()
    print("actors:", ", ".join(f"{r['label']} ({r['n']})" for r in top[:5]), "…")
    workloads = {
        "actor page": [f"/actor?iri={quote(r['actor'] or '', safe='')}" for r in top],
        "SPARQL look-up": [
            "/sparql?query=" + quote(LOOKUP.format(name='"' + (r["label"] or "").replace('"', '\\"') + '"'))
            for r in top
        ],
    }
    process, url = start_server(args.store)
    try:
        print("| workload | clients | requests | p50 ms | p95 ms | requests/s | failed |")
        print("|---|---|---|---|---|---|---|")
        for name, paths in workloads.items():
            asyncio.run(
                level([url + p for p in paths], 1, len(paths), args.seconds)
            )  # warm caches and workers
            for clients in (int(c) for c in args.clients.split(",")):
                started = time.perf_counter()
                latencies, failures = asyncio.run(
                    level([url + p for p in paths], clients, args.requests, args.seconds)
                )
                took = time.perf_counter() - started
                print(
                    f"| {name} | {clients} | {len(latencies)} | {1000 * percentile(latencies, 50):.0f} | "
                    f"{1000 * percentile(latencies, 95):.0f} | {len(latencies) / took:.1f} | {failures} |",
                    flush=True,
                )
    finally:
        process.terminate()
        process.wait(timeout=30)


if __name__ == "__main__":
    main()
