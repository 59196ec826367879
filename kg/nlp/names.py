"""What the text says about a name beside the model's tag: the evidence `kg.nlp.entities` weighs.

- Names the model missed: after an honorific ("Mr Ebbers"), before a role noun and a person ("Gazprom
  boss X").
- The class a name's form gives: an organisation's or a place's suffix ("Acme Corp", "Wall Street"), a
  number word ("the Maguire Seven"), quotation marks (a work: "Flicker").
- The class a descriptive noun beside it gives ("New York band X", "X, the carmaker", "a strategist
  with X", "X chief Y"), and the actor class a common noun implies ("the army", "analysts").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.nlp.lexicon import (
    ACTOR_NOUNS,
    GROUP_COUNTS,
    HONORIFICS,
    NATIONALITY_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEAD_ROLES,
    ORG_SUFFIXES,
    PEOPLE_PLURALS,
    PLACE_SUFFIXES,
    ROLE_NOUNS,
    TITLES,
)
from kg.nlp.pipeline import dictionary_words

__all__ = [
    "actor_class",
    "descriptor_class",
    "employers",
    "follows_title",
    "glued_descriptor",
    "honoured",
    "name_form_class",
    "quoted",
]


def honoured(doc: Doc, covered: set[int]) -> list[Span]:
    """Names after an honorific that the model missed: "Mr Ebbers", "Dr Ruth Ng"."""
    out = []
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") not in HONORIFICS or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while end < len(doc) and end not in covered and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end > tok.i + 1:
            out.append(doc[tok.i + 1:end])
    return out


def employers(doc: Doc, people: list[Span], covered: set[int]) -> list[Span]:
    """Names the model missed before a role noun and a person: "Virgin Radio DJ X", "Gazprom boss X".

    A run of proper nouns (tagged so, or capitalised words no dictionary knows) right before a role noun
    that titles a person names the organisation; a capitalised common noun ("Race director X") does not.
    """
    out = []
    for person in people:
        role = person.start - 1
        while role >= 0 and doc[role].lower_.rstrip(".") in TITLES and doc[role].text[:1].isupper():
            role -= 1  # "Virgin Radio DJ" : the role noun itself may be capitalised
        if role < 1 or doc[role].lower_.rstrip(".") not in ROLE_NOUNS or role in covered:
            continue
        end = start = role
        while start > 0 and start - 1 not in covered and doc[start - 1].lower_.rstrip(".") not in ROLE_NOUNS and (
                doc[start - 1].tag_ in ("NNP", "NNPS") or doc[start - 1].text[:1].isupper()
                and doc[start - 1].lower_ not in dictionary_words()):
            start -= 1
        if start == end:
            continue
        out.append(doc[start:end])
    return out


def descriptor_class(span: Span) -> str | None:
    """The class a common noun right before a name or in apposition to it gives: "New York band
    Scissor Sisters", "online auction house eBay", "X, the carmaker", "an analyst with X" →
    Organization; "singer X", "X, a lawyer" → Person."""
    doc = span.doc
    nouns = [doc[span.start - 1]] if span.start > 0 else []
    nouns += [c for c in span.root.children if c.dep_ == "appos"]
    if span.root.dep_ == "appos":
        nouns.append(span.root.head)
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].lower_.rstrip(".") in ORG_HEAD_ROLES and after[1].ent_type_ == "PERSON":
        return "Organization"  # "Euronext chief Jean-Francois Theodore" (but "Kennedy aide X" is a person's)
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ in ("with", "at", "for") and head.head.lemma_.lower() in ROLE_NOUNS:
        return "Organization"  # "a strategist with Barclays", "a spokeswoman for Acme"
    for tok in nouns:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN":  # "CENTR, the Council of European … Registries"
            named = name_form_class(doc[tok.left_edge.i:tok.i + 1], "ORG")
            if named is not None:
                return named
        if not tok.is_lower or tok.pos_ != "NOUN":
            continue
        lemma = tok.lemma_.lower()
        if lemma in ORG_DESCRIPTORS:
            return "Organization"
        if lemma in ROLE_NOUNS and lemma not in ORG_DESCRIPTORS:
            return "Person"
    return None


def actor_class(tok: Token) -> str | None:
    """The actor class a common noun implies ("the army" → MilitaryOrganization, "analysts" → Group),
    or None for a noun that names no actor."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    low = tok.lower_
    if low in ACTOR_NOUNS or tok.lemma_.lower() in ACTOR_NOUNS:  # "courts" as "court"
        return ACTOR_NOUNS.get(low) or ACTOR_NOUNS[tok.lemma_.lower()]
    if tok.tag_ in ("NNS", "NNPS") and (low in PEOPLE_PLURALS or tok.lemma_.lower() in ROLE_NOUNS):
        return "Group"
    return None


def name_form_class(span: Span, label: str) -> str | None:
    """What the form of a name says: an organisation's or a place's suffix ("Acme Corp", "Stuff
    Magazine", "Wall Street"); a name ending in a number word ("Maguire Seven") is a group of people.
    (A plural proper noun, "Lib Dems", names no one person either, but only where no descriptor says
    otherwise: "former WorldCom chief Bernie Ebbers".)"""
    if span[-1].lower_ in GROUP_COUNTS and len(span) > 1 and span[0].text[:1].isupper():
        return "Group"
    last = span[-1].lower_.rstrip(".")
    if len(span) > 1 and span[-1].text[:1].isupper():
        if last in ORG_SUFFIXES:
            return "Organization"  # "Stuff Magazine", "Acme Corp", "Delhi High Court", "Greater Manchester Police"
        if last in PLACE_SUFFIXES:
            return "Location"  # "Wall Street", "Lake Geneva" ends "Geneva": only a suffix counts
    return None


def follows_title(span: Span) -> bool:
    """Whether a mention follows an honorific or a capitalised title ("Mr Smith", "President Kennedy")."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in TITLES


def quoted(span: Span) -> bool:
    """A name in quotation marks is the title of a work ("Flicker", "Lifeblood"), not an actor."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].is_quote and doc[span.end].is_quote


def glued_descriptor(tok: Token, length: int) -> bool:
    """A job, sport role or nationality noun the model glued onto a name ("Striker Thierry Henry",
    "Dutchman Arnoud Okken", "Treasurer Peter Costello", "Singers Jennifer Lopez", "Lords Bingham"):
    stripped while two words of name remain."""
    low = tok.lower_.rstrip(".")
    low = low[:-1] if low.endswith("s") and low[:-1] in ROLE_NOUNS | TITLES else low  # "Singers", "Lords"
    return length > 2 and (low in ROLE_NOUNS or low in TITLES or low in NATIONALITY_NOUNS)
