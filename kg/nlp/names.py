"""What the text says about a name beside the model's tag: the evidence `kg.nlp.entities` weighs.

- Names the model missed: after an honorific ("Mr Ebbers"), before a role noun and a person ("Gazprom
  boss X").
- The class a name's form gives: an organisation's or a place's suffix ("Acme Corp", "Wall Street"), a
  number word ("the Maguire Seven"), quotation marks (a work: "Flicker").
- The class a descriptive noun beside it gives ("New York band X", "X, the carmaker", "a strategist
  with X", "X chief Y"), and the actor class a common noun implies ("the army", "analysts").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from kg.nlp.countries import country_code, demonym_country, nation
from kg.nlp.gender import known_first_name
from kg.nlp.lexicon import (
    ACTOR_NOUNS,
    CALLINGS,
    CHARACTER_NOUNS,
    CLUB_ENDINGS,
    CLUB_OPENERS,
    COMPASS,
    CONTEST_VERBS,
    COURTESY_TITLES,
    DEMANDING_VERBS,
    DISEASES,
    DISTINCTIONS,
    DIVISION_NOUNS,
    DOCUMENT_SUFFIXES,
    EVENT_SUFFIXES,
    GROUP_COUNTS,
    HONORIFICS,
    INTERNATIONAL_BODIES,
    KINSHIP,
    MATCH_VERBS,
    NAMING_VERBS,
    NATIONALITY_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEAD_ROLES,
    ORG_OWNED,
    ORG_SUFFIXES,
    OWNERSHIP_NOUNS,
    PAIR_NOUNS,
    PERIOD_NOUNS,
    PLACE_OPENERS,
    PLACE_SUFFIXES,
    PORTRAY_VERBS,
    POSITION_NOUNS,
    PRIZE_NOUNS,
    REGION_ENDINGS,
    RELIGIONS,
    ROLE_NOUNS,
    SEAT_POSTS,
    SHARED_ROLES,
    SPEECH_VERBS,
    SPORTS,
    TEAM_NOUNS,
    THING_DESCRIPTORS,
    TITLES,
    WEAPONS,
    WIN_LOSE_VERBS,
    WORK_KINDS,
    media_device,
    people_plural,
)
from kg.nlp.people import common_surname, given_name, hyphen_prefix, party_name, prize_category
from kg.nlp.pipeline import dictionary_words
from kg.nlp.places import US_STATES, city, city_demonym

__all__ = [
    "PLACE_NAMED",
    "SCALED_AMOUNT",
    "actor_class",
    "age_word",
    "article_apart",
    "beaten",
    "capped_for",
    "city_part",
    "coded_name",
    "contest",
    "court_of_law",
    "courtesy_named",
    "descriptor_class",
    "employers",
    "first_conjunct",
    "follows_honorific",
    "follows_title",
    "gazetteer_known",
    "glued_descriptor",
    "home_place",
    "honoured",
    "joined",
    "kind_said",
    "listed_with_club",
    "match_side",
    "media_player",
    "name_form_class",
    "object_of",
    "personal_pronoun",
    "plays_for",
    "plural_agreement",
    "product_family",
    "pronoun_class",
    "quoted",
    "rival",
    "speaks_as_i",
    "title_opener",
]


def honoured(doc: Doc, covered: set[int]) -> list[Span]:
    """Names after an honorific that the model missed: "Mr Ebbers", "Dr Ruth Ng"."""
    out = []
    for tok in doc[:-1]:
        if tok.lower_.rstrip(".") not in HONORIFICS or not tok.text[:1].isupper():
            continue
        end = tok.i + 1
        while (
            end < len(doc)
            and end not in covered
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].lower_.rstrip(".") not in TITLES
        ):  # "the Lord Chancellor Lord Falconer"
            end += 1
        if end > tok.i + 1:
            out.append(doc[tok.i + 1 : end])
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
        low = doc[role].lower_.rstrip(".")
        if role < 1 or low not in ROLE_NOUNS or low in DISTINCTIONS or role in covered:
            continue  # "World champion X", "Hollywood star X": a title won or a fame, not an employer
        end = start = role
        while (
            start > 0
            and start - 1 not in covered
            and doc[start - 1].lower_.rstrip(".") not in ROLE_NOUNS | HONORIFICS  # "lord chancellor Lord X"
            and not doc[start - 1].is_stop
            and (  # "But Green MSP X": a sentence's first word is no name
                doc[start - 1].tag_ in ("NNP", "NNPS")
                or doc[start - 1].text[:1].isupper()
                and doc[start - 1].lower_ not in dictionary_words()
            )
        ):
            start -= 1
            if (
                start > 1
                and doc[start - 1].lower_ in ("for", "of")
                and doc[start - 2].is_title
                and doc[start - 2].tag_ == "NNP"
                and doc[start - 2].lower_.rstrip(".") not in ROLE_NOUNS | TITLES
                and start - 2 not in covered
            ):
                start -= 2  # "Commission for Racial Equality chairman X": the name runs on over "for"
        while start < end and doc[start].is_punct:
            start += 1  # "ex-Yukos boss X": the prefix's hyphen, tagged a name word, opens no name
        if start < end and start > 0 and doc[start - 1].text == "All":
            start -= 1  # "All Blacks captain X", "All England Club chairman Y": "All" opens the name
        if (
            start == end
            or end - start == 1
            and doc[start].is_sent_start
            and (doc[start].lower_ in ORG_DESCRIPTORS or people_plural(doc[start].lower_))
        ):
            # "Party leader X said", "Referees chief X said": the sentence's first word, a common noun,
            # names no party, and people are no body
            continue
        out.append(doc[start:end])
    return out


#: what only a work has or is made into: "an edition of X", "the premiere of X", "a cover version of X"
_WORK_PARTS = frozenset(
    {
        "edition",
        "episode",
        "instalment",
        "installment",
        "sequel",
        "remake",
        "adaptation",
        "premiere",
        "screening",
        "soundtrack",
        "trailer",
        "reissue",
        "rerun",
        "screenplay",
        "lyric",
        "version",
        "chapter",
    }
)


def _apart(tok: Token, span: Span) -> bool:
    """Whether the noun right before a name ends another phrase than the name's: "told the BBC website
    Ford did not deserve it", the one told before the subject of what was told (which the parser may
    also read as the noun's apposition: then the next verb lacks its subject)."""
    if span.root.dep_ == "appos" and span.root.head == tok and span.end < len(span.doc):
        nxt = span.doc[span.end]
        verb = nxt.head if nxt.dep_ in ("aux", "auxpass", "neg") else nxt
        return nxt.tag_ in ("MD", "VBD", "VBZ", "VBP") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children
        )
    return (
        tok.dep_ in ("dobj", "dative")
        and tok.head.lemma_.lower() in SPEECH_VERBS
        and span.root.dep_ in ("nsubj", "nsubjpass")
        and span.root.head.i > span.end - 1
        and span.root.head != tok.head
        and tok.head.i not in range(span.start, span.end)
    )


#: bodies a place name before them names rather than places ("the Liverpool club", "the Bolton side")
PLACE_NAMED = frozenset({"club", "side", "team", "squad", "party", "band"})


def home_place(span: Span) -> bool:
    """Whether a name before a body's noun says where the body is ("the Florida company", "the South
    Yorkshire firm"): a known city, US state or country, or a place to the trained recognizer (which
    reads "the Manchester firm" as a person's, hence the names too)."""
    return gazetteer_known(span.text) or all(t.ent_type_ in ("GPE", "LOC") for t in span)


def gazetteer_known(text: str) -> bool:
    """Whether the gazetteers know a name as a city, a US state or a country."""
    return bool(city(text) or text in US_STATES or country_code(text) is not None)


#: verbs that name something the best of its kind: "was named best film", "was voted album of the year"
_ACCLAIMING = NAMING_VERBS | {"vote", "crown"}


#: nouns that stand for some of what their "of" names: "one of the films", "a number of films"
_SOME_OF = frozenset({"one", "number", "host", "handful", "series", "couple", "pair", "pick", "best"})


def object_of(tok: Token, prep: str) -> Token | None:
    """The object of a preposition hung on a word: "among [films]", "one of [the films]"."""
    return next(
        (
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ == prep
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def kind_said(be: Token) -> Token | None:
    """The noun a form of "be" says its subject is: "X is the top gadget", "X is one of the films
    shown", "X is among a number of films about Iraq"."""
    noun = next((c for c in be.children if c.dep_ == "attr"), None) or object_of(be, "among")
    while noun is not None and noun.lemma_.lower() in _SOME_OF:
        noun = object_of(noun, "of")
    return noun


#: posts whose "of" names a firm or a body, never a person or a place: "chief of X", "the boss of Y"
_FIRM_HEADS = frozenset(
    {"chief", "boss", "chairman", "chairwoman", "ceo", "executive", "founder", "co-founder"}
)


def descriptor_class(span: Span) -> str | None:
    """The class a common noun right before a name or in apposition to it gives: "New York band
    Scissor Sisters", "online auction house eBay", "X, the carmaker", "an analyst with X" →
    Organization; "singer X", "X, a lawyer" → Person; "the film X", "X is the top gadget" → Concept
    (a work or a product, no actor)."""
    doc = span.doc
    before = span.start - 1
    if before > 0 and doc[before].lower_ == "the" and doc[before].is_title and not doc[before].is_sent_start:
        before -= 1  # "family comedy The Pacifier": the title's own "The" stands between
    nouns = [doc[before]] if before >= 0 and not _apart(doc[before], span) else []
    # "said X of the Lisbon Council, a Brussels-based group": an apposition past a name after "of" is
    # that name's, wherever the parser hung it
    named_after = [
        p.i
        for p in span.root.children
        if p.dep_ == "prep"
        and p.i >= span.end
        and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
    ]
    nouns += [c for c in span.root.children if c.dep_ == "appos" and not any(i < c.i for i in named_after)]
    if span.root.dep_ == "appos" and not _apart(span.root.head, span):
        nouns.append(span.root.head)
    if span.root.dep_ == "oprd" and span.root.head.lemma_.lower() in NAMING_VERBS:
        # "a band called Keane", "a charity named Oxfam": the noun the name is given to
        verb = span.root.head
        nouns += [verb.head] if verb.dep_ == "acl" else [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        before >= 0
        and doc[before].tag_ == "NNS"
        and doc[before].lemma_.lower() in ROLE_NOUNS
        # "analysts Nielsen/NetRatings", "industry analysts Screen Digest" (not a name that opens as a person's)
        and (
            len(span.text.split()) == 1 or not given_name(span[0].text) and not known_first_name(span[0].text)
        )
        and not (
            span.end < len(doc) and doc[span.end].lower_ in ("and", ",", "&")
        )  # "ministers Blair and Brown"
        and not (before > 0 and doc[before - 1].lower_ in ("and", ","))
    ):
        return "Organization"  # "according to analysts Gartner": many analysts, one name: their firm
    after = doc[span.end : span.end + 2]
    if (
        len(after) == 2
        and after[0].lower_.rstrip(".") in ORG_HEAD_ROLES
        and (
            after[1].ent_type_ == "PERSON"
            # "quit as Ajax boss last week": a post the name heads with no holder named after it
            or span.root.dep_ == "compound"
            and span.root.head == after[0]
            and after[0].dep_ == "pobj"
            and after[0].head.lower_ == "as"
        )
        # "Acme chief European economist X": a region of the brief, no body
        and not (len(span) == 1 and span.root.ent_type_ == "NORP" and span.text.lower() in dictionary_words())
        and span.root.ent_type_ not in ("DATE", "TIME")  # "on 26 November singer X quit"
    ):
        return "Organization"  # "Euronext chief Jean-Francois Theodore" (but "Kennedy aide X" is a person's)
    if (
        len(after) == 2
        and after[1].ent_type_ == "PERSON"
        and not party_name(span.text)
        and (
            after[0].lower_ == "mayor"
            # a seat's place the gazetteers know ("Plaid MP X" is a party's)
            or after[0].lower_.rstrip(".") in SEAT_POSTS
            and gazetteer_known(span.text)
        )
    ):
        return "Location"  # "Middlesbrough mayor X", "Leeds MP Y": a town's, whatever club shares its name
    if (
        len(after) == 2
        and after[0].lower_ in ("actor", "actress")
        and after[1].ent_type_ == "PERSON"
        # "Hollywood actor X" is a place's ("Holby City actor Y" a show's, whatever the model read)
        and not (
            span.root.ent_type_ in ("GPE", "LOC", "NORP", "FAC")
            and (
                len(span) == 1
                or span.text in US_STATES
                or city(span.text)
                or nation(span.text)
                or country_code(span.text)
            )
        )
    ):
        return (
            "Concept"  # "Friends actor Matt LeBlanc": the work they act in ("Hollywood actor X" is a place)
        )
    head = span.root.head
    if (
        span.root.dep_ == "pobj"
        and head.lower_ in ("with", "at", "for", "of")
        # "a spokesman for trade commissioner Peter Mandelson": someone with a post of his own ("an
        # analyst at fund manager X" works at a firm that manages funds)
        and not (
            head.lower_ == "for" and before >= 0 and doc[before].lower_.rstrip(".") in ROLE_NOUNS | TITLES
        )
        and not (head.lower_ == "for" and _persons_for(span, head))
        # "her daughter with Kurt Cobain": a child's other parent, no employer
        and not (head.lower_ == "with" and head.head.lemma_.lower() in KINSHIP)
        and (
            head.lower_ != "of"
            and head.head.lemma_.lower() in ROLE_NOUNS
            # "said economist Anne Marlot at Dexia", "analyst Mike Hale of Acme says": the speaker's
            # employer ("replace X with Y" is a swap)
            or head.lower_ != "for"
            and head.head.pos_ == "PROPN"
            and head.head.dep_ == "nsubj"
            and head.head.head.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "compound" and c.lower_ in ROLE_NOUNS for c in head.head.children)
        )
    ):
        return "Organization"  # "a strategist with Barclays", "a spokeswoman for Acme"
    if (
        span.root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in _FIRM_HEADS
        and not (gazetteer_known(span.text) or country_code(span.text) or demonym_country(span.text))
    ):
        return "Organization"  # "Jeremy Allaire, chief of Brightcove", "the boss of Kelvar": a firm
    if span[-1].lower_ not in ORG_SUFFIXES and any(
        c.dep_ == "poss" and c.is_lower and c.lemma_ in PERIOD_NOUNS and c.i < span.start
        for c in span.root.children
    ):
        return "Concept"  # "at this year's Oscars", "last season's Premiership": an event that recurs
    if any(
        c.dep_ == "prep"
        and c.lower_ == "about"
        and c.i == span.end + 1
        and doc[span.end].text == ","
        and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in c.children)
        for c in span.root.children
    ):
        return "Concept"  # "X, about a girl sold as a servant": a book or a film ("X, about 40," is an age)
    if _made_by(span):
        return "Concept"  # "Vertigo by rock giants U2", "praised X by Dan Brown": a work and who made it
    if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in CHARACTER_NOUNS:
        return "Concept"  # "the role of X": a character, played by someone
    if (
        span.root.dep_ == "pobj"
        and head.lower_ == "in"
        # "took a major part in X", with "in" on the verb or on its object
        and any(
            t.lemma_.lower() in _PARTS_PLAYED for t in (head.head, *head.head.children) if t.dep_ != "prep"
        )
        and not (country_code(span.text) or city(span.text) or span.text in US_STATES)
    ):
        return "Concept"  # "a role in Cold Mountain", "a major part in Les Sylphides": the work played in
    if span.root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _WORK_PARTS:
        return "Concept"  # "a one-off edition of X", "the premiere of X": a work
    if any(
        c.dep_ == "acl" and c.lemma_.lower() in PORTRAY_VERBS and any(a.dep_ == "agent" for a in c.children)
        for c in span.root.children
    ):
        return "Concept"  # "X, played by Y": a character
    if (
        span.root.dep_ == "pobj"
        and head.lower_ in ("of", "in")
        and _ownership(head.head)
        # "the Fox affiliate in North Carolina": where it is
        and not (
            head.lower_ == "in" and (city(span.text) or span.text in US_STATES or country_code(span.text))
        )
    ):
        return "Organization"  # "the parent company of X", "a subsidiary of X", "a stake in X"
    if (
        span.root.dep_ == "compound"
        and head.i == span.end
        and head.is_lower
        and head.pos_ == "NOUN"
        and not (head.i + 1 < len(doc) and doc[head.i + 1].pos_ == "PROPN")  # "New York band X" is X's
    ):
        kind = head.lemma_.lower()
        if kind in ORG_DESCRIPTORS and (kind in PLACE_NAMED or not home_place(span)):
            return "Organization"  # "the Evening Herald newspaper", "the Acme group"
        if kind in THING_DESCRIPTORS or kind in PRIZE_NOUNS:
            return "Concept"  # "the Peter Pan film", "the Golden Lion award"
        if kind in DIVISION_NOUNS or kind in PLACE_SUFFIXES:
            return "Location"  # "the Stepney Green ward", "the Tor Di Valle arena", "the Savoy hotel"
    if _post_of(span) and not gazetteer_known(span.text):
        # "an Operation Black Vote spokesman said", "director general of Age Concern England": a name
        # that has a spokesman or a chief executive is a body's (a place's, or a state's, are its government's)
        return "Organization"
    if span.root.dep_ in ("poss", "compound") and _ownership(head):
        return "Organization"  # "X's biggest shareholder", "X's parent company", "X shares rose"
    if span.root.dep_ == "poss" and head.lemma_.lower() in ORG_OWNED:
        return "Organization"  # "X's chief executive", "X's headquarters": no person has them
    listed = _list_descriptor(span) or _example_descriptor(span)
    if listed is not None:
        return listed
    if span.root.dep_ == "nsubj" and head.lemma_ == "be":  # "X is the top gadget of the year"
        said = kind_said(head)
        if said is not None and said.lemma_.lower() in THING_DESCRIPTORS:
            return "Concept"
    if (
        span.root.dep_ in ("nsubjpass", "dobj")
        and head.lemma_.lower() in _ACCLAIMING
        and any(c.dep_ == "oprd" and c.lemma_.lower() in THING_DESCRIPTORS for c in head.children)
    ):
        return "Concept"  # "X has been named best film", "critics voted X album of the year": a work
    for tok in nouns:
        if tok.dep_ == "appos" and tok.pos_ == "PROPN":  # "CENTR, the Council of European … Registries"
            named = name_form_class(doc[tok.left_edge.i : tok.i + 1], "ORG")
            if named is not None:
                return named
        opening = (
            tok.is_sent_start
            and tok.is_title
            and tok.lemma_.lower() in ORG_DESCRIPTORS | THING_DESCRIPTORS | ROLE_NOUNS
        )
        if f"{hyphen_prefix(tok)}-{tok.lemma_.lower()}" in ROLE_NOUNS:
            # "film-maker X", "film-makers X, Y and Z", "France full-back X" (split by the tokenizer)
            return "Person"
        if tok.lemma_.lower() == "maker" and any(
            c.dep_ == "compound" and c.lemma_.lower() in WORK_KINDS for c in tok.children
        ):
            return "Person"  # "documentary maker X", "film maker Y": who makes works, no firm
        if tok.lower_ == "international" and tok.i == span.start - 1 and doc[tok.i - 1].ent_type_ == "GPE":
            return "Person"  # "Scotland international X": a player of a national side (tagged an adjective)
        # "a hybrid SUV - the Mariner": a kind of product may be written in capitals
        acronym = tok.is_upper and tok.lower_ in THING_DESCRIPTORS
        if not (tok.is_lower or opening or acronym) or not (
            tok.pos_ == "NOUN"
            or opening
            and tok.pos_ == "PROPN"
            or tok.pos_ == "ADJ"
            and tok.lower_ in THING_DESCRIPTORS
        ):
            continue  # "Bookmaker X said": a sentence's first word is capitalised for that alone
        lemma = tok.lemma_.lower()
        if (
            lemma in ORG_DESCRIPTORS
            and (lemma == "rival" or lemma in CALLINGS)
            and len(span) >= 2
            and given_name(span[0].text)
        ):
            # "British rival Greg Rusedski", "Broadcaster Chris Evans": a person as well as a firm
            return "Person"
        if lemma in PAIR_NOUNS and _listed(span) and len(span) >= 2:
            return "Person"  # "Ethiopian duo Gebre Gebremariam and Dejene Berhanu": two people, no band
        if lemma in ORG_DESCRIPTORS:
            return "Organization"
        if lemma in THING_DESCRIPTORS | WEAPONS:
            return "Concept"  # "the MTV show X", "X, a comedy starring Y", "the film X", "a bomb called X"
        if (
            tok.tag_ == "NNS"
            and tok.i == span.start - 1
            and tok.head.i in range(span.start, span.end)
            and not _listed(span)
            # "deputy minister for women Jacqui Smith": the brief of a post, and its holder
            and not any(
                t.dep_ == "pobj" and t.head.head.pos_ == "NOUN" and t.head.head.lemma_.lower() in ROLE_NOUNS
                for t in (tok, span.root)
            )
        ):
            # a plural noun before one name describes a team or a firm, not a person: "leaders Chelsea",
            # "semi-finalists Watford", "external auditors Arthur Andersen" ("rivals Nadal and Federer" are two)
            return "Organization"
        if lemma in ROLE_NOUNS and lemma not in SHARED_ROLES:
            if (
                len(span) == 1
                and tok.i == span.start - 1
                and any(c.dep_ == "compound" and c.lower_ in _FIRM_FIELDS for c in tok.children)
                and not given_name(span.text)
            ):
                return "Organization"  # "said market analyst Datamonitor": one name no person bears alone
            if (
                lemma in _GOODS_MAKERS
                and any(
                    c.dep_ == "compound" and c.pos_ == "NOUN" and c.lower_ not in _ARTS for c in tok.children
                )
                and not given_name(span[0].text)
            ):
                return "Organization"  # "steel producer Krivorizhstal" (a "film producer" is a person)
            return "Person"
        if (
            lemma in _ONES_TITLES
            and tok.tag_ == "NN"
            and tok.i == span.start - 1
            and span[-1].lower_ not in ORG_SUFFIXES
            and not any(city(t.text) or country_code(t.text) for t in span)
        ):
            return "Person"  # "world 5000m champion Dibaba": a side that won is "champions Chelsea"
    return None


#: what one plays in a work: "a role in X", "a part in X", "a cameo in X"
_PARTS_PLAYED = frozenset({"role", "part", "cameo"})
#: distinctions a side wins too, but in the singular before a name one person's: "Olympic champion X",
#: "bronze medallist Y", "Wimbledon finalist Z"
_ONES_TITLES = frozenset({"champion", "medallist", "medalist", "finalist"})
#: who makes or trades goods: with the goods before it ("steel producer X", "oil exporter X") a firm
_GOODS_MAKERS = frozenset(
    {"producer", "supplier", "distributor", "exporter", "importer", "refiner", "grower"}
)
#: what a producer of the arts produces: "film producer X", "record producer X" are people
_ARTS = frozenset(
    {
        "film",
        "movie",
        "record",
        "music",
        "tv",
        "television",
        "theatre",
        "theater",
        "radio",
        "documentary",
        "programme",
        "program",
        "series",
        "show",
        "stage",
        "dance",
        "pop",
        "hip-hop",
        "album",
        "video",
        "game",
    }
)
#: fields whose "analyst" or "consultant" with a one-word name is a firm: "market analyst Datamonitor"
_FIRM_FIELDS = frozenset({"market", "industry", "research", "city", "investment", "technology", "media"})


#: people whose "of" object is a work ("the star of Rain Man", "the creator of Spider-Man")
_MAKERS = frozenset({"star", "co-star", "author", "creator", "composer", "screenwriter", "scriptwriter"})

#: what a name before them names ("the Golden Lion award", "the Booker prize"): a prize, no one


def _made_by(span: Span) -> bool:
    """Whether a name is followed by "by" and someone named, hung on the name or on the active verb whose
    object it is: "Vertigo by U2", "praised X by singer Y" ("was beaten by X" is a passive's agent)."""
    root = span.root
    heads = [root] + ([root.head] if root.dep_ == "dobj" else [])
    return any(
        c.dep_ == "prep"
        and c.lower_ == "by"
        and c.i == span.end
        and not any(a.dep_ == "auxpass" for a in h.children)
        and any(
            p.dep_ == "pobj" and p.ent_type_ in ("PERSON", "ORG") and p.pos_ == "PROPN" for p in c.children
        )
        for h in heads
        for c in h.children
    )


def _post_of(span: Span) -> bool:
    """Whether a name is whose a body's post is: "a Hotseat spokesman", "chief executive of X", "the
    director general of X"."""
    root = span.root
    head = root.head
    if root.dep_ == "compound" and head.i == span.end and head.pos_ == "NOUN":
        return head.lemma_.lower() in _BODY_POSTS
    if (
        root.dep_ != "pobj"
        or head.lower_ != "of"
        or head.head.pos_ != "NOUN"
        # "director of rugby Philippe Saint-Andre": the post's holder, parsed into its "of"
        or root.ent_type_ == "PERSON"
        or given_name(span[0].text)
    ):
        return False
    post = head.head  # "director general of X": the compound's words say the post
    words = {post.lemma_.lower(), *(c.lemma_.lower() for c in post.children if c.dep_ == "compound")}
    # a director alone directs films and studies too ("director of the West End musical")
    return bool(words & (_BODY_POSTS | {"executive"})) or {"director", "general"} <= words


#: posts only a body has, whatever the text calls the body
_BODY_POSTS = frozenset({"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "ceo"})


def _ownership(noun: Token) -> bool:
    """Whether a noun, or a noun compounded with it, ties firms by ownership ("parent company")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    return noun.pos_ == "NOUN" and any(
        # "the parents of 14-year-old X" are a child's ("parent companies" own firms)
        (w.lemma_.lower() in OWNERSHIP_NOUNS or w.lower_ in OWNERSHIP_NOUNS) and w.lower_ != "parents"
        for w in words
    )


#: posts that serve a person as readily as a body: "a spokesman for Michael Howard"
_PERSONAL_STAFF = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "lawyer", "solicitor",
     "barrister", "agent", "publicist", "secretary"}
)  # fmt: skip


def _persons_for(span: Span, prep: Token) -> bool:
    """Whether a name after "for" is no employer: a person's full name after a post that serves people
    ("a spokesman for Michael Howard") or that the post's brief opens ("deputy minister for women Jacqui
    Smith"), or a prize's winner ("best director for Scorsese")."""
    doc, post = span.doc, prep.head
    if prize_category(list(doc[post.left_edge.i : post.i + 1])):
        return True
    return (
        span.root.ent_type_ == "PERSON"
        and len(span) >= 2
        and (
            post.lemma_.lower() in _PERSONAL_STAFF
            and (given_name(span[0].text) or known_first_name(span[0].text))
            or span.start > prep.i + 1
            and doc[span.start - 1].is_lower
            and doc[span.start - 1].pos_ == "NOUN"
        )
    )


def _list_descriptor(span: Span) -> str | None:
    """The class a plural noun before a list gives each of its names: "technology companies A, B and C"
    → Organization, "the films A and B" → Concept."""
    first = span.root
    while first.dep_ == "conj":
        first = first.head
    if first.pos_ != "PROPN" or first == span.root and not any(c.dep_ == "conj" for c in first.children):
        return None  # not a list of names: a plural before one name is `descriptor_class`'s rule
    start = first.i
    while start > 0 and span.doc[start - 1].pos_ == "PROPN":
        start -= 1
    noun = span.doc[start - 1] if start > 0 else None
    if noun is None or noun.tag_ != "NNS" or not noun.is_lower:
        return None
    lemma = noun.lemma_.lower()
    if (prefix := hyphen_prefix(noun)) is not None:
        lemma = f"{prefix}-{lemma}"  # "film-makers X, Y and Z" are no makers of a firm
    return "Organization" if lemma in ORG_DESCRIPTORS else "Concept" if lemma in THING_DESCRIPTORS else None


def _example_descriptor(span: Span) -> str | None:
    """The class a plural noun gives the names it is exemplified by: "1960s hits such as Come Tomorrow and
    Sha La La", "several films, including Nicholas Nickleby", "her hits include X, Y and Z" → Concept;
    "firms like X" → Organization. (People nouns say too little here: "players like Myrio", "models
    such as the V50" are firms and cars.)"""
    first = span.root
    # a list of titles the parser reads partly as appositions: "Hobson's Choice, Dirty Harry, The 39 Steps"
    while (
        first.dep_ == "conj" or first.dep_ == "appos" and first.head.pos_ == "PROPN"
    ) and first.head != first:
        first = first.head
    if first.dep_ == "poss":
        return None  # "jukeboxes such as Apple's iTunes": the example is iTunes, Apple owns it
    doc, kind = span.doc, None
    if (
        first.dep_ in ("attr", "nsubj")
        and first.head.lemma_ == "be"
        and not any(c.tag_ == "POS" for c in first.children)  # "the song was Madonna's": hers, not her
    ):
        # "the final tune of his album was X", "among the overlooked films were X, Y and Z": what the
        # name is said to be (a name that is the subject takes its noun from `descriptor_class`)
        verb = first.head
        said = [c for c in verb.children if c.dep_ == "nsubj" and first.dep_ == "attr"]
        # "one of the first songs he wrote was X": the noun "one" is of
        said = [
            next((p for c in t.children if c.lower_ == "of" for p in c.children), t)
            if t.lower_ == "one"
            else t
            for t in said
        ]
        said += [p for c in verb.children if c.lower_ == "among" for p in c.children if p.dep_ == "pobj"]
        if said and said[0].pos_ == "NOUN" and said[0].is_lower:
            lemma = said[0].lemma_.lower()
            return (
                "Organization"
                if lemma in ORG_DESCRIPTORS
                else "Concept"
                if lemma in THING_DESCRIPTORS
                else None
            )
    opening = first.left_edge.i
    if opening >= 3 and doc[opening - 2].lower_ == "such" and doc[opening - 1].lower_ == "as":
        kind = doc[opening - 3]  # read from the words: the parser often hangs "such as X" on a verb
    elif first.dep_ == "pobj" and first.head.lower_ in ("including", "like"):
        kind = first.head.head
    elif first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in _MAKERS:
        return "Concept"  # "the star of Rain Man and Tootsie", "the author of X": works
    elif first.dep_ in ("dobj", "ccomp", "attr") and first.head.lemma_ == "include":
        kind = next((c for c in first.head.children if c.dep_ == "nsubj"), None)
    if kind is not None and kind.text == "," and kind.i > 0:
        kind = doc[kind.i - 1]  # "major studios, such as MGM Studios, Disney"
    if (
        kind is None or kind.tag_ != "NNS" or not (kind.is_lower or kind.is_sent_start)
    ):  # "Companies such as X"
        return None
    lemma = kind.lemma_.lower()
    if lemma == "title":
        return "Concept"  # "titles such as Colin McRae Rally": games, books or contests, no one
    return "Organization" if lemma in ORG_DESCRIPTORS else "Concept" if lemma in THING_DESCRIPTORS else None


def _listed(span: Span) -> bool:
    """Whether a name is one item of a coordination ("Nadal and Federer"), also one the parser read as
    appositions ("winners Lawrence Dallaglio, Neil Back and Martin Johnson")."""
    root, doc = span.root, span.doc
    return (
        root.dep_ == "conj"
        or any(c.dep_ == "conj" for c in root.children)
        # "Kathy Butler and Hayley Yelling were": the parser may hang the "and" on a word inside the name
        or any(t.dep_ == "conj" for t in span)
        or span.start > 1
        and doc[span.start - 1].lower_ in ("and", "or", "&")
        and doc[span.start - 2].pos_ == "PROPN"
        or span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].pos_ == "PROPN"
        # "singers Madonna, Sir Elton John, Nelly and Usher": an item may have a title and two names
        and any(t.lower_ == "and" for t in doc[span.end + 2 : span.end + 9])
    )


def pronoun_class(span: Span) -> str | None:
    """What the words that take a subject name up say: a possessive pronoun ("Audi said its sales
    fell", "Chelsea extended their lead") or a plural verb ("Snow Patrol were the big winners") →
    Organization, since no one person is "its" or "were". ("X, which …" would say it too, but the
    parser hangs relative clauses on the nearest name: "the assassination … by X, which was the spark".)

    The pronoun must come before any other noun that could take it up (a singular noun for "its", a
    plural one for "their") and, unless the name is one bare word, in the name's own clause: "Mr Smith
    said its plan failed" takes up an earlier sentence.
    """
    return "Organization" if _taken_up(span) is not None or _says_it(span) else None


#: verbs that after "it" are often empty ("said it was too early", "said it seemed"): no evidence
_EXPLETIVE_VERBS = {"be", "seem", "appear", "remain", "look", "take", "make", "matter", "mean"}


def _says_it(span: Span) -> bool:
    """ "Audi said it had been hit": a speaker who reports about itself as "it" is no person."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS or _listed(span):
        return False
    if span.start > 0 and doc[span.start - 1].is_lower and doc[span.start - 1].lemma_ in ROLE_NOUNS:
        return False  # "party leader X said it had …": "it" is the party the role is in
    if any(p.dep_ == "prep" and any(o.pos_ == "PROPN" for o in p.children) for p in root.children):
        return False  # "X of the CMF said it believed": "it" is the body named with the speaker
    for comp in (c for c in root.head.children if c.dep_ == "ccomp"):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and subj.lower_ == "it"
            and comp.lemma_ not in _EXPLETIVE_VERBS
            # "X argued that although there is more investment in the sport, it had not …": the sport
            and not any(t.tag_ in ("NN", "NNP") for t in doc[root.head.i + 1 : subj.i])
            # "Beckham said: "It's expected of Madrid …"": in their own words a speaker is "I" or "we"
            and not any(t.is_quote for t in doc[min(subj.i, root.head.i) : max(subj.i, root.head.i)])
        ):
            return True
    return False


def plural_agreement(span: Span) -> bool:
    """Whether a subject name agrees in plural ("Ireland were", "France won their match"): in British
    English a country that does is its sports team."""
    return _taken_up(span) in ("were", "their")


def plays_for(span: Span, managers: bool = False) -> bool:
    """Whether a country name qualifies a playing position ("Zimbabwe goalkeeper X", "England's fly-half",
    "the Ireland coach"): the player or coach is in the national side, not the state. With `managers`
    (a town's name), a manager or boss too: "Newcastle boss X" runs the club ("the UK boss" of a firm
    would not)."""
    after = span.end + (span.end < len(span.doc) and span.doc[span.end].tag_ == "POS")
    # "Tottenham sporting director X": only a club has one
    words = (
        POSITION_NOUNS
        | TEAM_NOUNS
        | {"coach", "coaches"}
        | ({"boss", "manager", "sporting"} if managers else set())
    )
    if after >= len(span.doc) or span.doc[after].lower_ not in words:
        return False
    if span.doc[after].pos_ in ("ADV", "ADP") and not span.doc[after + 1 : after + 2].text[:1].isupper():
        return False  # "taking Britain forward.": an adverb ("Wales forward Tom Hale", however tagged)
    # "Japan's number one", "al-Qaeda's number two": a rank, not the shirt of "England's number eight"
    return span.doc[after].lower_ != "number" or span.doc[after + 1 : after + 2].text.lower() not in _RANKS


_RANKS = frozenset({"one", "two", "1", "2"})


def joined(span: Span) -> bool:
    """Whether someone named joins a town ("is poised to join Sunderland", "rejoined Leeds"): one moves to
    a town but joins its club."""
    root = span.root
    verb = root.head
    if root.dep_ != "dobj" or verb.lemma_.lower() not in ("join", "rejoin"):
        return False
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X is poised to join Sunderland": X joins
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ == "PERSON" for c in verb.children)


def age_word(tok: Token) -> bool:
    """Whether a token heads an age, "the 21-year-old" (a person known by age), "a 22-year-old gamer"."""
    return tok.lower_ == "old" and any(c.lower_ in ("year", "years") for c in tok.children)


def capped_for(span: Span) -> bool:
    """Whether a country is whom someone plays or competes for ("chose to compete for Great Britain",
    "has played for Ireland"): its national side ("ran for Parliament" is no country's, "works for
    Britain" no game)."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.pos_ in ("VERB", "AUX")
        and root.head.head.lemma_.lower() in _CAPPED
    )


#: verbs whose "for" names the side one plays in
_CAPPED = frozenset({"play", "compete", "race", "appear", "debut", "qualify"})


def match_side(span: Span) -> bool:
    """Whether a name is a side in a match or a season ("Ireland face France", "France visit Dublin",
    "Wales won the Grand Slam", "scored against Mauritius"): a national side where the text shows national
    sides playing."""
    root = span.root
    return (
        root.dep_ in ("nsubj", "dobj")
        and root.head.lemma_.lower() in MATCH_VERBS
        # "Thailand may lose 30bn baht in earnings": an amount is lost, no match
        and not any(c.dep_ == "dobj" and _amount(c) for c in root.head.children)
        # "scored against Mauritius", "played against Belgium": the other side
        or root.dep_ == "pobj"
        and root.head.lower_ == "against"
        and root.head.head.lemma_.lower() in MATCH_VERBS
    )


def _amount(noun: Token) -> bool:
    """Whether a noun is an amount: "$768m", "5%", or "30bn baht", whichever way the parser hangs "30bn"."""
    scaled = any(SCALED_AMOUNT.fullmatch(c.text) for c in noun.children)
    return scaled or noun.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")


#: a number with its scale in one token: "2bn", "1.5m", "300k"
SCALED_AMOUNT = re.compile(r"\d[\d.,]*(?:bn|m|tn|k)")


def contest(span: Span) -> bool:
    """Whether a country name plays against another country: "France beat Ireland", "Wales drew with
    Italy", "England lost to Scotland" — in news only national sides do that."""
    others = _rivals(span)
    # the other side by its name, whatever the model tagged it ("Wales" is often ORG, "England" nothing)
    return bool(others) and all(country_code(_name_of(t)) or nation(_name_of(t)) for t in others)


def rival(span: Span) -> bool:
    """Whether a name is a side of a match against another ("after beating Norwich", "Arsenal play
    Leeds"): where clubs play, a town that does is its club."""
    return bool(_rivals(span)) or span.root.dep_ == "dobj" and _contest_verb(span) is not None


def beaten(span: Span) -> bool:
    """Whether a name is a side a verb of no other sense beats or is beaten by ("after beating Norwich",
    "Leeds lost to Hull"): only sides are; a band "plays Leeds", a storm "hammers" it."""
    verb = _contest_verb(span)
    return verb is not None and verb.lemma_.lower() in WIN_LOSE_VERBS and rival(span)


# "drew with", "lost to", "played against": the other side; "played in Leeds" names a place
_RIVAL_PREPS = ("with", "to", "against")


def first_conjunct(tok: Token) -> Token:
    """The first of a list a token is in ("Wales" for "Ireland" in "lost to Wales, France and Ireland")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _contest_verb(span: Span) -> Token | None:
    """The match verb a name is a side of: its subject or object, or after "with", "to", "against", "by"."""
    root = first_conjunct(span.root)
    verb = (
        root.head
        if root.dep_ in ("nsubj", "nsubjpass", "dobj")
        else root.head.head
        if root.dep_ == "pobj" and (root.head.lower_ in _RIVAL_PREPS or root.head.dep_ == "agent")
        else None
    )
    if verb is None or verb.lemma_.lower() not in CONTEST_VERBS:
        return None
    if verb.lemma_.lower() == "draw" and any(
        c.dep_ == "prt" or c.dep_ == "dobj" and not c.ent_type_ for c in verb.children
    ):
        return None  # "drew up proposals", "drew a line under the row": no match drawn
    return verb


def _rivals(span: Span) -> list[Token]:
    """The other sides of the match verb a name is a side of ("France" for "Ireland" in "Ireland beat
    France"), none when it is no side of one."""
    verb, root = _contest_verb(span), first_conjunct(span.root)
    if verb is None:
        return []
    sides = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    # "drew with Italy"; with an object the phrase says how: "shocked Ireland with a late try"
    sides += [
        p
        for c in verb.children
        if c.dep_ == "prep"
        and c.lower_ in _RIVAL_PREPS
        and not any(k.dep_ == "dobj" for k in verb.children)
        or c.dep_ == "agent"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return [
        t
        for t in sides
        if t.i != root.i
        and not _amount(t)  # "lose 30bn baht": no side
        # "the UK was losing its power of veto": what one loses is a side only if it is named
        and not (verb.lemma_.lower() == "lose" and t.dep_ == "dobj" and t.pos_ == "NOUN")
    ]


def _name_of(tok: Token) -> str:
    """The words of the name a token heads ("the United States")."""
    return " ".join(t.text for t in tok.subtree if t.ent_type_ == tok.ent_type_)


def _taken_up(span: Span) -> str | None:
    """What takes a subject name up: "were" (a plural verb right after it), "its" or "their"."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or _listed(span) or root.tag_ == "NNPS" or follows_title(span):
        return None
    verb = root.head
    if _plural_verb(verb, span.end):
        return "were"  # "Snow Patrol were the big winners", "Chelsea have won": a team agrees in plural
    if verb.tag_ in ("VBD", "VBZ", "VBP") and any(  # not "with Tony Blair adding …, and have managed"
        c.dep_ == "conj"
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        and (finite := _finite(c)) != c  # an auxiliary's number, not a bare verb the tagger may misread
        and _plural(finite)
        for c in verb.children
    ):
        return "were"  # "Ireland began strongly and were never led": the second verb agrees in plural
    open_for = {"its", "their"}  # which pronouns could still take the name up
    for tok in span.doc[span.end : verb.right_edge.i + 1]:
        if (
            tok.pos_ == "PRON"
            and tok.lower_ not in ("its", "their")
            or tok.pos_ == "PROPN"
            # another name may take the pronoun up, whatever its tag ("quit as Celtic boss after their exit")
            or tok.is_title
            and not tok.is_sent_start
            and tok.ent_type_ not in ("DATE", "TIME")
        ):
            return None
        if (
            tok.dep_ == "poss"
            and tok.lower_ in open_for
            and (_clause_head(tok) == verb or tok.lower_ == "its" and len(span) == 1)
            and not _whose_kind(tok, verb)
        ):
            return tok.lower_
        if tok.pos_ == "NOUN":  # "a place at number nine for their …": a singular noun takes up no "their"
            open_for.discard("their" if tok.tag_ == "NNS" else "its")
            if tok.lemma_.lower() in _COLLECTIVES:
                open_for.discard("their")  # "X has led the team during their three defeats": the team's
    return None


#: singular nouns for many that British English takes up with "their"
_COLLECTIVES = frozenset(
    {"team", "side", "squad", "club", "government", "party", "band", "group", "company", "firm", "board",
     "council", "committee", "family", "crowd", "staff", "union", "police", "public", "management"}
)  # fmt: skip


def _whose_kind(pronoun: Token, verb: Token) -> bool:
    """Whether a possessive sits in what a subject is said to be, so that it owns the kind, not the subject:
    "then Ray Charles was one of its founding fathers" (soul's; "X is its own worst enemy" is X's)."""
    return (
        verb.lemma_ == "be"
        and not (pronoun.i + 1 < len(pronoun.doc) and pronoun.doc[pronoun.i + 1].lower_ == "own")
        and any(a.dep_ == "attr" and a.left_edge.i <= pronoun.i <= a.right_edge.i for a in verb.children)
    )


_PERSONAL = {"he", "him", "his", "she", "her", "hers"}
#: the words by which a speaker calls themself in a quotation (a body says "we")
_FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def speaks_as_i(span: Span) -> bool:
    """Whether a speaker's quoted words call the speaker "I": 'Bono said: "I want …"', '"… my own
    fault," Mido said'. Only a person speaks so, whatever the models read the name as."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS or _listed(span):
        return False
    if not any(t.is_quote for t in span.sent):
        return False  # unquoted, "I" would be the writer's
    return any(
        t.lower_ in _FIRST_PERSON and t.pos_ == "PRON"
        for comp in root.head.children
        if comp.dep_ == "ccomp"
        for t in comp.subtree
    )


def personal_pronoun(span: Span) -> bool:
    """Whether the text treats a subject name as a person: "he" or "she" takes it up (the first pronoun
    after it in its sentence, with no other name between: "Federer had been in patchy form, but he …";
    or the subject of the next sentence: "Mutu agreed. He said …"), or it speaks after a quotation
    ('"…," said Calder'; not "Parties must act, says Age Concern", where a body sums up its report)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or _listed(span):
        return False
    verb = root.head
    if verb.i < span.start and verb.lemma_ in SPEECH_VERBS:
        return len(span) == 1 or any(t.is_quote for t in span.doc[span.sent.start : verb.i])
    doc, sent = span.doc, span.sent
    for tok in doc[span.end : sent.end]:
        if tok.pos_ == "PROPN" and (
            tok.ent_type_ == "PERSON" or tok.i > 0 and tok.doc[tok.i - 1].lower_.rstrip(".") in HONORIFICS
        ):
            return False  # another person ("Mr Clarke", whatever the tag) could be "he"; a firm could not
        if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL | {"it", "its", "they", "their", "them"}:
            return tok.lower_ in _PERSONAL
    if sent.end < len(doc):
        nxt = doc[sent.end].sent
        subjects = [t for t in nxt if t.dep_ in ("nsubj", "nsubjpass") and t.head == nxt.root]
        return bool(subjects) and subjects[0].lower_ in ("he", "she")
    return False


def _plural_verb(verb: Token, after: int) -> bool:
    """Whether a verb group right after token `after` agrees with a plural subject: its finite word is
    "were", "are", "have"… (farther away, the subject may be a list the parser did not see)."""
    finite = _finite(verb)
    # "demanding that Tony Blair spell out": a demand's subjunctive has no number
    demanded = verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DEMANDING_VERBS
    return finite.i == after and _plural(finite) and not demanded


def _finite(verb: Token) -> Token:
    """The first word of a verb group: its auxiliary, or the verb itself."""
    return min(
        [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)],
        key=lambda t: t.i,
    )


def _plural(finite: Token) -> bool:
    """Whether a finite verb form agrees with a plural subject ("were", "are", "have")."""
    return finite.tag_ == "VBP" or finite.lower_ == "were"


def _clause_head(tok: Token) -> Token:
    """The verb of the clause a token is in."""
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head:
        head = head.head
    return head


def product_family(tok: Token) -> bool:
    """Whether a "family" is a line of products: "its iPod family", "the product family", a firm's ("its")."""
    return tok.lemma_.lower() == "family" and any(
        c.dep_ == "compound"
        and (c.ent_type_ in ("ORG", "PRODUCT", "WORK_OF_ART", "FAC") or c.pos_ == "NOUN")
        or c.dep_ == "poss"
        and c.lower_ == "its"
        for c in tok.children
    )


def article_apart(mod: Token, head: Token) -> bool:
    """Whether a singular "modifier" of a plural noun has an "a" of its own before it, so that it is no
    part of the noun's phrase: "As a result murderers who …" (no "result murderers")."""
    return (
        head.tag_ == "NNS"
        and mod.tag_ == "NN"
        and mod.i > 0
        and mod.doc[mod.i - 1].lower_ in ("a", "an")
        and mod.doc[mod.i - 1].head == head
    )


#: what a court to play on is made of or where it is: "clay courts", "the indoor court", "Centre Court"
_SURFACES = frozenset({"centre", "squash", "hard", "clay", "grass", "indoor", "outdoor", "carpet", "show"})


def actor_class(tok: Token) -> str | None:
    """The actor class a common noun implies ("the army" → MilitaryOrganization, "analysts" → Group),
    or None for a noun that names no actor."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    low = tok.lower_
    if product_family(tok):
        return None
    if low in ACTOR_NOUNS or tok.lemma_.lower() in ACTOR_NOUNS:  # "courts" as "court"
        if any(c.lower_ == "shadow" for c in tok.children):
            return "Organization"  # "the shadow cabinet": the opposition's, no body of the state
        if (
            tok.tag_ == "NN"
            and tok.lemma_.lower() == "regime"
            and not any(
                c.dep_ == "poss" or c.ent_type_ in ("NORP", "GPE") or c.pos_ == "PROPN" or c.lower_ in _RULERS
                for c in tok.lefts
            )
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.rights)
        ):
            # "a harsh regime", "the e-mail regime": rules, not the rulers of a state ("the regime of
            # President X", "repressive regimes" are)
            return None
        if tok.lemma_.lower() == "court" and any(
            c.dep_ in ("compound", "amod") and (c.lower_ in SPORTS or c.lower_ in _SURFACES)
            for c in tok.children
        ):
            return None  # "the tennis court", "Centre Court", "on hard courts": where a game is played
        return ACTOR_NOUNS.get(low) or ACTOR_NOUNS[tok.lemma_.lower()]
    if media_player(tok):
        return None
    doc = tok.doc
    # "team-mates", split by the tokenizer into "team", "-", "mates"
    glued = tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
    whole = doc[tok.i - 2].lower_ + "-" + low if glued else low
    if (
        people_plural(low)
        or people_plural(whole)
        or tok.tag_ in ("NNS", "NNPS")
        and tok.lemma_.lower() in ROLE_NOUNS
    ):
        return "Group"  # a plural for people whatever its tag: "MPs" is often tagged NNP
    if tok.tag_ in ("NNS", "NNPS") and tok.is_title and low.endswith("s") and demonym_country(low):
        return "Group"  # "four Britons held by the US": a nationality's people the models missed
    return None


def media_player(tok: Token) -> bool:
    """Whether a word for someone who plays is a machine: "music players", "DVD players", "video
    recorders"."""
    return tok.lemma_.lower() in ("player", "recorder") and any(
        c.dep_ == "compound" and media_device(c.text) for c in tok.children
    )


#: kinds of rulers a regime is named by: "the military regime"
_RULERS = frozenset(
    {"military", "communist", "authoritarian", "totalitarian", "apartheid", "islamist", "junta"}
)

#: a word of letters and digits: a model's, a band's or an agency's name, never a person's ("FY500", "U2",
#: "MI5"; "50 Cent" has a word)
_ALNUM = re.compile(r"(?=.*\d)(?=.*[A-Za-z])[A-Za-z\d]+")


def coded_name(span: Span) -> bool:
    """Whether a name has a word of letters and digits, which no person's has ("the FY500", "MI5")."""
    return any(_ALNUM.fullmatch(t.text) for t in span)


#: a version number ending a product's name: "v2.0", "7.60", "V3"
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+)+|[vV]\d+")


def name_form_class(span: Span, label: str) -> str | None:
    """What the form of a name says: an organisation's, a place's or an occasion's suffix ("Acme Corp",
    "Stuff Magazine", "Wall Street", "Carling Cup"); a name ending in a number word ("Maguire Seven") is a group of people.
    (A plural proper noun, "Lib Dems", names no one person either, but only where no descriptor says
    otherwise: "former WorldCom chief Bernie Ebbers".)"""
    if span[-1].lower_ in GROUP_COUNTS and len(span) > 1 and span[0].text[:1].isupper():
        return "Group"
    # "Three Britons were arrested": so many people of a country, the count capitalised at the start
    if (
        len(span) > 1
        and all(t.like_num for t in span[:-1])
        and span[-1].tag_ in ("NNS", "NNPS")
        and demonym_country(span[-1].text) is not None
        and country_code(span[-1].text) is None
    ):
        return "Group"
    last = span[-1].lower_.rstrip(".")
    if len(span) == 1 and _GROUP_OF_N.fullmatch(span.text):
        return "Organization"  # "G7", "G20": a group of so many countries
    if len(span) > 1 and span[-1].text in ("XV", "XI"):
        return "Organization"  # "a Wales XV", "the England XI": a side of fifteen or eleven
    if label == "PERSON" and len(span) > 1 and (span[-1].is_digit or _VERSION.fullmatch(span[-1].text)):
        # "Xbox 2", "Shrek 2", "Endorphin v2.0": a product, a version or a sequel; no one's name ends in a number
        return "Concept"
    if label == "PERSON" and _club_name(span) and last not in DOCUMENT_SUFFIXES:
        return "Organization"  # "Sporting Lisbon"; not "the Lisbon Agenda"
    if (
        len(span) > 1
        and span[0].text == "Air"
        and span[1].lower_ not in ("marshal", "chief", "vice", "commodore")
    ):
        return "Organization"  # "Air Deccan", "Air Jamaica": an airline ("Air Marshal X" is an officer)
    if len(span) > 1 and span[0].lower_ == "team" and (span[1:].text == "GB" or country_code(span[1:].text)):
        return "Organization"  # "Team GB", "Team USA": a country's squad ("GB" alone is as often gigabytes)
    if len(span) == 2 and span[0].lower_ in ("group", "pool") and re.fullmatch(r"[A-H1-8]\.?", span[1].text):
        return "Concept"  # "qualified from Group A", "top of Pool B": a stage of a contest, no body
    if span.text.lower().removeprefix("the ") in INTERNATIONAL_BODIES:
        return "Organization"  # "Opec", "Nato": a body of states, not a place
    if len(span) > 1 and span[-1].text == "City" and city(span[:-1].text) and not city(span.text):
        return "Organization"  # "Manchester City", "Stoke City": a club ("Mexico City", "Kansas City" are cities)
    if len(span) > 1 and last == "paper" and span[-2].lower_ in ("white", "green"):
        return "Concept"  # "the White Paper": a government's text
    # a name with "of"/"on"/"for" is named by the word before it ("European Convention on Human Rights",
    # "Bank of England", "Department for Education")
    last = next((t.nbor(-1).lower_ for t in span[1:-1] if t.lower_ in ("of", "on", "for")), last)
    if last in DOCUMENT_SUFFIXES and span[-1].text[:1].isupper() and label in ("ORG", "PERSON", "GPE"):
        return "Concept"  # "the Budget", "the Kyoto Protocol", "the Patriot Act": a text, not its authors
    if span.text.lower() in DISEASES:
        return "Concept"  # "tested for TB", "the spread of Aids": an illness, no body
    if len(span) == 1 and (last in RELIGIONS or last.endswith("ism") and len(last) > 5):
        return "Concept"  # "Islam", "Buddhism", "Thatcherism": a faith or a doctrine, not its followers
    if (
        len(span) > 1
        and last in REGION_ENDINGS
        and label in ("PERSON", "ORG")
        and span[0].lower_ not in _QUARTERS
    ):
        return "Organization"  # "Lycos Europe", "Sony Asia", "Acme International": a firm's arm
    if len(span) == 1 and last in ("olympics", "paralympics"):
        return "Concept"  # "quit the Olympics": the Games, no body that runs them
    if len(span) > 1 and span[-1].text[:1].isupper():
        if last == "bank" and all(t.lower_ in ("west", "east", "north", "south", "left") for t in span[:-1]):
            return "Location"  # "the West Bank", "the Left Bank": a river's bank, no bank
        # "the British Army", "the US Air Force", "the Israel Defence Forces" (a charity's "Salvation Army")
        if (
            last in ("army", "navy", "forces", "marines")
            or last == "force"
            and span[-2].lower_ in ("air", "defence", "defense")
        ) and span[-2].lower_ != "salvation":
            return "MilitaryOrganization"
        if last in ORG_SUFFIXES and (last != "court" or court_of_law([t.text for t in span])):
            return "Organization"  # "Stuff Magazine", "Acme Corp", "Delhi High Court", "Greater Manchester Police"
        if last in PLACE_SUFFIXES:
            return "Location"  # "Wall Street", "Lake Geneva" ends "Geneva": only a suffix counts
        if last in EVENT_SUFFIXES:
            return "Concept"  # "Consumer Electronics Show", "Carling Cup": an occasion, not an actor
        if span[0].lower_ in PLACE_OPENERS:
            return "Location"  # "Lake Victoria", "River Severn", "Mount Kenya": the first word says it
        if last in _STREET_SURNAMES and label == "PERSON" and not given_name(span[0].text):
            return "Location"  # "Drury Lane", "Savile Row"
        if label == "PERSON" and city(span.text) and not given_name(span[0].text):
            return (
                "Location"  # "Belo Horizonte", "Porto Alegre": a city the gazetteer knows by its whole name
            )
        if city_part(span.text):
            return "Location"  # "Bristol East": a seat or a district, whatever the model read
        if label in ("PERSON", "GPE", "LOC", "FAC") and _place_opened(span):
            # "Manchester Withington", "Glasgow Green": a seat or a site; "Leeds Rhinos", "Tampa Bay
            # Buccaneers": a team, whichever kind of name the model read
            team = span[-1].lower_.endswith("s") and span[-1].lower_[:-1] in dictionary_words(("noun",))
            if team:
                return "Organization"
            if label == "PERSON":
                return "Location"
    return None


#: words that make a "Court" after them one of law: its kind or rank ("Crown Court", "High Court")
_COURT_KINDS = frozenset(
    {"high", "supreme", "crown", "district", "county", "magistrates", "magistrates'", "appeal", "appeals", "federal",
     "constitutional", "criminal", "family", "youth", "sheriff", "sheriff's", "circuit", "superior", "military",
     "administrative", "juvenile", "coroner's", "coroners", "labour", "industrial", "international", "european",
     "world", "state", "municipal", "regional", "provincial", "local", "appellate", "civil", "commercial", "tax",
     "bankruptcy", "election", "rights", "highest", "top", "lower", "revolutionary", "islamic", "sharia",
     "special", "trial", "divisional", "probate", "claims", "security", "electoral", "arbitration", "session"}
)  # fmt: skip


def court_of_law(words: list[str]) -> bool:
    """Whether the "Court" of a name's words is a court of law: alone, before "of", or after its kind, a
    place or its people ("Southwark Crown Court", "Court of Appeal", "New York court", "Greek court"); a
    hall, a palace or a playing surface otherwise ("Earls Court", "Hampton Court", "Centre Court")."""
    at = [w.lower() for w in words].index("court")
    before = words[at - 1] if at else ""
    return (
        not before
        or words[at + 1 : at + 2] == ["of"]
        or before.lower() in _COURT_KINDS
        or before.endswith(("'s", "s'"))
        or city(before)
        or nation(before)
        or country_code(before) is not None
        or demonym_country(before) is not None
    )


def city_part(name: str) -> bool:
    """Whether a name is a city's with a compass word after it: "Bristol East", "Derby North" (a seat or
    a district of the city)."""
    town, _, last = name.rpartition(" ")
    return last.lower() in COMPASS and city(town)


def _place_opened(span: Span) -> bool:
    """Whether a name the models read as a person's opens with a city's or a country's name that is no
    first name anywhere ("Bolton West", "Birmingham Yardley"; not "Sydney Poitier", "Vladimir Putin")."""
    first = span[0].text
    return (
        span[0].is_alpha
        and span[1].text[:1].isupper()
        and bool(city(first) or country_code(first))
        and not given_name(first)
        and not known_first_name(first)
    )


#: last words of streets that are also surnames: a place only after no given name ("Drury Lane", but
#: "Nathan Lane")
_STREET_SURNAMES = frozenset({"lane", "row", "walk", "close", "crescent", "terrace", "place"})


def listed_with_club(span: Span) -> bool:
    """Whether a name is an item of a list that names a club by its form ("AC Milan, Bayer Leverkusen,
    Juventus, Lyon", "Chelsea and Barcelona, and Real Madrid", "Leeds United and Barnsley"): in such a
    list every name is a side."""
    first = span.root
    while first.dep_ in ("conj", "appos") and first.head.i != first.i:
        first = first.head
    items, todo = [], [first]
    while todo:
        t = todo.pop()
        items.append(t)
        todo += [c for c in t.children if c.dep_ in ("conj", "appos")]
    doc = span.doc
    for t in items:
        if span.start <= t.i < span.end or t.pos_ != "PROPN":
            continue
        start = t.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == t.i:
            start -= 1
        words = [w.lower_ for w in doc[start : t.i + 1]]
        # a club's opening word or closing one; not a town and a compass point, which a seat is too
        if len(words) >= 2 and (words[0] in CLUB_OPENERS or words[-1] in CLUB_ENDINGS):
            return True
    return False


def _club_name(span: Span) -> bool:
    """Whether a name the model calls a person's is a club's, a firm's or a seat's: a city's name opens it
    before a common word that is no common surname ("Nottingham Forest", "Leeds Central"), or a city of
    many words closes it ("Maccabi Tel Aviv"), and it does not open with a first name ("Kobe Bryant").
    One word of a city closing a name is too often a surname ("Hayao Miyazaki", "Denzel Washington")."""
    words = [t.text for t in span if t.is_alpha]
    if len(words) < 2 or given_name(words[0]) or city(" ".join(words)):
        return False
    if words[0].lower() in CLUB_OPENERS and (city(" ".join(words[1:])) or words[0].lower() in _CLUB_WORDS):
        # "Atletico Madrid", "Sporting Lisbon", "Dynamo Kiev": a club's opening word and its city; "Real
        # Sociedad", "Spartak Moscow": a word that opens only clubs' names
        return True
    if known_first_name(words[0]):
        return False  # a first name opens a person's name, even where a city shares it ("Vladimir Putin")
    last = words[-1]
    return any(city(" ".join(words[n:])) for n in range(1, len(words) - 1)) or (
        any(city(" ".join(words[:n])) for n in range(1, len(words)))
        and last.lower() in dictionary_words()
        and not common_surname(last)
    )


#: club openers that open no one's name whatever follows them (not initials, "AS Byatt", nor "Standard")
_CLUB_WORDS = frozenset(w for w in CLUB_OPENERS if len(w) > 3 and w not in ("standard", "racing", "inter"))


def follows_honorific(span: Span) -> bool:
    """Whether a mention follows an honorific ("Dr Lovenduski", "Mrs Quinn"): only people bear one."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    return prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in HONORIFICS


def courtesy_named(span: Span) -> bool:
    """Whether a mention opens with or follows a courtesy title ("Mr Howard", "Dr Lovenduski"), which goes
    before a surname only: "Mr Howard" is not Howard Flight."""
    first = (
        span.doc[span.start - 1]
        if span.start > 0 and span[0].lower_.rstrip(".") not in COURTESY_TITLES
        else span[0]
    )
    return first.text[:1].isupper() and first.lower_.rstrip(".") in COURTESY_TITLES


def follows_title(span: Span) -> bool:
    """Whether a mention follows an honorific or a capitalised title ("Mr Smith", "President Kennedy"), or
    stands in a list of names a plural one opens ("Lords Bingham, Steyn and Hope")."""
    prev = span.doc[span.start - 1] if span.start > 0 else None
    if prev is not None and prev.text[:1].isupper() and prev.lower_.rstrip(".") in TITLES:
        return True
    return span.root in titled_list(span.doc)


#: titles that open a list of names in the plural ("Queens College", "Kings Road" open none)
_PLURAL_TITLES = frozenset(
    {
        "lords",
        "presidents",
        "senators",
        "sens",
        "justices",
        "judges",
        "princes",
        "governors",
        "ministers",
        "generals",
        "drs",
        "professors",
        "messrs",
        "cardinals",
        "bishops",
    }
)


def titled_list(doc: Doc) -> list[Token]:
    """The names a plural title governs: "Lords Bingham, Steyn, Hope and Carswell", "Presidents Bush and
    Putin"."""
    if "kg_titled_list" not in doc.user_data:  # asked of every name that could follow a title
        doc.user_data["kg_titled_list"] = [t.i for t in _titled_list(doc)]
    return [doc[i] for i in doc.user_data["kg_titled_list"]]


def _titled_list(doc: Doc) -> list[Token]:
    out = []
    for tok in doc:
        if (
            tok.dep_ == "compound"
            and tok.text[:1].isupper()
            and tok.lower_ in _PLURAL_TITLES
            and tok.head.i == tok.i + 1
            and tok.head.pos_ == "PROPN"
        ):
            # the names from the title on ("Lord Chief Justice and Lord Justices Clarke and Rix")
            names = (tok.head, *(n for n in tok.head.conjuncts if n.i > tok.head.i))
            out += [n for n in names if n.pos_ == "PROPN" and n.is_title]
    return out


def title_opener(tok: Token) -> bool:
    """A possessive word capitalised inside a sentence: the first word of a title ("My Family", "His
    Dark Materials"), not an owner."""
    return tok.tag_ == "PRP$" and tok.is_title and not tok.is_sent_start


def quoted(span: Span) -> bool:
    """A name in quotation marks is the title of a work ("Flicker", "Lifeblood"), not an actor."""
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].is_quote and doc[span.end].is_quote


def glued_descriptor(tok: Token, length: int) -> bool:
    """A job, sport role or nationality noun the model glued onto a name ("Striker Thierry Henry",
    "Dutchman Arnoud Okken", "Treasurer Peter Costello", "Singers Jennifer Lopez", "Lords Bingham",
    "Cinematographer John Mathieson"): stripped while two words of name remain."""
    if not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.nbor(1).text == "-":
        return False  # "Spider-Man": the first part of a hyphened name
    low = tok.lower_.rstrip(".")
    low = low[:-1] if low.endswith("s") and low[:-1] in ROLE_NOUNS | TITLES else low  # "Singers", "Lords"
    low = low[:-3] + "man" if low.endswith("men") else low  # "Irishmen X and Y", "Chairmen"
    # a sentence's first word, capitalised only for that, that the dictionary knows as an agent noun:
    # "Cinematographer John Mathieson" ("Taylor Hackford" is two words and stays whole)
    agent = bool(tok.is_sent_start) and low.endswith(_AGENT_ENDINGS) and low in dictionary_words()
    if length == 2:  # a sentence's first word before a one-word name: "Striker Novo scored", "Centre X has"
        return (
            bool(tok.is_sent_start)
            and (low in ROLE_NOUNS or low in NATIONALITY_NOUNS or low in POSITION_NOUNS - {"number"})
            and not given_name(tok.text)
        )
    nationality = low in NATIONALITY_NOUNS or city_demonym(tok.text)  # "Corkman Mark Carroll"
    calling = low.endswith(("sman", "swoman"))  # "Guardsman Allan Hendry", "Yachtsman X"
    position = bool(tok.is_sent_start) and low in POSITION_NOUNS  # "Prop Phil Vickery", "Lock Ben Kay"
    # a capitalised common word before a given name: "Comic Joe Pasquale", "Substitute Joe Pattison"
    # ("Tiger Woods", "Will Smith": no given name follows, or the word is one)
    described = (
        tok.i + 1 < len(tok.doc)
        and given_name(tok.doc[tok.i + 1].text)
        and (low in dictionary_words() or low.endswith("s") and low[:-1] in dictionary_words())
        and not given_name(tok.text)
        and not known_first_name(tok.text)
        and not common_surname(tok.text)
    )
    return length > 2 and (
        low in ROLE_NOUNS or low in TITLES or nationality or agent or calling or position or described
    )


_AGENT_ENDINGS = ("er", "or", "ist", "ian")
# first words of a region's name: "North America", "Latin America", "Central Asia" are places
_QUARTERS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "latin",
        "sub-saharan",
        "south-east",
        "south-west",
        "north-east",
        "north-west",
        "southeast",
        "southwest",
        "northeast",
        "northwest",
        "continental",
        "middle",
        "far",
        "near",
        "pan",
        "all",
    }
)
_GROUP_OF_N = re.compile(r"G\d{1,2}")
