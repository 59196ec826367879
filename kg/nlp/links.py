"""Static relations between named mentions: where people live and work, where places and
organisations are, and who killed whom when a noun ("assassin") says so.

These facts are written with little syntax, so the patterns read the words between two named
mentions of one sentence as much as the parse:

    Chattanooga , Tenn.              place , place          → locatedIn
    Moscow ITAR-TASS (a dateline)    place org              → org basedIn place
    ITAR-TASS correspondent X        org|place job person   → worksFor
    Zambia 's Kafue River            place 's place|org     → locatedIn / basedIn
    Sony 's Playstation, Coldplay 's Chris Martin   org 's thing|org, org 's person → owns / memberOf
    Dole of Kansas, bank in Ohio     x of|in|at|from y      → livesIn / worksFor / locatedIn / basedIn
    X , a spokeswoman for Y          person , … job prep y  → worksFor (also "X is the president of Y")
    X , the assassin of Y            person , … killer of y → killed
    Y 's assassin X                  person ('s) killer person → killed
    SAN FRANCISCO ( AP )             place ( org )          → basedIn
    X was born in Y, based in Y      verb + prep            → bornIn / livesIn / basedIn (`verb_links`)

Only named mentions (a proper noun or a capitalised word) take part, so "the agency" never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise, takewhile

from spacy.tokens import Doc, Span, Token

from kg.nlp.countries import demonym_country, nation
from kg.nlp.entities import EntityIndex
from kg.nlp.lexicon import (
    CALLINGS,
    CHAIRS,
    CONTINENTS,
    FOUNDERS,
    HONORIFICS,
    JOB_NOUNS,
    KILLER_NOUNS,
    MEMBER_ROLES,
    NATION_ROLES,
    ORG_DESCRIPTORS,
    ORG_SUFFIXES,
    PAST_MARKERS,
    PLACE_OFFICES,
    PORTFOLIO_POSTS,
    REGION_ENDINGS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROLE_PREFIXES,
    SEAT_POSTS,
    STATIC_VERBS,
    THING_DESCRIPTORS,
    TITLES,
    leads,
    post_of_place,
    sports_post,
)
from kg.nlp.people import hyphen_compound, hyphen_prefix, party
from kg.nlp.pipeline import dictionary_words
from kg.nlp.places import city
from kg.nlp.relcheck import known_place, name_list
from kg.terms import subclasses
from kg.types import Entity

__all__ = ["Link", "addressed_as", "mention_links", "peoples_adjective", "seat_for_place", "verb_links"]

# entity classes by kind, from kg.ttl's hierarchy (a new subclass there joins its kind here)
PLACE = subclasses("Location")
ORG = subclasses("Organization")
PERSON = subclasses("Person")
_ARG_DETS = {"the", "a", "an"}
# words allowed between a name and the job noun of its apposition or copula ("X, the former chief …")
_FILLER_POS = {"DET", "ADJ", "ADV", "PUNCT", "AUX", "NOUN", "PROPN", "CCONJ", "NUM", "PART"}


@dataclass(frozen=True)
class Link:
    """One static fact between two entities, read off one sentence."""

    subject: Entity
    predicate: str
    label: str
    object: Entity
    confidence: float
    #: the tie is over ("former Chelsea finance director X")
    past: bool = False


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    entity: Entity


def _kind(ent: Entity) -> str:
    if ent.type in PLACE:
        return "place"
    if ent.type in ORG:
        return "org"
    return "person" if ent.type in PERSON else "other"


def _mentions(sent: Span, index: EntityIndex) -> list[_Mention]:
    """Runs of tokens that belong to one named entity, in text order."""
    out: list[_Mention] = []
    i = sent.start
    while i < sent.end:
        ent = index.by_token.get(i)
        if ent is None:
            i += 1
            continue
        j = i + 1
        while j < sent.end and index.by_token.get(j) is ent:
            j += 1
        toks = sent.doc[i:j]
        if any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in toks) and not ent.id.startswith("event/"):
            out.append(_Mention(i, j, ent))
        i = j
    return out


_VALUE_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def addressed_as(tok: Token) -> bool:
    """Whether a capitalised title right after a post written small is the style its holder is addressed
    by, no part of the post: "spiritual leader [Sheikh] X", "royal commissioner [Justice] Y"."""
    return (
        tok.i > 0
        and tok.is_title
        and tok.lower_ in TITLES
        and (prev := tok.nbor(-1)).is_lower
        and prev.lower_ in ROLE_NOUNS
    )


def _job(words: list[Token], nouns: set[str]) -> Token | None:
    """The last job (or killer) noun among `words`, if the rest is only modifiers and copulas."""
    found = None
    for tok in words:
        if tok.lower_.rstrip(".") in nouns and not hyphen_compound(tok) and not addressed_as(tok):
            found = tok
        elif tok.pos_ not in _FILLER_POS or tok.pos_ == "PUNCT" and tok.text not in (",", "-", "--"):
            return None
    return found


_TITLE_WORDS = TITLES - HONORIFICS


#: ranks of peers, whose "of" names their title, not their home
_PEERS = frozenset(
    {"lord", "baroness", "lady", "baron", "earl", "duke", "duchess", "viscount", "marquess", "countess"}
)


def _job_predicate(job: Token, obj: Entity) -> tuple[str, str]:
    # the whole title, not its last word: "Prime Minister X" leads, "Minister X" works for
    words = [job]
    while words[0].i > 0 and (prev := job.doc[words[0].i - 1]).lower_.rstrip(".") in _TITLE_WORDS:
        words.insert(0, prev)
    title = " ".join(t.lower_.rstrip(".") for t in words)
    if (prefix := hyphen_prefix(words[0])) in ROLE_PREFIXES - {"ex"}:  # "ex-" makes it past
        title = f"{prefix}-{title}"  # "vice-president", "co-chairman": one title
    if title in PLACE_OFFICES and obj.type in ORG and party(obj):
        return "memberOf", "member of"  # "Labour mayor X" leads a city, not the party
    if title.split()[-1] in MEMBER_ROLES:
        return "memberOf", f"{title} of"  # "a member of the committee" sits on it, works for no one
    if title.split("-")[-1] in CHAIRS and party(obj):
        return "memberOf", f"{title} of"  # "Tory chairman X" runs the party's office; its leader leads it
    if title in FOUNDERS:
        return (
            f"{title.replace(' ', '-')}-of",
            f"{title} of",
        )  # "Band Aid founder X" founded it, leads nothing
    # "Acme's marketing director X": a department's director works for the firm
    department = [
        c.lower_
        for c in job.lefts
        # "Israeli Prime Minister X": "Prime" is the title's own, "Israeli" no department
        if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ") and c.i < words[0].i and c.is_lower
    ]
    if leads([*department[-1:], *title.split()]):
        return "leaderOf", f"{title} of"
    return "worksFor", f"{title} of"


#: nouns after an owned name that say what it is ("Sony's Blu-ray Disc technology", "its Yepp range")
_PRODUCT_NOUNS = THING_DESCRIPTORS | {"technology", "brand", "range", "service", "player", "system"}


def _recognised_place(m: _Mention, doc: Doc) -> bool:
    """Whether a place mention is one a gazetteer or the recogniser knows as a place, not the rest of a
    name the models cut in two."""
    return known_place(m.entity) or doc[m.start].ent_type_ in ("GPE", "LOC")


def _owned_after(m: _Mention, doc: Doc) -> bool:
    """Whether a mention is an owner's: "Intel's photonics lab", "Spain's bank Santander"."""
    return m.end < len(doc) and doc[m.end].tag_ == "POS"


def _post_at_arm(m: _Mention, doc: Doc) -> bool:
    """Whether a body's name is where a post is held, so that a country or a region after it names the
    body's arm there, not where it is based: "head of EA in Europe", "manager for Acme in Asia" (a town
    is where the office is: "a strategist at Miller Tabak in New York")."""
    root = doc[m.end - 1]
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in ("of", "for", "at")
        and root.head.head.lemma_.lower() in JOB_NOUNS
    )


def _pair(a: _Mention, b: _Mention, between: list[Token]) -> Iterator[Link]:
    """Links read off two consecutive mentions and the tokens between them."""
    ka, kb = _kind(a.entity), _kind(b.entity)
    words = [t.lower_ for t in between]
    if words == [","]:
        doc = between[0].doc
        if b.end < len(doc) and doc[b.end].tag_ == "POS":
            return  # "Yukos, Yugansk's former owner": b owns what follows, it is not where a is
        if b.end < len(doc) and doc[b.end].pos_ in ("VERB", "AUX"):
            return  # "Everton visit Plymouth, Liverpool travel to Burnley": b opens the next clause
        if ka == "place" and kb == "place" and a.entity.type != "Country" and known_place(b.entity):
            # "Leeds, England", "Camden, London"; not "the US, Bordeaux", nor a list of names
            yield Link(a.entity, "locatedIn", "located in", b.entity, 0.8)
        elif ka == "org" and kb == "place" and known_place(b.entity):
            yield Link(a.entity, "basedIn", "based in", b.entity, 0.7)
        return
    if not words:
        if ka == "place" and kb == "org":
            yield Link(b.entity, "basedIn", "based in", a.entity, 0.7)
        return
    if (
        ka == "place"
        and kb == "org"
        and between[-1].lower_ in ORG_DESCRIPTORS
        and between[-1].lower_ not in _KEEPERS  # "Channel Tunnel operator Eurotunnel" runs the place
        and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in between)
        and len(between) <= 3
    ):
        # "New York band Scissor Sisters", "US drinks firm X": the place it is from
        yield Link(b.entity, "basedIn", "based in", a.entity, 0.7)
        return
    if (
        words == ["("]
        and ka == "place"
        and kb == "org"
        and b.end < len(b_doc := between[0].doc)
        and b_doc[b.end].text == ")"
    ):
        yield Link(b.entity, "basedIn", "based in", a.entity, 0.7)  # dateline "SAN FRANCISCO ( AP )"
        return
    possessive = words[0] in ("'s", "'") and between[0].tag_ == "POS"
    rest = between[1:] if possessive else between
    doc = between[0].doc
    # "Bayern Munich's Champions League match", "BBC Radio 4's Woman's Hour": the possessive is of the
    # whole phrase the name opens, not of the name, unless the phrase ends in what the name is ("Sony's
    # Blu-ray technology", "Samsung's Yepp YH-999 jukebox")
    going_on = list(
        takewhile(lambda t: t.pos_ in ("NOUN", "PROPN", "NUM") or t.text == "-", doc[b.end : b.end + 4])
    )
    opens_phrase = (
        b.end < len(doc)
        and doc[b.end].tag_ == "POS"
        or bool(going_on)
        and going_on[-1].lower_ not in _PRODUCT_NOUNS
    )
    if possessive and not rest[1:] and not opens_phrase:
        if ka == "place" and kb == "place" and not rest and _place_known(a.entity):
            yield Link(b.entity, "locatedIn", "located in", a.entity, 0.7)
        elif ka == "place" and kb == "org" and not rest:
            yield Link(b.entity, "basedIn", "based in", a.entity, 0.7)
        elif ka == "org" and kb == "person" and not rest:  # "Coldplay's Chris Martin"
            yield Link(b.entity, "memberOf", "member of", a.entity, 0.7)
        elif (
            ka == "org"
            # a body's body is its part or its partner as often as its subsidiary ("the Bank of England's
            # Monetary Policy Committee", "Labour's Fabian Society"), and a work or product the models
            # took for a body is no firm it owns: right none of 5 times judged
            and kb == "other"
            and b.entity.type != "Group"  # "Yukos' US lawyers" act for it, no firm owns people
            and not rest
            # "Nelly's 12 March concert", "the BBC's Olympics" (its coverage of them): no thing owned
            and between[0].doc[b.start].ent_type_ not in _VALUE_ENTS | {"EVENT"}
        ):  # "Sony's Playstation Portable"
            yield Link(a.entity, "own", "owns", b.entity, 0.7)
    if (
        kb == "person"
        and ka in ("org", "place")
        and rest
        and len(rest) <= 4
        and a.entity.label.lower() not in ROLE_MODIFIERS  # "Shadow chancellor X" names no organisation
        and not any(t.pos_ in ("AUX", "VERB") for t in rest)  # "the match in Paris has coach X …"
        # "According to the Financial Times, chief operating officer X": the comma ends the source's phrase
        # ("For the Conservatives, shadow education secretary X" speaks for his party)
        and (rest[0].text not in (",", ";", ":") or rest[0].doc[a.end - 1].head.lower_ == "for")
    ):
        job = _job(rest, JOB_NOUNS)  # "ITAR-TASS correspondent X", "Haiti 's President X"
        # "Britain's Europe Director X": a region is a brief, no employer
        if (
            job is not None
            and job.i == rest[-1].i
            and a.entity.label.lower() not in REGION_ENDINGS
            and not peoples_adjective(a.entity, rest[0].doc[a.end - 1])  # read by `kg.nlp.roles`
            and not seat_for_place(job.lower_, a.entity)
        ):
            doc = rest[0].doc
            past = (
                a.start > 0
                and doc[a.start - 1].lower_ in PAST_MARKERS
                or any(
                    t.lower_ in PAST_MARKERS
                    for t in rest  # "Tory ex-minister X", "Acme former chief X"
                )
            )
            nationality = a.entity.type == "Country" and demonym_country(doc[a.end - 1].text) is not None
            # "US lawyer X" is American; "Russian tennis chief X" heads a sport's body, not Russia
            calling = a.entity.type == "Country" and (
                job.lower_ in CALLINGS or nationality and sports_post([t.lower_ for t in rest], job.lower_)
            )
            if nationality and job.lower_.rstrip(".") not in NATION_ROLES or calling:
                yield Link(b.entity, "citizenOf", "citizen of", a.entity, 0.8)  # "Australian coach X"
            elif a.entity.type != "Location" or post_of_place(job.lower_):
                yield Link(b.entity, *_job_predicate(job, a.entity), a.entity, 0.8, past)
    if ka == "person" and kb == "person" and rest and len(rest) <= 3 and _job(rest, KILLER_NOUNS) is not None:
        # "Garfield 's assassin Guiteau", "Kennedy assassin Sirhan"
        yield Link(b.entity, "killed", "killed", a.entity, 0.75)
    last = words[-1] if words[-1] not in _ARG_DETS else (words[-2] if len(words) > 1 else "")
    lead = between[:-1] if words[-1] not in _ARG_DETS else between[:-2]
    if not lead:  # "X of Y", "X in Y"
        prep = between[0]
        doc = prep.doc
        if b.end < len(doc) and doc[b.end].tag_ == "POS":
            return  # "said X of Novo's punishment": Y owns what follows
        if a.start > 0 and doc[a.start - 1].lower_ in _PEERS and last == "of":
            return  # "Lord Nicholls of Birkenhead": a peer's title, no home
        if (
            ka in ("person", "org")
            and not a.start <= prep.head.i < a.end
            or a.entity.type == "Country"
            or nation(a.entity.label)  # "England in Cardiff": the match is there, England is no part of it
        ):
            # "the match with Ireland in Dublin": the phrase places the match, not Ireland (and no
            # country is in a city); a place is read as it comes ("Denver in the US")
            return
        if ka == "person" and kb == "place" and last == "of" and b.entity.type == "Country":
            yield Link(a.entity, "citizenOf", "citizen of", b.entity, 0.65)  # "Tirunesh Dibaba of Ethiopia"
        elif ka == "person" and kb == "place" and (last == "of" or last == "from" and known_place(b.entity)):
            # "said Jay Lee from Hotseat": a name no gazetteer knows is more often the speaker's firm
            yield Link(a.entity, "livesIn", "lives in", b.entity, 0.65)
        elif ka == "person" and kb == "org" and last in ("of", "at"):
            yield Link(a.entity, "worksFor", "works for", b.entity, 0.6)
        elif ka == "place" and kb == "place" and last in ("in", "of"):
            yield Link(a.entity, "locatedIn", "located in", b.entity, 0.6)
        elif (
            ka == "org"
            and kb == "place"
            and (last in ("in", "at") or last == "of" and _recognised_place(b, doc))
            and not (_post_at_arm(a, doc) and (b.entity.type == "Country" or b.entity.label in CONTINENTS))
        ):
            # "of" a place that neither a gazetteer nor the recogniser knows is more often the rest of a
            # title: "Eternal Sunshine of the Spotless Mind"
            yield Link(a.entity, "basedIn", "based in", b.entity, 0.6)
        return
    if ka != "person" or last not in ("of", "for", "at", "with", "in") or len(lead) > 8:
        return
    if lead[0].text != "," and lead[0].lemma_ != "be":
        return  # only appositions ("X, the …") and copulas ("X is the …")
    killer = _job(lead, KILLER_NOUNS)
    if killer is not None and last == "of" and kb == "person":
        yield Link(a.entity, "killed", "killed", b.entity, 0.75)
        return
    job = _job(lead, JOB_NOUNS)
    if any(t.lower_ in PAST_MARKERS for t in lead):
        return  # "X, the former head of Y": a post held no more, which `kg.nlp.roles` reads with its time
    if job is not None and job.i == lead[-1].i and kb == "org" and _owned_after(b, between[0].doc):
        # "X, director of Intel's photonics lab": the post is at the lab, and X works for Intel
        yield Link(a.entity, "worksFor", "works for", b.entity, 0.6)
        return
    if (
        job is not None
        and job.i == lead[-1].i
        and kb in ("org", "place")
        and last != "in"
        and not (last == "for" and portfolio(job.lower_, b.entity.label))
        # "X, chairman of Spain's bank Santander", "X, president of Climax's Action Studio": the post is at
        # what the place or the body owns
        and not _owned_after(b, doc := between[0].doc)
        # "X, head of UK equities at Y": the place opens the post's field, a common noun after it ("editor
        # of Macworld magazine" names the magazine)
        and not (kb == "place" and b.end < len(doc) and doc[b.end].is_lower and doc[b.end].pos_ == "NOUN")
    ):
        yield Link(a.entity, *_job_predicate(job, b.entity), b.entity, 0.75)


def seat_for_place(post: str, ent: Entity) -> bool:
    """Whether a post is a seat and the name before it the place it is held for: its holder sits for the
    place, a member of no place ("East Midlands MEP X")."""
    return post.lower().rstrip(".") in SEAT_POSTS and (ent.type in PLACE or ent.type == "Country")


def peoples_adjective(ent: Entity, tok: Token) -> bool:
    """Whether a name before a post is a people's adjective the models read as a body or a group:
    "Kurdish leader X", "Paraguayan leader Y", "Korean player Z" (a party is one: "Tory leader W")."""
    return (
        ent.type in ("Group", "Organization")
        and ent.label == tok.text
        # an adjective's ending ("Barca boss X", "Investec economist Y": names the model read as peoples');
        # a country's people whatever the model read ("Turkmen President X")
        and (
            tok.ent_type_ == "NORP"
            and (demonym_country(tok.text) is not None or tok.lower_.endswith(("an", "ish", "ese", "i")))
            # ("Scotsman journalist X" works for a paper: a man of a people names no post's people)
            or demonym_country(tok.text) is not None
            and not tok.lower_.endswith("man")
        )
        and not city(tok.text)
        and not party(ent)
    )


def portfolio(post: str, field: str) -> bool:
    """Whether what follows "<post> for" is the post's portfolio, no body it works for: "Minister for Trade
    and Industry" (not "Minister for the Cabinet Office")."""
    return post in PORTFOLIO_POSTS and field.split()[-1].lower() not in ORG_SUFFIXES


def _in_list(a: _Mention, b: _Mention, mentions: list[_Mention], sent: Span) -> bool:
    """Whether "a , b" sits in an enumeration: another comma or a conjunction follows b or precedes a."""
    doc = sent.doc
    after = doc[b.end].lower_ if b.end < sent.end else ""
    before = doc[a.start - 1].text if a.start > sent.start else ""
    if after in ("and", "or") or before == "," and doc[a.start - 2].ent_type_ in ("GPE", "LOC"):
        return True
    if after == "," and b.end + 1 < sent.end:
        nxt = next((m for m in mentions if m.start == b.end + 1), None)
        return (
            nxt is not None and _kind(nxt.entity) == _kind(b.entity) or doc[b.end + 1].lower_ in ("and", "or")
        )
    return a.entity.type == "Country" and b.entity.type == "Country"


def mention_links(sent: Span, index: EntityIndex) -> list[Link]:
    """Static links between consecutive named mentions of a sentence (see the module docstring)."""
    if name_list(sent):
        return []
    mentions = _mentions(sent, index)
    out: list[Link] = []
    for a, b in pairwise(mentions):
        if a.entity.id == b.entity.id:
            continue
        between = list(sent.doc[a.end : b.start])
        if len(between) > 10 or sent.doc[b.start].ent_type_ == "NORP":
            continue  # a demonym ("Russian") names a country only loosely
        if [t.text for t in between] == [","] and _in_list(a, b, mentions, sent):
            continue  # "Russia, Japan, Poland and the US" is a list, not a place and its region
        if (
            not between
            and sent.doc[b.start : b.end].root.dep_ == "compound"
            and sent.doc[b.start : b.end].root.head.lower_ in ROLE_NOUNS
        ):
            continue  # "… in Las Vegas Microsoft boss X": the name belongs to the role, not to the place
        if not between and _kind(a.entity) == "place" and not _recognised_place(a, sent.doc):
            continue  # "Team GB", "Confessions Part II": a squad's or a title's name cut in two
        if not between and a.start != sent.start and _kind(a.entity) == "place" and _kind(b.entity) == "org":
            # "the London FTSE", "Maryland Wal-Marts", "members of London UKIP": a market, a store or a
            # branch there (none of six judged right); a dateline opens its sentence ("Moscow ITAR-TASS")
            continue
        out += _pair(a, b, between)
    return out


def _places(tok: Token, index: EntityIndex) -> list[Entity]:
    """The place at `tok` and the places in apposition or conjunction with it ("Jamestown, N.Y.")."""
    out = []
    for t in [tok, *(c for c in tok.children if c.dep_ in ("appos", "conj", "compound"))]:
        ent = index.at(t)
        if ent is not None and ent not in out:
            out.append(ent)
    return out


def verb_links(verb: Token, subjects: list[Entity], index: EntityIndex) -> list[Link]:
    """ "X was born in Y", "X lives in Y", "Y-based X", "X works for Y": static predicates of a verb.

    Args:
        verb: the clause's verb.
        subjects: who the clause is about (its subject, or the noun a participle modifies).
        index: the document's entities.
    """
    lemma = verb.lemma_.lower()
    prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    # "will be available in the UK", "is popular in Japan": the adjective's place, not where X is; "patented
    # in Europe just as they are in the US", "cheaper than they are in France": a comparison's elided verb
    predicated = lemma == "be" and any(
        c.dep_ == "acomp" or c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children
    )
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        pred = STATIC_VERBS.get((lemma, prep.lower_))
        if pred is None or prt and prt != "up" or predicated:
            continue
        if pred == "livesIn" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
            continue  # "had to settle for bronze in Greece": where a medal was won, no home
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            for obj in _places(pobj, index):
                for subj in subjects:
                    ok = {
                        "bornIn": PERSON,
                        "livesIn": PERSON,
                        "worksFor": PERSON,
                        "basedIn": ORG,
                        "locatedIn": PLACE | ORG,
                    }[pred]
                    want = ORG if pred == "worksFor" else PLACE
                    # "works at Heathrow" names the employer by its site; "served in Northern Ireland" a post
                    # held there, for no one the place names
                    site = pred == "worksFor" and lemma != "serve" and obj.type in PLACE
                    if subj.type in ok and (obj.type in want or site):
                        p = "basedIn" if pred == "locatedIn" and subj.type in ORG else pred
                        out.append(Link(subj, p, re.sub("([A-Z])", r" \1", p).lower(), obj, 0.8))
    return out


def _place_known(ent: Entity) -> bool:
    """Whether a place is one the gazetteers or the dictionary know ("Seville", WordNet's): not a name the
    model took for a place ("Ceausescu's Romania" is Romania under him)."""
    return known_place(ent) or ent.label.lower() in dictionary_words()


#: organisations named by what they run, not where they are: "Channel Tunnel operator Eurotunnel"
_KEEPERS = frozenset({"operator", "owner", "developer", "builder", "landlord", "manager"})
