"""Fuzzing `kg extract` with random bytes for a bounded time: an extraction or one clear error, nothing else."""

from __future__ import annotations

import random
import time

import pytest

from kg.errors import KGError
from kg.extractor import extract
from kg.io import read_articles
from tests.conftest import SAMPLE, kg

BUDGET_S = 15.0


def samples(rng: random.Random, sample: bytes):
    """Random bytes, random Unicode, and the sample article with random byte flips and cuts."""
    while True:
        kind = rng.randrange(4)
        n = rng.randrange(0, 3000)
        if kind == 0:
            yield bytes(rng.randrange(256) for _ in range(n))
        elif kind == 1:
            yield "".join(
                chr(
                    rng.choice(
                        [
                            rng.randrange(32, 127),
                            rng.randrange(0x80, 0x3000),
                            rng.randrange(0, 32),
                            0x1F600 + rng.randrange(80),
                        ]
                    )
                )
                for _ in range(n)
            ).encode("utf-8", "surrogatepass")
        elif kind == 2:
            data = bytearray(sample)
            for _ in range(rng.randrange(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            yield bytes(data)
        else:
            a, b = sorted(rng.randrange(len(sample)) for _ in range(2))
            yield sample[:a] + bytes(rng.randrange(256) for _ in range(rng.randrange(50))) + sample[b:]


@pytest.mark.slow
def test_random_bytes_never_crash_the_extractor(tmp_path, nlp):
    rng = random.Random(20251112)
    sample = next(SAMPLE.glob("*.txt")).read_bytes()
    deadline = time.monotonic() + BUDGET_S
    tried = outcomes = 0
    for i, data in enumerate(samples(rng, sample)):
        if time.monotonic() > deadline:
            break
        path = tmp_path / f"fuzz-{i}.txt"
        path.write_bytes(data)
        try:
            for ex in extract(read_articles([path]), nlp=nlp):
                for r in ex.relations:  # offsets stay inside the text they came from
                    assert 0 <= r.provenance.start <= r.provenance.end <= len(ex.article.text)
            outcomes += 1
        except KGError as err:
            assert str(path) in str(err)  # the error names the file
            outcomes += 1
        tried += 1
    assert tried >= 20 and outcomes == tried


def test_random_bytes_through_the_cli_give_exit_0_or_one_error_line(tmp_path):
    rng = random.Random(7)
    for i in range(3):
        path = tmp_path / f"r{i}.txt"
        path.write_bytes(bytes(rng.randrange(256) for _ in range(500)) if i else b"\x00" * 10)
        proc = kg("extract", path)
        assert proc.exit_code in (0, 1), proc.output
        if proc.exit_code:
            assert len(proc.stderr.strip().splitlines()) == 1 and str(path) in proc.stderr
