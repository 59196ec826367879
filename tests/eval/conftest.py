"""Hand-made extractor output for the tiny CoNLL04 fixture, so scores are known exactly."""

from __future__ import annotations

import pytest

from kg.types import Article, Entity, Extraction, Provenance, Relation


def entity(label: str, kind: str, *mentions: tuple[int, int]) -> Entity:
    return Entity(id=label.lower().replace(" ", "_"), label=label, type=kind, mentions=tuple(mentions))


def relation(subject: Entity, predicate: str, obj: Entity, text: str) -> Relation:
    return Relation(subject, predicate, predicate, obj, Provenance("d", text, 0, len(text), 0.9))


def fake_extractions(sentences):
    """What a good-but-imperfect extractor would say about tests/eval/fixtures/conll04_tiny.json."""
    s0, s1 = sentences[:2]
    smith, jones = entity("John Smith", "Person", (0, 10)), entity("Jones", "Person", (22, 27))
    paris = entity("Paris", "Location", (31, 36))
    acme, boston = entity("Acme Corp", "Organization", (0, 9)), entity("Boston", "Location", (21, 27))
    lee = entity("Mary Lee", "Person", (36, 44))
    return [
        Extraction(
            Article("conll04-0", s0.text),
            (smith, jones, paris),
            (),
            (relation(smith, "killed", jones, s0.text),),
        ),
        Extraction(
            Article("conll04-1", s1.text),
            (acme, boston, lee),
            (),
            (
                relation(acme, "basedIn", boston, s1.text),
                relation(lee, "worksFor", acme, s1.text),
                relation(lee, "livesIn", boston, s1.text),
                relation(lee, "sanctioned", acme, s1.text),  # no CoNLL04 counterpart: ignored
            ),
        ),
    ]


@pytest.fixture
def tiny_extractions():
    """`fake_extractions` as a fixture."""
    return fake_extractions
