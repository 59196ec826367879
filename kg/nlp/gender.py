"""Grammatical gender of people and pronouns, so "he" never takes up "Mrs Quinn".

A person's gender comes from the evidence of all their mentions: an honorific before any of them
("Mr Blunkett", "Mrs Quinn") wins; otherwise the first name, looked up in gender-guesser's table of
first names (about 40,000 names from many countries). Unknown stays unknown.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from kg.nlp.pipeline import dictionary_words
from kg.types import Entity

__all__ = ["Gender", "other_gender", "own_deed_gender", "person_gender", "plain_first_name", "pronoun_gender"]

Gender = Literal["m", "f"]

_HONORIFICS: dict[str, Gender] = {
    "mr": "m", "sir": "m", "lord": "m", "mister": "m", "king": "m", "prince": "m", "duke": "m",
    "mrs": "f", "ms": "f", "miss": "f", "lady": "f", "dame": "f", "madam": "f", "queen": "f",
    "princess": "f", "duchess": "f",
}  # fmt: skip
#: kin and callings before a name: "Fletcher's daughter Jill", "his wife Cherie", "actress Kate Winslet"
_KIN: dict[str, Gender] = {
    "daughter": "f", "wife": "f", "sister": "f", "mother": "f", "widow": "f", "girlfriend": "f", "aunt": "f",
    "niece": "f", "grandmother": "f", "granddaughter": "f", "actress": "f", "son": "m", "husband": "m",
    "brother": "m", "father": "m", "widower": "m", "boyfriend": "m", "uncle": "m", "nephew": "m",
    "grandfather": "m", "grandson": "m",
}  # fmt: skip
_PRONOUNS: dict[str, Gender] = {
    "he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip
_GUESSES: dict[str, Gender] = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}


@cache
def _detector():  # loading the name table takes about 0.15 s: only when a pronoun needs it
    import gender_guesser.detector

    class Detector(gender_guesser.detector.Detector):
        def _parse(self, filename: str) -> None:
            # the same lines through `open`: `codecs.open`'s line reader made loading 3 to 4 times slower
            self.names: dict[str, dict[str, str]] = {}
            with open(filename, encoding="utf-8") as f:
                for line in f:
                    self._eat_name_line(line.strip())

    return Detector(case_sensitive=False)


def known_first_name(word: str) -> bool:
    """Whether `word` is a first name in gender-guesser's table of names from many countries ("Arnaud",
    "Svetlana", "Imanol"; the US Census lists of `kg.nlp.people` know mostly English ones)."""
    return _detector().get_gender(word) != "unknown"


def plain_first_name(word: str) -> bool:
    """Whether `word` is a first name in gender-guesser's table, of one gender or mostly one ("Ed", "Sam",
    "Jamie"), and no English adjective or verb (not "Young", "Velvet" or "Mark")."""
    return known_first_name(word) and word.lower() not in dictionary_words(("adj", "verb"))


def pronoun_gender(word: str) -> Gender | None:
    """'m' for he/him/his, 'f' for she/her, None for any other word."""
    return _PRONOUNS.get(word.lower())


def person_gender(person: Entity, doc: Doc) -> Gender | None:
    """A person's gender from the honorifics, kin words or callings before their mentions ("Mrs Quinn",
    "his daughter Jill", "actress X"), else from the first name of a full name, else from the "his" or
    "her" of what a mention does (`own_deed_gender`)."""
    kin = owned = None
    for start, end in person.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        first = span[0]
        if (found := _honorific(first)) is not None:
            return found
        if first.i > 0 and (found := _KIN.get(first.nbor(-1).lower_)):
            kin = kin or found
        owned = owned or own_deed_gender(span)
    if kin is not None:
        return kin
    words = person.label.split()
    named = _first_name_gender(words[0]) if len(words) >= 2 else None  # a surname alone says nothing
    return named or owned


def own_deed_gender(span: Span) -> Gender | None:
    """The gender the "his" or "her" on what a name's subject does gives, with no other person named
    between: "Britney Spears picked up her first ever Grammy", "Zvonareva has lost both her games",
    "Phillips Idowu lit up the field events with his leap" (a firm's would be "its")."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj":
        return None
    verb = root.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > span.end]
    objects += [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.i > span.end
        for p in c.children
        if p.dep_ == "pobj"
    ]
    # "lost all three of her matches": the owned noun after a number's "of"
    objects += [
        p
        for o in objects
        for c in o.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for obj in objects:
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in ("his", "her"):
            others = any(t.ent_type_ == "PERSON" for t in doc[span.end : owner.i])
            return None if others else _PRONOUNS[owner.lower_]
    return None


def other_gender(span: Span, first_name: str) -> bool:
    """Whether the honorific of a surname's mention gives another gender than a full name's first name:
    "Mrs Howard" is not "Michael Howard" (his wife, named apart or not at all)."""
    honorific = _honorific(span[0])
    if honorific is None:
        return False
    # only a name the table is sure of, worldwide and in English: "Jan Berry" may be "Ms Berry", and an
    # Indian "Lakshmi" is a man's name as well as a woman's
    detector = _detector()
    readings = {detector.get_gender(first_name, country) for country in (None, *_ENGLISH_SPEAKING)}
    named = {_GUESSES.get(reading) for reading in readings}
    return (
        detector.get_gender(first_name) in ("male", "female") and len(named) == 1 and honorific not in named
    )


def _honorific(first: Token) -> Gender | None:
    """The gender of an honorific that is a mention's first word or right before it ("Mrs Quinn")."""
    for tok in (first, first.nbor(-1) if first.i > 0 else None):
        if tok is not None and (found := _HONORIFICS.get(tok.lower_.rstrip("."))):
            return found
    return None


#: the English-speaking countries whose readings of a first name must agree with the worldwide one
_ENGLISH_SPEAKING = ("great_britain", "usa")


def _first_name_gender(name: str) -> Gender | None:
    """The gender of a first name, or None where English-speaking countries read it differently ("Jamie" is
    mostly a man's name in Britain, a woman's in the US; "Robin", "Jordan" too)."""
    detector = _detector()
    reading = detector.get_gender(name)
    guess = _GUESSES.get(reading)
    if guess is None or reading in ("male", "female"):
        return guess
    local = {detector.get_gender(name, country) for country in _ENGLISH_SPEAKING} - {"unknown"}
    return guess if {_GUESSES.get(reading) for reading in local} <= {guess} else None
