"""The graph a build writes, against a golden file: changes made for speed must not change a quad.

`golden/build.nq` holds, as sorted N-Quads, every quad but the ontology's that `kg build`'s writer
leaves in a store after bulk-loading three articles (the sample, a copy under another id and date,
the hostile one) and replacing one of them: the article graphs and the summary graph. A change to
what the graph says updates the file on purpose: `python -m tests.rdf.test_golden` rewrites it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pyoxigraph as ox

from kg.pipeline import GraphWriter
from kg.rdf.quads import extraction_quads
from kg.rdf.store import ONTOLOGY_NODE, open_store
from tests.rdf.conftest import hostile_extraction, sample_extraction

GOLDEN = Path(__file__).parent / "golden" / "build.nq"


def built(path: Path) -> list[str]:
    """The store's quads (the ontology's left out) as sorted N-Quads lines, after the writes above."""
    with open_store(path) as store:
        writer = GraphWriter(store)
        first = sample_extraction()
        for ex in (first, sample_extraction("colombia-us-2", dt.date(2025, 11, 13)), hostile_extraction()):
            writer.write(ex.article.id, extraction_quads(ex, content_hash="hash", base=store.base))
        writer.close()
        # a graph the store holds is replaced (one transaction), here by the article minus a fact
        changed = dataclasses.replace(first, relations=first.relations[1:])
        writer.write(first.article.id, extraction_quads(changed, content_hash="hash2", base=store.base))
        quads = [q for q in store.oxigraph if q.graph_name != ONTOLOGY_NODE]
    return sorted(ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode().splitlines())


def test_a_build_writes_the_golden_graph(tmp_path):
    lines = built(tmp_path / "store")
    golden = GOLDEN.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(golden)
    assert lines == golden


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        GOLDEN.write_text("\n".join(built(Path(tmp) / "store")) + "\n", encoding="utf-8")
