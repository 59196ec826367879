"""Extractions → the JSON Lines contract other tools read, and a table for people."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from kg.nlp.entities import ACTORS_AND_PLACES
from kg.nlp.lexicon import CLOSED_PREDICATES
from kg.types import Entity, Extraction, Literal, Relation, stated_date

__all__ = ["actor_record", "records", "relation_record"]


def predicate_curie(name: str) -> str:
    """`kg:killed` for an ontology property, `rel:call-for` for a verb-derived one."""
    return f"kg:{name}" if name in CLOSED_PREDICATES else f"rel:{name}"


def _node(node: Entity | Literal) -> dict:
    if isinstance(node, Literal):
        out = {"value": node.value, "datatype": node.datatype}
        if node.unit:
            out["unit"] = node.unit
        if node.text:
            out["label"] = node.text
        return out
    return {"id": node.id, "label": node.label, "type": node.type}


def relation_record(rel: Relation) -> dict:
    """One triple as the `kg extract --format jsonl` object."""
    rec = {
        "doc": rel.provenance.doc,
        "subject": _node(rel.subject),
        "predicate": {"id": predicate_curie(rel.predicate), "label": rel.predicate_label},
        "object": _node(rel.object),
        "sentence": rel.provenance.sentence,
        "start": rel.provenance.start,
        "end": rel.provenance.end,
        "confidence": rel.provenance.confidence,
    }
    if rel.event:
        rec["event"] = rel.event
    if rel.date:
        rec["date"] = stated_date(rel.date.isoformat(), rel.date_precision)
    if rel.attribution:
        rec["attribution"] = rel.attribution
    if rel.modality:
        rec["modality"] = rel.modality
    if rel.negated:
        rec["negated"] = True
    if rel.rule:
        rec["rule"] = rel.rule
    return rec


def actor_record(entity: Entity, extraction: Extraction) -> dict:
    """An actor of the article as a typing triple (`X rdf:type kg:Person`) with where it is first named:
    `mention` holds that mention's offsets (a name before a description), `sentence`, `start` and `end`
    the sentence around it (as for a fact), `mentions` how often the article mentions the actor."""
    names = entity.mentions_of("name")
    first = (names or entity.mentions or (None,))[0]
    rec: dict[str, object] = {
        "doc": extraction.article.id,
        "subject": _node(entity),
        "predicate": {"id": "rdf:type", "label": "is a"},
        "object": {"id": f"kg:{entity.type}", "label": entity.type},
    }
    bounds = extraction.sentences
    i = bisect_right(bounds, (first[0], len(extraction.article.text))) - 1 if first else -1
    if first and i >= 0 and first[0] < bounds[i][1]:
        start, end = bounds[i]
        rec |= {"sentence": extraction.article.text[start:end].strip(), "start": start, "end": end}
    if first:
        rec["mention"] = list(first)
    rec["mentions"] = len(entity.mentions)
    if aliases := sorted(set(entity.aliases) - {entity.label}):
        rec["aliases"] = aliases
    return rec


def records(extraction: Extraction) -> Iterator[dict]:
    """The JSON records of an extraction: its actors (people, organisations, countries, places, whether
    or not a fact names them), then every relation in text order."""
    for entity in extraction.entities:
        if entity.type in ACTORS_AND_PLACES:
            yield actor_record(entity, extraction)
    for rel in extraction.relations:
        yield relation_record(rel)
