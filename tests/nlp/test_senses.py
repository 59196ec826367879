"""The dictionary's kinds of common nouns: the shipped table, and the reader that makes it from WordNet."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.nlp.senses import noun_kind, wordnet_kinds

LEXNAMES = {"noun.artifact": 6, "noun.location": 15, "noun.person": 18}

#: name → (lexicographer file, words, hypernyms, instance hypernyms)
SYNSETS: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "structure": ("noun.artifact", ["structure"], [], []),
    "building": ("noun.artifact", ["building", "edifice"], ["structure"], []),
    "hammer": ("noun.artifact", ["hammer"], [], []),
    "doctor": ("noun.person", ["doctor"], [], []),
    "geographical_area": ("noun.location", ["geographical_area"], [], []),
    "city": ("noun.location", ["city"], ["geographical_area"], []),
    "vienna": ("noun.location", ["Vienna"], [], ["city"]),
    "corner": ("noun.location", ["corner"], [], []),
    "adapter": ("noun.person", ["adapter"], [], []),
    "plug": ("noun.artifact", ["adapter"], [], []),
}
#: lemma → its senses, the first first
SENSES = {
    **{name: [name] for name in ("structure", "building", "hammer", "doctor", "city", "vienna", "corner")},
    "edifice": ["building"],
    "adapter": ["adapter", "plug"],  # a person who adapts, first, but a plug as often
}


def _wordnet(folder: Path, newline: str) -> Path:
    """A tiny WordNet database in WordNet's own file formats, its byte offsets counted with "\\n"."""
    offsets: dict[str, int] = {}
    at = 0
    for name, (_, words, hyper, inst) in SYNSETS.items():  # offsets first: a line's length depends on them
        offsets[name] = at
        at += len(_line(name, words, hyper, inst, offsets={n: 0 for n in SYNSETS})) + 1
    lines = [_line(name, words, hyper, inst, offsets) for name, (_, words, hyper, inst) in SYNSETS.items()]
    (folder / "data.noun").write_bytes(newline.join([*lines, ""]).encode())
    index = ["  1 a licence line"]
    for lemma, senses in sorted(SENSES.items()):
        n = len(senses)
        index.append(f"{lemma} n {n} 0 {n} 0 " + " ".join(f"{offsets[s]:08d}" for s in senses))
    (folder / "index.noun").write_text(newline.join([*index, ""]))
    (folder / "lexnames").write_text(
        "".join(f"{number:02d}\t{name}\t1\n" for name, number in sorted(LEXNAMES.items(), key=lambda x: x[1]))
    )
    return folder


def _line(name: str, words: list[str], hyper: list[str], inst: list[str], offsets: dict[str, int]) -> str:
    lexname = SYNSETS[name][0]
    pointers = [f"@ {offsets[h]:08d} n 0000" for h in hyper] + [f"@i {offsets[h]:08d} n 0000" for h in inst]
    body = " ".join(f"{w} 0" for w in words)
    return (
        f"{offsets.get(name, 0):08d} {LEXNAMES[lexname]:02d} n {len(words):02x} {body} "
        f"{len(pointers):03d} {' '.join(pointers)} | a gloss"
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_reader_keeps_kinds_of_people_and_places_and_no_names(tmp_path, newline):
    got = wordnet_kinds(_wordnet(tmp_path, newline))
    # a building is a structure, so a place ("structure" itself too general to be one); a hammer is an
    # artifact but no place; a city is a geographical area, a corner a location but none; Vienna is a
    # name; an adapter is a plug as often as a person
    assert got == {
        "building": "place",
        "edifice": "place",
        "city": "place",
        "doctor": "person",
    }


@pytest.mark.parametrize(
    ("lemma", "kind"),
    [
        ("microbiologist", "person"),
        ("security guard", "person"),
        ("road", "place"),
        ("highland", "place"),
        ("stadium", "place"),
        ("hammer", None),
        ("structure", None),  # as abstract as it is concrete
        ("wall", None),  # part of a place
        ("grounds", "thing"),  # "on safety grounds": listed apart from "ground"
        ("pole vault", "thing"),
        ("election", None),
        ("vienna", None),  # a name, no kind
    ],
)
def test_the_shipped_table_reads_first_senses(lemma, kind):
    assert noun_kind(lemma) == kind
