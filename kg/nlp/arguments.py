"""Tokens → graph nodes: entities, concepts, casualty counts, resolved pronouns and relative words."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import wraps
from itertools import dropwhile, islice
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from kg.nlp.amounts import SCALE_WORDS, currency_name, hedge_before, hedge_span
from kg.nlp.countries import country_code, demonym_country
from kg.nlp.entities import ACTOR_TYPES, EntityIndex, entity_id
from kg.nlp.gender import Gender, known_first_name, person_gender, pronoun_gender
from kg.nlp.lexicon import (
    COMPASS,
    FIRM_FIGURES,
    GROUP_COUNTS,
    HEARER_VERBS,
    INTERNATIONAL_BODIES,
    MEASURE_UNITS,
    MEDIA_ENDINGS,
    NEWS_AGENCIES,
    NEWSPAPER_ENDINGS,
    NOT_AGENTS,
    ORG_ANAPHORS,
    ORG_DESCRIPTORS,
    PAIR_NOUNS,
    PEOPLE_BY_AGE,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    POSITION_NOUNS,
    PRIZE_NOUNS,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SHELL_NOUNS,
    SPEECH_VERBS,
    STATE_ANAPHORS,
    SUBJECT_CONTROL,
    THING_DESCRIPTORS,
    THING_PRONOUNS,
    TIME_ZONES,
    WORK_KINDS,
    WORK_PARTS,
    people_plural,
)
from kg.nlp.names import (
    PLACE_NAMED,
    actor_class,
    age_word,
    article_apart,
    home_place,
    media_player,
    title_opener,
)
from kg.nlp.people import given_name, hyphen_prefix, hyphened_start, party, party_name, prize_category
from kg.nlp.pipeline import dictionary_words, quote_opens
from kg.nlp.places import city, city_countries, city_demonym
from kg.nlp.senses import Kind, noun_kind
from kg.nlp.verbs import someone
from kg.terms import subclasses
from kg.types import Entity

__all__ = [
    "Arguments",
    "beside",
    "hyphened",
    "number_of",
    "object_doer",
    "partitive_names",
    "qualifier_of",
    "quotations",
    "quoted_mask",
    "unit_count",
    "with_inner",
    "wordlike",
]

# what "the company" can take up: a government or an army is not called that
_NOMINAL_ORGS = subclasses("Organization") - subclasses("GovernmentOrganization") - {"MilitaryOrganization"}
# … and what "the watchdog" can: a regulator may be a body of the state
_ANY_ORG = subclasses("Organization") - {"MilitaryOrganization"}
_PERSON = frozenset({"Person"})
#: words that make a named thing one of several ("the other Group B game", "the next Chelsea match")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_INDEFINITE = frozenset({"a", "an", "another", "one", "some", "any", "every", "each"})
_ONE_OF_MANY = frozenset({"other", "another", "next", "previous", "last", "first", "second", "third"})
#: how many pronouns back a pronoun may be taken up through ("he … he … he")
_CHAIN_DEPTH = 8

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens": 24, "dozen": 12}


def number_of(tok: Token) -> int | None:
    """The integer a cardinal token stands for ("75", "1,200", "six"), else None."""
    text = tok.text.lower().replace(",", "")
    if re.fullmatch(r"\d+", text):
        return int(text)
    return _NUMBER_WORDS.get(text)


def qualifier_of(num: Token) -> str:
    """The hedge on a number ("at least 75" → "at least"), or ""."""
    return hedge_before(num.doc, num.i)


#: verbs whose object does what their "with" gerund tells: "charged him with murdering", "credit him with
#: promoting accord" (not "surprised fans with announcing": the subject announced)
_CHARGING = frozenset({"charge", "credit", "task", "entrust", "saddle", "burden"})


def object_doer(verb: Token) -> Token | None:
    """The object of the verb above that does what a prepositional gerund tells ("accused ministers of
    turning …", "stopped rivals from buying", "quoted X as saying", "talked him into staying", "charged him
    with murdering"), or None."""
    if verb.dep_ != "pcomp":
        return None
    prep, outer = verb.head, verb.head.head
    obj = next((c for c in outer.children if c.dep_ == "dobj"), None)
    if (
        (
            prep.lower_ in ("of", "for", "from", "as", "into")
            or prep.lower_ == "with"
            and outer.lemma_.lower() in _CHARGING
        )
        and obj is not None
        and obj.i < prep.i  # "instead of cutting taxes, it raised spending": not the object's
        and not any(c.lower_ == "instead" for c in prep.children)  # "closed it instead of selling"
        and outer.lemma_.lower() not in SUBJECT_CONTROL
    ):
        return obj
    return None


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a token sits in (for binding possessive pronouns), also one a
    complement inherits ("Nestle is to raise its dividend")."""
    for anc in tok.ancestors:
        if anc.pos_ in ("VERB", "AUX"):
            subj = [c for c in anc.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and (obj := object_doer(anc)) is not None:
                return obj  # "accused Lord Butler of basing his comments on …": the one accused does it
            if subj and subj[0].tag_ in ("WP", "WDT") and anc.dep_ == "relcl":
                return anc.head  # "Melzer, who twisted his ankle": the one the relative clause is about
            if subj or anc.dep_ not in ("xcomp", "conj"):
                return subj[0] if subj else None
    return None


#: verbs whose sentence-opening "it", in the present, is the news the sentence before told: "It follows a
#: similar move", "It comes after sales fell", "It reflects the firm's failure", "It marks a change"
_SEQUEL_VERBS = frozenset({"follow", "come", "reflect", "mark", "signal", "represent", "underline", "echo"})

#: verbs of a charge that take it with "of": "accused X of fraud", "convicted of murder"
_CHARGING_VERBS = frozenset({"accuse", "suspect", "convict"})
#: verbs whose "X of Y" gives the object something taken or told: "robbed the bank of £5m"
_DEPRIVING_VERBS = frozenset(
    {"rob", "strip", "clear", "acquit", "deprive", "relieve", "inform", "warn", "remind"}
)


def _split_head(tok: Token) -> Token | None:
    """The noun a noun modifies when the parser made both its verb's subjects or objects ("saw volume
    sales fall": two subjects, "volume" and "sales"): the next word, a lower-case noun of the same head
    and role."""
    if (
        tok.pos_ != "NOUN"
        or tok.i + 1 >= len(tok.doc)
        or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj")
    ):
        return None
    nxt = tok.doc[tok.i + 1]
    if nxt.pos_ == "NOUN" and nxt.is_lower and nxt.head.i == tok.head.i and nxt.dep_ == tok.dep_:
        return nxt
    return None


def _that_clause(tok: Token) -> str:
    """The "that" clause a noun is completed by, when short: "the impression [that the plan had failed]",
    "the fact [that no code travels]", "denied suggestions [that the papers are for sale]" (alone,
    "impression", "fact" and "suggestions" say nothing); empty otherwise."""
    if tok.pos_ != "NOUN" or tok.tag_ not in ("NN", "NNS"):
        return ""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in HEARER_VERBS:
        return ""  # "told the PM programme that Labour was not rattled": what was told, not the programme
    for clause in (c for c in tok.rights if c.dep_ in ("acl", "ccomp", "relcl")):
        mark = next((k for k in clause.children if k.dep_ == "mark" and k.lower_ == "that"), None)
        if mark is None or mark.i != tok.i + 1:
            continue
        words = list(clause.subtree)
        if sum(not t.is_punct for t in words) > _THAT_WORDS:
            return ""
        # as written ("£3m", not "£ 3 m"), without the full stop ("£3m." is one token to the tokenizer)
        return "".join(t.text_with_ws for t in words).strip().rstrip(".,;:").rstrip()
    return ""


#: prepositions whose phrase right after a noun says which one it is: "a resurgence [in online advertising]",
#: "an end [to the alliance]", "concern [among businesses]", "executives [from tobacco firms]"
_WHICH_PREPS = frozenset({"in", "to", "among", "from", "on", "against", "over", "into", "about", "as"})
#: the longest such phrase read into a label
_WHICH_WORDS = 4
#: nouns that, bare after a preposition, say where or in what state: "on stage", "in court", "on air"
# fmt: off
_WHERE_NOUNS = frozenset({
    "stage", "court", "office", "power", "air", "home", "board", "screen", "camera", "record", "site",
    "tour", "trial", "line", "hand", "duty", "loan", "course", "track", "target",
    "time", "top", "bail", "remand", "strike", "holiday", "display", "sale", "show", "location",
})
# fmt: on


def _prep_complement(tok: Token, label: str) -> str:
    """The phrase right after a common noun that says which one it is ("a resurgence in online advertising",
    "the hole in WorldCom's finances", "a stake in Tube Lines"): alone the noun names nothing. Empty when
    there is none, it is long, its words are in `label` already, or it says where or when (a place, a time
    or an amount is the clause's)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.i + 1 >= len(doc):
        return ""
    prep = doc[tok.i + 1]
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.lower_ == "likes":
        # "competition from the likes of Intel": from Intel
        pobj = next(
            (p for c in pobj.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"), pobj
        )
    if (
        prep.head != tok
        or prep.dep_ != "prep"
        # "sales at restaurants and bars rose": where a firm's figure is made says which
        or prep.lower_ not in _WHICH_PREPS
        and not (prep.lower_ == "at" and tok.lemma_.lower() in FIRM_FIGURES)
        or pobj is None
        or pobj.pos_ not in ("NOUN", "PROPN")
        # "reprise the role on stage", "the case in court": a bare place or state says where, not which
        or pobj.lower_ in _WHERE_NOUNS
        and pobj.n_lefts + pobj.n_rights == 0
        or pobj.ent_type_ in _NOT_NAMES
        # "blamed poor results on sluggish decisions": the cause the verb gives, no part of the results
        or prep.lower_ == "on"
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in ("blame", "pin")
        # "a stake in Manchester United": what is held in a place the model names is a firm
        or pobj.ent_type_ in ("GPE", "LOC", "FAC")
        and not (prep.lower_ == "in" and tok.lemma_.lower() in _HOLDINGS)
        # "challenging government plans in the High Court": where the challenge is heard
        or prep.lower_ in ("in", "at", "before")
        and pobj.lemma_.lower() in ("court", "tribunal")
        # "won best actor over Ricky Gervais", "collected the prize from singer X": whom it was won over or
        # taken from, no part of the prize
        or prep.lower_ in ("over", "from")
        and pobj.ent_type_ == "PERSON"
        and (tok.lemma_.lower() in PRIZE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS)
        or any(t.like_num or t.is_currency or _measure(t) for t in pobj.subtree)
        # "shares in the supermarket": the firm the description takes up owns them (`Arguments.owner`)
        or tok.lemma_.lower() in FIRM_FIGURES
        and pobj.lemma_.lower() in ORG_ANAPHORS
        # "market its solution to operator customers": to whom the deed goes, not which solution
        or prep.lower_ == "to"
        and tok.dep_ == "dobj"
        and (pobj.ent_type_ in ("PERSON", "ORG", "NORP") or actor_class(pobj) is not None)
    ):
        return ""
    words = with_inner(
        [
            c
            for c in pobj.lefts
            if (c.dep_ in ("compound", "amod") and c.is_alpha or c.dep_ == "poss" and c.pos_ == "PROPN")
            and c.ent_type_ not in _NOT_NAMES
        ]
    )
    words.append(pobj)
    # "a stake in Credit Bank of Iraq": the name goes on past "of"; "concern over the number of school-leavers":
    # so does a noun that says how much of what
    for of in (c for c in pobj.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == pobj.i + 1):
        for name in (
            p
            for p in of.children
            if p.dep_ == "pobj" and (p.pos_ == "PROPN" or p.pos_ == pobj.pos_ == "NOUN")
        ):
            more = [of, *(c for c in name.lefts if c.dep_ == "compound" and c.pos_ == name.pos_), name]
            words += more if len(words) + len(more) <= _WHICH_WORDS else []
    texts = list(dict.fromkeys(hyphened(doc, t.i).text for t in words))  # "bust", "up": one "bust-up"
    if len(texts) > _WHICH_WORDS or set(texts) & set(label.split()):
        return ""  # "Holcim shares in Holcim": the owner says it already
    return f"{prep.lower_} " + " ".join(texts)


#: prepositions that say what a deed is for or about: "the chance to go for the grand slam"
_GOALS = frozenset({"for", "to", "at", "with", "in", "on", "into", "from"})

#: the longest "that" clause read into a noun's label
_THAT_WORDS = 12


#: the most words a deed completing a noun may take into its label ("plans to allow X to detain Y")
_DEED_WORDS = 10


def with_inner(mods: list[Token]) -> list[Token]:
    """Modifiers of a noun with the words that modify them in turn, in text order: "open" of "[open]
    source software", which hangs off "source", "life" of "[life] threatening injuries", and the count of a
    unit ("a [12 to 18] month pay freeze")."""
    inner = [
        c
        for m in mods
        for c in m.lefts
        if (c.dep_ in ("compound", "amod") or _glued_adverb(c, m)) and c.is_alpha
    ]
    counts = [t for m in mods for t in unit_count(m)]
    return sorted({t.i: t for t in (*counts, *inner, *mods)}.values(), key=lambda t: t.i)


def unit_count(unit: Token) -> Span:
    """The count a unit of time, length or score before a noun is counted in: "a [12 to 18] month pay
    freeze", "a [three-and-a-half] year contract"; empty when none."""
    doc = unit.doc
    k = _count_before(doc, unit.i)
    if k is None or doc[unit.i - 1].text == "-":
        return doc[unit.i : unit.i]  # "a two-year ban", "his 18-month partnership": one hyphened word
    return doc[k : unit.i]


def _glued_adverb(tok: Token, modifier: Token) -> bool:
    """Whether a noun right before an adjective or participle makes one modifier with it, written without
    its hyphen: "life threatening", "world famous", "record breaking"."""
    return (
        tok.dep_ == "npadvmod"
        and tok.pos_ == "NOUN"
        and modifier.dep_ == "amod"
        and modifier.tag_ in ("JJ", "VBG", "VBN")  # not "a lot more security"
        and tok.i == modifier.i - 1
    )


def _deed_goal(deed: Token) -> list[str]:
    """What a deed with no object is for or about, by the first noun of its preposition: "the chance to
    go [for the grand slam]" (without it, "chance to go" says nothing)."""
    if any(c.dep_ == "auxpass" for c in deed.children):
        return []  # "plans for the sovereignty to be shared between …": no goal of its own
    # "the chance to catch up [with programmes]": the verb's particle is part of it
    prt = [c.lower_ for c in deed.children if c.dep_ == "prt" and c.i == deed.i + 1]
    at = deed.i + 1 + len(prt)
    for prep in (c for c in deed.children if c.dep_ == "prep" and c.i == at and c.lower_ in _GOALS):
        pobj = next((p for p in prep.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)
        if pobj is not None:
            mods = with_inner([c for c in pobj.lefts if c.dep_ in ("compound", "amod") and c.is_alpha])
            return [*prt, prep.lower_, *(m.text for m in mods), pobj.text]
    # "plans to write off up to 100% of the debts": an object the particle leaves out is left to the caller
    return [] if any(c.dep_ == "dobj" for c in deed.children) else prt


def _paired(pobj: Token) -> bool:
    """Whether a noun after "between" is joined to another by "and", neither owned by someone: "between
    exports and imports"."""
    return any(c.dep_ == "conj" for c in pobj.children) and not any(
        c.dep_ == "poss" for t in (pobj, *pobj.children) for c in t.children
    )


def _of_complement(tok: Token) -> str:
    """The common-noun "of" phrase or the deed that completes a noun ("the state [of humanity]", "the
    cycle [of boom and bust]", "the merits [of delaying] the law", "the need [to detain] them"):
    without it the node is a fragment. Empty when there is none or it names someone."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in _CHARGING_VERBS | _DEPRIVING_VERBS:
        # "accused its predecessor of corruption": the charge is the verb's, not the noun's ("blamed the
        # strength of the euro for …" charges with "for": its "of" is the noun's)
        return ""
    # a change is completed by what changed: "a 52% rise in net profit"
    # … and a gap or a link by what it lies between: "the gap between exports and imports"
    if tok.lemma_.lower() in _TO_NOUNS and (
        to := next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "to"), None)
    ):
        # "a rival to Boeing's 777", "an alternative to nuclear power": what it rivals says which
        rivalled = tok.doc[to.i : to.right_edge.i + 1]
        text = "".join(
            (t.text if t.pos_ == "PROPN" or t.like_num or t.ent_type_ else t.lower_) + t.whitespace_
            for t in rivalled
        )
        return text.strip() if len(rivalled) <= 6 else ""
    heads = ("of", "in", "between") if tok.lemma_.lower() in _CHANGE_NOUNS else ("of", "between")
    prep = next(
        (
            c
            for c in tok.rights
            if c.dep_ == "prep"
            and c.lower_ in heads
            # both sides named: "a balance between [the nation's security] and rights" is cut
            and (c.lower_ != "between" or any(p.dep_ == "pobj" and _paired(p) for p in c.children))
        ),
        None,
    )
    if prep is None:  # "his reasons [for quitting] the party", "plans [for expanding] the port"
        # … and "the potential [for miscarriages] of justice", "the need [for reform]"
        prep = next(
            (
                c
                for c in tok.rights
                if c.dep_ == "prep"
                and c.lower_ == "for"
                and any(
                    p.dep_ == "pcomp"
                    and p.tag_ == "VBG"
                    or p.dep_ == "pobj"
                    and p.pos_ == "NOUN"
                    and tok.lemma_.lower() in _FOR_NOUNS
                    for p in c.children
                )
            ),
            None,
        )
    if (
        prep is None
        and tok.dep_ == "nsubj"
        and tok.lemma_.lower() not in _HOLDINGS | ORG_DESCRIPTORS | ROLE_NOUNS
    ):
        # "house prices in Wales were up by 23%": where a subject is measured is part of what it is
        prep = next(
            (
                c
                for c in tok.rights
                if c.dep_ == "prep"
                and c.lower_ == "in"
                and any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC") for p in c.children)
            ),
            None,
        )
        place = next((p for p in prep.children if p.dep_ == "pobj"), None) if prep is not None else None
        if place is not None:
            return "in " + _name_text(place, place.head.i)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    deed = next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None) if prep else None
    if deed is None and pobj is None:
        deed = next(
            (
                c
                for c in tok.rights
                # "the need to detain them"
                if c.dep_ == "acl"
                and _infinitive(c)
                # "measures to combat ageism", read as a relative clause: with its own object ("lessons
                # to learn" have none: they are what is learnt); "tipped The Aviator to win" is no name's
                or c.dep_ == "relcl"
                and tok.pos_ == "NOUN"
                and _infinitive(c)
                and _noun_object(c)
                # "a motion opposing the bill": a participle right after the noun says which (not what
                # someone wore: "arrived at the ceremony wearing silk")
                or c.dep_ == "acl"
                and c.tag_ == "VBG"
                and c.i == tok.i + 1
                and c.lemma_.lower() not in _DEPICTIVES
                and _noun_object(c)
                # "an exhibition dedicated to Adam Smith": a participle and the name it ties the noun to
                or c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.i == tok.i + 1
                and any(
                    p.dep_ == "prep"
                    and p.i == c.i + 1
                    and any(
                        o.dep_ == "pobj" and o.pos_ == "PROPN" and o.ent_type_ not in _NOT_NAMES
                        for o in p.children
                    )
                    for p in c.children
                )
            ),
            None,
        )
    if deed is not None:
        obj = next(
            (
                c
                for c in deed.children
                if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN") and c.is_alpha
            ),
            None,
        )
        if obj is None and deed.lemma_ in ("be", "become"):
            return ""  # "its chances of becoming the number one": a copula says nothing without its name
        neg = ["not"] if any(c.dep_ == "neg" for c in deed.children) else []  # "the decision not to take him"
        lead = (
            []
            # "plans to be presented": a passive infinitive keeps its "to"
            if deed.dep_ == "acl" and deed.tag_ in ("VBG", "VBN") and not _infinitive(deed)
            else [prep.lower_ if prep is not None else "of", *neg]
            if deed.tag_ == "VBG"
            else [*neg, "to"]
        )
        # "of joining the European Union": a name is whole; "of being the most efficient economy": what
        # one is to be is all its words
        named = (
            obj.doc[obj.left_edge.i + (obj.doc[obj.left_edge.i].dep_ == "det") : obj.i].text.split()
            if obj is not None and deed.lemma_ in ("be", "become")
            # "featuring Black Watch soldiers": a name of two words, read whole; "to abandon its fixed
            # exchange rate": what kind of rate
            else [
                # "the pain of losing his 100m title": a number glued to its unit is part of the word
                (c.nbor(-1).text if _glued_number_before(c) else "") + c.text
                for c in with_inner(
                    [
                        c
                        for c in obj.lefts
                        if c.dep_ in ("compound", "amod") and c.is_alpha and not _hedging_participle(c, obj)
                    ]
                )
            ]
            if obj is not None
            else []
        )
        rest = [*named, obj.text] if obj is not None else _deed_goal(deed)
        if not rest and any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in deed.children):
            # "plans to allow the minister to detain suspects": what the deed does is all of it, or the
            # phrase is cut ("plans to allow")
            tail = deed.doc[deed.i + 1 : deed.right_edge.i + 1]
            if len(tail) > _DEED_WORDS:
                return ""
            if not any(t.pos_ == "PRON" for t in tail):  # "plans to sell it": whatever "it" is, unnamed
                # "to borrow $10bn (£5.19bn)": the amount as written, without its conversion
                rest = tail.text.split("(")[0].rstrip(" ,;:-").split()
        passive = ["be"] if any(c.dep_ == "auxpass" for c in deed.children) else []  # "to be shared"
        return " ".join([*lead, *passive, deed.lower_, *rest])
    if (
        pobj is not None
        and pobj.head.lower_ == "of"
        and tok.is_title
        and tok.pos_ == "PROPN"
        and pobj.is_title
        and pobj.pos_ == "PROPN"
        and pobj.ent_type_ == tok.ent_type_
        and tok.ent_type_ in ("", "WORK_OF_ART", "LAW", "EVENT")
        and (tail := tok.doc[pobj.head.i : pobj.right_edge.i + 1])
        and len(tail) <= 6
        and all(t.is_title or t.lower_ in _NAME_GLUE for t in tail)
    ):
        return tail.text  # "a Memorandum of Understanding", "The Return of the King": one name, whole
    if (
        pobj is not None
        and pobj.pos_ == "PROPN"
        and pobj.ent_type_ not in _NOT_NAMES
        # "the US version of The Office", "the first episode of Lost": a work's part names the work
        and (_only_the(tok) or tok.lemma_.lower() in WORK_PARTS | {"version"} and pobj.head.lower_ == "of")
    ):
        # "the fate of Ford and GM", "the future of P2P": alone the noun names nothing; "Ford's fate"
        # would be Ford's, so the name completes it as an owner does
        names = [pobj, *(c for c in pobj.children if c.dep_ == "conj" and c.pos_ == "PROPN")]
        text = " and ".join(_name_text(n, pobj.head.i) for n in names)
        return f"{pobj.head.lower_} {text}" if len(text.split()) <= 5 else ""
    if (
        pobj is not None
        and pobj.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.ent_type_ == "DATE" for c in pobj.lefts)
        and any(c.dep_ == "det" and c.ent_type_ == "DATE" for c in pobj.lefts)
    ):
        # "its best film of the year accolade": the phrase is the award's name, read whole
        return " ".join(t.lower_ for t in pobj.doc[pobj.head.i : pobj.i + 1])
    if pobj is not None and pobj.ent_type_ == "NORP" and pobj.tag_ == "NNPS" and tok.lemma_ == "number":
        return f"of {pobj.text}"  # "the number of Europeans online": a count of a people
    if (
        pobj is None
        or pobj.pos_ != "NOUN"
        or pobj.ent_type_
        or not pobj.is_alpha
        # "loans of £4.5m", "a fall of 5 points": an amount; "the list of the top 10 disasters" is a list
        or any(t.is_currency or _measure(t) for t in pobj.subtree)
        or any(c.dep_ == "nummod" for c in pobj.children)
        and pobj.lemma_.lower() in _UNITS
        # "weather of the type which caused havoc": a kind says nothing without the clause that tells it
        or pobj.lemma_.lower() in _KINDS
        and any(c.dep_ in ("relcl", "acl") for c in pobj.children)
    ):
        return ""
    if (
        pobj.head.lower_ == "of"
        and currency_name(pobj.lemma_.lower())
        and (sum_ := tok.doc[pobj.left_edge.i : pobj.i + 1])
        and any(t.like_num or t.text[:1].isdigit() for t in sum_)
        and len(sum_) <= 5
    ):
        return f"of {sum_.text}"  # "debts of more than 6bn euros": how much, as written
    # "sales of Xbox games": a name before the noun says which
    words = with_inner(
        [
            c
            for c in pobj.lefts
            if c.dep_ in ("compound", "amod")
            and c.is_alpha
            and (not c.ent_type_ or c.pos_ == "PROPN" and c.ent_type_ in ("ORG", "PRODUCT", "PERSON"))
            # "the vast majority of last year's Six Nations": a number word written as part of a name
            or c.dep_ == "nummod"
            and c.is_title
            and c.is_alpha
            and pobj.is_title
        ]
    )
    words.append(pobj)
    # "talk of threats, crime and insecurity": the parser chains a list's items, each on the one before
    items: list[Token] = []
    cc = None
    item = pobj
    while conj := next(
        (c for c in item.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.is_alpha), None
    ):
        cc = next((w for w in (*item.children, *conj.children) if w.dep_ == "cc"), cc)
        items.append(conj)
        item = conj
    if items and cc is None:
        return ""  # a list whose "and" the parser hung elsewhere: its items would run together
    # "its sci-fi shooter", "heart-rending stories": a hyphened modifier is read whole
    texts = list(dict.fromkeys(t.text if t.pos_ == "PROPN" and t.ent_type_ else _word_case(t) for t in words))
    # "the story of Den's demise": whose it is says which
    owner = next((c for c in pobj.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:
        texts.insert(0, _name_text(owner, pobj.head.i).removeprefix("the "))
    called = next(
        (c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == pobj.i + 1), None
    )
    if called is not None:
        texts.append(_name_text(called, pobj.i))  # "the finale of television series CSI": which series
    if items and cc is not None:
        # "its operating system": an item's own modifiers say which
        # … a hyphened one said once: "anti-competitive behaviour" of "anti", "-", "competitive"
        listed = [
            " ".join(
                dict.fromkeys(
                    _word_case(m)
                    for m in [
                        *with_inner([c for c in t.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]),
                        t,
                    ]
                )
            )
            for t in items
        ]
        texts = [", ".join([" ".join(texts), *listed[:-1]]), cc.lower_, listed[-1]]
    return (
        f"{pobj.head.lower_} " + " ".join(texts) if len(words) + 2 * len(items) <= (6 if items else 4) else ""
    )


def _glued_number(tok: Token) -> bool:
    """Whether a token is a number written with letters that a unit is glued to: "4x100" of "4x100m"."""
    return tok.dep_ == "nummod" and any(ch.isdigit() for ch in tok.text) and tok.text[-1].isdigit()


def _glued_number_before(tok: Token) -> bool:
    """Whether a number is written glued to this word ("100m", "4x100m"), which the tokenizer split off it."""
    if tok.i == 0:
        return False
    before = tok.nbor(-1)
    return not before.whitespace_ and (before.like_num or _glued_number(before))


def _word_case(tok: Token) -> str:
    """A word of a label as read whole across its hyphens, lower-cased unless it is a name or an acronym: "its
    sci-fi shooter", "the number of MPs", "of Whitehall departments", "sales of HD-DVDs"."""
    word = hyphened(tok.doc, tok.i).text
    named = any(ch.isupper() for ch in word[1:]) or tok.is_title and not tok.is_sent_start
    return word if named else word.lower()


#: what one holds in a firm: "shares in Solidere", "its investment in Rover" (no place)
_HOLDINGS = frozenset({"share", "stake", "investment", "holding", "interest"})
#: nouns that name nothing without what they are for: "the potential for abuse", "the need for reform"
_FOR_NOUNS = frozenset(
    {"potential", "need", "scope", "room", "case", "demand", "appetite", "prospect",
     # "announced plans for a solo album", "renewed calls for reform", "the search for a new coach"
     "plan", "call", "bid", "proposal", "search", "hunt", "quest", "campaign", "preparation", "support",
     "order",  # "placed an order for 70 planes"
     # "scrap the requirement for unanimous agreement", "a recipe for disaster", "the reason for the delay"
     "requirement", "recipe", "reason", "responsibility", "respect", "hope", "desire", "pressure", "license",
     "licence", "permission", "approval", "clearance", "funding", "budget", "compensation", "strategy",
     "timetable", "deadline", "target", "blueprint", "framework", "agenda", "mandate", "rationale"}
)  # fmt: skip
#: nouns that name nothing without what they stand to: "a rival to Boeing's 777", "an alternative to coal"
_TO_NOUNS = frozenset(
    {"rival", "alternative", "successor", "answer", "challenger", "heir", "sequel", "threat",
     # "turned down a move to Birmingham": where to says which
     "move", "switch"}
)  # fmt: skip
#: nouns of a kind, told by a clause: "of the type which …", "of the sort that …"
_KINDS = frozenset({"type", "kind", "sort", "variety"})
#: entity types of proper nouns that name no one: "the tsunami of 26 December"
_NOT_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY"})


#: lower-case words inside a name ("Office of National Statistics", "Marks and Spencer")
_NAME_GLUE = frozenset({"of", "and", "for", "the", "&"})


def _name_text(tok: Token, after: int) -> str:
    """The name a proper noun after token `after` stands in: its entity with the proper nouns before it
    ("the Office of National Statistics", "Lord Kinnock"), without a description ("new manager Rafael
    Benitez" is Rafael Benitez)."""
    doc = tok.doc
    first = tok
    while (left := [c for c in first.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]) and left[
        0
    ].i == first.i - 1:
        first = left[0]
    start, end = first.i, tok.i + 1
    if tok.ent_type_:
        while start > after + 1 and doc[start].ent_iob_ == "I":
            start -= 1
        # the recogniser's span on, while it reads as a name: "… of National Statistics", not "… from 2001"
        while (
            end < len(doc)
            and doc[end].ent_iob_ == "I"
            and (doc[end].is_title or doc[end].lower_ in _NAME_GLUE)
        ):
            end += 1
        while doc[end - 1].lower_ in _NAME_GLUE:
            end -= 1
    if start - 1 > after and doc[start - 1].lower_ == "the":
        start -= 1  # "the Return of the King", "the merger of the Royal Scots"
    return doc[start:end].text


def _only_the(tok: Token) -> bool:
    """Whether a noun has "the" and nothing else on its left, or nothing at all ("the fate", "took control",
    not "the bleak fate")."""
    lefts = list(tok.lefts)
    return not lefts or len(lefts) == 1 and lefts[0].lower_ == "the"


def _measure(tok: Token) -> bool:
    """Whether a number is glued to its unit: "200m", "4G"."""
    doc = tok.doc
    return tok.like_num and not tok.whitespace_ and tok.i + 1 < len(doc) and doc[tok.i + 1].is_alpha


#: what numbers count as amounts, not as a list's size: "a fall of 5 points", "losses of 300 jobs"
_UNITS = frozenset(
    {
        "point",
        "percent",
        "cent",
        "pence",
        "penny",
        "year",
        "month",
        "week",
        "day",
        "hour",
        "minute",
        "mile",
        "metre",
        "kilometre",
        "tonne",
        "ton",
        "barrel",
        "share",
        "job",
        "unit",
        "copy",
        "time",
        "place",
        "goal",
    }
)

#: heads of a described body of people, and what it is ("the England side", "a visual effects team")
_COLLECTIVES = {
    # a described firm or regulator is one, unnamed: "a French bank said", "the elections watchdog said"
    # ("a film-maker" is a person, "the T-Mobile network" and "a 30-foot studio" are things)
    **dict.fromkeys(ORG_ANAPHORS - {"group", "paper", "side", "maker", "network", "studio"}, "Organization"),
    **dict.fromkeys(STATE_ANAPHORS, "GovernmentOrganization"),
    **dict.fromkeys(("team", "side", "squad", "board", "committee", "panel", "band"), "Organization"),
    # "the asbestos victims association", "a trade union", "the football club"
    **dict.fromkeys(
        ("association", "federation", "union", "charity", "foundation", "society", "club", "council"),
        "Organization",
    ),
    **dict.fromkeys(("crew", "staff", "workforce"), "Group"),
}


#: what several states are called: "rich nations", "EU countries", "member states", "developing economies"
_STATES = frozenset({"nation", "country", "state", "economy", "government"})

#: adjectives that make a body an organisation: "the governing body", "an advisory body"
_BODY_ADJECTIVES = frozenset({"governing", "ruling", "regulatory", "advisory", "professional", "umbrella"})

#: nouns that take a part or a party of the people their "of" names
_SHARES = frozenset(
    {"third", "quarter", "half", "fifth", "tenth", "majority", "minority", "proportion", "percentage", "trio",
     "pair", "quartet", "delegation", "handful", "group", "contingent", "team", "panel", "consortium",
     "coalition", "number", "host", "band", "phalanx", "army", "crowd", "bunch", "clutch", "throng"}
)  # fmt: skip


def _share_of_people(tok: Token) -> str | None:
    """The people a fraction is a share of ("two-thirds of Britons", "half of all voters"), as written."""
    if tok.lemma_.lower() not in _FRACTIONS:
        return None
    of = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    pobj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
    if pobj is None or not (pobj.ent_type_ == "NORP" or actor_class(pobj) == "Group"):
        return None
    phrase = tok.doc[pobj.left_edge.i : pobj.i + 1]
    return phrase.text if len(phrase) <= 4 else None


_FRACTIONS = frozenset({"third", "quarter", "half", "fifth", "tenth", "majority", "minority"})

#: what kills, injures or destroys where it happens ("a fire at one cafe that killed 25 people")
_HARMS = frozenset(
    {"fire", "blaze", "blast", "explosion", "bomb", "bombing", "attack", "raid", "crash", "accident", "collision",
     "earthquake", "quake", "storm", "flood", "avalanche", "landslide", "stampede", "shooting", "riot", "ambush"}
)  # fmt: skip
_HARMING_VERBS = frozenset(
    {"kill", "injure", "wound", "destroy", "damage", "claim", "leave", "hurt", "shut", "halt", "disrupt", "stop",
     "knock", "cut"}
)  # fmt: skip


def _harm_of_place(clause: Token, noun: Token | None = None) -> Token | None:
    """The harm a relative clause of harming is about when the parser hung it, or the comma before it set
    it, on the harm's place (`noun`, by default what the clause hangs on): "a fire at one cafe that killed
    25 people", "a fire at a refinery in Texas, which shut down production" (the fire killed them and shut
    it down, not the cafe, the refinery or Texas)."""
    noun = clause.head if noun is None else noun
    if clause.lemma_.lower() not in _HARMING_VERBS:
        return None
    # up the places the harm happened at: "a fire at [a refinery in [Texas]]", "an ambush on [a bus carrying
    # settlers in [the West Bank]]"
    while noun.dep_ == "pobj" and noun.ent_type_ not in ("PERSON", "ORG"):
        prep = noun.head
        if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "on", "near", "outside") or prep.i == 0:
            return None
        # the harm the place phrase follows, whatever the phrase was hung on ("followed a fire at one cafe")
        harm = prep.doc[prep.i - 1]
        if harm.pos_ == "NOUN" and harm.lemma_.lower() in _HARMS:
            return harm
        up = prep.head.head if prep.head.dep_ == "dobj" and prep.head.head.dep_ == "acl" else prep.head
        noun = up.head if up.dep_ == "acl" else up
    return None


#: what a sportsperson is known by after winning: "the world champion said", "the silver medallist"
_HONOURS = frozenset(
    {
        "champion",
        "medallist",
        "medalist",
        "finalist",
        "semi-finalist",
        "titleholder",
        "winner",
        "holder",
        "laureate",
    }
)


def _described_class(tok: Token, words: list[Token], owner: Entity | None) -> str:
    """The class of a described common noun: one body ("the England side", "Southcorp's board", "a
    French bank", "the elections watchdog", "Ford's auto unit"), several of them a group ("international
    banks"), a named count of people a group ("the Maguire Seven"), anything else a thing."""
    if tok.lower_ in GROUP_COUNTS and words[0].pos_ == "PROPN" and len(words) > 1:
        return "Group"
    if prize_category(words) and not any(c.dep_ in ("det", "poss") for c in tok.children):
        return "Concept"  # "win best band", "won best actor": a prize's category, no band or actor
    if (
        (tok.pos_ == "PROPN" or tok.lower_ in ("television", "radio") and len(words) > 1)
        and tok.dep_ in ("dobj", "dative")
        and tok.head.lemma_.lower() == "tell"
        and owner is None
        and not any(c.dep_ == "poss" for c in tok.children)  # "told BBC Two's Newsnight": a channel's show
        and all(
            w.is_title or w.is_upper or w.like_num
            for w in words
            if w.pos_ != "DET" and (w != tok or tok.pos_ == "PROPN")
        )
    ):
        # "told the FT", "told Five Live", "told CNN television": a name told that is no person's is an outlet
        return "Organization"
    if (
        tok.tag_ == "NN"
        and tok.lower_ in PEOPLE_BY_AGE
        and any(c.dep_ in ("amod", "compound") and c.is_alpha for c in tok.children)
        and not _described_as_or_played(tok)
    ):
        return "Person"  # "a Gold Coast teenager", "the terrified child": someone the text describes
    if tok.tag_ == "NN" and any(c.dep_ == "amod" and age_word(c) for c in tok.children) and _a_doer(tok):
        # "a 22-year-old gamer": someone known by age ("the 35-year-old airline", "the 50-year-old treaty"
        # are none)
        return "Person"
    if (
        tok.tag_ == "NN"
        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in tok.children)
        and any(
            c.dep_ in ("amod", "compound") and (c.ent_type_ in ("NORP", "GPE") or party_name(c.text))
            for c in tok.children
        )
        and tok.lower_ not in ORG_DESCRIPTORS | NOT_AGENTS
        and not tok.like_num
        and (_a_doer(tok) or tok.lower_ in _PEERS)
    ):
        # "a US woman", "an Iraqi woman", "a US banker": someone unnamed from somewhere; "a Labour peer",
        # "a Tory MP": someone unnamed of a party
        return "Person"
    # "a number of firms" are some firms; "the number of visitors" is how many there are
    count = tok.lemma_.lower() == "number" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in tok.children
    )
    if (
        tok.lemma_.lower() in _SHARES
        and not count
        and any(
            p.dep_ == "pobj" and actor_class(p) == "Group"
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
        )
    ):
        return "Group"  # "a third of broadband users", "a delegation of firms": some of the people
    sense = _sense(tok)
    if (
        tok.lemma_.lower() in _FACILITIES
        and tok.tag_ == "NN"
        and tok.dep_ not in ("nsubj", "nsubjpass")
        or sense == "place"
        and len(words) > 1
        and _placed(tok)
    ):
        # "owns the Olympic Dam mine", "return to the stadium", "died on the state's roads": a place, not a
        # thing (as a doer, "the village is testing", it stands for its people)
        return "Location"
    if _named_body(tok):
        return "Organization"
    if tok.lemma_.lower() == "party" and any(
        c.dep_ == "compound" and c.lower_ in _OCCASIONS for c in tok.children
    ):
        return "Concept"  # "a launch party", "a birthday party": an occasion, no political party
    if (
        tok.tag_ == "NN"
        and tok.lemma_.lower() in _BRANCHES
        and (owner is not None and owner.type in _FIRMS or any(w.ent_type_ == "ORG" for w in words[:-1]))
    ):
        return "Organization"  # "Ford's auto unit", "the Yukos unit": a body's part is a body
    if tok.tag_ == "NNS" and tok.is_lower and tok.lemma_.lower() in _STATES and len(words) > 1:
        return "Group"  # "rich nations", "EU countries", "donor nations": several states, no thing
    if (
        sense == "person"
        and len(words) > 1
        and (tok.tag_ == "NNS" or _someone_new(tok))
        and tok.dep_ not in ("attr", "oprd")  # "proved to be an unlikely match-winner": who the subject is
        # a doer the text describes and does not name is read for what it says ("a leading expert says"),
        # not for its deeds ("file-sharers could deter innovation": half of those read were wrong)
        and (tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() in SPEECH_VERBS)
        and not _described_as_or_played(tok)
        and not any(c.dep_ == "acl" and c.lemma_.lower() == "play" for c in tok.children)
    ):
        # "an Iraqi doctor", "a security guard", "hardliner ministers": someone the text describes ("ranked
        # as the richest man", "played a crooked cop", "the crooked cops played by X" are a description and
        # parts; a bare "the banker" names no one, and "the veteran film-maker" takes up someone named before)
        return "Group" if tok.tag_ == "NNS" else "Person"
    kind = _COLLECTIVES.get(tok.lemma_.lower())
    if kind is None or not (len(words) > 1 or owner is not None) or beside(tok):
        return "Concept"
    return "Group" if tok.tag_ == "NNS" else kind


def _sense(tok: Token) -> Kind | None:
    """What the dictionary says a lower-case common noun names, read with the noun before it when the two
    are one word ("film-maker", "security guard", "pole vault") and as the plural it is when the dictionary
    lists that apart ("grounds"); none for the words that name a body beside a name as often ("the
    elections watchdog", "a printer maker", "the bank")."""
    if not tok.is_lower or tok.tag_ not in ("NN", "NNS"):
        return None
    lemma = tok.lemma_.lower()
    before = tok.doc[tok.i - 1] if tok.i else None
    word = hyphen_prefix(tok) or (  # "film-maker", else "security guard", "pole vault"
        before.lower_
        if before is not None
        and before.dep_ in ("compound", "amod")
        and before.head == tok
        and before.is_lower
        else None
    )
    compounds = [f"{word}{lemma}", f"{word} {lemma}"] if word is not None else []
    # a plural the dictionary lists apart: "on safety grounds" gives a reason, "in their teens" an age
    for word in (*compounds, *([tok.lower_] if tok.tag_ == "NNS" else [])):
        if (kind := noun_kind(word)) is not None:
            return kind
    return None if lemma in ORG_DESCRIPTORS or media_player(tok) else noun_kind(lemma)


def _described_as_or_played(tok: Token) -> bool:
    """Whether a noun for someone is what someone is ranked as or a part played ("ranked as the world's
    richest man", "played a sensitive youth"), no one of its own."""
    return tok.head.lower_ == "as" or tok.head.lemma_.lower() == "play"


def _someone_new(tok: Token) -> bool:
    """Whether a singular noun brings in someone new to the text ("a leading expert", "another shareholder");
    "the expert" takes up someone the text named before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in tok.children)


def _placed(tok: Token) -> bool:
    """Whether a noun is where a deed happens or goes: the object of a preposition of place on a verb
    ("died on the roads", "raced through the buildings"); a word for a place is a rank or a stance as
    often as anywhere ("filled the top spots", "showed a united front"). A listed place is where its
    list's first item is ("raced through markets and apartment buildings")."""
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _WHERE and prep.head.pos_ in ("VERB", "AUX")


#: prepositions that say where
_WHERE = frozenset(
    {
        "in",
        "on",
        "at",
        "near",
        "across",
        "into",
        "inside",
        "outside",
        "along",
        "through",
        "around",
        "onto",
        "off",
    }
)


#: parts of a body that are bodies themselves, when a body owns them ("his arm", "sold 2m units" are none)
_BRANCHES = frozenset({"unit", "division", "subsidiary", "arm", "offshoot", "affiliate"})
_FIRMS = frozenset({"Organization", "GovernmentOrganization"})


#: what one does while doing something else, said of the doer: "arrived wearing silk"
_DEPICTIVES = frozenset({"wear", "carry", "hold", "clutch", "brandish", "sport"})


def _noun_object(verb: Token) -> bool:
    """Whether a verb has a noun for its object that is no amount ("a deal totalling $2bn" says how much)."""
    return any(
        c.dep_ == "dobj"
        and c.pos_ in ("NOUN", "PROPN")
        and not any(t.like_num or t.is_currency for t in c.subtree)
        for c in verb.children
    )


def _other_country(description: Token, ent: Entity) -> bool:
    """Whether a description's people word ("the German group") names another country than a place in
    the name of the body it would take up ("the London Stock Exchange")."""
    codes = _demonym_codes(description)
    if not codes:
        return False
    named = _named_countries(ent)
    return bool(named) and not named & codes


def _demonym_codes(description: Token) -> set[str]:
    """The countries a description's people words name: "the German group", "the South Korean bank"."""
    doc = description.doc
    return {
        code
        for c in description.children
        if c.dep_ == "amod"
        and (code := demonym_country(doc[c.left_edge.i : c.i + 1].text) or demonym_country(c.text))
        is not None
    }


def _named_countries(ent: Entity) -> set[str]:
    """The countries the places in a body's name are in ("Korea First Bank", "the London Stock Exchange")."""
    words = ent.label.split()
    return {code for w in words for code in city_countries(w)} | {
        code for w in words if (code := country_code(w)) is not None
    }


#: posts that speak for a body without a name of their own: "the Home Office spokesman said"
_UNNAMED_VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: bodies someone's possessive names by the post they hold there: "his party", "his side"
_AFFILIATIONS = frozenset({"party", "side", "team", "squad", "club"})

#: what a party is thrown for: "a launch party" is an occasion
_OCCASIONS = frozenset(
    {"launch", "birthday", "dinner", "garden", "christmas", "office", "leaving", "engagement", "wedding", "tea",
     "street", "fancy", "dress", "house", "pool", "press", "release", "celebration", "victory", "farewell"}
)  # fmt: skip


def _named_body(tok: Token) -> bool:
    """Whether "group", "body" or "exchange" is a body by where or what it is: "the German group", "a
    pressure group", "the trade body", "the sport's governing body", "the London exchange" ("a small
    group", "his body", "a group of MPs", "an exchange of views" are none)."""
    if tok.lemma_.lower() not in ("group", "body", "exchange") or any(
        c.dep_ == "prep" and c.lower_ == "of" for c in tok.children
    ):
        return False
    return any(
        c.dep_ in ("compound", "amod")
        and (
            c.ent_type_ in ("NORP", "GPE")
            or tok.lemma_.lower() in ("group", "body")
            and c.pos_ == "NOUN"
            and c.lower_ not in _LOOSE_GROUPS
            or tok.lemma_.lower() == "body"
            and c.lower_ in _BODY_ADJECTIVES
        )
        for c in tok.lefts
    )


#: nouns before "group" that make it a gathering or a category, no body: "a study group", "an age group"
_LOOSE_GROUPS = frozenset(
    {"study", "age", "blood", "focus", "peer", "working", "support", "ethnic", "income", "target", "control",
     "discussion", "reading", "user"}
)  # fmt: skip


#: members of a house of parliament by title, no word for a post held in a body
_PEERS = frozenset({"peer", "baroness", "lord", "senator", "congressman", "congresswoman"})


def _a_doer(tok: Token) -> bool:
    """Whether a noun names a person: a word for people, posts or kin, or one for who does a deed ("gamer",
    "rider": a verb with "-er")."""
    low = tok.lower_
    return someone(tok) or (
        low.endswith("er")
        and low not in ORG_DESCRIPTORS
        and (low[:-2] in dictionary_words(("verb",)) or low[:-1] in dictionary_words(("verb",)))
    )


def _unit_number(tok: Token) -> bool:
    """Whether a number opens a measure before a noun: "a 512 kilobit service" (a count, "three shops",
    is no part of a label)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.text[:1].isdigit()
        and tok.dep_ == "nummod"
        and nxt is not None
        and nxt.dep_ == "compound"
        and nxt.lower_.removesuffix("s") in MEASURE_UNITS
        and nxt.head == tok.head
    )


def _count_before(doc: Doc, start: int) -> int | None:
    """Where the count starts that a label's first word, a unit of time, length or score, is counted
    in ("a three-and-a-half year contract extension", "a 10 year deal", "a two goal lead"; without it,
    "year contract extension" is cut); None when no count stands before it."""
    if doc[start].lower_.removesuffix("s") not in _COUNTED_UNITS or doc[start].dep_ != "compound":
        return None
    k = start
    while k > 0 and start - k < 7 and (doc[k - 1].like_num or doc[k - 1].lower_ in _COUNT_GLUE):
        k -= 1
    while k < start and not doc[k].like_num:
        k += 1  # "a" and "-" open no count
    return k if k < start else None


#: things known by a number word after them: "round one", "stage two"
_NUMBERED = frozenset({"round", "stage", "leg", "heat", "phase", "day", "game", "race", "division", "tier"})


def _aged_noun(tok: Token) -> bool:
    """Whether a noun for someone is known by an age: "the 25-year-old fly-half", "the 30-year-old striker"."""
    doc = tok.doc
    word = hyphened(doc, tok.i).text.lower() if tok.i > 1 and doc[tok.i - 1].text == "-" else tok.lower_
    return (
        tok.tag_ == "NN"
        and (word in ROLE_NOUNS | POSITION_NOUNS or tok.lemma_.lower() in ROLE_NOUNS)
        and any(c.dep_ == "amod" and age_word(c) for c in tok.children)
    )


def _infinitive(verb: Token) -> bool:
    """Whether a verb has its "to": "to be presented", "to build"."""
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def _units_count(num: Token) -> bool:
    """Whether a number counts the plural units it modifies: "scored 18 goals", "three second-half goals"."""
    unit = num.head
    return (
        num.like_num and num.dep_ == "nummod" and unit.tag_ == "NNS" and unit.lemma_.lower() in _COUNTED_UNITS
    )


#: units a count before a noun's modifier is in: "a three year deal", "a two goal lead"
_COUNTED_UNITS = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "mile", "metre", "meter", "kilometre", "yard", "lap",
     "point", "goal", "game", "match", "seat", "stage", "acre", "hectare", "tonne", "ton", "barrel", "gallon",
     "litre", "liter", "kilometer"}
)  # fmt: skip
#: the words a count is written with between its numbers: "three-and-a-half", "12 to 18", "two or three"
_COUNT_GLUE = frozenset({"-", "and", "a", "half", "quarter", "to", "or"})


def _owned_label(owner: str, label: str) -> str:
    """A thing's label after its owner's, the words both share said once ("BBC Radio Five Live's
    Sportsweek" and "Sportsweek programme")."""
    first, second = owner.split(), label.split()
    shared = next(
        (
            k
            for k in range(min(len(first), len(second)), 0, -1)
            if [w.lower() for w in first[-k:]] == [w.lower() for w in second[:k]]
        ),
        0,
    )
    return " ".join([*first, *second[shared:]])


def _numbered(tok: Token) -> bool:
    """Whether a noun before a noun is a rank with its numeral: "the number two spot"."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.i == tok.i + 1 for c in tok.children)


def beside(tok: Token) -> bool:
    """Whether "side" is where someone stands, no team: "by Mr Blunkett's side", "at her side"."""
    return tok.lower_ == "side" and tok.dep_ == "pobj" and tok.head.lower_ in ("by", "at")


#: buildings, sites and works of land: what they name is a place
_FACILITIES = frozenset(
    {
        "stadium",
        "mine",
        "theatre",
        "theater",
        "hotel",
        "restaurant",
        "museum",
        "arena",
        "lake",
        "river",
        "prison",
        "racecourse",
        "cathedral",
        "church",
        "mosque",
        "temple",
        "palace",
        "castle",
        "bridge",
        "dam",
        "harbour",
        "harbor",
        "village",
        "town",
        "island",
        "refinery",
        "oilfield",
        "airport",
        "venue",
        "pub",
    }
)


_CHANGE_NOUNS = frozenset(
    {
        "rise",
        "fall",
        "increase",
        "decrease",
        "drop",
        "jump",
        "cut",
        "growth",
        "decline",
        "slump",
        "surge",
        "gain",
    }
)


_AMOUNT_WORD = re.compile(r"\d+(?:[.,]\d+)?(?:bn|m|k|tn|s|th|st|nd|rd|pc|p|am|pm|ft|kg|km|mph)")


def unowned_figure(tok: Token) -> bool:
    """Whether a firm's figure is what a clause is about with no owner and nothing that makes it
    another's: "sales", "operating profit", "quarterly earnings", "the pre-tax profit", "shares" (not
    "album sales", "retail sales", "sales in China", "the group's profit", "a 5% share")."""
    return (
        tok.dep_ in ("nsubj", "nsubjpass")
        and (tok.lemma_.lower() in _TOPIC_FIGURES or tok.lower_ == "shares")
        and all(
            c.dep_ == "det"
            and c.lower_ == "the"
            or c.dep_ in ("compound", "nmod", "amod")
            and c.lower_ in _FIGURE_KINDS
            or c.is_punct  # "pre-tax" is three tokens, the hyphen sometimes parsed as a modifier
            for c in tok.children
        )
    )


#: a firm's figures that are the article's firm's when unowned ("a 5% share" and "output" may be anyone's)
_TOPIC_FIGURES = FIRM_FIGURES - {"share", "output"}
_BODIES = frozenset({"Organization", "GovernmentOrganization", "Country", "MilitaryOrganization"})
#: words that tell which of a firm's figures: "operating profit", "pre-tax profit", "core earnings"
_FIGURE_KINDS = frozenset(
    {"operating", "pre", "tax", "pre-tax", "net", "gross", "core", "trading", "group", "underlying", "total",
     "quarterly", "annual", "full-year", "half-year", "first-half", "second-half", "worldwide", "global",
     # "third-quarter sales", "full-year profit": the tokenizer leaves the period's last word beside the figure
     "quarter", "half", "year"}
)  # fmt: skip


#: a web address's name: "example.no", "example.co.uk"
_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z]{2,3}){1,2}")


def wordlike(tok: Token) -> bool:
    """A word of a label: letters, letters with digits that name a thing ("3G", "MP3", "7E7") or a web
    address ("example.co.uk"), not an amount or an ordinal ("5bn", "1990s", "3rd")."""
    text = tok.lower_
    return (
        tok.is_alpha
        or _DOMAIN.fullmatch(text) is not None
        or (
            text.isalnum()
            and any(ch.isalpha() for ch in text)
            and any(ch.isdigit() for ch in text)
            and not _AMOUNT_WORD.fullmatch(text)
        )
    )


#: last words of a street's name
_STREETS = frozenset({"street", "road", "avenue", "lane", "square", "boulevard"})
#: kinds of names that may hold a possessive of their own: "New Year's Day", "the Queen's Award" (a firm's
#: "Climax's Action studio" is the firm's)
_POSSESSIVE_NAMES = frozenset({"EVENT", "WORK_OF_ART", "FAC", "PRODUCT"})


def _joined(span) -> str:
    """A noun phrase's words as a label: names keep their case, hyphenated compounds stay whole."""
    out = ""
    counts = {t.i for u in span for t in unit_count(u)}  # "18 to 21 year olds"
    for t in span:
        # "3G" is split by the tokenizer into "3" and "G": a number glued to the next word belongs to it
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        # ... and so is one hyphenated to it: "the 22-man squad"
        glued_number = (
            (t.like_num or _glued_number(t))
            and not t.whitespace_
            and nxt is not None
            and (nxt.is_alpha or nxt.text == "-" and not nxt.whitespace_)
        )
        # "Chapter 11 bankruptcy protection": the numeral names the noun before it
        naming_number = (
            t.like_num and t.dep_ == "nummod" and t.head.i == t.i - 1 and t.head.i >= span.start
        ) or _unit_number(t)
        # "a 10 year deal": the count of the unit that modifies the noun; "scored 18 goals"
        counted = (
            t.like_num
            and (
                t.i in counts
                or nxt is not None
                and nxt.dep_ == "compound"
                and nxt.lower_.removesuffix("s") in _COUNTED_UNITS
            )
            or _units_count(t)
        )
        if wordlike(t) or glued_number or naming_number or counted:
            after_number = t.i > span.start and _glued_number_before(t)
            glue = out.endswith("-") or not out or after_number
            # "3G", "MP3"; "My Family", a title
            keep = (
                t.pos_ == "PROPN"
                or t.is_upper
                and (after_number or not t.is_alpha or len(t.text) > 1)  # "the Spanish FA", "an IT firm"
                or title_opener(t)
                or t.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC")
                and t.text[:1].isupper()  # "British"
                or t.is_title
                and t.like_num
                and t.head.pos_ == "PROPN"  # "Six Nations"
                # a capitalised word inside a sentence is a name's, however tagged ("the Six Nations")
                or t.is_title
                and not t.is_sent_start
                and not (t.i > 0 and t.nbor(-1).is_quote and t.nbor(-1).i == t.sent.start)
            )
            out += ("" if glue else " ") + (t.text if keep else t.lower_)
        elif t.text == "-" and out and not t.whitespace_ and not t.nbor(-1).whitespace_:
            out += "-"
        elif t.tag_ == "POS" and out and t.ent_iob_ == "I" and t.ent_type_ in _POSSESSIVE_NAMES:
            out += t.text  # "the New Year's Day title": a possessive inside a name
    return out.rstrip("-")


_EXPLETIVE_HEADS = {"be", "seem", "appear", "emerge", "remain", "look", "take", "happen", "matter", "cost"}


def _expletive(tok: Token) -> bool:
    """Whether "it" stands for nothing: "it emerged that …", "it is clear that …", "it was
    thought that …", "it takes time to …"."""
    if tok.lower_ != "it" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    kids = {c.dep_ for c in head.children}
    clause = bool(kids & {"ccomp", "xcomp", "csubj"}) or any(
        c.dep_ in ("acomp", "attr")
        and any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
        or c.dep_ == "advcl"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)  # "costs £5 to make"
        for c in head.children
    )
    if head.lemma_.lower() == "be":  # "it is clear that …", "it is time to …"; not "it is to close"
        return clause and bool(kids & {"acomp", "attr"})
    return clause and (tok.dep_ == "nsubjpass" or head.lemma_.lower() in _EXPLETIVE_HEADS)


_QUOTES = frozenset({'"', "\u201c", "\u201d"})


#: common nouns for the place a rank holds in: "the world's largest carmaker", "the country's biggest bank"
_RANK_PLACES = frozenset({"world", "country", "nation", "continent", "region", "city"})


def _small_clause_it(pronoun: Token) -> bool:
    """Whether an "it" is the object of a verb that lets, helps or makes it do something ("to help it
    battle falling sales"): as "him" or "them" there, never that verb's own subject ("itself")."""
    verb = pronoun.head
    return (
        pronoun.lower_ == "it"
        and pronoun.dep_ == "nsubj"
        and verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp")
        and verb.head.pos_ == "VERB"
        and verb.head.i < pronoun.i
        and not any(c.dep_ in ("aux", "mark") for c in verb.children)
    )


def _people_object_before(pronoun: Token) -> Token | None:
    """The plural people object of the clause that the clause of a subject "they" hangs on, where that
    clause's own subject is no plural: "they" can take up only the object there."""
    verb = pronoun.head
    if (
        pronoun.lower_ != "they"
        or pronoun.dep_ not in ("nsubj", "nsubjpass")
        or verb.dep_ not in ("advcl", "ccomp")
    ):
        return None
    host = verb.head
    obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < pronoun.i), None)
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        obj is None
        or obj.tag_ != "NNS"
        or actor_class(obj) is None
        or subject is None
        or subject.tag_ in ("NNS", "NNPS")
        or subject.lower_ in PLURAL_PRONOUNS
        or any(c.dep_ == "conj" for c in subject.children)
    ):
        return None
    return obj


def plural_anaphor(noun: Token) -> bool:
    """Whether a noun is a bare "the firms", "the three companies": it takes up several bodies the article
    named ("Sony and Philips … the firms"), and as a node of its own ("firms") it names none of them."""
    kids = list(noun.children)
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() in ORG_ANAPHORS
        and any(c.dep_ in ("det", "predet") and c.lower_ in ("the", "both") for c in kids)  # "both companies"
        and all(c.dep_ in ("det", "predet", "punct") or c.dep_ == "nummod" and c.like_num for c in kids)
    )


def taken_up_people(noun: Token) -> bool:
    """Whether a plural noun for people or firms, determined only by "the", a demonstrative or an owner's
    pronoun ("My men deserved victory", "Those studios produce 45%", "the boys defeated the Aussies", "the
    two actors"), takes up people or firms the article named before: as a node of its own ("men") it names
    none of them (blind audits: such doers right 7 times in 27), like an unresolved "they". Only as a doer:
    "attacked the bankers" says what kind the target is."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or any(
        c.dep_ == "aux" and c.lower_ == "to"
        for c in noun.head.children  # "allowed the smugglers to"
    ):
        return False
    kids = list(noun.children)
    if noun.tag_ == "NN" and noun.lemma_.lower() in PAIR_NOUNS:
        # "the high-profile duo were cleared", "the pair": the two named before ("the trio of athletes" says who)
        return any(c.dep_ == "det" and c.lower_ in _TAKING_UP for c in kids) and not any(
            c.dep_ == "prep" for c in kids
        )
    if (
        noun.tag_ != "NNS"
        or not noun.is_lower  # "the MPs": a class of members, named by its capitals
        or not (people_plural(noun.lower_) or noun.lemma_.lower() in ORG_ANAPHORS)
    ):
        return False
    counted = any(c.dep_ == "nummod" and c.like_num for c in kids)
    return any(
        c.dep_ == "det"
        and c.lower_ in _TAKING_UP
        or c.dep_ == "poss"
        and c.lower_ in _OWNER_PRONOUNS
        # "both players", "all five men": the ones named before
        or c.dep_ in ("det", "predet")
        and (c.lower_ == "both" or c.lower_ == "all" and counted)
        for c in kids
    ) and all(c.dep_ in ("det", "predet", "poss", "punct") or c.dep_ == "nummod" and c.like_num for c in kids)


_TAKING_UP = frozenset({"the", "these", "those"})
_OWNER_PRONOUNS = frozenset({"my", "our", "his", "her", "its", "their", "your"})


def bare_work(tok: Token) -> bool:
    """Whether a noun is a work's kind with only a definite or an owner's word before it ("the film", "the
    movie took $30m", "its show"): it takes up a work the text named or not, and as a node of its own names
    none (blind audits: such ends right 8 times in 57); "a book" is one brought in."""
    return (
        tok.lemma_.lower() in WORK_KINDS
        and tok.tag_ == "NN"  # "opened up its books": accounts
        and any(c.dep_ in ("det", "poss") for c in tok.children)
        # "The film, directed by X,", "the movie, which took $31m": a clause on it names no work either
        and all(
            c.dep_ in ("det", "poss")
            and c.lower_ in _DEFINITE | _OWNER_PRONOUNS
            or c.dep_ in ("acl", "relcl", "punct")
            for c in tok.children
        )
    )


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """The quotations of a document as token ranges from the opening mark to the closing mark (or the
    paragraph's end), computed once; marks open or close by `quote_opens`. A quotation that a new
    opening mark meets unclosed ends there: writers reopen a running quotation at each paragraph, and
    often at each sentence too."""
    if "kg_quotations" not in doc.user_data:
        doc.user_data["kg_quotations"] = _quotations(doc)
    return doc.user_data["kg_quotations"]


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for t in doc:
        if "\n" in t.text and start is not None:
            spans.append((start, t.i))
            start = None
        if t.text not in _QUOTES:
            continue
        opens = quote_opens(t)
        if opens is None:  # spaced or glued on both sides: the mark toggles
            opens = start is None
        if opens:
            if start is not None:
                # 'said: "… for the country. In reference to it, Mr Milburn said: "…': a quotation left
                # unclosed ends before the sentence that introduces the next one
                end = doc[t.i - 1].sent.start if doc[t.i - 1].text == ":" else t.i
                spans.append((start, end if end > start else t.i))
            start = t.i
        elif start is not None:
            spans.append((start, t.i))
            start = None
    if start is not None:
        spans.append((start, len(doc)))
    return spans


def quoted_mask(doc: Doc) -> list[bool]:
    """For each token, whether it is inside a quotation (`quotations`), computed once."""
    if "kg_quoted" not in doc.user_data:
        mask = [False] * len(doc)
        for start, end in quotations(doc):
            mask[start + 1 : end] = [True] * (end - start - 1)
        doc.user_data["kg_quoted"] = mask
    return doc.user_data["kg_quoted"]


def _speaker(tok: Token) -> bool:
    """Whether a token names the subject of a verb of speech ("X added:")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS


def _plainly_no_person(ent: Entity) -> bool:
    """Whether an actor is plainly no person the recognisers misread: a state, a place, a body of a
    state, or a firm of several words ("BBC Television"; a one-word "firm" may be a surname)."""
    return ent.type in ("Country", "Location", "GovernmentOrganization", "MilitaryOrganization") or (
        ent.type == "Organization" and len(ent.label.split()) > 1
    )


def _clause_role(verb: Token) -> str:
    """How a verb's clause hangs in its sentence: its dependency, or that of the verb it is joined to by
    "and"."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_


#: clauses of time, reason, purpose and relative clauses: who acts there is named in passing
_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp", "xcomp", "csubj", "pobj"})


_T = TypeVar("_T")

#: how many sentences back a "he said" looks for the one who spoke last
_SPEAKER_SENTENCES = 4


def _per_token(method: Callable[[Arguments, Token], _T]) -> Callable[[Arguments, Token], _T]:
    """What a method that depends only on the document gives for each token, worked out once: the
    rules ask again and again about the same words."""

    @wraps(method)
    def once(self: Arguments, tok: Token) -> _T:
        key = (method.__name__, tok.i)
        if key not in self._answers:
            self._answers[key] = method(self, tok)
        return self._answers[key]

    return once


#: words for a firm that take each other up: "the firm, Paion, said … the company could be valued at"
_FIRM_WORDS = frozenset({"company", "firm", "corporation"})
#: last words of the names of bodies that are no company: "the company" takes none of them up
_NO_FIRM_ENDINGS = frozenset(
    {"union", "unions", "association", "federation", "confederation", "roundtable", "council", "committee",
     "commission", "party", "institute", "university", "school", "hospital", "foundation", "society", "league",
     "parliament", "assembly", "police", "court", "ministry", "department", "authority", "agency", "office",
     "tribunal", "forum", "organisation", "organization", "charity", "coalition", "government",
     "administration", "exchange", "market", "regulator", "watchdog"}
)  # fmt: skip


def _name_head(label: str) -> str:
    """The word a body's name is a kind of, in small letters: its last, or the last before "of" ("National
    Union of Journalists": union)."""
    return label.split(" of ")[0].split()[-1].lower()


def _aside(mod: Token) -> bool:
    """Whether a noun's modifier is an aside set off by a comma that names no one ("the firm, which
    dominates the exchange,", "the Swedish firm, the world's largest maker of …,"): it says more of the
    one taken up, where "the firm that makes X" or "the firm, Acme," says which one."""
    return (
        mod.left_edge.i > 0
        and mod.doc[mod.left_edge.i - 1].text == ","
        and mod.dep_ in ("relcl", "acl", "appos")
        and not (mod.dep_ == "appos" and (mod.pos_ == "PROPN" or mod.ent_type_))
    )


def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause a token belongs to."""
    return next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)


def _reported(tok: Token) -> bool:
    """Whether a token sits in a clause someone reports ("X said it appeared Mr Clarke was …")."""
    verb = _clause_verb(tok)
    while verb is not None and verb.dep_ in ("ccomp", "xcomp"):
        if verb.dep_ == "ccomp" and verb.head.lemma_ in SPEECH_VERBS:
            return True
        verb = verb.head
    return False


def _controlled_clause(tok: Token, verb: Token) -> bool:
    """Whether a token sits under `verb` in a clause with no subject of its own, whose doer is the
    verb's subject ("after meeting Blair, he said": he met Blair, so he is not Blair)."""
    below = tok
    for anc in tok.ancestors:
        if anc == verb:
            return (
                below.dep_ in ("advcl", "xcomp")
                and below.pos_ == "VERB"
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in below.children)
            )
        below = anc
    return False


def partitive_names(one: Token) -> list[Token]:
    """The names a partitive like "one of the Guildford Four" stands for: its apposition, or the name
    right after it and a comma that the parser hung on the verb ("one of X, Gerry Conlon - who … - said")."""
    names = [a for a in one.children if a.dep_ == "appos"]
    after = one.right_edge.i + 2
    if not names and after < len(one.doc) and one.doc[after - 1].text == ",":
        name = one.doc[after]
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:
            name = name.head
        if name.dep_ == "npadvmod" and name.head == one.head and name.pos_ == "PROPN":
            names.append(name)
    return names


def hyphened(doc: Doc, i: int) -> Span:
    """The hyphened word token `i` is part of, whole: "in-depth", "live-action", "sci-fi" (the tokenizer
    splits them, and the parser hangs their parts on different heads)."""
    end = i + 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and (doc[end + 1].is_alpha or doc[end + 1].like_num)
        and not (doc[end - 1].whitespace_ or doc[end].whitespace_)
    ):
        end += 2
    return doc[hyphened_start(doc, i) : end]


#: participles that say how sure or how near a thing is, not what it is: "the proposed deal" is a deal
_HEDGING_PARTICIPLES = frozenset(
    {"proposed", "planned", "expected", "alleged", "reported", "rumoured", "rumored", "suspected", "intended",
     "supposed", "anticipated", "promised", "threatened", "mooted", "touted", "continuing", "existing",
     "remaining", "following", "coming", "upcoming", "forthcoming", "ongoing", "so-called", "called", "named",
     "given", "related", "concerned", "involved", "unnamed", "undisclosed"}
)  # fmt: skip


def _hedging_participle(mod: Token, head: Token) -> bool:
    """Whether a participle before a noun stays out of its label: one that hedges or points ("the proposed
    deal", "the remaining shares"), and any before a name. "a collapsed lung", "a trapped neck nerve", "her
    improving form", "a design-led firm" and "the best supporting actor prize" keep theirs."""
    if mod.tag_ not in ("VBN", "VBG"):
        return False
    adverbs = [a for a in mod.children if a.dep_ == "advmod"]
    if any(a.tag_ in ("RBS", "JJS") for a in adverbs) or _glued(mod):
        return False
    # "a little known shell company": the participle's own phrase is a description apart
    return head.pos_ == "PROPN" or bool(adverbs) or mod.lower_ in _HEDGING_PARTICIPLES


def _glued(tok: Token) -> bool:
    """Whether a token is part of a hyphened word ("live" of "live-action")."""
    return len(hyphened(tok.doc, tok.i)) > 1


class Arguments:
    """Resolves tokens of one document to the nodes they denote."""

    def __init__(
        self,
        index: EntityIndex,
        bodies_of: dict[str, list[Entity]] | None = None,
        country_of: dict[str, Entity] | None = None,
        titles: list[tuple[str, Entity]] | None = None,
    ):
        self.index = index
        #: person id → the bodies and the country their titles tie them to, as the reader finds them
        #: (`kg.nlp.roles`)
        self.bodies_of = bodies_of if bodies_of is not None else {}
        self.country_of = country_of if country_of is not None else {}
        #: the titles the reader has given people so far (`kg.nlp.roles`)
        self.titles = titles if titles is not None else []
        self.concepts: dict[str, Entity] = {}
        self._genders: dict[str, Gender | None] = {}
        self._sources: dict[str, bool] = {}
        self._quotes: list[bool] | None = None
        self._spots: list[int] | None = None
        self._answers: dict[tuple[str, int], Any] = {}
        self._depth = 0  # pronouns taken up through earlier pronouns, a bounded chain

    def antecedent(self, tok: Token) -> Token | None:
        """The noun a relative word ("which", "that", "who") stands for.

        After a comma (", which …") the antecedent is the noun just before the comma: the small
        parser often attaches such clauses to an earlier noun.
        """
        prev = tok.doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and prev.text == ",":
            before = tok.doc[tok.i - 2] if tok.i > 1 else None
            if before is not None and before.pos_ in ("NOUN", "PROPN"):
                # ", that killed 10 people" read as a clause of its own: the verb "that" is the subject of
                clause = next((a for a in tok.ancestors if a.dep_ in ("relcl", "acl")), None) or (
                    tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
                )
                return (_harm_of_place(clause, before) if clause is not None else None) or before
        for anc in tok.ancestors:
            if anc.dep_ in ("relcl", "acl"):
                return _harm_of_place(anc) or anc.head
        return None

    @_per_token
    def resolve_pronoun(self, tok: Token) -> Entity | None:
        """The actor a third-person pronoun refers to, when the text leaves one candidate.

        A possessive binds to its own clause's subject when compatible ("the US ceases its attacks");
        otherwise exactly one compatible actor must be mentioned earlier in this or the previous sentence,
        or, of several, exactly one must be the previous sentence's subject ("Acme was accused by the
        regulator of fraud. It agreed to pay a $5m fine": Acme). An earlier subject pronoun counts as the
        one it took up, a name only inside a quotation or inside the pronoun's own subjectless clause
        does not count, and an unnamed speaker ("the spokesman said") leaves "he" to no one. An "it"
        that opens a sentence after one about a thing takes the thing up, no actor. Otherwise the
        pronoun stays unresolved.
        """
        low = tok.lower_
        if low in PERSON_PRONOUNS:
            ok = _PERSON
        elif low in THING_PRONOUNS:
            if _expletive(tok):
                return None  # "it emerged that …", "it is thought that …": no one
            if (
                low == "it"
                and tok.i == tok.sent.start
                and tok.dep_ == "nsubj"
                and tok.head.lemma_ in _SEQUEL_VERBS
                and tok.head.tag_ == "VBZ"  # "It followed its rival" may be the firm
            ):
                return None  # "It follows a similar scheme", "It marks a change": the news just told
            ok = ACTOR_TYPES - {"Person", "Group"}
        elif low in PLURAL_PRONOUNS:
            if self._plural_thing_before(tok):
                return None  # "Shares in Acme fell. They had risen …": things, no actor
            ok = ACTOR_TYPES - {"Person", "Country"}  # "MPs said … They rejected", "Labour said they …"
        else:
            return None
        if tok.tag_ == "PRP$" and tok.head.dep_ == "conj" and tok.head.head.i < tok.i:
            # "to destroy Yukos and its former owner", "Mr Blair and his wife": the one named before "and"
            ent = self.index.at(tok.head.head)
            if ent is not None and ent.type in ok and self._agrees(tok, ent):
                return ent
        subj = _clause_subject(tok)
        if subj is not None and subj.i < tok.i and plural_anaphor(subj):
            return None  # "the firms said they …": whom "the firms" take up, no one node is
        # "Witnesses saw them carrying bags", "the firm sued him": an object pronoun is never its clause's
        # subject (that would be "themselves", "itself")
        accusative = (
            tok.tag_ == "PRP" and low in ("him", "them", "her") and tok.dep_ in ("dobj", "dative", "nsubj")
        ) or _small_clause_it(tok)
        if subj is not None and subj.i < tok.i and subj.i != tok.i and not accusative:
            ent = self.index.at(subj) or self._actor_in(subj)
            if ent is not None and ent.type in ok and self._agrees(tok, ent):
                return ent
        if low.endswith("self") and subj is not None:
            return None  # "the group called itself X": only its own clause's subject, however named
        if tok.tag_ == "PRP$" and subj is not None and subj.i < tok.i and subj.pos_ == "NOUN":
            # a possessive is its clause's subject's, also when a description names it: "the company
            # raised its dividend"; "the prime minister repeated his insistence" (whom only the roles
            # name, so no one here: never the last man named)
            ent = self.resolve_nominal(subj)
            if ent is not None and ent.type in ok and self._agrees(tok, ent):
                return ent
            if low in PERSON_PRONOUNS and subj.tag_ == "NN" and subj.lemma_.lower() in ROLE_NOUNS:
                return None
        if (people := _people_object_before(tok)) is not None:
            # "asked 801 adults if they supported the ban", "could hurt small developers because they lack
            # the means": the people the host clause acts on, not whoever the text named before
            ent = self.index.at(people)
            return ent if ent is not None and ent.type in ok else None
        if (host := self._host_subject(tok, ok)) is not None:
            return host if isinstance(host, Entity) else None  # False: someone the text does not name
        if (
            low in PERSON_PRONOUNS
            and tok.tag_ == "PRP"
            and _speaker(tok)
            and (last := self._last_speaker(tok))
        ):
            return last
        start = tok.sent.start
        if start > 0:
            start = tok.doc[start - 1].sent.start
            if low in THING_PRONOUNS and tok.i < tok.sent.root.i:
                # "Sony's PSP is the top gadget. It beats the iPod": the thing the text is about
                topic = next((c for c in tok.doc[start].sent.root.children if c.dep_ == "nsubj"), None)
                named = self.index.at(topic) if topic is not None else None
                if named is not None and named.type not in ACTOR_TYPES:
                    return None
                if (
                    topic is not None
                    and named is None
                    and topic.tag_ == "NN"
                    and actor_class(topic) is None
                    and self.resolve_nominal(topic) is None
                    and topic.lemma_.lower() not in ROLE_NOUNS
                ):
                    return None  # "The alleged rift is over aid. It dominated the conference": the rift
        if low in THING_PRONOUNS and (self._thing_topic(tok) or self._thing_host(tok)):
            return None
        found = self._salient(tok, ok, start, prominent=low not in PERSON_PRONOUNS)
        # "saw them carrying": the pronoun is the seeing's object, whatever the parser made of it
        binder = _clause_subject(tok.head) if accusative and tok.dep_ == "nsubj" else subj
        if accusative and found is not None and binder is not None and self.index.at(binder) is found:
            return None  # the subject of its own clause, which an object pronoun cannot be
        if found is not None and _small_clause_it(tok):
            # "the government will give the industry aid to help it battle …": whoever helps, not "it"
            helper = next((c for a in tok.head.ancestors for c in a.children if c.dep_ == "nsubj"), None)
            if helper is not None and (self.index.at(helper) or self.resolve_nominal(helper)) is found:
                return None
        return found

    def _last_speaker(self, tok: Token) -> Entity | None:
        """The person who spoke last, up to four sentences before a "he said", when no other person has
        been a subject since: a quoted source goes on speaking though what is said names others ("…, says
        Tim Dams. While he said the panel were not snubbing Moore's film, …, he said": Dams, not Moore);
        "according to X" is X speaking."""
        if self._quotes is None:
            self._quotes = quoted_mask(tok.doc)
        if self._quotes[tok.i]:
            return None
        doc, sent = tok.doc, tok.sent
        addressed = {t.text for t in sent if self._quotes[t.i] and t.pos_ == "PROPN" and t.i < tok.i}
        host = tok.head.head if tok.head.dep_ == "ccomp" else None
        for _ in range(_SPEAKER_SENTENCES):
            if sent.start == 0:
                break
            sent = doc[sent.start - 1].sent
        for t in reversed(doc[sent.start : tok.i]):
            described: Entity | None = None
            if self._quotes[t.i] or t.dep_ in ("compound", "flat"):
                continue  # a name counts once, by its head word
            according = t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according"
            if t.pos_ == "PRON":
                ent = self._taken_up(t, tok)
            elif t.dep_ in ("nsubj", "nsubjpass"):  # "The Lord Chief Justice, Lord Woolf, said": the name
                named = (t, *(c for c in t.children if c.dep_ == "appos"))
                ent = next((e for c in named if (e := self.index.at(c)) is not None), None)
                titled = t.tag_ in ("NN", "NNP") and t.lower_ in ROLE_NOUNS
                if ent is None and titled:
                    # "The home secretary said …. Speaking on TV, he said": the one the title is held by
                    ent = described = self.role_holder(t)
                if (
                    ent is None
                    and not titled
                    and t.pos_ == "PROPN"
                    and not t.ent_type_
                    and any(
                        c.dep_ == "compound" and c.is_title and known_first_name(c.text) for c in t.children
                    )
                    and _clause_role(t.head) not in _SUBORDINATE
                ):
                    # "Piers Freelove is a picket. He said": a name the models missed comes forward
                    return None
                if (
                    ent is None
                    and t.tag_ == "NN"
                    and t.lemma_.lower() in ROLE_NOUNS
                    and any(
                        c.dep_ == "det"
                        and (
                            c.lower_ in ("a", "an")
                            or c.lower_ == "the"
                            and t.lemma_.lower() in _UNNAMED_VOICES
                        )
                        for c in t.children
                    )
                    and _speaker(t)
                ):
                    # "A Globex spokesman said …. '…,' he added": one whom no name gives ("the Tory leader
                    # said" is most often the one named before)
                    return None
            else:
                ent = self.index.at(t)
            if ent is None or ent.type != "Person" or not self._agrees(tok, ent):
                continue  # "he" left to no one is still the one speaking; "she" is someone else
            if ent.label.split()[0] in addressed or ent.label.split()[-1] in addressed:
                continue  # '"I said to Harry …," he said': whom the quotation names is not its speaker
            subject = t.head if t.dep_ == "appos" else t
            role = _clause_role(subject.head)
            # "… as X said he did not believe it": the speaker of the pronoun's own clause, however subordinate
            # "X said Y noted that …. He says": X, whose report Y's words are part of
            reported = role == "ccomp" and any(
                c.dep_ == "nsubj" and c != tok for c in subject.head.head.children
            )
            if (
                according
                or _speaker(subject)
                and (role not in _SUBORDINATE and not reported or subject.head == host)
            ):
                return ent
            if (
                t.dep_ == "poss"
                or subject.dep_ in ("nsubj", "nsubjpass")
                and role in _SUBORDINATE | {"ccomp"}
            ):
                continue  # "Moore's film", "when Mr Blunkett argued", "said he had backed": in passing
            if (
                subject.dep_ in ("pobj", "dobj", "dative")
                and (verb := _clause_verb(subject)) is not None
                and _clause_role(verb) in _SUBORDINATE | {"ccomp"}
            ):
                continue  # "when a court ruled doctors could withdraw feeding from X": X named in passing
            # "But for Allen Weiner, …", "Jim Brown rejected it": someone else comes forward, whom only a
            # title may leave unseen to what follows ("The actor also spoke of his youth. '…,' he said")
            return described
        return None

    def _host_subject(self, tok: Token, ok: frozenset[str] | set[str]) -> Entity | bool | None:
        """The actor a subject pronoun of a clause of time or reason takes up from its host clause's named
        or described subject: "the film star had warmed to the role when he sported a moustache" (the
        star, not whoever told of it); False when that subject is a person the text does not name, None
        when the host says nothing."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl":
            return None
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        if subj is not None and subj.lower_ == "who":
            # "Jones, who is unlikely to play while he recovers": he is the one the clause is about
            subj = self.antecedent(subj)
        if subj is None or subj.pos_ == "PRON":
            return None
        ent = self.index.at(subj) or self.resolve_nominal(subj)
        if ent is not None:
            return ent if ent.type in ok and self._agrees(tok, ent) else None
        if tok.lower_ in PERSON_PRONOUNS and subj.tag_ == "NN" and subj.lemma_.lower() in ROLE_NOUNS:
            return False
        return None

    def _thing_host(self, tok: Token) -> bool:
        """Whether an "it" in a clause of time or reason takes up the thing its host clause is about: "the
        single caused a buzz when it was released" (the single, no actor)."""
        verb = tok.head
        if tok.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "advcl":
            return False
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < tok.i), None)
        return (
            subj is not None
            and subj.tag_ in ("NN", "NNP", "JJ")  # the parser reads an unknown title as an adjective
            and actor_class(subj) is None
            and self.index.at(subj) is None
            and self.resolve_nominal(subj) is None
            # "Acme's share price fell when it reported losses": the owner is what "it" takes up
            and not any(c.dep_ == "poss" and c.pos_ != "PRON" for c in subj.children)
        )

    def _taken_up(self, tok: Token, pronoun: Token) -> Entity | None:
        """Whom an earlier subject pronoun of the same kind stands for: "She will link up with Y. '…,'
        she added" goes on about the one the first "she" took up, as a name there would; so does a person's
        possessive opening a subject phrase ("His version of Don Gibson's song topped the charts. In 1972,
        he made …": the one "his" took up)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or self._depth > _CHAIN_DEPTH:
            return None
        if tok.pos_ == "NOUN":
            owner = next((c for c in tok.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
            if owner is None or owner.lower_ not in PERSON_PRONOUNS or pronoun.lower_ not in PERSON_PRONOUNS:
                return None
            tok = owner
        elif (tok.lower_ in PERSON_PRONOUNS) != (pronoun.lower_ in PERSON_PRONOUNS):
            return None
        self._depth += 1
        try:
            return self.resolve_pronoun(tok)
        finally:
            self._depth -= 1

    def _plural_thing_before(self, tok: Token) -> bool:
        """Whether a plural noun that names no actor is the main subject of this or the previous
        sentence before a "they": it could be what "they" means."""
        start = tok.sent.start
        start = tok.doc[start - 1].sent.start if start > 0 else start
        return any(
            t.tag_ == "NNS"
            and t.dep_ in ("nsubj", "nsubjpass")
            and (t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT")
            and self.index.at(t) is None
            for t in tok.doc[start : tok.i]
        )

    def _thing_topic(self, tok: Token) -> bool:
        """Whether the sentence's own subject, before an "it", is a thing and no actor: "that will not
        guarantee X - instead it will mean delays" (it is what "that" is, not a body named before)."""
        root = tok.sent.root
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.head == root or tok.head in root.conjuncts):
            return False  # "the results showed it had cut costs": a complement's "it" is someone's
        topic = next((t for t in tok.sent if t.dep_ in ("nsubj", "nsubjpass") and t.i < tok.i), None)
        if topic is None or topic.lower_ in THING_PRONOUNS:
            return False
        if topic.lower_ in ("that", "this"):
            return True
        ent = self.index.at(topic) or self.resolve_nominal(topic)
        return topic.pos_ == "NOUN" and (ent is None or ent.type not in ACTOR_TYPES)

    @staticmethod
    def anaphoric(tok: Token) -> bool:
        """Whether a noun phrase takes up an organisation named before: "the company", "the German
        carmaker", "the US company", but not "the company that makes X", "the firm's rivals" or "the
        Arsenal club"."""
        if tok.tag_ != "NN" or tok.lemma_.lower() not in ORG_ANAPHORS:
            return False
        if len(whole := hyphened(tok.doc, tok.i)) > 1 and whole.text.lower() in ROLE_NOUNS:
            return False  # "the veteran film-maker": a person
        kids = list(tok.children)
        # "Europe's biggest drugmaker", "the world's largest carmaker": a rank in a place names one firm
        ranked = any(c.tag_ == "JJS" for c in kids) and any(
            c.dep_ == "poss" and (c.ent_type_ in ("GPE", "LOC") or c.lower_ in _RANK_PLACES) for c in kids
        )
        if ranked and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("create", "form"):
            return False  # "a tie-up would create the world's fourth biggest bank": a new one
        return (ranked or any(c.dep_ == "det" and c.lower_ == "the" for c in kids)) and not any(
            c.dep_ in ("relcl", "acl", "appos", "prep")
            and not _aside(c)
            or c.pos_ == "PROPN"
            and country_code(c.text) is None
            and not (ranked and c.dep_ == "poss")
            and not (
                c.dep_ == "compound"
                and tok.lemma_.lower() not in PLACE_NAMED
                and home_place(c.doc[c.left_edge.i : c.i + 1])
            )
            or c.lower_
            in ("other", "opposing", "rival", "visiting", "new")  # someone else, not the one named
            # "the supporters club", "the residents association": its members' own body
            or c.dep_ == "compound"
            and c.tag_ == "NNS"
            and people_plural(c.lower_)
            for c in kids
        )

    @_per_token
    def resolve_nominal(self, tok: Token) -> Entity | None:
        """The organisation an anaphoric description takes up ("Nestle raised its dividend. The company
        said …", "the German carmaker's chief executive"): of the companies named before it, the one
        named most, never a clause-mate; None when there is no such description or no one candidate."""
        if not self.anaphoric(tok):
            return None
        # the whole text before counts: a company named in the opening is taken up paragraphs later
        if self._unnamed_before(tok):
            return None  # "a charity in Leeds … the charity said": the one not named
        ok = _ANY_ORG if tok.lemma_.lower() in STATE_ANAPHORS else _NOMINAL_ORGS
        clause = _clause_verb(tok)
        return (
            self._introduced_as(tok, ok)
            or self._of_its_country(tok, ok)
            # "Google shares jumped after the search giant reported …": the one its sentence named before
            or self._salient(tok, ok, start=tok.sent.start, clause=clause, described=True)
            or self._previous_topic(tok, ok)
            or self._salient(tok, ok, start=0, clause=clause, topic=True, described=True)
        )

    def _previous_topic(self, tok: Token, ok: frozenset[str]) -> Entity | None:
        """The body a description opening its sentence takes up from the subject of the sentence before:
        "… even the smaller Suzuki Motor Corp snapped up more business. In 2003, the firm launched a plan"
        (Suzuki, though the article named GM more)."""
        sent = tok.sent
        if tok.dep_ != "nsubj" or tok.head != sent.root or sent.start == 0:
            return None
        if any((e := self.index.at(t)) is not None and e.type in ok for t in tok.doc[sent.start : tok.i]):
            return None  # "It is the first time Microsoft has …, the company told": its sentence names one
        before = tok.doc[sent.start - 1].sent
        subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
        if subject is None or any(c.dep_ == "conj" for c in subject.children):
            return None
        # "the world's largest delivery company, UPS, said …": the name beside the subject
        ent = self.index.at(subject) or next(
            (e for c in subject.children if c.dep_ == "appos" and (e := self.index.at(c)) is not None), None
        )
        return ent if ent is not None and ent.type in ok and self._agrees(tok, ent) else None

    def _introduced_as(self, tok: Token, ok: frozenset[str]) -> Entity | None:
        """The one organisation the article introduced with the same noun (or, for a firm, another word for
        one) beside its name: "the watchdog" after "Icstis, the UK's premium rate services watchdog" (or
        "the watchdog, Icstis,"), "the company" after "the firm, Paion,", however often others are named."""
        same = _FIRM_WORDS if tok.lemma_.lower() in _FIRM_WORDS else {tok.lemma_.lower()}
        found = {
            ent.id: ent
            for t in tok.doc[: tok.i]
            if t.lemma_.lower() in same and t.pos_ == "NOUN"
            # "Icstis, the watchdog", "the watchdog, Icstis"; "media group Reuters" in the sentence itself
            # (in an article of several, "club Manchester City" is one club among them)
            for name in (
                [t.head]
                if t.dep_ == "appos"
                or t.dep_ == "compound"
                and t.head.pos_ == "PROPN"
                and t.i >= tok.sent.start
                else [c for c in t.children if c.dep_ == "appos"]
            )
            if (ent := self.index.at(name)) is not None and ent.type in ok
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def introduced_work(self, tok: Token) -> Entity | None:
        """The one work the article named beside the same noun before, for a bare "the film" or "the
        documentary" ("the film" after "the film The Aviator")."""
        if tok.lemma_.lower() not in WORK_KINDS or [c.lower_ for c in tok.children] != ["the"]:
            return None
        found = {
            ent.id: ent
            for t in tok.doc[: tok.i]
            if t.lemma_.lower() == tok.lemma_.lower() and t.pos_ == "NOUN"
            # the name beside it, however parsed: "the film The Aviator" may hang on "film"
            for name in (
                [t.head] if t.dep_ in ("appos", "compound") else [c for c in t.children if c.dep_ == "appos"]
            )
            + list(tok.doc[t.i + 1 : t.i + 3])
            if (ent := self.index.at(name)) is not None and ent.type == "Concept"
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _of_its_country(self, tok: Token, ok: frozenset[str]) -> Entity | None:
        """The one organisation named before whose name is the description's noun in the country its
        people word names: "the South Korean bank" after "X is buying Korea First Bank"."""
        codes = _demonym_codes(tok)
        if not codes:
            return None
        noun = tok.lemma_.lower()
        found = {
            ent.id: ent
            for t in tok.doc[: tok.i]
            if (ent := self.index.at(t)) is not None
            and ent.type in ok
            and noun in ent.label.lower().split()
            and _named_countries(ent) & codes
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _unnamed_before(self, tok: Token) -> bool:
        """Whether "the X" takes up an unnamed "a X" of the last three sentences ("a small firm in
        Leeds … the firm said"), not a named organisation."""
        sent = tok.sent
        first = sent.start
        for _ in range(3):
            if first == 0:
                break
            first = tok.doc[first - 1].sent.start
        return any(
            t.lemma_ == tok.lemma_
            and t.pos_ == "NOUN"
            and self.index.at(t) is None
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            and not any(c.dep_ in ("appos", "acl") or c.pos_ == "PROPN" for c in t.children)
            for t in tok.doc[first : tok.i]
        )

    def _salient(
        self,
        tok: Token,
        ok: frozenset[str],
        start: int,
        clause: Token | None = None,
        topic: bool = False,
        prominent: bool = False,
        described: bool = False,
    ) -> Entity | None:
        """The one compatible actor mentioned from token `start` to `tok`, or, of several, the one
        named most in the article so far (with `topic`), or the one that was the subject of an earlier
        sentence there (what the text is about). With `prominent`, only actors named as a subject or
        an owner count: "it" takes up what the text is about, not a name in passing ("the Federal
        Reserve chairman's speech sent the dollar higher after it had tumbled"). A description (`described`)
        in a reported clause is not its reporter: "Southcorp confirmed the brewer had asked" (it would
        be "it")."""
        sent = tok.sent
        own = _clause_verb(tok)
        if self._quotes is None:
            self._quotes = quoted_mask(tok.doc)
        quoted = self._quotes[tok.i]
        speaking = not quoted and _speaker(tok)
        # the speech verb closes what it reports ("…, he said"): no clause of its own after it
        closing = speaking and not any(
            # "the oil giant reported record profits": a thing reported, no quotation closed ("he told the
            # court" names whom he told)
            (c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and tok.head.lemma_.lower() not in HEARER_VERBS)
            and c.i > tok.head.i
            for c in tok.head.children
        )
        seen: dict[str, Entity] = {}
        subjects: dict[str, Entity] = {}
        here: dict[str, Entity] = {}
        owned_only: set[str] = set()  # taken as "here" only as the owner of a subject
        unnamed = False
        reporter = own.head if described and own is not None and own.dep_ == "ccomp" else None
        barred = {
            ent.id
            for c in (reporter.children if reporter is not None else ())
            if c.dep_ in ("nsubj", "nsubjpass") and (ent := self.index.at(c)) is not None
        }
        doc = tok.doc
        spots = self._salient_spots(doc)
        for t in (doc[i] for i in spots[bisect_left(spots, start) : bisect_left(spots, tok.i)]):
            if tok.lower_ in PLURAL_PRONOUNS and (plural_anaphor(t) or taken_up_people(t)):
                unnamed = True  # "the firms said they …": they are those firms, whom no node names
                continue
            ent = self.index.at(t) or self._taken_up(t, tok) or self._aged(t)
            if ent is not None and ent.id in barred:
                continue
            if not quoted and self._quotes[t.i]:
                continue  # a name only in what someone said is talked about; the text goes on about others
            if quoted and ok != _PERSON and not self._quotes[t.i]:
                # '"So far this year they have compared me to Fagin"': a speaker's "it" or "they" is what
                # the speaker has in mind, which a name the reporter gives around the quotation is not
                continue
            if ent is not None and own is not None and _controlled_clause(t, own):
                continue  # "while saying he admired Mr Blair's leadership, he …": he is not Mr Blair
            if (
                t.dep_ in ("amod", "compound")
                and t.head.pos_ == "NOUN"
                and t.head.i not in self.index.by_token
                and t.head.lemma_.lower() not in ROLE_NOUNS  # "a Yili spokesman said": Yili speaks
                and t.head.lemma_.lower() not in FIRM_FIGURES  # "Google shares jumped": Google's
            ):
                continue  # "a French bank": the bank is meant, not France
            if (
                t.dep_ == "poss"
                and ent is not None
                and ent.type == "Country"
                and t.head.pos_ == "NOUN"
                and t.head.i not in self.index.by_token
                and any(c.tag_ == "JJS" for c in t.head.children)
            ):
                continue  # "Germany's largest online provider … it": the provider is meant, not Germany
            if clause is not None and _clause_verb(t) == clause:
                continue  # "the EU imposed sanctions on the bank": a clause-mate is someone else
            if prominent and self._role(t) not in ("nsubj", "nsubjpass", "poss"):
                continue
            if quoted and _speaker(t) and not self._quotes[t.i]:
                continue  # "X added: '… He demonstrates the energy …'": X speaks of someone else
            if speaking and t.i >= sent.start and (self._quotes[t.i] or closing):
                # '"Y made the decisions," he told the court', 'Y "made the decisions," he said': he
                # speaks of Y, he is not Y
                continue
            if (
                ok == _PERSON
                and ent is not None
                and ent.type == "Person"
                and t.dep_ in ("attr", "compound")
                and _attribute_name(t)
                and pronoun_gender(tok.text) is not None
                and any(pronoun_gender(p.text) == pronoun_gender(tok.text) for p in t.sent if p.i < t.i)
            ):
                # "One of his fellow pupils was X. He was posted …": the "he" goes on about the "his"
                unnamed = True
                continue
            if ent is not None and ent.type in ok and self._agrees(tok, ent):
                seen[ent.id] = ent
                head = t
                while head.dep_ in ("compound", "flat") and head.head.i != head.i:
                    head = head.head
                # "The BBC's correspondent, Daniel Sandford, said": the name beside a subject is one
                subject = head.dep_ in ("nsubj", "nsubjpass") or (
                    (head.dep_ == "conj" or head.dep_ == "appos" and head.head.tag_ == "NN")
                    and head.head.dep_ in ("nsubj", "nsubjpass")
                )
                # "Bekele's record hopes were dashed when he miscounted": whose a thing subject is, it is
                # about ("Blair's spokesman said he" may be either man)
                owner = (
                    tok.lower_ in PERSON_PRONOUNS  # "Russia's president … saying it followed": the deal
                    and head.dep_ == "poss"
                    and head.head.dep_ in ("nsubj", "nsubjpass")
                    and head.head.pos_ == "NOUN"
                    and actor_class(head.head) is None
                    and head.head.lemma_.lower() not in ROLE_NOUNS
                    and t.i >= sent.start
                )
                if subject and ok == _PERSON and _reported(t):
                    subject = False  # "X said it appeared Mr Clarke was …": Clarke is talked about, X talks
                if subject and t.i < sent.start:  # the window opens at the previous sentence
                    subjects[ent.id] = ent
                elif (subject or owner) and _clause_verb(t) != own:
                    here[ent.id] = ent
                    if owner and not subject:
                        owned_only.add(ent.id)
                elif _clause_verb(t) != own:
                    # "Ms Clarkson's action … alleging he hit Lana Clarkson before shooting her": a name of
                    # the same kind after the owner may be whom the pronoun takes up
                    for gone in owned_only - {ent.id}:
                        here.pop(gone, None)
            elif (
                # a body or a place the text names is no person it missed ("A year after BBC Television
                # began, he was seen …")
                (ent is None or ent.type not in ok and not (ok == _PERSON and _plainly_no_person(ent)))
                and t.dep_ in ("nsubj", "nsubjpass")
                and (t.pos_ == "PROPN" or t.ent_type_ != "")
                and t.i >= sent.start
                and _clause_verb(t) != own
            ):
                unnamed = True  # "Lopez showed resolve when he held serve": a subject the model missed
            elif (
                ok == _PERSON
                and t.dep_ == "nsubj"
                and t.tag_ == "NN"
                and t.lemma_.lower() in ROLE_NOUNS
                and _clause_verb(t) != own
                and not any(c.pos_ == "PROPN" or c.dep_ == "appos" for c in t.children)
            ):
                unnamed = True  # "…, the spokesman said. He added": the spokesman, whom no name gives
        if unnamed and not here:
            return None
        if len(seen) == 1:
            return next(iter(seen.values()))
        if len(here) == 1 and not topic:
            # "X derided the plan, saying …, he said": the subject of an earlier clause comes first
            return next(iter(here.values()))
        if topic and seen:
            # a description takes up what the article is about: the candidate named most so far
            ranked = sorted(seen.values(), key=lambda e: -sum(m[0] < tok.idx for m in e.mentions))
            counts = [sum(m[0] < tok.idx for m in e.mentions) for e in ranked[:2]]
            if counts[0] > counts[1]:
                return ranked[0]
        return next(iter(subjects.values())) if len(subjects) == 1 else None

    def role_holder(self, tok: Token) -> Entity | None:
        """The one person the text has so far given the title a role noun and its modifiers make ("the
        home secretary" after "Home Secretary Charles Clarke"); None for someone else's ("Yapp's coach").
        Not kept per token: the titles grow as the reader goes on."""
        if any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in _INDEFINITE for c in tok.children):
            # "Yapp's coach": the coach of someone else than the coach named before; "a spokesman said":
            # someone not named, not the spokesman named before
            return None
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i >= tok.i - 2]
        title = " ".join([*words, tok.lower_])
        holders = {
            person.id: person
            for held, person in self.titles
            if held.endswith(title)
            # "the chancellor" is not the shadow chancellor nor the vice-chancellor
            and not set(held[: -len(title)].split()) & ROLE_MODIFIERS
        }
        return next(iter(holders.values())) if len(holders) == 1 else None

    @_per_token
    def described_person(self, tok: Token) -> Entity | None:
        """Whom a subject "the 18-year-old", "the Briton" or "the world champion" stands for: the person the
        sentence before had for its subject (one whose sex the clause's "he" or "her" allows), or else for
        an age the one person the article has named most so far."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (
            any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
            or tok.left_edge.lower_ == "the"  # "the world 200m and 400m record holder", however parsed
        ):
            return None
        # "The American blasts an ace": the small model tags the subject an adjective
        code = demonym_country(tok.text) if tok.tag_ in ("NN", "NNP", "JJ") and tok.is_title else None
        if code and (tok.lower_.endswith(("ch", "sh")) or tok.lower_ == "swiss"):
            return None  # "the French", "the Welsh", "the Dutch": a people or its side, never one person
        # "the winner of that match will face": whoever wins it, no one named
        honour = (
            tok.tag_ == "NN"
            and tok.lemma_.lower() in _HONOURS
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
        )
        # "The Corkman held his hands up": someone from a town, as "the Briton" is from a country
        townsman = tok.tag_ in ("NN", "NNP") and city_demonym(tok.text)
        if not (code or honour or townsman or age_word(tok) or _aged_noun(tok)) or any(
            c.dep_ == "appos"
            or c.dep_ == "compound"
            and not (c.i == tok.i - 2 and tok.doc[tok.i - 1].text == "-")  # "fly-half": one word
            # "the Oscar winner" won an Oscar; a name after the noun is the one it describes
            and (
                not honour
                or c.i > tok.i
                and (named := self.index.at(c)) is not None
                and named.type == "Person"
            )
            for c in tok.children
        ):
            return None  # "the Olympic champion Kelly Holmes": the name beside it says who
        sent = tok.sent
        # "Roddick holds serve … but the American cannot": a subject before it in its own sentence first
        # (not the one who says it: "X claims the US Open champion tested positive" is of another)
        earlier = [
            t
            for t in sent
            if t.i < tok.i
            and t.dep_ in ("nsubj", "nsubjpass")
            and not (tok.head.dep_ == "ccomp" and t.head == tok.head.head)
        ]
        if sent.start > 0:
            before = tok.doc[sent.start - 1].sent
            earlier += [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head == before.root]
        # "the 18-year-old said she was happy" is no man named before ("saying her death was accidental"
        # is of someone else)
        pronoun = next(
            (
                t
                for t in tok.head.subtree
                if t.i > tok.i and t.dep_ in ("nsubj", "nsubjpass") and pronoun_gender(t.lower_)
            ),
            None,
        )
        if code is not None:
            # "Nadal beat Roddick. The American said": of the people just named, the one of that nationality
            start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            natives = {
                ent.id: ent
                for t in tok.doc[start : tok.i]
                if (ent := self.index.at(t)) is not None
                and ent.type == "Person"
                and (home := self.country_of.get(ent.id)) is not None
                and home.country_code == code
            }
            one = next(iter(natives.values()), None) if len(natives) == 1 else None
            if one is not None and (pronoun is None or self._agrees(pronoun, one)):
                return one
        for subject in earlier:
            # "He fails to get down … The American blasts an ace": a "he" counts as the one it took up
            ent = self.index.at(subject) or (
                self.resolve_pronoun(subject)
                if code is not None and subject.lower_ in ("he", "she")
                else None
            )
            if ent is None or ent.type != "Person":
                continue
            known = self.country_of.get(ent.id)
            if code is not None and known is not None and known.country_code != code:
                continue  # "the Swiss" is not the Spaniard just named
            if pronoun is None or self._agrees(pronoun, ent):
                return ent
        aged = self._aged(tok)
        return aged if aged is not None and (pronoun is None or self._agrees(pronoun, aged)) else None

    def _aged(self, tok: Token) -> Entity | None:
        """Whom a subject "the 21-year-old" stands for: the person the article has named most so far, if one
        has been named more than any other (a story's age descriptor is its main person's) and named in
        this paragraph or the one before (a round-up's "the 28-year-old" three paragraphs after its first
        athlete is another)."""
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (age_word(tok) or _aged_noun(tok)):
            return None
        counts = sorted(
            ((sum(m[0] < tok.idx for m in e.mentions), e) for e in self.index.entities if e.type == "Person"),
            key=lambda pair: -pair[0],
        )
        if not counts or not counts[0][0] or len(counts) > 1 and counts[0][0] == counts[1][0]:
            return None
        # where the paragraph before this one starts: the line break before the last one before the token
        text = tok.doc.text
        here = text.rfind("\n", 0, tok.idx)
        before = text.rfind("\n", 0, len(text[: max(here, 0)].rstrip()))
        return counts[0][1] if any(before <= m[0] < tok.idx for m in counts[0][1].mentions) else None

    def _salient_spots(self, doc: Doc) -> list[int]:
        """The tokens `_salient` can learn from, in text order: those of names, and subjects (any other token
        is no candidate and bars none). Listed once a document: a description looks back over the whole text."""
        if self._spots is None:
            subjects = ("nsubj", "nsubjpass")
            self._spots = [t.i for t in doc if t.i in self.index.by_token or t.dep_ in subjects]
        return self._spots

    def _role(self, tok: Token) -> str:
        """The grammatical role of the name a token is part of: that of the name's head word, through
        conjuncts ("Acme Corp and Globex were fined": both subjects), or of the post it names ("a Yili
        spokesman said", "a spokesman for Yili said": Yili's)."""
        ent = self.index.at(tok)
        while tok.dep_ in ("compound", "flat") and tok.head != tok and self.index.at(tok.head) is ent:
            tok = tok.head
        while tok.dep_ == "conj" and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "appos" and tok.head.tag_ == "NN" and self.index.at(tok.head) is None:
            return tok.head.dep_  # "Supporters' group Shareholders United - … - said": the name speaks
        if tok.dep_ == "compound" and tok.head.lemma_.lower() in ROLE_NOUNS:
            return tok.head.dep_  # "a Yili spokesman said …": the firm speaks
        holder = (
            tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("for", "of", "at", "with") else None
        )
        if (
            holder is not None
            and holder.lemma_.lower() in ROLE_NOUNS
            and holder.dep_ in ("nsubj", "nsubjpass")
        ):
            return holder.dep_  # "a spokesman for DaimlerChrysler said …": the firm speaks
        return tok.dep_

    def _agrees(self, pronoun: Token, ent: Entity) -> bool:
        """Whether a person can be what a pronoun stands for: "he" is not "Mrs Quinn" nor "Kimberly Quinn";
        and whether an organisation can be what "the party" stands for: only a party."""
        if pronoun.lemma_.lower() == "party":
            return party(ent)
        if pronoun.lemma_.lower() in ("paper", "newspaper"):  # "the paper said": the Mirror, not the BBC
            return ent.label.split()[-1].lower() in NEWSPAPER_ENDINGS
        if pronoun.lemma_.lower() in _FIRM_WORDS and (
            _name_head(ent.label) in _NO_FIRM_ENDINGS or ent.label.lower() in INTERNATIONAL_BODIES
        ):
            # "the company had ignored the consultation": not the union that complained of it; "the US
            # company said": not the EU the article is about
            return False
        if pronoun.lemma_.lower() in ORG_ANAPHORS - _MEDIA_NOUNS and self._news_source(ent, pronoun.doc):
            return False  # "…, Agence France Presse reported. The company may sell a stake": not AFP
        if pronoun.lower_ in PLURAL_PRONOUNS and ent.label.islower() and not ent.label.endswith("s"):
            # "they" is "the record companies" or "Labour", hardly an unnamed "the government"
            return False
        if _other_country(pronoun, ent):
            return False  # "the German group" after "the London Stock Exchange": another firm
        want = pronoun_gender(pronoun.lower_) if ent.type == "Person" else None
        if want is None:
            return True
        if ent.id not in self._genders:
            self._genders[ent.id] = person_gender(ent, pronoun.doc)
        return self._genders[ent.id] in (None, want)

    def _news_source(self, ent: Entity, doc: Doc) -> bool:
        """Whether a news organisation is named only as the source of the news ("AFP reported that …",
        "according to Reuters"); a firm that "reported that sales rose" is still a firm."""
        if ent.id not in self._sources:
            roots = [s.root for m in ent.mentions if (s := doc.char_span(*m, alignment_mode="expand"))]
            media = ent.label.lower() in NEWS_AGENCIES or ent.label.split()[-1].lower() in MEDIA_ENDINGS
            self._sources[ent.id] = media and bool(roots) and all(_reports(t) for t in roots)
        return self._sources[ent.id]

    def _actor_in(self, tok: Token) -> Entity | None:
        return self.index.at(tok)

    @_per_token
    def concept(self, tok: Token) -> Entity | None:
        """A non-actor noun phrase as a `Concept` node, labelled by its head and modifiers."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ in PRONOUNS | TIME_ZONES or not wordlike(tok):
            return None
        if tok.ent_type_ in ("DATE", "TIME"):
            return None  # "on 30 September, a move which caused …": a time is when, never who or what
        if tok.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in tok.children):
            return None  # "Misusing someone's identity comprised 16.5%": a deed with its object, no thing
        if any(c.lower_ == "such" and c.dep_ in ("amod", "predet", "det") for c in tok.children) and not any(
            c.dep_ in ("prep", "relcl", "acl") for c in tok.children
        ):
            return None  # "revels in such occasions", "rejected such claims": those said before, not named
        if (fuller := self._described_before(tok)) is not None:
            return self.concept(fuller)  # "the seat" after "won the Eton and Slough seat": that seat
        if (head := _split_head(tok)) is not None:
            return self.concept(head)  # "saw volume sales fall" parsed as two subjects: the sales
        if self._named_just_before(tok):
            return None  # "told the BBC's Focus on Africa programme": the programme is the name's
        nxt = tok.doc[tok.i + 1 : tok.i + 3]
        if (
            len(nxt) == 2
            and nxt[0].text == "-"
            and not tok.whitespace_
            and not nxt[0].whitespace_
            and nxt[1].is_alpha
        ):
            return None  # "semi-finals" split into "semi", "-", "finals": the word is the last part's
        split = tok.doc[tok.i - 1] if tok.i > 0 and _split_head(tok.doc[tok.i - 1]) == tok else None
        mods = [
            c
            for c in (*tok.lefts, *([split] if split is not None else []))
            if (
                c.dep_ in ("compound", "amod")
                or c.dep_ == "nummod"
                and _DOMAIN.fullmatch(c.lower_) is not None  # "the example.no website", read as a number
                or c.dep_ == "nummod"  # "the Six Nations": a number word written as part of a name
                and c.is_title
                and c.is_alpha
                and tok.is_title
                and not c.is_sent_start
                # "an in-depth investigation", "the live-action film category": a hyphened word modifies
                or c.dep_ == "nmod"
                and (_glued(c) or _numbered(c))
                # "internet and phone payments": joined modifiers say which, both
                or c.dep_ == "nmod"
                and c.pos_ == "NOUN"
                and any(k.dep_ == "conj" and k.pos_ == "NOUN" for k in c.children)
                and any(k.dep_ == "cc" for k in c.children)
                or c == split
                and c.dep_ == tok.dep_
            )
            # a long hyphened word right before the noun is one modifier: "a food-for-oil deal"
            and (c.i >= tok.i - 3 or hyphened(tok.doc, c.i).end == tok.i)
            and wordlike(c)
            # "southern Caribbean" is a place's part; "the central bank" a kind of body
            and (c.lower_ not in COMPASS or tok.lemma_.lower() in ORG_DESCRIPTORS)
            and not (tok.pos_ == "PROPN" and c.lower_ in THING_DESCRIPTORS)  # "the album Tourist" is Tourist
            and not _hedging_participle(c, tok)
            and not article_apart(c, tok)
            and c.lower_ not in ("entire", "whole")  # "the entire Six Nations" is the Six Nations
            # "his own campaign": whose it is the owner says, not "own" (an "own goal" is a kind of goal)
            and not (
                c.lower_ == "own" and tok.lemma_ != "goal" and any(p.dep_ == "poss" for p in tok.children)
            )
        ]
        mods.sort(key=lambda c: c.i)
        doc = tok.doc
        first = mods[0] if mods else tok
        while (
            mods
            and (
                inner := [
                    c
                    for c in first.lefts
                    if (
                        c.dep_ in ("compound", "amod")
                        or _glued_adverb(c, first)  # "life threatening injuries"
                        # "their Six Nations campaign": a number word written as part of a name
                        or c.dep_ == "nummod"
                        and c.is_title
                        and c.is_alpha
                        and first.pos_ == "PROPN"
                        # "the world's second biggest insurer": which rank, no less than the superlative
                        or c.dep_ == "advmod"
                        and c.ent_type_ == "ORDINAL"
                        and first.tag_ == "JJS"
                    )
                    and wordlike(c)
                    and c.lower_ not in TIME_ZONES
                    and not _hedging_participle(c, tok)
                ]
            )
            and first.i - inner[0].i < 3
        ):
            first = inner[0]  # "the art direction prize", "a short film category": they hang off "direction"
        if first.tag_ == "VBG" and first.i > 0 and doc[first.i - 1].tag_ in ("RBS", "JJS"):
            first = doc[first.i - 1]  # "the best supporting actor prize"
        start = hyphened_start(doc, first.i)
        if _glued_number_before(doc[start]):
            start -= 1  # "3G broadcast", "4x100m relay gold", split by the tokenizer into "3", "G"
        elif start > 0 and _unit_number(doc[start - 1]):
            start -= 1  # "a 512 kilobit service": the measure says which service
        elif (count := _count_before(doc, start)) is not None:
            start = count  # "a three-and-a-half year contract", "a two goal lead": how long or how much says which
        elif start > 0 and doc[start - 1].head == tok and _units_count(doc[start - 1]):
            start -= 1  # "scored 18 goals", "added 13 points": without how many, "goals" names nothing
        elif (
            start > 0
            and currency_name(doc[start].lemma_)
            and (doc[start - 1].like_num or doc[start - 1].lower_ in SCALE_WORDS)
        ):
            # "multi-million pound contracts": how big says which, not "pound contracts"
            start = hyphened_start(doc, start - 1)
        elif (
            start > 2
            and doc[start - 1].is_quote
            and doc[start - 2].lower_ in ("yes", "no")
            and doc[start - 3].is_quote
        ):
            start -= 2  # 'a "no" vote': which side the vote is for
        if doc[start].like_num:
            # "releasing up to 20 mobile games": the bound is part of the count
            start = hedge_span(doc, start)[0]
        elif (
            start > 1
            and doc[start - 1].tag_ == "POS"
            and doc[start].ent_iob_ == doc[start - 1].ent_iob_ == "I"
            and doc[start].ent_type_ in _POSSESSIVE_NAMES
        ):
            # "the New Year's Day title", "the Queen's Award medal": a name with its own possessive, whole
            first_word = next(t for t in reversed(doc[: start + 1]) if t.ent_iob_ == "B").i
            start = first_word + (doc[first_word].dep_ == "det")
        # "appeared in My Family": a capitalised "My" inside a sentence opens a title; it owns nothing
        titled = start > 0 and tok.pos_ == "PROPN" and title_opener(doc[start - 1])
        start -= titled
        words = [t for t in doc[start : tok.i + 1] if wordlike(t)]
        if (person := self._unrecognised_person(words)) is not None:
            return person
        label = _joined(doc[start : tok.i + 1])
        if (
            tok.i + 1 < len(doc)
            and (numeral := doc[tok.i + 1]).tag_ == "CD"
            and (
                numeral.dep_ == "nummod"
                and numeral.head == tok
                or tok.lemma_.lower() in _NUMBERED
                and (numeral.is_alpha or numeral.is_digit)
                and not (numeral.dep_ == "nummod" and numeral.head.i > numeral.i)  # "won the race six times"
            )
        ):
            # "number six", "Section 404": the numeral names it; "in round one", however the parser hung it
            label = f"{label} {numeral.text}"
        names = [
            t
            for t in words
            if t.pos_ == "PROPN" and t.i < tok.i and t.ent_type_ not in ("GPE", "LOC", "NORP")
        ]
        while (
            names
            and (prev := doc[names[0].i - 1]) in words
            and prev.pos_ == "PROPN"
            and prev.ent_type_ != "NORP"
        ):
            names.insert(0, prev)  # "the China Daily newspaper": a place opening a name is part of it
        between = doc[names[-1].i + 1 : tok.i] if names else doc[0:0]
        if (
            names
            and tok.lemma_.lower() in ORG_DESCRIPTORS
            # "the Leeds unit", "its Paris subsidiary": a firm's arm in a place, not a body the place names
            # … nor "the Bristol band" Bristol: a city names where a body is, not which ("his Middlesbrough
            # team" is the city's club)
            and not (tok.lemma_.lower() not in _CITY_SIDES and city(" ".join(t.text for t in names)))
            # "the High Street retailer", "a Wall Street bank": a street says where such firms trade
            and names[-1].lower_ not in _STREETS
            # "selling the Yukos unit": a part of the firm, not the firm ("News Corp's News International
            # unit", "the Yuganskneftegas unit of Yukos" are the unit's own names)
            and not (
                tok.lemma_.lower() in _BRANCHES
                and not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            )
            and len(between) <= 2
            and all(t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower for t in between)
        ):
            # "the Guardian newspaper", "the Arsenal club", "the Usdaw trade union": the name is the
            # organisation ("a London newspaper" is not London)
            name = " ".join(t.text for t in names)
            oid = entity_id("Organization", name)
            return self.concepts.setdefault(oid, Entity(id=oid, label=name, type="Organization"))
        # "China's exports", "its net revenue": whose they are is part of what they are
        if (owned := self.owner(tok, titled)) is not None:
            if owned.type == "Person" and tok.lemma_.lower() in _AFFILIATIONS and len(words) == 1:
                # "his party", "his side": the body his title ties him to; else "Mr Lowe's side" as
                # written, but no "Tom Hale party" made up for "his party"
                body = self._body_of(owned, tok)
                if body is not None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in tok.children):
                    return body
            label = _owned_label(owned.label, label)
        cls = _described_class(tok, words, owned)
        # a group's clause is what it does, no part of its name: "needs a new band to breathe life into …"
        if (cls == "Concept" or tok.lemma_.lower() in _SHARES) and (
            complement := _of_complement(tok)
            or (cls == "Concept" and _that_clause(tok))
            or _prep_complement(tok, label)
        ):
            label = f"{label} {complement}"
        elif (people := _share_of_people(tok)) is not None:
            label = f"{label} of {people}"  # "two-thirds of Britons": the parser's "two-thirds" is a number
        cid = entity_id(cls, label)
        return self.concepts.setdefault(cid, Entity(id=cid, label=label, type=cls))

    def _named_just_before(self, tok: Token) -> bool:
        """Whether a bare noun is the head of a name the parser made a second subject or object of the same
        verb: "told the BBC's Focus on Africa programme" (two objects, "Focus" and "programme")."""
        if tok.pos_ != "NOUN" or tok.i == 0 or tok.n_lefts:
            return False
        prev = tok.doc[tok.i - 1]
        if (ent := self.index.at(prev)) is None:
            return False
        root = prev
        while root.head != root and root.head.i < tok.i and self.index.at(root.head) is ent:
            root = root.head
        return root.head == tok.head and root.dep_ == tok.dep_

    def owner(self, tok: Token, titled: bool = False) -> Entity | None:
        """The actor or place whose a noun is ("China's exports", "its net revenue", "profits at Acme"),
        except its clause's subject's own ("Benitez turned his attentions"); `titled`: the possessive
        opens a title ("appeared in My Family")."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is not None and not titled:
            # "the firm's profits": the firm the description takes up ("the party's leadership" may be
            # another party's than the one named most)
            taken = poss.pos_ == "NOUN" and poss.lemma_.lower() != "party"
            owned = self.entity(poss) or (self.resolve_nominal(poss) if taken else None)
            if owned is None and poss.lower_ in ("country", "nation"):
                owned = self.the_country(poss)  # "the country's economy": the country just named
        else:
            owned = self._figures_firm(tok)
        subject = _clause_subject(tok)
        if (
            owned is None
            or owned.type not in ACTOR_TYPES | {"Location"}
            or subject is not None
            # "Mr Glazer and his family hold": the subject's partner is no part of the subject's deed
            and tok not in subject.conjuncts
            # "He dedicated his prize to …": a pronoun subject is its own too
            and (self.entity(subject) if subject.pos_ == "PRON" else self.index.at(subject)) is owned
        ):
            return None
        return owned

    def the_country(self, tok: Token) -> Entity | None:
        """The country a bare "the country" takes up: the one country named in its sentence or the one
        before that its clause's subject is not ("Wales had toured the country", in New Zealand); none
        for "a country" or where the text names no such one."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        own = self.index.at(subject) if subject is not None else None
        start = tok.sent.start
        start = tok.doc[start - 1].sent.start if start > 0 else start
        named = {
            ent.id: ent
            for t in tok.doc[start : tok.i]
            if (ent := self.index.at(t)) is not None and ent.type == "Country" and ent is not own
        }
        return next(iter(named.values())) if len(named) == 1 else None

    def _body_of(self, person: Entity, noun: Token) -> Entity | None:
        """The one body of the kind a noun names that `person` holds a post in so far ("Liberal Democrat
        leader X … his party": the Liberal Democrats; "Wales coach Y … his side": Wales)."""
        want = noun.lemma_.lower() == "party"
        found = {b.id: b for b in self.bodies_of.get(person.id, ()) if party(b) == want}
        return next(iter(found.values())) if len(found) == 1 else None

    def _unrecognised_person(self, words: list[Token]) -> Entity | None:
        """A given name and a surname the recognisers missed after a describing word: "recalled the
        experienced Cristian Stoica" names Stoica, no thing."""
        run = list(dropwhile(lambda t: t.pos_ != "PROPN", words))
        if not (
            len(words) > len(run) >= 2
            and all(t.pos_ == "PROPN" and t.is_title for t in run)
            and (given_name(run[0].text) or known_first_name(run[0].text))
            and run[-1].lower_ not in dictionary_words()
        ):
            return None
        label = " ".join(t.text for t in run)
        pid = entity_id("Person", label)
        return self.concepts.setdefault(pid, Entity(id=pid, label=label, type="Person"))

    def _figures_firm(self, tok: Token) -> Entity | None:
        """The firm whose figure a noun names after "at" or "in": "profits at Acme", "shares in Acme"
        ("sales in China" are no one's; "Acme shares in London" are Acme's already)."""
        if tok.lemma_.lower() not in FIRM_FIGURES or any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children
        ):
            return None
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("at", "in"):
                for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                    # "profits at US media giant TimeWarner": the name beside the description; "earnings
                    # at Barclays Capital investment bank": the name before it
                    before = [
                        a
                        for a in pobj.children
                        if a.dep_ == "compound" and a.pos_ == "PROPN" and a.i < pobj.i
                    ]
                    described = before if pobj.lemma_.lower() in ORG_DESCRIPTORS else []
                    for named in (pobj, *(a for a in pobj.children if a.dep_ == "appos"), *described):
                        ent = self.index.at(named)
                        if ent is not None and ent.type in ("Organization", "GovernmentOrganization"):
                            return ent
                    if (ent := self.resolve_nominal(pobj)) is not None:
                        return ent  # "shares in the supermarket": the one the description takes up
        topic = self._topic_firm(tok.doc) if unowned_figure(tok) else None
        if topic is not None and not any(
            (ent := self.index.at(t)) is not None and ent.type in _BODIES and ent is not topic
            for t in tok.sent
        ):
            # "Sales rose 9%", "Operating profit was 9.5bn kronor" in a report on one firm: the firm's (a
            # sentence that names another body may be about its figures)
            return topic
        return None

    def _topic_firm(self, doc: Doc) -> Entity | None:
        """The firm an article is about: an organisation its first two sentences name that the article
        names more often than any other (none when two are as prominent, or none opens the article)."""
        key = ("_topic_firm", -1)  # one answer for the whole document
        if key not in self._answers:
            counts: dict[str, int] = {}
            for i, ent in self.index.by_token.items():
                if ent.type == "Organization" and self.index.by_token.get(i - 1) is not ent:
                    counts[ent.id] = counts.get(ent.id, 0) + 1
            sents = list(islice(doc.sents, 2))
            opening = {e.id for s in sents for t in s if (e := self.index.at(t)) is not None}
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            top = None
            if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
                top = next((e for e in self.index.entities if e.id == ranked[0][0]), None)
            self._answers[key] = top if top is not None and top.id in opening else None
        return self._answers[key]

    def _described_before(self, tok: Token) -> Token | None:
        """The same noun named earlier in the article that a bare "the X" takes up: "the report" after "the
        World Bank report", "the ruling" after "the James Kleinberg ruling", and "the plans" after "plans to
        scrap the tax" where nothing names them; none when the noun has words of its own or the earlier
        ones name it in two ways."""
        det = [c.lower_ for c in tok.children if c.dep_ == "det"]
        left = [w for w in tok.subtree if w.i < tok.i and w.dep_ != "det"]
        mods = {w.lower_ for w in left}
        if (
            det == ["the"]
            and left
            and all(w.is_lower for w in left)
            and all(c.dep_ in ("det", "amod", "compound") for c in tok.children)
        ):
            # "the draft bill" after "the draft animal welfare bill": a shorter description of one named fuller
            fuller = [
                t
                for t in tok.doc[: tok.i]
                if t.lemma_ == tok.lemma_
                and t.tag_ == tok.tag_
                and mods < {w.lower_ for w in t.subtree if w.i < t.i and w.dep_ != "det"}
            ]
            labels = {node.label for t in fuller if (node := self.concept(t)) is not None}
            words = {w for label in labels for w in label.lower().split()}
            return fuller[-1] if len(labels) == 1 and mods <= words else None
        if (
            tok.tag_ not in ("NN", "NNS")
            or len(det) != 1
            or tok.n_lefts + tok.n_rights != 1
            or det[0] not in _DEFINITE
        ):
            return None
        # not merely qualified ("a loose ball", "the other game"): a qualifier tells one of many apart
        earlier = [
            t
            for t in tok.doc[: tok.i]
            if t.lemma_ == tok.lemma_
            and t.tag_ == tok.tag_
            and not any(c.lower_ in _ONE_OF_MANY for c in t.children)
        ]
        ways = []
        # named or owned ("the World Bank report", "Swansea's theatre"), or completed by its content
        if tok.tag_ == "NN" and det == ["the"]:
            ways.append(
                lambda t: any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in t.children)
            )
        if tok.lemma_.lower() in SHELL_NOUNS:  # "plans to scrap the tax"
            ways.append(lambda t: bool(_of_complement(t)))
        if tok.tag_ == "NN" and det == ["the"]:  # "the market" after "the mobile gaming market"
            ways.append(lambda t: any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in t.children))
        for way in ways:
            found = [t for t in earlier if way(t)]
            labels = {node.label for t in found if (node := self.concept(t)) is not None}
            if labels:
                return found[-1] if len(labels) == 1 else None
        return None

    def entity(self, tok: Token) -> Entity | None:
        """The actor or named place at `tok`, resolving pronouns and relative words."""
        if tok.tag_ in ("WDT", "WP") or tok.lower_ in ("which", "that", "who"):
            ante = self.antecedent(tok)
            return None if ante is None else self.entity(ante)
        if tok.pos_ == "PRON" or tok.tag_ == "PRP$":
            return self.resolve_pronoun(tok)
        ent = self.index.at(tok)
        if ent is not None:
            return ent
        # "the nation"/"his country" with a resolvable owner: that person's or organisation's country
        return None


#: a sport's sides that a city's name names: "his Middlesbrough team", "the Leeds club"
_CITY_SIDES = frozenset({"team", "side", "club", "squad", "outfit"})

#: descriptions a news organisation can be taken up by
_MEDIA_NOUNS = frozenset({"paper", "newspaper", "broadcaster", "publisher", "magazine", "agency"})


def _reports(tok: Token) -> bool:
    """Whether a name is the source of a report: the subject of "reported (that)" or "said (that)" with
    no object of its own (a firm "reported profits"), whom someone "told", or "according to" it."""
    head = tok.head
    return (
        tok.dep_ == "nsubj"
        and head.lemma_.lower() in ("report", "say")
        and not any(c.dep_ == "dobj" for c in head.children)
        or tok.dep_ in ("dobj", "dative")
        and head.lemma_.lower() == "tell"
        or tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lower_ == "according"
    )


def _attribute_name(tok: Token) -> bool:
    """Whether a name token is in what a copula says its subject is ("One of his pupils was [X]")."""
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "attr" and tok.head.lemma_ == "be"
