"""How nodes look in every view: colour and shape by class, the ontology's class labels, short labels."""

from __future__ import annotations

from functools import cache

from rdflib import RDFS

from kg.rdf import vocab
from kg.views.graph import TIME_CLASS

__all__ = ["KIND_NAMES", "STYLES", "class_label", "short", "style_of"]

#: class -> (colour, vis.js shape); events are diamonds, dates stars
STYLES: dict[str, tuple[str, str]] = {
    "Person": ("#4e79a7", "dot"),
    "Organization": ("#59a14f", "square"),
    "GovernmentOrganization": ("#8cd17d", "square"),
    "MilitaryOrganization": ("#2e7d32", "square"),
    "Group": ("#b07aa1", "hexagon"),
    "Country": ("#f28e2b", "triangle"),
    "Actor": ("#79706e", "dot"),
    "Location": ("#edc948", "triangleDown"),
    "Concept": ("#bab0ac", "dot"),
    "Entity": ("#bab0ac", "dot"),
    TIME_CLASS: ("#9c755f", "star"),
    "Event": ("#c9c9c9", "diamond"),
    "Killing": ("#e15759", "diamond"),
    "Attack": ("#ff9d9a", "diamond"),
    "Sanction": ("#d37295", "diamond"),
    "Order": ("#76b7b2", "diamond"),
    "Suspension": ("#a0cbe8", "diamond"),
    "Statement": ("#ffbe7d", "diamond"),
    "Accusation": ("#d4a6c8", "diamond"),
    "Demand": ("#fabfd2", "diamond"),
    "Investigation": ("#86bcb6", "diamond"),
    "Meeting": ("#b6992d", "diamond"),
    "Cooperation": ("#499894", "diamond"),
    "Movement": ("#f1ce63", "diamond"),
    "Arrest": ("#8e6c8a", "diamond"),
}
_KIND_STYLES = {
    "actor": ("#79706e", "dot"),
    "place": ("#edc948", "triangleDown"),
    "concept": ("#bab0ac", "dot"),
    "event": ("#c9c9c9", "diamond"),
    "time": ("#9c755f", "star"),
}
KIND_NAMES = {
    "actor": "actors",
    "place": "places",
    "concept": "concepts",
    "event": "events",
    "time": "dates",
}
_LABEL_CHARS = 32


def style_of(cls: str, kind: str) -> tuple[str, str]:
    """(colour, shape) of a node of class `cls`; a class without its own style gets its kind's."""
    return STYLES.get(cls) or _KIND_STYLES.get(kind, ("#bab0ac", "dot"))


@cache
def class_label(cls: str) -> str:
    """The ontology's rdfs:label of a class ("government organization"), else the name itself."""
    if cls == TIME_CLASS:
        return "date"
    if cls in vocab.KG:
        for label in vocab.ontology_graph().objects(vocab.KG[cls], RDFS.label):
            return str(label)
    return cls


def short(text: str, limit: int = _LABEL_CHARS) -> str:
    """`text` on one line, cut to `limit` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
