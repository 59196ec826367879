"""Drawing a random sample of facts to review, stratified by article.

    items = draw(store, 50, seed=7, docs=["doc-1"], predicates=["sanctioned"], classes=["Attack"])

The pool is every fact in the article graphs that matches the filters and has no verdict yet (so
repeated sessions add fresh facts, and their union stays a uniform sample without replacement).
Each article gets a share of the sample proportional to its number of facts in the pool (largest
remainders, ties broken by the seed): the sample is self-weighting, so the share of right facts in
it estimates the precision of the pool. The same store, filters and seed give the same sample.

Drawing reads only fact IRIs, articles, predicates and event classes; the details (labels, sentence,
offsets, hedges, rule, confidence) are read for the sampled facts only, so a large store is cheap.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rdflib import RDFS, URIRef

from kg.errors import InputError
from kg.rdf import vocab
from kg.types import stated_date

if TYPE_CHECKING:
    from kg.rdf.store import Store

__all__ = ["SampleItem", "draw", "event_class_names", "highlight"]

# the queries below get the store's own PREFIX lines (`store.base.sparql_prefixes`, with `data:`) when run
_LABEL = f"""
  OPTIONAL {{ GRAPH ?g {{ ?p rdfs:label ?openLabel }} }}
  OPTIONAL {{ GRAPH <{vocab.ONTOLOGY_GRAPH}> {{ ?p rdfs:label ?termLabel }} }}
  BIND(STR(COALESCE(?termLabel, ?openLabel, REPLACE(STR(?p), "^.*[#/]", ""))) AS ?pLabel)"""

_POOL = f"""
SELECT ?fact ?doc ?p ?pLabel ?eventClass WHERE {{
  GRAPH ?g {{
    ?fact a kg:Fact ; rdf:predicate ?p ; kg:restates?/prov:wasDerivedFrom/prov:wasQuotedFrom ?article .
    ?article kg:documentId ?doc .
    OPTIONAL {{ ?fact kg:partOfEvent|kg:restates ?event . ?event a ?eventClass }}
  }}
  {_LABEL}
  #reviewed OPTIONAL {{ GRAPH data:verdicts {{ ?verdict kg:reviewedFact ?fact }} }}
  #reviewed FILTER(!BOUND(?verdict))
}}"""

_DETAILS = f"""
SELECT ?fact ?doc ?s ?sLabel ?sType ?p ?pLabel ?o ?oLabel ?oType ?sentence ?start ?end ?confidence
       ?asserted ?attribution ?modality ?negated ?date ?precision ?rule ?event ?eventClass ?ss ?se ?os ?oe WHERE {{
  VALUES ?fact {{ FACTS }}
  GRAPH ?g {{
    # a fact that kg:restates its event takes its sentence, hedges, date and (when it has none of its
    # own) confidence from the event, and its rule from its article when it states none
    ?fact rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:restates?/prov:wasDerivedFrom ?evidence .
    ?evidence kg:text ?sentence ; kg:start ?start ; kg:end ?end ; prov:wasQuotedFrom ?article .
    ?article kg:documentId ?doc .
    OPTIONAL {{ ?s rdfs:label ?sLabel }} OPTIONAL {{ ?s a ?sType }}
    OPTIONAL {{ ?o rdfs:label ?oName }} OPTIONAL {{ ?o a ?oType }} OPTIONAL {{ ?fact kg:objectText ?oText }}
    OPTIONAL {{ ?fact kg:confidence ?ownConfidence }} OPTIONAL {{ ?fact kg:restates/kg:confidence ?eventConfidence }}
    OPTIONAL {{ ?fact kg:restates?/kg:attribution ?attribution }}
    OPTIONAL {{ ?fact kg:restates?/kg:modality ?modality }} OPTIONAL {{ ?fact kg:restates?/kg:date ?date }}
    OPTIONAL {{ ?fact kg:restates?/kg:datePrecision ?precision }}
    OPTIONAL {{ ?fact kg:restates?/kg:negated ?negatedTrue }}
    OPTIONAL {{ ?fact kg:rule ?ownRule }} OPTIONAL {{ ?article kg:rule ?articleRule }}
    OPTIONAL {{ ?fact kg:partOfEvent|kg:restates ?event . ?event a ?eventClass }}
    OPTIONAL {{ ?fact kg:subjectSpan ?subjectSpan }}
    OPTIONAL {{ ?fact kg:objectSpan ?objectSpan }}
  }}
  BIND(COALESCE(?oName, ?oText) AS ?oLabel)
  BIND(COALESCE(?ownConfidence, ?eventConfidence) AS ?confidence)
  BIND(COALESCE(?ownRule, ?articleRule) AS ?rule)
  BIND(COALESCE(?negatedTrue, false) AS ?negated)
  BIND(!BOUND(?attribution) && !BOUND(?modality) && !?negated AS ?asserted)
  BIND(xsd:integer(STRBEFORE(?subjectSpan, "-")) AS ?ss) BIND(xsd:integer(STRAFTER(?subjectSpan, "-")) AS ?se)
  BIND(xsd:integer(STRBEFORE(?objectSpan, "-")) AS ?os) BIND(xsd:integer(STRAFTER(?objectSpan, "-")) AS ?oe)
  {_LABEL}
}}"""

_NAMES = """
SELECT ?node ?name WHERE { VALUES ?node { NODES } GRAPH ?g { ?node rdfs:label|skos:altLabel|kg:trigger ?name } }"""


def _local(iri: str | None) -> str:
    return re.split(r"[#/]", iri or "")[-1]


@dataclass(frozen=True)
class SampleItem:
    """One fact to review, with everything a reviewer needs to judge it.

    `subject_span` and `object_span` are (start, end) offsets into `sentence` (None when not found);
    `confidence` is None when the extractor gave none.
    """

    fact: str
    doc: str
    subject: str
    subject_type: str
    predicate: str
    predicate_iri: str
    object: str
    object_type: str
    sentence: str
    start: int
    end: int
    subject_span: tuple[int, int] | None = None
    object_span: tuple[int, int] | None = None
    confidence: float | None = None
    asserted: bool = True
    attribution: str = ""
    modality: str = ""
    negated: bool = False
    date: str = ""
    rule: str = ""
    event: str = ""
    event_class: str = ""

    @property
    def summary(self) -> str:
        """The triple as one line: "Trump administration sanctioned Gustavo Petro"."""
        return f"{'not ' if self.negated else ''}{self.subject} {self.predicate} {self.object}"

    def record(self) -> dict:
        """The JSON object of `kg review --export` (with empty verdict, reason and note to fill in)."""
        return {
            "fact": self.fact,
            "doc": self.doc,
            "subject": {"label": self.subject, "type": self.subject_type},
            "predicate": {"label": self.predicate, "iri": self.predicate_iri},
            "object": {"label": self.object, "type": self.object_type},
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "subject_span": list(self.subject_span) if self.subject_span else None,
            "object_span": list(self.object_span) if self.object_span else None,
            "confidence": self.confidence,
            "asserted": self.asserted,
            "attribution": self.attribution,
            "modality": self.modality,
            "negated": self.negated,
            "date": self.date,
            "rule": self.rule,
            "event": self.event,
            "event_class": self.event_class,
            "verdict": "",
            "reason": "",
            "note": "",
        }


def highlight(
    sentence: str, names: Iterable[str], avoid: tuple[int, int] | None = None
) -> tuple[int, int] | None:
    """Where one of `names` occurs in `sentence` as whole words (case-insensitive), longest name first,
    preferring a place that does not overlap `avoid` (the other argument); None if nowhere."""
    found = None
    for name in sorted({n.strip() for n in names if n and n.strip()}, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", sentence, re.IGNORECASE):
            span = (m.start(), m.end())
            if avoid is None or span[1] <= avoid[0] or span[0] >= avoid[1]:
                return span
            found = found or span
    return found


def event_class_names() -> list[str]:
    """The event classes `--class` accepts."""
    return sorted(vocab.event_classes())


def _classes(names: Sequence[str]) -> set[str]:
    """Event class IRIs for `names` (case-insensitive), subclasses included."""
    known = {name.lower(): name for name in event_class_names()}
    wanted: set[str] = set()
    graph = vocab.ontology_graph()
    for name in names:
        cls = known.get(name.strip().lower())
        if cls is None:
            raise InputError(
                f"unknown event class {name!r} for --class; use one of: " + ", ".join(known.values())
            )
        wanted |= {str(c) for c in graph.transitive_subjects(RDFS.subClassOf, URIRef(vocab.KG[cls]))}
    return wanted


def _allocate(sizes: dict[str, int], n: int, rng: random.Random) -> dict[str, int]:
    """Split `n` over strata proportionally to `sizes` (largest remainders, ties in random order)."""
    total = sum(sizes.values())
    quotas = {k: n * v / total for k, v in sizes.items()}
    shares = {k: int(q) for k, q in quotas.items()}
    order = sorted(sizes, key=lambda k: (shares[k] - quotas[k], rng.random()))
    for k in order[: n - sum(shares.values())]:
        shares[k] += 1
    return shares


def _pool(
    store: Store,
    docs: Sequence[str],
    predicates: Sequence[str],
    classes: Sequence[str],
    include_reviewed: bool,
) -> dict[str, list[str]]:
    sparql = store.base.sparql_prefixes + (_POOL if include_reviewed else _POOL.replace("#reviewed ", ""))
    wanted_classes = _classes(classes) if classes else set()
    wanted_predicates = {p.strip().lower() for p in predicates}
    by_doc: dict[str, set[str]] = defaultdict(set)
    all_docs: set[str] = set()
    for row in store.query(sparql).records():
        all_docs.add(row["doc"] or "")
        if docs and row["doc"] not in docs:
            continue
        if (
            wanted_predicates
            and not {(row["pLabel"] or "").lower(), _local(row["p"]).lower()} & wanted_predicates
        ):
            continue
        if wanted_classes and row["eventClass"] not in wanted_classes:
            continue
        by_doc[row["doc"] or ""].add(row["fact"] or "")
    missing = [d for d in docs if d not in all_docs]
    if missing:
        raise InputError(
            f"no article {missing[0]!r} in {store.location}; use one of: "
            + (", ".join(sorted(all_docs)) or "(none: build some first)")
        )
    return {doc: sorted(facts) for doc, facts in sorted(by_doc.items())}


def draw(
    store: Store,
    size: int,
    seed: int = 0,
    *,
    docs: Sequence[str] = (),
    predicates: Sequence[str] = (),
    classes: Sequence[str] = (),
    include_reviewed: bool = False,
) -> list[SampleItem]:
    """A random sample of at most `size` facts, stratified by article, in article and text order.

    Args:
        store: the store.
        size: how many facts (fewer when the pool is smaller).
        seed: the random seed; the same store, filters and seed give the same sample.
        docs: only these article ids.
        predicates: only facts with one of these predicates (label or local name, case-insensitive).
        classes: only facts that are part of an event of one of these classes (subclasses included).
        include_reviewed: draw from facts that already have a verdict too.

    Raises:
        InputError: size < 1, an unknown article id or event class.
    """
    if size < 1:
        raise InputError(f"--sample must be at least 1, not {size}")
    pool = _pool(store, docs, predicates, classes, include_reviewed)
    rng = random.Random(seed)
    total = sum(len(facts) for facts in pool.values())
    shares = (
        _allocate({doc: len(facts) for doc, facts in pool.items()}, min(size, total), rng) if total else {}
    )
    chosen = [fact for doc, facts in pool.items() for fact in rng.sample(facts, shares[doc])]
    return details(store, chosen)


def _int(value: str | None) -> int | None:
    return int(value) if value not in (None, "") else None


def details(store: Store, facts: Sequence[str]) -> list[SampleItem]:
    """The `SampleItem`s of the given fact IRIs (those still in the store), in article and text order."""
    if not facts:
        return []
    rows = store.query(
        store.base.sparql_prefixes + _DETAILS.replace("FACTS", " ".join(f"<{f}>" for f in facts))
    ).records()
    first: dict[str, dict] = {}
    for row in rows:
        first.setdefault(row["fact"] or "", row)  # an entity typed twice gives two rows: keep one
    nodes = {row[k] for row in first.values() for k in ("s", "o") if row[k] and "://" in row[k]}
    names: dict[str, set[str]] = defaultdict(set)
    if nodes:
        for row in store.query(
            store.base.sparql_prefixes + _NAMES.replace("NODES", " ".join(f"<{n}>" for n in sorted(nodes)))
        ).records():
            names[row["node"] or ""].add(row["name"] or "")
    items = []
    for fact, row in first.items():
        start = int(row["start"] or 0)
        sentence = row["sentence"] or ""

        def span(a: str, b: str, node: str, label: str, avoid=None, row=row, start=start, sentence=sentence):
            lo, hi = _int(row[a]), _int(row[b])
            if lo is not None and hi is not None and start <= lo <= hi <= start + len(sentence):
                return lo - start, hi - start
            return highlight(sentence, names.get(node, set()) | {label}, avoid)

        subject, obj = row["sLabel"] or _local(row["s"]), row["oLabel"] or row["o"] or ""
        s_span = span("ss", "se", row["s"] or "", subject)
        o_span = span("os", "oe", row["o"] or "", obj, s_span)
        items.append(
            SampleItem(
                fact=fact,
                doc=row["doc"] or "",
                subject=subject,
                subject_type=_local(row["sType"]),
                predicate=row["pLabel"] or _local(row["p"]),
                predicate_iri=row["p"] or "",
                object=obj,
                object_type=_local(row["oType"]) if row["oType"] else "literal",
                sentence=sentence,
                start=start,
                end=int(row["end"] or 0),
                subject_span=s_span,
                object_span=o_span,
                confidence=float(row["confidence"]) if row["confidence"] else None,
                asserted=row["asserted"] == "true",
                attribution=row["attribution"] or "",
                modality=row["modality"] or "",
                negated=row["negated"] == "true",
                date=stated_date(row["date"] or "", row["precision"]),
                rule=row["rule"] or "",
                event=row["event"] or "",
                event_class=_local(row["eventClass"]),
            )
        )
    return sorted(items, key=lambda i: (i.doc, i.start, i.fact))
