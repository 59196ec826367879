"""Extractions → the JSON Lines contract other tools read, and a table for people."""

from __future__ import annotations

from collections.abc import Iterator

from kg.nlp.lexicon import CLOSED_PREDICATES
from kg.types import Entity, Extraction, Literal, Relation, stated_date

__all__ = ["records", "relation_record"]


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


def records(extraction: Extraction) -> Iterator[dict]:
    """The JSON records of every relation in an extraction, in text order."""
    for rel in extraction.relations:
        yield relation_record(rel)
