"""Whether a name can be a person's, by its form: what `kg.nlp.entities` asks before it makes a Person node.

The small model calls many two-word capitalised phrases people: works ("Strong Medicine"), products
("Internet Explorer"), charities ("Age Concern"), parties ("New Labour"), divisions of broadcasters
("BBC Sport"). Their form gives them away where the text says nothing else: every word is a common
English word, the first no given name and the last no common surname (the US Census lists, shipped
by the `names` package), or an acronym opens them, or an ampersand joins them ("P&O Cruises"). People named
by common words ("Jack Straw", "Will Young") open with a given name, and a title, a pronoun or a
descriptor in the text outweighs the form anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from kg.nlp.clusters import singular
from kg.nlp.lexicon import PARTY_CREEDS, ROLE_NOUNS, TITLES
from kg.nlp.pipeline import dictionary_words

__all__ = ["given_name", "party_name", "unlike_person_name"]


@cache
def _given_names() -> frozenset[str]:
    folder = resources.files("names")
    out: set[str] = set()
    for table in ("dist.male.first", "dist.female.first"):
        with (folder / table).open(encoding="ascii") as fh:
            out.update(line.split()[0].lower() for line in fh if line.strip())
    return frozenset(out)


#: surnames this common (by rank in the Census list) end people's names more often than any title's
COMMON_SURNAME_RANK = 1500


@cache
def _common_surnames() -> frozenset[str]:
    with (resources.files("names") / "dist.all.last").open(encoding="ascii") as fh:
        rows = (line.split() for line in fh if line.strip())
        return frozenset(row[0].lower() for row in rows if int(row[3]) <= COMMON_SURNAME_RANK)


def given_name(word: str) -> bool:
    """Whether `word` ("Jack", "Gordon") is a given name in the US Census lists."""
    return word.lower() in _given_names()


def unlike_person_name(words: Sequence[str]) -> bool:
    """Whether a name of two or more words has a form no person's name has: an ampersand ("P&O Cruises"),
    an acronym before a common word ("BBC Sport"), or common words only, the first no given name and
    the last no common surname ("Strong Medicine", "Age Concern"; not "Jack Straw", "Tennessee Williams")."""
    if any("&" in w for w in words):
        return True
    if len(words) < 2:
        return False
    dictionary = dictionary_words()
    first, last = words[0], words[-1]
    if (
        len(first) >= 3
        and first.isupper()
        and first.isalpha()
        and first.lower() not in ROLE_NOUNS | TITLES
        and last.lower() in dictionary
    ):
        return True
    return (
        all(w.lower() in dictionary for w in words)
        and not given_name(first)
        and last.lower() not in _common_surnames()  # "Tennessee Williams"
    )


def party_name(text: str) -> bool:
    """Whether a capitalised name is a political party's by its creed ("the Conservatives", "Lib Dems",
    "Greens", "Labour"): a party, not a people or a person."""
    words = text.split()
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and " ".join(singular(w.lower()) for w in words) in PARTY_CREEDS
    )
