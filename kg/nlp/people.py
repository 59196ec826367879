"""Whether a name can be a person's, by its form, and where a person's name ends: what `kg.nlp.mentions`
and `kg.nlp.entities` ask before they make a Person node.

The small model calls many two-word capitalised phrases people: works ("Strong Medicine"), products
("Internet Explorer"), charities ("Age Concern"), parties ("New Labour"), divisions of broadcasters
("BBC Sport"). Their form gives them away where the text says nothing else: every word is a common
English word, the first no given name and the last no common surname (the US Census lists, shipped
by the `names` package), or an acronym opens them, or an ampersand joins them ("P&O Cruises"). People named
by common words ("Jack Straw", "Will Young") open with a given name, and a title, a pronoun or a
descriptor in the text outweighs the form anyway.

A person's name ends at a lowercase word no name has ("La Traviata and Fromental Halevy", "Evening
Courier quoted Mr Hume"), a spaced dash, a possessive, or an honorific that opens the next name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.nlp.clusters import singular
from kg.nlp.lexicon import (
    HONORIFICS,
    NAME_PARTICLES,
    PARTY_CREEDS,
    PARTY_SYNONYMS,
    ROLE_NOUNS,
    ROLE_PREFIXES,
    TITLES,
)
from kg.nlp.pipeline import dictionary_words
from kg.types import Entity

__all__ = [
    "common_surname",
    "given_name",
    "group_key",
    "honorific_before_name",
    "hyphen_compound",
    "hyphen_prefix",
    "hyphened_start",
    "name_pieces",
    "oddly_cased",
    "party",
    "party_name",
    "prize_category",
    "spaced_dash",
    "unlike_person_name",
]


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


def common_surname(word: str) -> bool:
    """Whether `word` ("Gill", "Baker") is among the US Census's commonest surnames."""
    return word.lower() in _common_surnames()


def given_name(word: str) -> bool:
    """Whether `word` ("Jack", "Gordon") is a given name in the US Census lists."""
    return word.lower() in _given_names()


def oddly_cased(word: str) -> bool:
    """Whether a word is cased as no person's name is: a capital inside it after no surname prefix
    ("JPMorgan", "GameBoy", "iPod"; not "McCartney", "DiCaprio", "LaShawn", "al-Qaeda", "van")."""
    inner = _INNER_CAPITAL.search(word)
    return inner is not None and word[: inner.start()].capitalize() not in _NAME_PREFIXES


#: a capital after a small letter ("GameBoy") or ending a run of capitals before small ones ("JPMorgan")
_INNER_CAPITAL = re.compile(r"(?<=[a-z])[A-Z]|(?<=[A-Z])[A-Z](?=[a-z])")
#: how surnames and given names may open before a second capital: "McCartney", "O'Neil", "LaShawn"
_NAME_PREFIXES = frozenset(
    {"Mc", "Mac", "Di", "De", "Le", "La", "Du", "Da", "Van", "Von", "St", "Fitz", "O'", "D'", "Ma", "Mo"}
)


def unlike_person_name(words: Sequence[str]) -> bool:
    """Whether a name has a form no person's name has: a word cased as no name is ("JPMorgan"), an
    ampersand ("P&O Cruises"), an acronym before a common word ("BBC Sport"), or common words only, the
    first no given name and the last no common surname ("Strong Medicine", "Age Concern"; not "Jack
    Straw", "Tennessee Williams")."""
    if any("&" in w or oddly_cased(w) for w in words):
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
        # a word only WordNet's nouns know may be a famous name ("Saddam Hussein"); an adjective or a
        # verb is no one's ("Strong", "Concern")
        and any(w.lower() in dictionary_words(("adj", "verb")) for w in words)
        and not given_name(first)
        and last.lower() not in _common_surnames()  # "Tennessee Williams"
    )


def party_name(text: str) -> bool:
    """Whether a capitalised name is a political party's by its creed ("the Conservatives", "Lib Dems",
    "Greens", "Labour", "New Labour"): a party, not a people or a person."""
    words = text.split()
    if len(words) > 1 and words[0] in ("New", "Old"):
        words = words[1:]  # "New Labour", "Old Labour": the party in one of its eras
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and " ".join(singular(w.lower()) for w in words) in PARTY_CREEDS
    )


def party(ent: Entity) -> bool:
    """Whether an organisation is a political party ("Tories", "the Labour Party"): its chairman runs
    its office, its leader leads it."""
    return ent.type in ("Organization", "GovernmentOrganization") and (
        party_name(ent.label) or ent.label.split()[-1] == "Party"
    )


def group_key(text: str) -> str:
    """The merge key of a group or party word: its singular ("Serbs" → "serb"), a party under its creed's
    one name ("Tories" and "Conservative" → "conservative")."""
    key = " ".join(singular(w) for w in text.lower().split())
    return PARTY_SYNONYMS.get(key, key)


def honorific_before_name(tok: Token) -> bool:
    """ "Sir" in "Lib Dem Sir Archy": an honorific that opens the next name ("Columbus, Miss." ends one)."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        tok.lower_.rstrip(".") in HONORIFICS and nxt is not None and nxt.text[:1].isupper() and nxt.is_alpha
    )


def hyphen_prefix(tok: Token) -> str | None:
    """The word glued to a token by a hyphen before it ("ex" in "ex-minister"), if any."""
    i = tok.i
    if i < 2 or tok.doc[i - 1].text != "-" or tok.doc[i - 1].whitespace_ or tok.doc[i - 2].whitespace_:
        return None
    return tok.doc[i - 2].lower_


def hyphened_start(doc: Doc, start: int) -> int:
    """Where a phrase starting at `start` really starts: "a long-term deal" is not a "term deal",
    "an eight-year ban" not a "year ban", "the 22-man squad" not a "man squad"."""
    while (
        start >= 2
        and doc[start - 1].text == "-"
        and (doc[start - 2].is_alpha or doc[start - 2].like_num)
        and not (doc[start - 2].whitespace_ or doc[start - 1].whitespace_)
    ):
        start -= 2
    return start


def prize_category(words: Sequence[Token]) -> bool:
    """Whether the modifiers right before a role noun, the last of `words`, name a prize's category:
    "best actress X", "best musical actress X", "best director for X" ("the most senior judge" is a post)."""
    for tok in reversed(words[-4:-1]):
        if tok.lower_ in ("best", "worst"):
            return True
        if tok.pos_ not in ("ADJ", "NOUN", "PROPN"):
            return False
    return False


def hyphen_compound(tok: Token) -> bool:
    """Whether a job word is only the end of a hyphened word that is no post ("tight-head", "figure-head");
    "co-chairman", "vice-president" and "ex-minister" stay posts."""
    prefix = hyphen_prefix(tok)
    return prefix is not None and prefix not in ROLE_PREFIXES


def spaced_dash(tok: Token) -> bool:
    """A dash between spaces: a break in the sentence, never inside a name ("Haji-Ioannou")."""
    return tok.text in ("-", "\u2013", "\u2014", "--") and bool(tok.doc[tok.i - 1].whitespace_)


def name_pieces(spans: Iterable[Span]) -> Iterator[Span]:
    """The trained recognizer's spans, a person span cut at each lowercase word that no name has and at a
    slash, an ampersand, a colon or a semicolon: "La Traviata and Fromental Halevy", "the Bush/Kerry
    contest", "Man Utd: Carroll" are two names, "Evening Courier quoted Mr Hume" a name, a verb and a
    name ("Ludwig van Beethoven" stays whole)."""
    for span in spans:
        cuts = [
            t.i
            for t in span
            if span.label_ == "Peop"
            and (
                t.text in ("/", "&", ":", ";")
                or t.is_alpha
                and t.is_lower
                and t.text not in NAME_PARTICLES
                and t.doc[t.i - 1].whitespace_  # "Sa 'id" is one word
                and not (t.lower_ == "of" and t.doc[t.i - 1].lower_ in TITLES)  # "Prince of Wales"
            )
        ]
        bounds = [span.start - 1, *cuts, span.end]
        for a, b in pairwise(bounds):
            if b > a + 1:
                yield Span(span.doc, a + 1, b, span.label_)
