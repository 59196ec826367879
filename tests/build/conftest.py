"""A small generated corpus for build tests (no external data)."""

from __future__ import annotations

import pytest

ACTORS = [
    ("Rebels", "the convoy"),
    ("The army", "the village"),
    ("Police", "the protesters"),
    ("The militia", "the port"),
    ("Government troops", "the rebels"),
    ("Gunmen", "the bus"),
]


def write_corpus(folder, n: int = 6) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        who, whom = ACTORS[i % len(ACTORS)]
        text = (
            f"date 2024-03-{i + 1:02d}\n{who} attack {whom}\n\n{who} attacked {whom} on Monday, "
            f"officials said. At least {i + 3} people were killed in the attack. "
            f"President Maria Lopez ordered the army to protect {whom}.\n"
        )
        path = folder / f"story-{i:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture
def corpus(tmp_path):
    write_corpus(tmp_path / "corpus")
    return tmp_path / "corpus"
