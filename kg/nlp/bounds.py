"""Where a name starts and ends: the span a model gave, cut or extended by the words around it.

The models' spans often hold more or less than a name: a title, a party, a demonym or an employer glued
before a person's name ("Tory MP X", "New Zealander X", "Jefferson County Sheriff X"), a job or a
lowercase word after it ("X, Group Economist", "X runner", "Hislop back"), a first word that only
describes ("Sugar firm X"); or they begin a body's name late ("[Disc Association]" of "Blu-ray Disc
Association") or read a competitor's surname as a place ("Dibaba of Ethiopia"). `kg.nlp.mentions` asks
these functions before it makes a mention.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.clusters import singular
from kg.nlp.countries import country_code, demonym_country, nation
from kg.nlp.lexicon import (
    ACTOR_NOUNS,
    COMPASS,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_SUFFIXES,
    PARTY_ROLES,
    POSTNOMINALS,
    ROLE_NOUNS,
    THING_DESCRIPTORS,
    TITLES,
    WEEKDAYS,
)
from kg.nlp.names import SCALED_AMOUNT, glued_descriptor, title_opener
from kg.nlp.people import common_surname, given_name, honorific_before_name, party_name, spaced_dash
from kg.nlp.pipeline import dictionary_words
from kg.nlp.places import US_STATES, city, city_demonym, state_abbreviation

__all__ = [
    "INITIAL",
    "athlete_of_country",
    "descriptor_word",
    "has_letter",
    "name_start",
    "of_state",
    "org_start",
    "person_words",
    "product_name",
    "saint_place",
    "strip_punct",
    "title_and_the",
    "trim",
    "unnamed",
]

INITIAL = re.compile(r"\w\.?")


def of_state(tok: Token) -> bool:
    """Whether a token is the "State" of a title ("Secretary of State", "Undersecretary of State", "Head of
    State"): part of a post, no body and no name."""
    doc, i = tok.doc, tok.i
    if tok.lower_ != "state" or i < 2 or doc[i - 1].lower_ != "of":
        return False
    post = doc[i - 2].lower_.removeprefix("under").removeprefix("-")
    return post in TITLES or post in ROLE_NOUNS


def trim(span: Span) -> tuple[Span, list[Token]]:
    """Strip determiners, possessive markers and leading titles; return the core span and the titles."""
    doc, start, end = span.doc, span.start, span.end
    if start > 0 and title_opener(doc[start - 1]) and doc[start].is_title:
        start -= 1  # "starred in His Dark Materials": the title opens with its possessive
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].text in ("'s", "’s")  # "BBC Radio 4's", its "'s" tagged a verb after the number
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or end - start > 1
        and (doc[end - 1].pos_ in ("ADP", "PART", "DET", "CCONJ") or honorific_before_name(doc[end - 1]))
    ):
        end -= 1  # "Yukos - to", "Lib Dem Sir": a name does not end in a function word or an honorific
    while (
        end - start > 1
        and doc[end - 1].lower_ in ("more", "less", "fewer")
        and end < len(doc)
        and doc[end].lower_ == "than"
    ):
        end -= 1  # "analysts Gartner More than 167 million …": a sentence run on, no "More" in the name
    day = next(
        (t.i for t in doc[start + 1 : end - 1] if t.lower_ == "on" and t.nbor().lower_ in WEEKDAYS), None
    )
    if day is not None:
        end = day  # "debated in the Commons on Monday" read as one name: the day is when, no part of it
    opened = next((t.i for t in doc[start + 1 : end] if t.text == "("), None)
    if opened is not None and not any(t.text == ")" for t in doc[opened:end]):
        end = opened  # "the Inter-American Development Bank (IADB) said": the bracket is another name
    quoted = next((t.i for t in doc[start + 1 : end] if t.is_quote and t.text not in ("'", "’")), None)
    if span.label_ == "PERSON" and quoted is not None:
        end = quoted  # 'presenter Mr P. "Never known …': a quotation opens after the name, no part of it
    cut = next(
        (t.i for t in doc[start + 1 : end - 1] if t.tag_ == "POS" or spaced_dash(t) or t.text == ","), None
    )
    if span.label_ == "PERSON" and cut is not None:
        # "Acme's Policy Forum", "Florian Hamm - Borussia Dortmund's", "Tim Ames, Group Economist": no
        # one's name runs over a possessive, a spaced dash or a comma ("Children's Television Workshop"
        # is a firm's)
        end = cut
    while (
        end - start > 1
        and span.label_ != "NORP"
        and doc[end - 1].is_lower
        and doc[end - 1].is_alpha
        and doc[end - 1].text not in NAME_PARTICLES
        and doc[end - 2].whitespace_  # "Blu-ray" is one word
    ):
        end -= 1  # "Hislop back": a name ends at a lowercase word no name has
    score = end
    while score - start > 1 and (any(ch.isdigit() for ch in doc[score - 1].text) or doc[score - 1].is_punct):
        score -= 1
    if span.label_ in ("PERSON", "ORG") and any(t.is_punct for t in doc[score:end]):
        # "beat Jiri Novak 7-5 6-1", whichever kind of name a model read it as: a score is no part of a
        # name ("Xbox 2" is a product's)
        end = score
    while end - start > 1 and SCALED_AMOUNT.fullmatch(doc[end - 1].text):
        end -= 1  # "the courts awarded Varig 2bn reais": an amount the model read into the name
    while (
        span.label_ == "PERSON"
        and end - start > 2
        and (
            doc[end - 1].text[:1].isupper()
            and doc[end - 1].lower_.rstrip(".") in POSTNOMINALS
            or doc[end - 1].is_lower
            and singular(doc[end - 1].lower_) in ROLE_NOUNS
        )
    ):
        end -= 1  # "Andrew Tyrie MP", "Mark Lewis runner": a seat, a silk or a job after the name is not part of it
    if (
        span.label_ != "PERSON"
        and end - start > 1
        and doc[end - 1].is_upper
        and doc[end - 1].lower_ in PARTY_ROLES
    ):
        end -= 1  # "the Mid-Bedfordshire MP", "a Labour MP": the seat's place or party, and someone holds it
    titles: list[Token] = []
    if span.label_ == "PERSON":
        while start < end - 2 and (doc[start].lower_ in _OPENERS or _plural_opener(doc[start])):
            start += 1  # "Fellow Lib Dem X", "Former Tory MP X", "Compatriots X Y and Z will race"
        name_start = _after_employer(doc, start, end)
        if all(_title_word(t, end - start) for t in doc[start:name_start]):
            # titles stay in the mention's offsets (CoNLL04 annotates them so); a party, a seat or an
            # employer stays out, where the readers of roles find it before the name ("Green MSP X")
            titles += [t for t in doc[start:name_start] if t.lower_ not in PARTY_ROLES]
        start = name_start
    while start < end - 1:
        t = doc[start]
        if (
            of_state(t)
            or t.lower_ in ("the", "a", "an", "said", "says", "neither", "either", "both")
            or t.lower_ in _OPENERS
            or t.is_punct
            # "Should Acme Corp settle, …": a condition's auxiliary opens no name ("Will Smith" does)
            or t.tag_ == "MD"
            and not (span.label_ == "PERSON" and given_name(t.text))
            or t.is_stop
            and t.pos_
            in (
                "ADV",
                "CCONJ",
                "SCONJ",
            )
            # "Eventually Asimo found work": an adverb opening the sentence
            or t.is_sent_start
            and t.lower_.endswith("ly")
            and t.lower_ in dictionary_words(("adv",))
        ):
            # "Said Wales assistant coach X", "Then McAllister", "Neither Vodafone": no name opens so
            start += 1
        elif (
            span.label_ == "PERSON"
            and t.text.endswith("s")
            and t.is_title
            and (city_demonym(t.text[:-1]) or demonym_country(t.text) is not None)
        ):
            start += 1  # "fellow Londoners West Ham": the people the side is of, no part of its name
        elif (
            span.label_ == "PERSON"
            and t.is_sent_start
            and t.is_title
            and t.lower_ in ORG_DESCRIPTORS | THING_DESCRIPTORS
        ):
            start += (
                1  # "Bookmaker Ladbrokes said": the noun that describes the name, left for `descriptor_class`
            )
        elif (
            span.label_ == "PERSON"
            and doc[start + 1].lower_ != "of"
            and _title_word(t, end - start)  # "Prince of Wales" is a name
            # a peer named after a place keeps the title: "Baroness Scotland" is no one called Scotland
            and not (t.lower_ in _PEERAGE and nation(doc[start + 1 : end].text))
        ):
            if t.lower_ not in PARTY_ROLES:  # "MSP X": a seat is read as a role, from before the name
                titles.append(t)
            start += 1
        elif span.label_ in ("LOC", "GPE") and t.text in COMPASS:
            start += 1  # "northern Colombia" is Colombia; "South Africa", "Southern California" are names
        else:
            break
    return doc[start:end], titles


#: titles of peers, who may take a place's name: "Baroness Scotland", "Lord Kinnock"
_PEERAGE = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess"})


def saint_place(span: Span) -> bool:
    """ "St Helens", "St Albans": a place or a club named after a saint, not a person."""
    return len(span) > 1 and span[0].lower_.rstrip(".") == "st" and span[1].text.istitle()


def _title_word(t: Token, length: int) -> bool:
    """A title, a nationality or a job word before a name of `length` tokens ("President", "US")."""
    low = t.lower_.rstrip(".")
    return (
        low in TITLES
        or singular(low) in TITLES
        or bool(demonym_country(t.text))
        or bool(country_code(t.text))
        or glued_descriptor(t, length)
    )


def _creed_words(doc: Doc, i: int) -> int:
    """How many words from token `i` name a party's creed ("Tory", "Lib Dem", "Labour"), 0 if none."""
    for n in (2, 1):
        words = doc[i : i + n]
        if len(words) == n and all(t.text[:1].isupper() for t in words) and party_name(words.text):
            return n
    return 0


def _after_employer(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts after a party, a demonym or an employer and title glued before it:
    "Tory MP Boris Jones", "Lib Dem Ann Baker", "New Zealander Peter Jackson", "Jefferson County
    Sheriff Harry Lee" ("Stephen King", "Prince of Wales", "Martin Luther King Jr" stay whole)."""
    pair = doc[start : start + 2].text
    glued = 2 if demonym_country(pair) or city_demonym(pair) else _creed_words(doc, start)
    if glued and sum(1 for t in doc[start + glued : end] if t.is_alpha) >= 2:  # "Tory Lord Campbell"
        start += glued
    for i in range(start, end - 2):
        low = doc[i].lower_.rstrip(".")
        rest = person_words(doc[i + 1 : end])
        if (
            (
                len(rest) >= 2 or len(rest) == 1 and doc[i + 1].lower_.rstrip(".") in HONORIFICS
            )  # "Minister Lord X"
            and rest[-1].rstrip(".").lower() not in _GENERATIONS
            and doc[i].text[:1].isupper()
            and doc[i + 1].lower_ != "of"
            and (low in TITLES or low in ROLE_NOUNS or low in PARTY_ROLES)
            and low not in HONORIFICS  # "Datin Paduka Dr. Siti Hasmah": a style, not an employer, before it
        ):
            return i + 1
    return start


_GENERATIONS = {"jr", "sr", "ii", "iii", "iv"}
#: words that open a description before a name, never the name: "Fellow Lib Dem X", "Former MP X"
_OPENERS = {"fellow", "former", "ex"}


def _plural_opener(tok: Token) -> bool:
    """Whether a sentence opens with a plural common noun capitalised for that alone ("Compatriots X and Y
    will race"): the kind of those named, no part of a person's name ("Williams", "Jones" are names)."""
    words = dictionary_words()
    return (
        bool(tok.is_sent_start)
        and tok.tag_ in ("NNS", "NNPS")
        and tok.lower_.endswith("s")
        and tok.lower_ not in words
        and tok.lower_[:-1] in words
        and tok.ent_type_ != "NORP"
        and demonym_country(tok.text) is None  # "Serbs and Croats fought": a people
    )


def descriptor_word(span: Span) -> bool:
    """ "Sugar firm X", "Software giant X", "Fashion designer X": a sentence's first word, capitalised only
    for that, that describes the firm, work or person noun after it is no name."""
    tok = span[0]
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return (
        all(t.is_lower for t in span[1:])
        and bool(tok.is_sent_start)
        and tok.is_title
        and tok.lower_ in dictionary_words()
        and tok.lower_ not in ACTOR_NOUNS  # "Navy sources", "Police officers"
        and nxt is not None
        and nxt.is_lower
        and nxt.lemma_ in ORG_DESCRIPTORS | THING_DESCRIPTORS | ROLE_NOUNS
        and country_code(tok.text) is None
        and demonym_country(tok.text) is None
        and not party_name(tok.text)
        and not city(tok.text)
    )


def title_and_the(span: Span) -> int | None:
    """Where a work's title ends that opens with a name and goes on with "and the" and capitalised
    words that name no title, body or other entity ("Peter Pan and the Lost Island", "Jack Hart and
    the Chamber of Lies"; not "Blair and the Queen", "Smith and the Treasury"): None if it does not."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].lower_ != "and" or doc[end + 1].lower_ != "the":
        return None
    k = end + 2
    while k < len(doc) and (
        doc[k].text.istitle()
        and doc[k].is_alpha
        or doc[k].lower_ in ("of", "the")
        and k + 1 < len(doc)
        and doc[k + 1].text.istitle()
    ):
        low = doc[k].lower_
        if "of" in (t.lower_ for t in doc[end + 2 : k]):
            k += 1  # "… and the Prisoner of Azkaban": past "of" a title names what it is about
            continue
        if (
            doc[k].ent_type_ in ("PERSON", "ORG", "NORP")
            or country_code(doc[k].text)
            or city(doc[k].text)
            or low in TITLES | ROLE_NOUNS
            or low in ACTOR_NOUNS
        ):
            return None
        k += 1
    return k if k > end + 2 else None


def org_start(span: Span) -> int:
    """Where an organisation's name starts whose suffix says it is one ("Association", "Commission")
    when the model began it late: over words joined by a hyphen ("Blu-ray", "US-China") and over
    capitalised words joined by "and" ("Economic and Security Review Commission")."""
    doc, start = span.doc, span.start
    if span[-1].lower_ not in ORG_SUFFIXES or len(span) < 2:
        return start
    while start > 1:
        prev = doc[start - 1]
        hyphened = start >= 3 and doc[start - 2].text == "-" and not doc[start - 2].whitespace_
        if (
            prev.is_alpha
            and hyphened
            and not doc[start - 3].whitespace_
            and doc[start - 3].is_alpha
            # "Gibraltar-based Menatep Group", "state-owned X": a description before the name
            and not (prev.tag_ == "VBN" or prev.lower_ in ("based", "led", "owned", "backed", "run"))
        ):
            start -= 3  # "Blu-ray", "US-China": one word in three tokens
        elif (
            prev.tag_ == "POS"
            and start >= 3
            and doc[start - 2].text.istitle()
            and doc[start - 3].lower_.rstrip(".") in ("st", "saint")
        ):
            start -= 3  # "St Egwin's Middle School", "St Mary's Hospital": named after a saint
        elif (
            prev.lower_ in ("and", "&")
            and doc[start - 2].text.istitle()
            and not doc[start - 2].is_sent_start
            # "Sony Pictures Entertainment and MGM Studios": two names the model tells apart
            and not (doc[start - 2].ent_type_ and prev.ent_iob_ != "I")
        ):
            start -= 2
        elif (
            prev.text[:1].isupper()
            and prev.is_alpha
            and not prev.is_sent_start
            # "the All England Club": a capitalised "All" inside a sentence is the name's
            and (prev.pos_ in ("PROPN", "ADJ") or prev.text == "All")
        ):
            start -= 1
        else:
            break
    while start < span.start and not doc[start].text[:1].isupper():
        start += 1  # a name opens with a capital
    return start


def athlete_of_country(span: Span) -> bool:
    """ "Tirunesh Dibaba of Ethiopia", "Ana Silva of Brazil": a name the model took for a place, followed
    by "of" and a country, where no place of that name is known (a place "of" a country is not how news
    writes; a competitor "of" a country is)."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and country_code(doc[span.end + 1].text) is not None
        and country_code(span.text) is None
        and not city(span.text)
        and not state_abbreviation(span.text)
        and span.text not in US_STATES
        and all(t.text.istitle() for t in span)
    )


def name_start(span: Span) -> int:
    """Where a name starts that the model cut after its first word: capitalised proper nouns right
    before it that no entity covers ("Tirunesh" before "Dibaba")."""
    doc, start = span.doc, span.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text.istitle()
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_.rstrip(".") not in TITLES | ROLE_NOUNS
    ):
        start -= 1
    return start


def unnamed(span: Span) -> bool:
    """A span that names no one, whatever the model's tag: lowercase words only ("judges"), or a title
    in common words with no given name ("Humanitarian Aid Commissioner", "Labour MP", "Chief
    Operating Officer"; not "Gill Champion", "Mervyn King")."""
    if all(t.is_lower or not has_letter(t) or t.text[0] in "'’" for t in span):
        return True  # ("O'Sullivan" is no word of letters alone, but a name; "'S" is none)
    words = [t for t in span if t.is_alpha]
    dictionary = dictionary_words()
    return (
        len(words) >= 2
        and words[-1].lower_ in TITLES | ROLE_NOUNS | PARTY_ROLES
        and not any(given_name(t.text) or common_surname(t.text) for t in words)
        and all(t.lower_ in dictionary or t.lower_ in TITLES or party_name(t.text) for t in words)
    )


def product_name(span: Span) -> bool:
    """A word in lowercase then capitals ("iPod", "iTunes", "eMac"): a product's name, no person's."""
    return len(span) == 1 and _PRODUCT.fullmatch(span.text) is not None


_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][a-z]+")


def has_letter(tok: Token) -> bool:
    """A token with a letter in it: `is_alpha` is False for "U.S." and "O'Brien"."""
    return any(ch.isalpha() for ch in tok.text)


def person_words(span: Span) -> tuple[str, ...]:
    """The words of a person's name: no honorifics, no initials ("Vernon A. Walters" → Vernon Walters),
    hyphenated parts kept together ("Jean-Francois", "Haji-Ioannou")."""
    words: list[str] = []
    for t in span:
        if (
            words
            and t.i > span.start
            and not t.doc[t.i - 1].whitespace_
            and (t.text == "-" or words[-1].endswith("-"))
        ):
            words[-1] += t.text
        elif t.lower_.rstrip(".") not in HONORIFICS and has_letter(t) and not INITIAL.fullmatch(t.text):
            words.append(t.text)
    return tuple(w.strip("-") or w for w in words)


def strip_punct(span: Span) -> tuple[int, int]:
    """Token bounds of `span` without punctuation or space at either end."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return start, end
