"""Mentions → entities: one node per actor in a document, typed by the evidence of all its mentions.

Rules, in order:
1. NER spans (people, organisations, places, demonyms) lose determiners, possessives and titles.
2. Countries resolve to their ISO code whatever the wording ("US", "the United States", "Colombian"),
   former states to their withdrawn one ("the Soviet Union" → SU); a group word with no country
   ("Serbs", "Democrats") is a `Group`.
3. A shorter person mention joins the full name it ends ("Petro" → "Gustavo Petro"), whatever label
   the model gave it: en_core_web_sm often tags surnames as places.
4. Organisation variants meet on their core words ("US Treasury", "Treasury Department", "Treasury").
5. Noun phrases headed by an actor noun ("the US military", "the Trump administration", "critics")
   become actors of the class the noun implies.
6. When the trained CoNLL04 recognizer ran (`doc.spans[CONLL_SPANS]`, see `kg.nlp.pipeline`), its spans are
   extra evidence: a span the news NER missed becomes a mention (names of other kinds as `Concept`s),
   and where both saw a name with different boundaries or types its reading is taken (`kg.nlp.mentions`).
The class of each entity is chosen by vote over its mentions, with person names and country codes winning.
Each mention records its kind (`Entity.mention_kinds`): a name, a nominal (rule 5), or a nationality word
used as a name ("the Serbs") or as a modifier ("a Libyan jet").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise

import pycountry
from spacy.tokens import Doc, Span, Token

from kg.nlp.bounds import person_words, strip_punct
from kg.nlp.clusters import (
    Cluster,
    merge_acronyms,
    merge_bare_bodies,
    merge_bodies,
    merge_country_names,
    merge_last_names,
    merge_of_names,
    merge_short_names,
    singular,
)
from kg.nlp.countries import country_code, country_label, demonym_country, nation, sovereign
from kg.nlp.gender import known_first_name, other_gender, own_deed_gender, plain_first_name
from kg.nlp.lexicon import (
    ARMED_BODIES,
    BARE_BODIES,
    BODY_CONTRASTS,
    BODY_NOUNS,
    COMPASS,
    CONTINENTS,
    COURTESY_TITLES,
    KINSHIP,
    ORG_ANAPHORS,
    ORG_SUFFIXES,
    PARTY_ROLES,
    PLACE_SUFFIXES,
    POSTNOMINALS,
    PRIZE_VERBS,
    ROYAL_TITLES,
    SEATS_OF_POWER,
    SPEECH_VERBS,
    STARRING_VERBS,
    STATE_BODIES,
    TITLES,
    WORK_DEEDS,
    WORK_KINDS,
    WORK_MAKERS,
    WORK_PARTS,
    WORK_VERBS,
    named_by_kind,
)
from kg.nlp.mentions import GOV_WORDS, find_mentions, mention_start
from kg.nlp.names import (
    actor_class,
    age_word,
    beaten,
    capped_for,
    city_part,
    coded_name,
    contest,
    court_of_law,
    courtesy_named,
    descriptor_class,
    first_conjunct,
    follows_honorific,
    follows_title,
    gazetteer_known,
    joined,
    kind_said,
    listed_with_club,
    match_side,
    name_form_class,
    personal_pronoun,
    plays_for,
    plural_agreement,
    pronoun_class,
    rival,
    speaks_as_i,
)
from kg.nlp.people import (
    common_surname,
    given_name,
    group_key,
    oddly_cased,
    party_name,
    prize_category,
    unlike_person_name,
)
from kg.nlp.pipeline import CONLL_SPANS, dictionary_words
from kg.nlp.places import US_STATES, city
from kg.terms import subclasses
from kg.types import Entity

__all__ = [
    "ACTORS_AND_PLACES",
    "ACTOR_TYPES",
    "EntityIndex",
    "entity_id",
    "find_entities",
    "is_article",
    "slug",
]

#: classes of entities that act: they can speak, order, sign, attack (kg:Actor's subclasses in kg.ttl)
ACTOR_TYPES = subclasses("Actor") - {"Actor"}
#: actors and places: what can be struck, visited or listed among an article's actors
ACTORS_AND_PLACES = ACTOR_TYPES | subclasses("Location")

#: sentences from which a document is an article that introduces its people, not a one-line snippet
_ARTICLE_SENTENCES = 3


def is_article(doc: Doc) -> bool:
    """Whether a document is an article that introduces whom and what it talks about, not a snippet
    of one or two sentences whose context the reader has elsewhere."""
    return sum(1 for _ in doc.sents) >= _ARTICLE_SENTENCES


_ORG_GENERIC = {"department", "ministry", "of", "the", "office", "agency", "us", "u.s.", "&", "and"}


@lru_cache(maxsize=65536)  # the same labels make ids again and again
def slug(text: str) -> str:
    """A readable, stable key for a label: lowercase words joined by '-', Unicode letters kept."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    return re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_") or "x"


def entity_id(cls: str, label: str, code: str | None = None) -> str:
    """Stable entity id: `country/CO` for countries, else `<class>/<slug of label>`."""
    return f"country/{code}" if code else f"{cls.lower()}/{slug(label)}"


@dataclass
class EntityIndex:
    """The entities of one document and which tokens mention them."""

    entities: list[Entity]
    by_token: dict[int, Entity]

    def at(self, tok: Token) -> Entity | None:
        """The entity a token belongs to, if any."""
        return self.by_token.get(tok.i)


def _determined(span: Span) -> bool:
    """A name after "the" is no one person's ("the Lib Dems", "the Scissor Sisters"), unless a title
    opens it ("the Rev Jesse Jackson") or it modifies a noun ("the Trump administration")."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ == "the"
        and not follows_title(span)
        and doc[span.start].lower_.rstrip(".") not in TITLES
        and span.root.dep_ not in ("compound", "poss", "nmod")
        and not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"))
    )


def _indefinite(span: Span) -> bool:
    """A name after "a" is a thing called so ("won a Golden Rose", "a Picasso"), unless it modifies a
    noun ("a Glazer bid" is a bid by Glazer, "an FBI and CIA conspiracy" one by both)."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in ("a", "an")
        and span.root.dep_ not in ("compound", "poss", "nmod", "amod")
        and not (
            span.end < len(doc) and (doc[span.end].pos_ in ("NOUN", "PROPN") or doc[span.end].lower_ == "and")
        )
    )


def _listed_with(span: Span, people: set[int]) -> bool:
    """Whether a mention is an item of a list that names a person in full ("Morrissey, David Bowie and …")."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ in (",", "and") and span.start - 2 in people
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in (",", "and") and span.end + 1 in people
    return before or after or any(t.i in people for t in span.root.conjuncts)  # the parser may miss the list


def _royal(span: Span) -> bool:
    """Whether a given name is a royal's, its title before it or opening the mention ("Prince Charles")."""
    doc = span.doc
    return span[0].lower_ in ROYAL_TITLES or span.start > 0 and doc[span.start - 1].lower_ in ROYAL_TITLES


def _product_of(names: set[str]) -> bool:
    """Whether the one name a firm's name opens is its product's: "Microsoft" after "Microsoft Word" (a
    common noun that is no surname ends it) is the firm, not the product's short name; "Pernod" after "Pernod
    Ricard" joins the name."""
    last = next(iter(names)).split()[-1]
    return last.lower() in dictionary_words(("noun",)) - ORG_SUFFIXES and not common_surname(last)


def _listed_items(tok: Token) -> list[Token]:
    """The other items of the list a name's head word is in: "Sony, Microsoft and Nintendo"."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return [t for t in (first, *first.conjuncts) if t.i != tok.i]


def _made_by_next(span: Span) -> bool:
    """Whether a name is the work of the person named right after its maker's calling ("Harry Potter
    author JK Rowling"; "Chelsea star X" plays for a club, "Acme director Y" works for a firm)."""
    doc = span.doc
    root = span.root
    return (
        root.dep_ == "compound"
        and root.head.i == span.end
        and root.head.lower_ in WORK_MAKERS
        and span.end + 1 < len(doc)
        and doc[span.end + 1].ent_type_ == "PERSON"
    )


#: the word a fixture sets two sides against each other with: "Sheff Utd v Charlton"
_VERSUS = frozenset({"v", "v.", "vs", "vs."})


#: callings whose prizes are shared "with" another performer
_PERFORMERS = frozenset({"actor", "actress", "star", "singer", "comedian", "presenter", "performer"})


def _venue(span: Span) -> bool:
    """Whether a name is where a deed is done: "lost at Old Trafford" (not "looked at X", which is what
    is looked at, nor "at insurance broker X", which a noun describes)."""
    prep = span.root.head
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        span.root.dep_ == "pobj"
        and prep.lower_ == "at"
        # "the ceremony at New York's Waldorf Astoria": where an occasion is held
        and (prep.head.pos_ == "VERB" or prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in _HELD_AT)
        and prep.head.lemma_.lower() not in _AT_TARGETS
        # "at consumer goods giant Unilever": a description's words before the name
        and not (before is not None and before.is_lower and before.dep_ in ("compound", "amod", "nmod"))
    )


#: occasions whose "at" names where they are held: "the ceremony at X", "a gig at Y"
_HELD_AT = frozenset(
    {"ceremony", "concert", "gig", "event", "match", "game", "conference", "summit", "show", "premiere", "festival",
     "party", "dinner", "meeting", "launch", "rally", "service", "funeral", "wedding", "auction", "exhibition",
     "reception", "screening", "performance", "tournament", "fight", "bout", "race"}
)  # fmt: skip
#: verbs whose "at" names what they are aimed at, not where: "looked at", "hit out at", "laughed at"
_AT_TARGETS = frozenset(
    {"look", "aim", "stare", "glance", "point", "laugh", "hint", "hit", "fire", "shoot", "swipe", "smile",
     "shout", "snap", "lash", "rail", "grab", "glare", "jump", "poke", "scoff", "sneer", "wink", "gaze"}
)  # fmt: skip


def _versus(span: Span) -> bool:
    """Whether a name stands on either side of "v" between two capitalised names (a fixture)."""
    doc = span.doc
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in _VERSUS and doc[span.end + 1].is_title
    before = span.start >= 2 and doc[span.start - 1].lower_ in _VERSUS and doc[span.start - 2].is_title
    return after or before


def _among_places(span: Span) -> bool:
    """Whether a name is an item of a list of places ("Madrid, Paris and Lyon")."""
    items = _listed_items(span.root)
    return bool(items) and all(t.ent_type_ in ("GPE", "LOC") for t in items)


#: last words of a body's units, which a firm or an agency owns and which act for it: "Ames Research Center"
_UNIT_ENDINGS = frozenset(
    {"lab", "labs", "laboratory", "laboratories", "center", "centre", "unit", "division", "services"}
)


def _plain_given(words: tuple[str, ...] | list[str]) -> bool:
    """Whether a name opens with a given name that is no English word nor a town ("Sean Bones"; not "Glass
    Lanterns", "Grant Thornton", "Preston Harriers")."""
    return given_name(words[0]) and words[0].lower() not in dictionary_words() and not city(words[0])


def _person_shaped(span: Span) -> bool:
    """Whether a name the models read as a firm or a place is a first name and a surname no list knows:
    "Arnaud Clement", "Svetlana Feofanova"; not "Merrill Lynch", "Laura Ashley" (a common surname, as firms
    named after their founders have), "Fannie Mae" (two first names), "Tracey Island" (a word); a
    hyphened first name counts by its first part ("Sven-Goran Eriksson")."""
    names = span.text.split()
    if len(names) != 2 or not all(
        # "MacRae", "McCall": a capital inside a surname
        t.text == "-"
        and not t.whitespace_
        or t.is_alpha
        and t.text[:1].isupper()
        and not t.is_upper
        and not t.is_stop
        for t in span
    ):
        return False
    first, last = names
    words = dictionary_words()
    given = first.split("-")[0]
    return (
        (given_name(given) or known_first_name(given))
        # WordNet's nouns hold famous first names ("Adrian", "Philip", "Kelly"); a common word as a first
        # name is also an adjective or a verb ("Grant Thornton", "Glass Lanterns")
        and first.lower() not in (dictionary_words(("adj", "verb")) if given_name(given) else words)
        and not city(first)
        and last.lower() not in words
        and singular(last.lower()) not in words  # "Beverly Hills"
        and demonym_country(span.text) is None  # "Sri Lankan"
        and not common_surname(last)
        and not given_name(last)
        and not known_first_name(last)
        and not gazetteer_known(span.text)
    )


def _as_named_elsewhere(found: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Each place the models cut from a firm's name that the article gives whole elsewhere, read whole:
    "Air China plans to …" where "Air China" is a firm in other sentences (the models found "China")."""
    firms = {span.text for span, label in found if label == "ORG" and len(span) >= 2}
    taken = {i for span, _ in found for i in range(span.start, span.end)}
    out = []
    for span, label in found:
        if label in ("GPE", "LOC") and firms:
            doc = span.doc
            for start, end in ((span.start - 1, span.end), (span.start, span.end + 1)):
                if (
                    0 <= start
                    and end <= len(doc)
                    and doc[start:end].text in firms
                    and not taken & ({start, end - 1} - set(range(span.start, span.end)))
                ):
                    span, label = doc[start:end], "ORG"
                    break
        out.append((span, label))
    return out


def _honoured_name(span: Span, honoured: set[str]) -> bool:
    """Whether a name is a given name and a surname the article gives an honorific elsewhere: "Vincent
    Cable says …, Mr Cable told"."""
    return (
        len(span) == 2
        and span[1].text in honoured
        and (given_name(span[0].text) or known_first_name(span[0].text))
    )


def _listed_person(span: Span, people: set[int]) -> bool:
    """Whether a name of a given name and a surname is listed with a person named in full: "Bruce Forsyth
    and Tess Daly" (the models read a building), not "Morgan Stanley and Goldman Sachs"."""
    words = [t.text for t in span]
    return (
        2 <= len(words) <= 3
        and all(t.is_alpha and t.is_title for t in span)
        and given_name(words[0])
        and words[-1].lower() not in ORG_SUFFIXES | PLACE_SUFFIXES
        and not unlike_person_name(words)
        and not city(span.text)
        and _listed_with(span, people)
    )


def _norp_kind(span: Span, trained: set[tuple[int, int]] | None) -> str:
    """A nationality or group word used as a name ("the Serbs": "nationality") or as a modifier
    ("a Libyan jet": "modifier"). Where the trained recognizer ran it decides, having learned
    CoNLL04's usage; otherwise the parse does."""
    if trained is not None:
        return "nationality" if (span.start, span.end) in trained else "modifier"
    return (
        "modifier"
        if span.root.pos_ == "ADJ" or span.root.dep_ in ("amod", "compound", "nmod")
        else "nationality"
    )


#: what the models make of a town's name that the text shows playing as a side
_NOT_SIDES = ("Location", "Person", "Concept")


def _acts(root: Token) -> bool:
    """Whether a name does something: the subject of a verb, the agent of a passive ("licensed by
    Siemens") or what a relative clause's subject takes up ("Equant, which provides services"); each
    name of a list does what the list does ("licensed by Nokia and Siemens")."""
    root = first_conjunct(root)
    return (
        root.dep_ == "nsubj"
        and root.head.pos_ == "VERB"
        or root.dep_ == "pobj"
        and root.head.dep_ == "agent"
        or any(
            c.dep_ == "relcl" and any(k.dep_ == "nsubj" and k.lower_ in ("which", "that") for k in c.children)
            for c in root.children
        )
        # "Everasia is reported to have won a contract": the subject of what is reported
        or root.dep_ == "nsubjpass"
        and any(
            c.dep_ == "xcomp"
            and c.pos_ == "VERB"
            and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
            and not any(k.dep_ == "auxpass" for k in c.children)
            for c in root.head.children
        )
    )


def _acts_unrecognised(doc: Doc, label: str) -> bool:
    """Whether a one-word name acts where the models did not see it as a name ("Hotseat is targeting
    keen gamers" after spaces that hid it from them)."""
    if " " in label:
        return False
    text = doc.text  # spaCy joins every token's text on each call
    at = text.find(label)
    while at >= 0:
        span = doc.char_span(at, at + len(label))
        if (
            span is not None
            and len(span) == 1
            and (t := span[0]).pos_ == "PROPN"
            and not t.ent_type_
            and _acts(t)
        ):
            return True
        at = text.find(label, at + 1)
    return False


@cache
def _languages() -> frozenset[str]:
    """The names of the ISO 639-1 languages (pycountry), without their qualifiers ("Swahili (macrolanguage)")."""
    return frozenset(
        re.sub(r"\s*\(.*\)", "", lang.name) for lang in pycountry.languages if hasattr(lang, "alpha_2")
    )


def _language(span: Span) -> bool:
    """Whether a name the model read as a place is a language no gazetteer knows as one ("shot in Hindi")."""
    return span.text in _languages() and not gazetteer_place(span.text)


def gazetteer_place(label: str) -> bool:
    """Whether a place name is one the gazetteers or its form vouch for: a city, a US state, a nation of
    the UK, a continent, or a name ending or opening with a place word ("Wall Street", "River Severn")."""
    return (
        city(label)
        or label in US_STATES
        or bool(nation(label))
        or label in CONTINENTS
        or named_by_kind(label)
        or city_part(label)
        or _compass_region(label)
    )


#: what a compass word before it makes a region: "the East Midlands", "the Southern Hemisphere"
_REGION_NOUNS = frozenset(
    {"hemisphere", "midlands", "country", "coast", "anglia", "counties", "africa", "america", "asia", "europe",
     "england", "scotland", "wales", "ireland", "australia", "atlantic", "pacific", "mediterranean"}
)  # fmt: skip


def _compass_region(label: str) -> bool:
    """Whether a name is a region by its form: a compass word and a region's noun or another compass word
    ("East Midlands", "North East", "Southern Hemisphere", "West Country"), which acts as no body does."""
    words = label.lower().split()
    return (
        2 <= len(words) <= 3
        and all(w in COMPASS for w in words[:-1])
        and words[0] != "central"  # "Central Bank", "Central Office"
        and (words[-1] in _REGION_NOUNS or words[-1] in COMPASS)
    )


def _people_of(span: Span) -> bool:
    """Whether a plural demonym names people who act or are acted on ("Indians will rent the units",
    "thousands of Iraqis"), a group of the nation's people, not the state."""
    text, root = span.text, span.root
    return (
        root.pos_ in ("NOUN", "PROPN")
        and text.lower().endswith("s")
        and demonym_country(text[:-1]) is not None
        and root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
        # "700 million Chinese listen", "many Japanese": a demonym that is its own plural, counted
        or text.lower().endswith(_OWN_PLURALS)
        and demonym_country(text) is not None
        and (
            any(c.dep_ == "nummod" or c.lower_ in ("many", "most", "some", "few") for c in root.children)
            or root.dep_ == "nsubj"
            and root.head.tag_ == "VBP"
        )
    )


def _he_goes_on(span: Span) -> bool:
    """Whether "he" or "she" carries on where a main clause's subject name left off: "Juninho was
    signed from Middlesbrough, but he has failed …", "Fraser was fastest when she qualified", "Juninho
    deserves respect. He is not a kid."."""
    root, doc = span.root, span.doc
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT":
        return False
    verb, sent = root.head, span.sent
    for t in doc[span.end : sent.end]:
        if t.ent_type_ == "PERSON" or t.pos_ == "PRON" and t.lower_ not in ("he", "she"):
            return False  # another person, or another pronoun, could be what "he" is
        if t.lower_ in ("he", "she"):
            # "…, but he has failed", "Fraser became the fastest woman when she qualified"
            return (
                t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ in ("conj", "advcl")
                and t.head.head.i == verb.i
            )
    if sent.end >= len(doc):
        return False
    subjects = [t for t in doc[sent.end].sent if t.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and subjects[0].lower_ in ("he", "she")


def _reread(span: Span, label: str, lone_firms: set[str]) -> str:
    """A name's reading where the article says otherwise than the models. News calls a firm by its first
    word and a person by the last: a "person" whose first word the article uses alone as a firm's name, and
    no one's given name, is that firm ("Deutsche Boerse … Deutsche's chairman"; not "Yahoo Messenger", a
    firm's name before a common word, its product: `_firms_product`). A first name and a surname read as a
    place or a firm that says "he" of itself is a person ("Rio Ferdinand has said he is unsure"), so that
    the surname alone joins it."""
    first = span[0].text
    given = given_name(first) or known_first_name(first)
    if (
        label == "PERSON"
        and len(span) >= 2
        and first in lone_firms
        and not given
        and span[-1].lower_ not in dictionary_words(("noun",))
    ):
        return "ORG"
    if label in ("GPE", "LOC", "ORG") and len(span) == 2 and given and _says_he(span):
        return "PERSON"
    return label


def _shows_person(span: Span, label: str) -> bool:
    """Whether a one-word name shows itself a person's whatever the models read: "he" carries on after
    it, it speaks as "I" or says "he" of itself, or what it does is "his" or "her" own ("Zvonareva has
    lost both her games"; a place the gazetteer knows may be "her": "France and her allies"). An acronym
    is a body's, whoever "he" is ("the MPC")."""
    if len(span) != 1 or span.text.isupper() or country_code(span.text) is not None:
        return False
    if label in ("ORG", "PERSON") and (
        _he_goes_on(span) or _speaks_as_i(span) or _says_he(span) or _who_is(span)
    ):
        return True
    return not gazetteer_place(span.text) and own_deed_gender(span) is not None


def _who_is(span: Span) -> bool:
    """Whether a relative "who" with a singular verb describes a name: "McIlroy, who is third in the
    European rankings" (a side takes the plural, "Chelsea, who are top"; a firm takes "which")."""
    for clause in (c for c in span.root.children if c.dep_ == "relcl"):
        # right after the name ("as did Keane and Joss Stone, who was voted": the last one listed)
        if not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who" and c.i - span.end <= 1
            for c in clause.children
        ):
            continue
        finite = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        if any(t.tag_ == "VBZ" or t.lower_ == "was" for t in finite):
            return True
    return False


def _says_he(span: Span) -> bool:
    """Whether a name says something of itself as "he" or "she": "Rio Ferdinand has said he is unsure"
    (a body says "it"; `kg.nlp.names` reads that)."""
    root, doc = span.root, span.doc
    if root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS:
        return False
    for comp in (c for c in root.head.children if c.dep_ == "ccomp" and c.i > root.head.i):
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subj is not None
            and subj.lower_ in ("he", "she")
            and not any(t.ent_type_ == "PERSON" and t not in span for t in doc[span.start : subj.i])
        ):
            return True
    return False


def _speaks_as_i(span: Span) -> bool:
    """Whether a name says something in the first person singular: 'Mido said: "I came specially from
    England …"' (a body speaks as "we"); nobody else in the sentence could be the "I"."""
    root, sent = span.root, span.sent
    if root.dep_ != "nsubj" or root.head.lemma_ not in SPEECH_VERBS:
        return False
    if any(
        (t.ent_type_ == "PERSON" or t.pos_ == "PRON" and t.lower_ in ("he", "she")) and t not in span
        for t in sent
    ):
        return False
    marks = 0
    for t in sent:
        marks += t.is_quote
        if marks % 2 and t.lower_ in ("i", "my", "me") and t.tag_ in ("PRP", "PRP$"):
            return True
    return False


def _kin_of(span: Span) -> bool:
    """Whether a name owns a relative: "Juninho's father", "Beckham's wife" (a firm has a partner, no
    father)."""
    root = span.root
    return (
        root.dep_ == "poss"
        and root.head.lemma_.lower() in KINSHIP - {"partner"}
        and any(c.dep_ == "case" for c in root.children)
    )


def _aged(span: Span) -> bool:
    """Whether a name follows an age a person can have: "the 101-year-old Torao Toshitsune" (the model's
    building); a "150-year-old" firm or ship is older than anyone, and a name that only qualifies the noun
    after it is not the one aged ("the 24-year-old Reds skipper")."""
    if span.start == 0 or len(span) < 2 or span.root.dep_ in ("compound", "amod", "nmod", "poss"):
        return False  # "the 22-year-old Scot": a people's name, or a surname the text gave in full
    age = span.doc[span.start - 1]
    years = [
        n for c in age.children if c.lower_ in ("year", "years") for n in c.children if n.dep_ == "nummod"
    ]
    return age_word(age) and any(n.text.isdigit() and int(n.text) <= _OLDEST for n in years)


#: older than anyone has lived
_OLDEST = 120


def _countrys_person(span: Span) -> bool:
    """Whether a name after a country's possessive is a given name and a surname: "France's Arnaud
    Clement", which both recognisers take for a firm; "Spain's Davis Cup", "Japan's Toyota Motor" are
    none (a common word or no given name first)."""
    doc, words = span.doc, [t.text for t in span]
    return (
        2 <= len(words) <= 3
        and span.start >= 2
        and doc[span.start - 1].lower_ == "'s"
        and country_code(doc[span.start - 2].text) is not None
        # "Ethiopia's Tirunesh Dibaba", read as a place: a first name no list knows is no English word
        # either (a name read as a firm's keeps to known first names: "Germany's Deutsche Telekom")
        and (
            given_name(words[0])
            or span.root.ent_type_ != "ORG"
            and words[0].lower() not in dictionary_words()
            and not city(words[0])
        )
        and all(w.istitle() for w in words)
        and words[-1].lower() not in dictionary_words(("noun",)) | ORG_SUFFIXES
        and singular(words[-1].lower()) not in dictionary_words(("noun",))  # "India's Reliance Industries"
    )


#: endings of demonyms that are their own plural ("Chinese", "Swiss", "French", "Irish")
_OWN_PLURALS = ("ese", "ss", "ch", "sh")


def _after_demonym(span: Span) -> bool:
    """Whether a two- or three-word capitalised name follows a nationality ("American Taylor Dent")."""
    doc = span.doc
    return (
        2 <= len(span) <= 3
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in span)
        and span.start > 0
        and doc[span.start - 1].text[:1].isupper()
        and demonym_country(doc[span.start - 1].text) is not None
    )


def _of_name(span: Span) -> str:
    """A described body with the name that says whose it is: "residents of Engerwitzdorf", "members of
    the Gameboyzz Orchestra Project" (a bare "residents" names no one); people with the short phrase
    that says which ones: "members of the committee", "makers of DAB chips", "scientists at Intel"."""
    root = span.root
    for prep in root.rights:
        pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or pobj is None:
            continue
        if prep.lower_ == "of" and pobj.pos_ == "PROPN":
            # to the end of the name, not of a relative clause after it ("of Virgin Radio, which …")
            end = pobj.i + 1
            while end < len(span.doc) and span.doc[end].ent_iob_ == "I":
                end += 1
            return span.doc[span.start : end].text
        words = span.doc[prep.i : pobj.right_edge.i + 1]
        if (
            prep.i == span.end
            and root.tag_ in ("NNS", "NNPS")  # "Makers of DAB chips" opening a sentence
            and prep.lower_ in ("of", "at", "from")
            and len(words) <= _WHICH_ONES
            and not any(t.is_punct or t.is_quote or t.pos_ in ("VERB", "AUX", "PRON") for t in words)
            # "leaders of the four delegations": a count of the ones the text has told of, not "of 35 years"
            and not any(t.pos_ == "NUM" and t.doc[t.i - 1].lower_ != "the" for t in words)
            # "officials of the company": the firm named before, which the bare noun does not say
            and not (pobj.lemma_.lower() in ORG_ANAPHORS and all(c.dep_ == "det" for c in pobj.children))
        ):
            return span.doc[span.start : pobj.right_edge.i + 1].text
    return span.text


#: the longest phrase after a plural actor noun read into its label ("members of the health committee")
_WHICH_ONES = 5


def _label(key: str, c: Cluster) -> str:
    """A name's fullest form ("Acme Corp" over "Acme"); a body by the words the article introduces it
    with ("an independent tribunal" … "the five-member tribunal" … "the tribunal"), else its bare noun."""
    if not c.texts:
        return key
    if key.startswith("actor:"):
        # a bare "the commission" names none of the many commissions of a corpus
        first = next(iter(c.texts))
        if len(first.split()) > 1 and first.count("(") == first.count(")"):  # not "FDA) advisory panel"
            return first
        return min(c.texts, key=lambda t: (len(t.split()), -c.texts[t], t))
    # a party by its plural ("Lib Dems"), not the modifier "Liberal Democrat" of "Liberal Democrat leader"
    return max(c.texts, key=lambda t: (len(t.split()), party_name(t) and t.endswith("s"), c.texts[t], t))


def _person_form(c: Cluster) -> bool:
    """Whether a cluster's full name can be a person's: its form allows it, or the text says so
    (a title, a pronoun, a descriptor) even where the form does not ("Strong Medicine" vs "Mr Strong")."""
    return (
        bool(c.full_name)
        and not party_name(" ".join(c.full_name))
        and (c.person_said > 0 or not unlike_person_name(c.full_name))
    )


def _firms_product(c: Cluster, firms: set[str]) -> bool:
    """Whether a name the models read as a person's is a firm's product: a firm the article names opens
    it before a common word ("Microsoft Outlook", "Yahoo Messenger"), and nothing in the text makes it a
    person."""
    words = c.full_name
    return (
        len(words) >= 2
        and c.cls_votes.most_common(1)[0][0] == "Person"
        and _person_form(c)  # "BBC Sport" is no person's name either: a firm's arm
        and not c.person_said
        and words[0] in firms
        and words[0] not in c.texts  # "Microsoft" merged into "Microsoft Outlook": the firm is in it
        and words[-1].lower() in dictionary_words()
        and not common_surname(words[-1])  # "Lockheed Martin": a firm's name
        and not city(words[-1])  # "Bayern Munich": a club's
        and not given_name(words[0])
    )


def _work(span: Span) -> bool:
    """Whether a name is what someone records, writes, directs or presents ("recorded Georgia On My
    Mind", "presented Motormouth", "declared Fahrenheit 9/11 a milestone") or does what only a work does
    ("L'Esquive depicts …", "Ray, which stars Jamie Foxx", "X is set in Paris"): a work, not a body or a
    place."""
    root = first_conjunct(span.root)
    deeds = [root.head] if root.dep_ == "nsubj" else []
    deeds += [
        c
        for c in root.children
        if c.dep_ == "relcl" and any(k.lower_ in ("which", "that") for k in c.children)
    ]
    return (
        any(v.lemma_.lower() in WORK_DEEDS and any(c.dep_ == "dobj" for c in v.children) for v in deeds)
        or root.dep_ == "dobj"
        and root.head.lemma_.lower() in WORK_VERBS
        # "The Incredibles took $300m": takings at the box office
        or any(
            v.lemma_ == "take"
            and any(c.dep_ == "dobj" and any(t.ent_type_ == "MONEY" for t in c.subtree) for c in v.children)
            for v in deeds
        )
        or (
            # "appeared in Brookside", "starred in Friends"; not "appeared in Leeds Crown Court"
            root.dep_ == "pobj"
            and root.head.lower_ == "in"
            and root.head.head.lemma_.lower() in STARRING_VERBS
            and not gazetteer_place(span.text)
            and span[-1].lower_ not in ORG_SUFFIXES
        )
    )


def _told_story(span: Span) -> bool:
    """Whether a name is a story told or sold ("X is set in post-war London", "X has sold a million
    copies", of a name the news model reads as a person's): a work, whatever the models read (a novel is
    often named after its hero)."""
    root = first_conjunct(span.root)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    deeds = [
        verb,
        *(c for c in verb.children if c.dep_ == "conj" and not any(k.dep_ == "nsubj" for k in c.children)),
    ]
    return (
        root.dep_ == "nsubjpass"
        and verb.lemma_ == "set"
        and not any(c.dep_ == "prt" for c in verb.children)  # "was set up in May"
        and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(p.ent_type_ in ("GPE", "LOC") for p in c.children)
            for c in verb.children
        )
        # "Marvel was selling 50 million copies a year": a publisher sells copies too
        or root.ent_type_ == "PERSON"
        and any(
            v.lemma_ == "sell" and any(c.dep_ == "dobj" and c.lemma_ == "copy" for c in v.children)
            for v in deeds
        )
    )


def _work_part_of(span: Span) -> bool:
    """Whether a name is what an episode, a series, a sequel or a cast is of ("the first episode of Little
    Britain", "Doctor Who's new series", "the cast of Friends"): a work, whatever the models read."""
    root = first_conjunct(span.root)
    if root.dep_ == "poss":
        noun = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        noun = root.head.head
    else:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in WORK_PARTS


def _best_work(span: Span) -> bool:
    """Whether a name wins, or loses to a winner of, a prize only a work wins: "X won best film", "went on
    to win best drama", "won best comedy over X and Y" (the model reads some such titles as people's)."""
    root = first_conjunct(span.root)
    if root.dep_ == "nsubj":
        return _best_work_won(root.head)
    return root.dep_ == "pobj" and root.head.lower_ == "over" and _best_work_won(root.head.head)


def _best_work_won(verb: Token) -> bool:
    """Whether `verb`, or what it goes on to do, wins a prize only a work wins."""
    return any(
        v.lemma_.lower() in PRIZE_VERBS
        and any(
            o.dep_ == "dobj" and o.lemma_.lower() in WORK_KINDS and any(c.lower_ == "best" for c in o.lefts)
            for o in v.children
        )
        for v in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "advcl")))
    )


def _won_for(span: Span) -> bool:
    """Whether a name is what a prize is won or a nomination made for ("won for Vera Drake", "nominated for
    Sideways"): a work, whatever the models read (a film is often named after its hero)."""
    root = span.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.lemma_.lower() in ("win", "nominate")
        and country_code(span.text) is None
        and not gazetteer_place(span.text)
        and span[-1].lower_ not in ORG_SUFFIXES
    )


#: what only a film or a programme does, with no object: "X will screen in the Panorama section"
#: … and what is translated: "X has been translated into 42 languages"
_SHOWN_VERBS = frozenset({"screen", "premiere", "air", "translate"})


def _shown(span: Span) -> bool:
    """Whether a name is what screens, premieres, airs or is translated ("X will screen at the festival", "X
    was aired on BBC Two"): a work, whatever the models read ("screened the film" has someone who shows it)."""
    root = span.root
    verb = root.head
    return (
        root.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in _SHOWN_VERBS
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "prt") for c in verb.children)
        # "was screened for cancer" is a test a person undergoes
        and not (
            root.dep_ == "nsubjpass" and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        )
    )


#: what a sentence says of a film's takings: "took $31m at the box office", "on its opening weekend"
_BOX_OFFICE = re.compile(r"box office|box-office|weekend|ticket sales|cinemas|takings", re.IGNORECASE)


def _took_takings(span: Span) -> bool:
    """Whether a name takes a sum at the box office ("The Aviator, which has taken $90m … box office hitter",
    "X took $30.2m in its debut weekend"): a film, whatever the models read (a firm "took a $475m hit")."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" else []
    # "The Aviator, which has taken $90m", "its predecessor, Ocean's Eleven which took $38.1m" (hung on the
    # noun the name is in apposition to)
    owners = [root, root.head] if root.dep_ == "appos" else [root]
    verbs += [
        c
        for o in owners
        for c in o.children
        if c.dep_ == "relcl"
        and c.i > root.i
        and any(k.dep_ == "nsubj" and k.tag_ == "WDT" for k in c.children)
    ]
    return any(
        verb.lemma_.lower() == "take"
        # the sum right after the verb, however the parser hung "$90m"
        and any(t.ent_type_ == "MONEY" or t.is_currency for t in verb.doc[verb.i + 1 : verb.i + 3])
        and not any(c.lower_ == "hit" for c in verb.children)
        and bool(_BOX_OFFICE.search(span.sent.text))
        for verb in verbs
    )


#: verbs whose object is a product, a work or a plan shown to the public, never a body or a person:
#: "unveiled the V8 Vantage" (one "releases" hostages too)
_UNVEILING_VERBS = frozenset({"unveil", "showcase", "preview", "demonstrate"})


def _unveiled(span: Span) -> bool:
    """Whether a name is what someone unveils or showcases ("Aston Martin will unveil the V8 Vantage"):
    a product or a work, whatever the models read."""
    root = span.root
    return (
        root.dep_ in ("dobj", "nsubjpass")
        and root.head.lemma_.lower() in _UNVEILING_VERBS
        and root.head.pos_ == "VERB"
    )


#: the last word of a product's name: a model's capitals or letters and digits ("DS", "S40", "MP3")
_MODEL = re.compile(r"[A-Z]{2,4}|[A-Z]{1,3}\d{1,4}")
#: Roman numerals that end kings' and heirs' names ("Richard III"), no model
_REGNAL = re.compile(r"[IVX]+")


def _model_name(label: str) -> bool:
    """Whether a name ends in a model's capitals or code, as products do and people do not ("Mario Kart
    DS", "Volvo S40"; "Richard III" is a king, "Jane Hale MP" an MP)."""
    words = label.split()
    last = words[-1] if len(words) > 1 else ""
    return bool(_MODEL.fullmatch(last)) and not _REGNAL.fullmatch(last) and last.lower() not in POSTNOMINALS


#: what a "House" that is a chamber is of: "the House of Commons", "the House of Representatives"
_CHAMBERS = frozenset({"commons", "lords", "representatives", "delegates", "councillors", "assembly", "keys"})
#: a chamber's names that make it one whatever class the models' readings voted for ("the Commons")
_SHORT_CHAMBERS = frozenset({"commons", "house of commons", "house of lords"})


def _government_name(label: str) -> bool:
    """Whether an organisation's name says it is a body of a state ("High Court", "Home Office", "House of
    Lords"); "House" only as a chamber ("House of Fraser" is a shop chain), "Court" only as one of law
    ("Earls Court" is a hall)."""
    words = label.lower().removeprefix("the ").split()
    if any(a == "department" and b in ("store", "stores") for a, b in pairwise(words)):
        return False  # "Federated Department Stores": a shop chain
    if words and words[0] in ("international", "intergovernmental"):
        return False  # "the International Atomic Energy Agency": a body of many states, none of one
    if any(w in words for w in GOV_WORDS if w not in ("house", "court")):
        return True
    if "court" in words and court_of_law(label.removeprefix("the ").split()):
        return True
    return "house" in words and (words == ["house"] or words[-1] in _CHAMBERS)


#: adjectives of a faith: a council or a commission they open is its believers' body, none of a state
_FAITHS = frozenset(
    {"muslim", "islamic", "jewish", "hindu", "sikh", "christian", "catholic", "anglican", "methodist",
     "buddhist", "evangelical", "baptist"}
)  # fmt: skip


def _of_a_faith(label: str) -> bool:
    """Whether a body's name opens with a faith ("Muslim Council of Britain", "Hindu Council")."""
    words = label.lower().removeprefix("the ").split()
    return bool(words) and words[0] in _FAITHS


def _members_body(label: str) -> bool:
    """Whether a body is named for the trade of its members ("Council of Mortgage Lenders", "Society of
    Motor Manufacturers and Traders"): their association, none of a state ("Council of Ministers" is)."""
    words = label.lower().split()
    tail = words[words.index("of") + 1 :] if "of" in words else []
    return (
        bool(tail)
        and "court" not in words  # "the European Court of Auditors" sits for a union of states
        and tail[-1].endswith(("ers", "ors", "ists", "ants"))
        and tail[-1] not in ("ministers", "governors", "directors")
    )


def _civil_body(label: str) -> bool:
    """Whether a body whose name has a state's word is its members' or its cause's, none of a state: an
    association or a federation ("Police Federation", "Local Government Association"), or a council that
    no place, chamber or tier of government names ("Refugee Council", "National Council for Adoption";
    not "Leeds City Council", "the Security Council", "the European Council"). Blind judges take a
    plain organisation for a state's body, never a state's body for a charity."""
    words = label.lower().removeprefix("the ").split()
    if not words:
        return False
    if words[-1] in _MEMBERS_BODIES:
        return True
    return "council" in words and not any(
        w in _COUNCILS_OF_STATE or city(w.title()) or country_code(w.title()) or w.title() in US_STATES
        for w in words
    )


_MEMBERS_BODIES = frozenset(
    {"federation", "association", "union", "society", "league", "trust", "foundation"}
)
#: words that make a council a state's: its tier, its chamber or its union of states
_COUNCILS_OF_STATE = frozenset(
    {"city", "county", "borough", "district", "town", "parish", "security", "european", "privy", "state",
     "legislative", "regional", "metropolitan", "municipal", "ministers", "governing"}
)  # fmt: skip


def _trade_agency(label: str) -> bool:
    """Whether an agency is a business ("news agency", "advertising agency"), not a public body."""
    words = label.lower().split()
    return len(words) > 1 and words[-1] in ("agency", "agencies") and words[-2] in _TRADES


_TRADES = frozenset(
    {
        "news",
        "press",
        "advertising",
        "travel",
        "ratings",
        "rating",
        "credit",
        "modelling",
        "modeling",
        "talent",
        "employment",
        "recruitment",
        "dating",
        "photo",
        "literary",
        "marketing",
        "buying",
        "media",
        "design",
        "insurance",
        "property",
        "estate",
        "detective",
        "shipping",
        # charities: "aid agencies", "relief agencies"
        "aid",
        "relief",
        "charity",
        "humanitarian",
    }
)


def _prize_named(span: Span) -> bool:
    """Whether a name is a prize after its category and a determiner: "her second best actress Oscar", "a
    best new artist Grammy" ("best actress Hilary Swank" is the winner)."""
    doc = span.doc
    best = next((t for t in doc[max(0, span.start - 4) : span.start] if t.lower_ in ("best", "worst")), None)
    if best is None or not prize_category(list(doc[best.i : span.start + 1])):
        return False
    before = best.i - 1
    while before >= 0 and (doc[before].like_num or doc[before].ent_type_ == "ORDINAL"):
        before -= 1  # "her second best actress Oscar", "two best actor Oscars"
    return before >= 0 and (doc[before].pos_ == "DET" or doc[before].tag_ == "PRP$")


def _prize(span: Span) -> bool:
    """Whether a name is what someone wins or is nominated for ("won a Golden Globe and a Bafta", "was
    nominated for an Oscar"): a prize, not a body or a place."""
    root = first_conjunct(span.root)
    head = root.head
    if actor_class(root) == "Group":
        return False  # "retained the hardline ministers", "received the visitors": people, no prize
    if root.dep_ == "dobj":
        return head.lemma_.lower() in PRIZE_VERBS
    return (
        root.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.lemma_.lower() in ("nominate", "shortlist", "tip", "contend")
    )


def find_entities(doc: Doc) -> EntityIndex:
    """Merge the mentions of `doc` into entities (see the module docstring for the rules)."""
    titled: dict[int, int] = {}
    overruled: dict[int, str] = {}
    found = list(find_mentions(doc, titled, overruled))
    named = {
        i
        for span, label in found
        if label == "PERSON" and len(span) >= 2
        for i in range(span.start, span.end)
    }
    # "[American Taylor Dent]" read as one name: the nationality is no part of it ("American Home Products"
    # has no first name after it)
    # … and "American Davenport" after "Lindsay Davenport": the surname of a person of the article
    known = {span[-1].text for span, label in found if label == "PERSON" and len(span) >= 2}
    found = [
        (span[1:], "PERSON")
        if label in ("OTHER", "ORG", "GPE", "LOC")
        and (
            _after_demonym(span[1:])
            and (given_name(span[1].text) or known_first_name(span[1].text))
            or len(span) == 2
            and span[1].text in known
            and span[0].text[:1].isupper()
            and demonym_country(span[0].text) is not None
        )
        and (span.start == 0 or span.doc[span.start - 1].tag_ != "DT")  # "the American Red Cross"
        else (span, label)
        for span, label in found
    ]
    found = _as_named_elsewhere(found)
    # "American Taylor Dent", "Bruce Forsyth and Tess Daly": a name after a nationality, or a given name and
    # a surname listed with a person, is a person's, whatever the models call it; so is "Vincent Cable"
    # where the article goes on with "Mr Cable"
    honoured = {span.text for span, label in found if label == "PERSON" and follows_honorific(span)}
    mentions = [
        (
            span,
            "PERSON"
            if label in ("OTHER", "ORG", "GPE", "LOC")
            and _after_demonym(span)
            or label in ("ORG", "GPE", "LOC", "FAC")
            and (_listed_person(span, named) or _person_shaped(span) or _honoured_name(span, honoured))
            else "OTHER"
            if label in ("GPE", "LOC") and _language(span)
            else label,
        )
        for span, label in found
    ]
    trained = {strip_punct(s) for s in doc.spans[CONLL_SPANS]} if CONLL_SPANS in doc.spans else None
    trained_people = {strip_punct(s) for s in doc.spans.get(CONLL_SPANS, ()) if s.label_ == "Peop"}
    clusters: dict[str, Cluster] = defaultdict(Cluster)
    article = is_article(doc)
    full_names = {
        i
        for span, label in mentions
        if label == "PERSON" and len(person_words(span)) >= 2
        for i in range(span.start, span.end)
    }

    firms = {e.text for e in doc.ents if e.label_ == "ORG" and len(e) == 1}
    titled_surnames = {
        t.nbor(1).text for t in doc[:-1] if t.is_title and t.lower_.rstrip(".") in COURTESY_TITLES
    }
    # full person names first, so surnames can find them
    surnames: dict[str, str] = {}
    first_names: dict[str, set[str]] = defaultdict(set)
    royals: set[str] = set()  # "Prince Saud al-Faisal": later "Prince Saud" is he
    # a name the recognisers read as an organisation more often than as a person is an organisation's:
    # "Deutsche Boerse" (four times a firm, twice a person) is no full name of a "Deutsche"
    readings: dict[str, Counter[str]] = defaultdict(Counter)
    for span, label in mentions:
        readings[span.text][label] += 1
    mentions = [
        (
            span,
            "ORG"
            if label == "PERSON" and readings[span.text]["ORG"] > readings[span.text]["PERSON"]
            else label,
        )
        for span, label in mentions
    ]
    # what the rest of the article says of a name the models read one way: see `_reread`
    lone_firms = {span.text for span, label in mentions if label == "ORG" and len(span) == 1}
    mentions = [(span, _reread(span, label, lone_firms)) for span, label in mentions]
    # "Vera Zvonareva … Zvonareva has lost both her games": a surname alone that shows a person makes the
    # full name before it, whatever the models read, a person's, so that the two are one
    # … and so does a descriptor ("world 5000m champion Dibaba", "Dutch coach Rinus Michels"), for a full
    # name, a surname or both
    described_people = {
        (span.start, span.end)
        for span, label in mentions
        if label in ("ORG", "PERSON", "GPE", "LOC", "FAC", "OTHER")
        and len(span) <= 3
        and all(t.is_alpha and t.is_title for t in span)
        and (label != "PERSON" or len(span) == 1)
        and descriptor_class(span) == "Person"
    }
    shown_at = {
        (span.start, span.end)
        for span, label in mentions
        if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and _shows_person(span, label)
    }
    shown = {doc[i].text for i, end in shown_at | described_people if end - i == 1}
    mentions = [
        (
            span,
            "PERSON"
            if label in ("ORG", "GPE", "LOC", "FAC")
            and len(span) == 2
            and span[-1].text in shown
            and all(t.is_alpha and t.is_title for t in span)
            and span[0].text not in lone_firms
            or label != "PERSON"
            and len(span) >= 2
            and (span.start, span.end) in described_people
            # "Ethiopia's Tirunesh Dibaba": a person, whom "Dibaba" then takes up
            or label in ("ORG", "GPE", "LOC", "FAC")
            and _countrys_person(span)
            else label,
        )
        for span, label in mentions
    ]
    # a one-word name read as a firm more often than as a person, and described as one, is the firm's
    # even where a person bears it as a surname ("Ford, the US car company, …" beside "Bill Ford"); so is
    # one a body's noun opens, however read ("band Kasabian" beside "Linda Kasabian", its namesake)
    firm_words = {
        span.text
        for span, label in mentions
        if len(span) == 1
        and (
            label == "ORG"
            and readings[span.text]["ORG"] > readings[span.text]["PERSON"]
            or span.start > 0
            and (noun := doc[span.start - 1]).tag_ == "NN"
            and noun.is_lower
            and (noun.dep_ == "compound" and noun.head == span.root or span.root.head == noun)
        )
        and descriptor_class(span) == "Organization"
    }
    for span, label in mentions:
        words = person_words(span)
        if label == "PERSON" and len(words) >= 2:
            key = "person:" + " ".join(words)
            clusters[key].full_name = words
            for w in (words[-1], " ".join(words[-2:])):
                surnames.setdefault(w, key)
            first_names[words[0]].add(key)
            if _royal(span):
                royals.add(key)
    # "Prince Charles" in the article: a bare "Charles" may be he as well as "Charles Kennedy"
    royal_names = {
        words[0]
        for span, label in mentions
        if label == "PERSON" and _royal(span) and len(words := person_words(span)) == 1
    }

    for span, label in mentions:
        if label == "PERSON" and not person_words(span):
            continue  # 'Mr P.': an initial alone names no one
        text = _of_name(span) if label == "ACTOR" else span.text
        code = country_code(text) if label in ("GPE", "LOC", "ORG", "PERSON", "NORP") else None
        if label == "NORP" or label == "GPE" and code is None:  # "Soviet" read as the state's name
            code = demonym_country(text)
        words = person_words(span)
        if (
            len(words) == 1
            and words[0] not in surnames
            and words[0] + "s" in surnames
            and span.end < len(doc)
            and doc[span.end].tag_ == "POS"
        ):
            words = (words[0] + "s",)  # "Mr Ebber's" for "Mr Ebbers'", the apostrophe one letter early
        if label == "NORP" and code is None and " ".join(words) in surnames:
            label = "PERSON"  # "Scorsese" after "Martin Scorsese", read as a nationality
        elif label == "PERSON" and len(span) == 1 and _people_of(span):
            label, code = "NORP", demonym_country(text[:-1])  # "many Britons are unhappy": people, no one
        # "building Saabs", "badged as Vauxhalls": a firm's name in the plural is its cars or its wares
        # ("the Conservatives", "the Communists": a party's members)
        wares = (
            len(span) == 1
            and text.endswith("s")
            and text[:-1] in lone_firms
            and label != "NORP"
            and not party_name(text[:-1])
            and text not in surnames  # "Mr Dams" after "Tim Dams"
        )
        if code and label == "NORP" and _people_of(span):
            key, cls, code = "name:" + group_key(text), "Group", None  # "Indians will rent the units"
        elif wares:
            key, cls, code = "name:" + text.lower(), "Concept", None
        elif code:
            key, cls = f"country:{code}", "Country"
        elif label == "ACTOR":
            key, cls = "actor:" + slug(text), actor_class(span.root) or "Group"
        elif label == "NORP":  # a group with no country: "Serbs", "Basque", "Democrats"
            key = "name:" + group_key(text)  # "Tory", "Tories" and "the Conservatives" are one party
            cls = "Organization" if party_name(text) else "Group"  # "the Greens" are a party, not a people
            if (
                span.end < len(doc)
                and doc[span.end].lower_ in PARTY_ROLES
                and doc[span.end].tag_ in ("NN", "NNP")
            ):
                cls = "Organization"  # "Plaid MP X": a seat only a party gives ("a Jewish reporter" is no party's)
        elif (
            " ".join(words) in surnames
            and label in ("PERSON", "GPE", "ORG", "NORP", "LOC", "OTHER")
            and not (len(span) == 1 and span.text in firm_words)
            and not other_gender(span, clusters[surnames[" ".join(words)]].full_name[0])
        ):
            key, cls = (
                surnames[" ".join(words)],
                "Person",
            )  # "Connors" after "Jimmy Connors", whatever its tag
        elif label in ("OTHER", "WORK"):  # a work's title (`kg.nlp.mentions`) is a concept too
            key, cls = "name:" + singular(text.lower()), "Concept"  # one key with the name's other readings
        elif (
            # "At least Sonia managed it" after "Sonia O'Sullivan", whatever the trained recognizer read
            (label == "PERSON" or overruled.get(span.start) == "PERSON")
            and len(words) == 1
            and len(first_names.get(words[0], ())) == 1
            # "Mr Howard" is not Howard Flight, whom the article calls "Mr Flight" ("Mr Kim" is Kim Jong-il)
            and not (
                courtesy_named(span)
                and any(clusters[k].full_name[-1] in titled_surnames for k in first_names[words[0]])
            )
            and not (words[0] in firms and _product_of(first_names[words[0]]))
            # "Prince Charles" is not "Charles Kennedy"
            and not ((_royal(span) or words[0] in royal_names) and not first_names[words[0]] <= royals)
        ):
            key, cls = next(iter(first_names[words[0]])), "Person"  # "Susan" after "Susan Chepkemei"
        elif label == "PERSON" and len(words) >= 2:
            key, cls = "person:" + " ".join(words), "Person"
        else:
            # one key per name whatever the model called each mention ("Nestle" as ORG, GPE and PERSON)
            core = [t.lower_ for t in span if t.lower_ not in _ORG_GENERIC and not country_code(t.text)]
            key = "name:" + singular(" ".join(core or [text.lower()]))  # "Commons" as ORG and as NORP
            # … but the "Bank of Mexico" is not the "Bank of America": a country named in a name (other
            # than the "US" of "the US Treasury", which the article may leave out) keeps it apart
            codes = {country_code(t.text) or "" for t in span if t.lower_ not in _ORG_GENERIC} - {""}
            key += "".join(f"@{code}" for code in sorted(codes)) if core else ""
            cls = {"PERSON": "Person", "ORG": "Organization"}.get(label, "Location")
        c = clusters[key]
        c.cls_votes[cls] += 0.5 if label == "OTHER" else 1  # CoNLL04's "Other" is the weakest reading
        if span.start in overruled and overruled[span.start] in ("PERSON", "ORG"):
            # the news model's reading counts too: across an article's mentions it outvotes a CoNLL04
            # reading only where it is the more common one (ties go to the trained recognizer)
            c.cls_votes[{"PERSON": "Person", "ORG": "Organization"}[overruled[span.start]]] += 0.9
        taken_up = pronoun_class(span) if label in ("PERSON", "ORG", "GPE", "LOC") else None
        form = name_form_class(span, label) if label != "WORK" else "Concept"
        descriptor = (
            descriptor_class(span) if label != "ACTOR" else None
        )  # "the government" is what its noun says
        if descriptor == "Person" and coded_name(span):
            descriptor = None  # "a dinkier model, the FY500": no one's name, whatever the noun could mean
        if descriptor == "Person" and _prize_named(span):
            descriptor = "Concept"  # "her second best actress Oscar": the prize, not an actress
        if (
            descriptor == "Organization"
            and (
                len(span) == 1
                and key.startswith("person:")
                or label == "PERSON"
                and len(words) >= 2
                and (given_name(words[0]) or known_first_name(words[0]))
            )
            and span.root.dep_ == "pobj"
            and span.root.head.lower_ in ("with", "for")
            and span.root.head.head.lemma_.lower() in _PERFORMERS
        ):
            # "best actor with Walliams" (the surname of a person the article names in full), "best
            # actress for Cate Blanchett": who shares or wins the prize, no employer ("an analyst with
            # Barclays", "an actor with the National Theatre")
            descriptor = None
        if descriptor == "Person" and len(span) == 2 and given_name(span[0].text):
            form = None  # "Mike Lake, a Yukos spokesman", "Jim Press, vice president of X": a surname like a place's
        if descriptor is not None and (
            span.end < len(doc)
            and doc[span.end].text == ","
            and any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in span.root.children)
            or span.root.dep_ == "nsubj"
            and span.root.head.lemma_ == "be"
            and kind_said(span.root.head) is not None
        ):
            # "Small Island, Levy's fourth novel", "Baghdad Blogger is a film about Iraq": what the text
            # calls it outranks its last word
            form = None
        described = (
            form
            or ("Concept" if _made_by_next(span) else None)  # "Harry Potter author JK Rowling": her work
            or (
                "Concept"
                if label != "NORP"
                and (
                    _won_for(span)
                    or _took_takings(span)
                    or _told_story(span)
                    or _work_part_of(span)
                    or _shown(span)
                    or _best_work(span)
                    or label != "PERSON"
                    and _unveiled(span)
                )
                else None
            )
            or descriptor
            or ("Person" if label == "PERSON" and follows_honorific(span) else None)  # "Dr X … it"
            or (
                "Person"
                if label in ("PERSON", "ORG", "GPE", "FAC")
                and (_kin_of(span) or _countrys_person(span) or _aged(span))
                else None
            )
            or ("Person" if label in ("PERSON", "ORG", "GPE", "LOC") and speaks_as_i(span) else None)
            or taken_up
            # "visited Madrid, Paris and Lyon": a town's name listed with places is the town
            or (
                "Location"
                if label == "PERSON" and len(span) == 1 and city(text) and _among_places(span)
                else None
            )
            or ("Organization" if label == "PERSON" and _determined(span) else None)
            # "refused an Oscar", "drives a Ferrari": one thing of that name (not "a Glazer bid")
            or ("Concept" if label in ("PERSON", "ORG") and _indefinite(span) else None)
            or (
                "Organization"  # "Lib Dems", not "Sean Bones" nor, after him, "Bones"
                if label == "PERSON"
                and span[-1].tag_ == "NNPS"
                and span[-1].lower_.endswith("s")  # "John and Ian have been rewarded": a tagger's slip
                and not (
                    # "Ed Balls" ("Samuel Goldwyn Films" is a firm)
                    _plain_given(words)
                    or len(words) == 2
                    and plain_first_name(words[0])
                    and demonym_country(" ".join(words)) is None  # "400,000 Sri Lankans"
                    if len(words) >= 2
                    else words[0] in surnames
                )
                else None
            )
            or (
                "Concept"
                if (label != "GPE" or _indefinite(span))
                and _prize(span)
                # "defended Rex Tillerson", "presented Jo Lee with a cheque": someone's full name is no prize
                and not (label == "PERSON" and len(words) >= 2 and plain_first_name(words[0]))
                else None
            )
            or (
                "Concept"
                if label not in ("PERSON", "NORP") and _work(span) and not gazetteer_known(text)
                else None
            )
        )
        if label == "NORP" and cls == "Organization" or party_name(text) and not key.startswith("person:"):
            described = "Organization"  # "Tory leader X" tells what "the Tories" of the article are
        if wares:
            described = "Concept"  # whatever a plural verb or a descriptor says of them
        if described is not None:  # "New York band X", "the carmaker X": the noun says what X is
            c.cls_votes[described] += 3
            c.described[described] += 1
        said = label == "PERSON" and (
            described == "Person"
            or follows_title(span)
            or _after_demonym(span)
            or _listed_with(span, full_names)
            or personal_pronoun(span)
        )
        # "world 5000m champion Dibaba", whatever the model read: the text calls the name a person's
        said = said or descriptor == described == "Person"
        if said or (
            label == "PERSON"
            and any(s <= span.start < e or span.start <= s < span.end for s, e in trained_people)
            and (len(words) >= 2 or not article)
        ):
            # in an article a one-word name is a person only where the text says so: a title, a descriptor,
            # a list of people ("Morrissey, David Bowie and Nick Cave"); two models agreeing is not enough
            # ("Euronext said"), though it is in a one-line snippet whose person was introduced elsewhere
            c.person_support += 1
        if (
            (span.start, span.end) in shown_at
            or label in ("ORG", "PERSON", "GPE", "LOC")
            and len(span) == 2
            and code is None
            # "Phillips Idowu lit up the field events with his leap": a surname no dictionary lists will do
            and (given_name(span[0].text) or span[-1].lower_ not in dictionary_words(("noun", "adj")))
            and own_deed_gender(span) is not None
        ):
            # "Juninho was signed from Middlesbrough, but he has failed …": "he" takes up no firm,
            # whatever the model tagged the name; the text says what it is, as a descriptor would
            c.described["Person"] += 1
            c.person_support += 1
            said = True
        c.person_said += said
        if label != "NORP" or code is None:
            c.texts[text] += 1
        start = min(titled.get(span.start, span.start), mention_start(doc, span, label))
        kind = "nominal" if label == "ACTOR" else _norp_kind(span, trained) if label == "NORP" else "name"
        c.spans.setdefault((doc[start].idx, span.end_char), kind)
        c.tokens.update(range(span.start, span.end))
        if (
            label == "PERSON"
            and span.end < len(doc)
            and doc[span.end].text.isupper()
            and doc[span.end].lower_ in POSTNOMINALS
        ):
            c.tokens.add(span.end)  # "Guy Mansfield QC has warned": the letters head the name for the parser
        c.code = c.code or code
        # England, Scotland and Wales field sides of their own
        national = code is not None or bool(nation(text))
        if label in ("GPE", "LOC", "ORG", "PERSON") and (
            national
            and (plural_agreement(span) or contest(span) or plays_for(span) or capped_for(span))
            # "Newcastle boss X", "Leeds were beaten": a town's club (a town a match is played in is none)
            or label in ("GPE", "LOC")
            and (
                plural_agreement(span)
                or plays_for(span, managers=True)
                or beaten(span)
                or joined(span)
                and city(text)
            )
            # "after beating Norwich", "is set to join Preston", the model's person: a city that is beaten or
            # joined is a side
            or label == "PERSON"
            and (beaten(span) or joined(span))
            and city(text)
            # "AC Milan, Bayer Leverkusen, Juventus, Lyon": a name listed with a club's is a side
            or label in ("GPE", "LOC", "PERSON")
            and len(span) <= 2
            and not national
            and listed_with_club(span)
            # "Sheff Utd v Charlton": names a fixture sets against each other are sides
            or label in ("GPE", "LOC", "ORG", "PERSON")
            and not national  # "Namibia v Zambia" and "hosted in Namibia" are one node, the country's
            and _versus(span)
        ):
            c.team += 1
        # "after beating Norwich": a town that plays is its club where clubs are seen playing
        c.sporting += not national and label in ("GPE", "LOC") and rival(span)
        if national and label in ("GPE", "LOC", "ORG", "PERSON") and match_side(span):
            c.sporting += 1
        c.acts += _acts(span.root)
        c.owned += (
            span.start >= 2 and doc[span.start - 1].tag_ == "POS" and doc[span.start - 2].ent_type_ == "ORG"
        )
        c.speaks += span.root.dep_ == "nsubj" and span.root.head.lemma_ in SPEECH_VERBS
        c.venue += _venue(span)
        items = _listed_items(span.root) if label in ("GPE", "LOC") else []
        c.allied += bool(items) and all(t.ent_type_ == "ORG" for t in items)

    merge_acronyms(clusters)
    merge_country_names(clusters)
    merge_short_names(clusters)
    merge_last_names(clusters)
    merge_of_names(clusters)
    merge_bodies(clusters, BODY_NOUNS, BODY_CONTRASTS, doc)
    merge_bare_bodies(clusters, STATE_BODIES | ARMED_BODIES | BARE_BODIES, BARE_BODIES, doc)
    entities, by_token = [], {}
    # where national sides play ("Ireland were", "France beat Wales"), a country in a match is one too
    sides = any(c.team for c in clusters.values())
    for c in clusters.values():
        c.team += c.sporting if sides else 0
    for key, c in clusters.items():
        if not c.spans:
            continue
        if c.code and c.team:  # "Ireland were", "France won their match": the national side
            cls, label = "Organization", country_label(c.code)
            c.code = None
        elif c.team and any(nation(t) for t in c.texts):  # "England beat Wales"
            cls, label = "Organization", c.texts.most_common(1)[0][0]
        elif c.code:
            # "Hong Kong" keeps its code, for where a place or firm is, but is no sovereign state
            cls, label = "Country" if sovereign(c.code) else "Location", country_label(c.code)
        elif _firms_product(c, firms):
            cls, label = "Concept", _label(key, c)
        elif (
            _person_form(c)
            and max((n for k, n in c.described.items() if k != "Person"), default=0) <= c.described["Person"]
        ):
            cls, label = "Person", " ".join(c.full_name)
        elif c.described:  # "New York band X": what the text calls it outweighs what the models guess
            cls = c.described.most_common(1)[0][0]
            label = _label(key, c)
        else:
            cls = c.cls_votes.most_common(1)[0][0]
            label = _label(key, c)
            if (
                cls == "Person"
                and trained is not None
                and (not c.person_support or c.full_name and not _person_form(c))
            ):
                # one word that only one model calls a person, with no title, honorific or descriptor
                # ("Software", "Glamour" at a sentence start), or a name no person bears ("Age Concern"):
                # read as a party, the next best class, a place the gazetteers know, else a body where
                # a name of many words speaks ("says Age Concern"; a work's title acts too), else a concept
                others = [k for k, _ in c.cls_votes.most_common() if k != "Person"]
                cls = (
                    "Organization"
                    if any(party_name(t) for t in c.texts)
                    else others[0]
                    if others
                    else "Location"
                    if city(label)
                    else "Organization"
                    if c.speaks and len(c.full_name) >= 2
                    else "Concept"
                )
        if (
            cls == "Location"
            and (c.acts or c.allied or _acts_unrecognised(doc, label))
            and not gazetteer_place(label)
            # a full name the text gives a person ("Guillermo Coria … Coria lost to Rochus") is no side
            or cls in _NOT_SIDES
            and c.team
            # a full name, or a name the text says is a person's ("Zvonareva lost both her games"), is a player
            and not (cls == "Person" and (len(c.full_name) >= 2 or c.person_said))
        ):
            # "Newcastle boss Graeme Souness", "Leeds were beaten" (whatever the models made of the other
            # mentions): the club; "Green Day bagged the prize", "Sony, Microsoft and Nintendo": a place the
            # gazetteers do not know that acts or is listed with a firm is a band, a firm or a body the
            # model took for a place
            cls = "Organization"
        if (
            cls == "Organization"
            and c.owned
            and not (c.speaks or c.described or c.team)
            and label.split()[-1].lower()
            not in ORG_SUFFIXES | PLACE_SUFFIXES | _UNIT_ENDINGS | set(GOV_WORDS)
        ):
            # "Microsoft's Xbox", "the EU's Common Agricultural Policy": what a firm or a body owns and that
            # never speaks is its product, programme or policy, no organisation (a subsidiary says things)
            cls = "Concept"
        if (
            cls == "Organization"
            and c.venue == len(c.spans)
            and not (c.described or c.team or c.code)
            and not _government_name(label)
            # "at London's Earls Court": a hall, whose "Court" is no body's suffix
            and (label.split()[-1].lower() not in ORG_SUFFIXES or label.split()[-1] == "Court")
        ):
            # "Arsenal lost at Old Trafford", "BAA launched it at Heathrow": a name the article meets only as
            # where something was done is the place ("an analyst at Barclays" is described as a firm)
            cls = "Location"
        if cls == "Organization" and _government_name(label) or label.lower() in _SHORT_CHAMBERS:
            cls = "GovernmentOrganization"  # "told the Commons", "a Commons committee": the chamber
        if cls == "Person" and _model_name(label):
            cls = "Concept"  # "Mario Kart DS", "Volvo S40": a product's model, no one's name
        if cls == "Person" and any(oddly_cased(w) for w in label.split()):
            # "JPMorgan", "GameBoy Advance", "iPod": cased as no one's name is, whatever the text calls it
            others = [k for k, _ in c.cls_votes.most_common() if k not in ("Person", "Group")]
            cls = others[0] if others else "Organization" if c.speaks or c.acts else "Concept"
        if cls == "GovernmentOrganization" and (
            _trade_agency(label) or _of_a_faith(label) or _members_body(label) or _civil_body(label)
        ):
            # "the Reuters news agency", "an advertising agency": firms; "the Muslim Council": a faith's body;
            # "the Police Federation", "the Refugee Council": its members' or its cause's body
            cls = "Organization"
        if label.lower().removeprefix("the ") in SEATS_OF_POWER:
            cls = "GovernmentOrganization"  # "Downing Street said", "the Kremlin denied": the office there
        ent = Entity(
            id=entity_id(cls, label, c.code),
            label=label,
            type=cls,
            aliases=tuple(sorted(t for t in c.texts if t != label)),
            country_code=c.code,
            mentions=tuple(sorted(c.spans)),
            mention_kinds=tuple(c.spans[m] for m in sorted(c.spans)),
        )
        entities.append(ent)
        for i in c.tokens:
            by_token[i] = ent
    entities.sort(key=lambda e: e.mentions[0])
    return EntityIndex(*_missed_surnames(doc, entities, by_token))


def _missed_surnames(
    doc: Doc, entities: list[Entity], by_token: dict[int, Entity]
) -> tuple[list[Entity], dict[int, Entity]]:
    """Add the mentions the recognisers missed of a person named in full before: "Hoddle began his
    career" after "Glenn Hoddle", so that "his" and a later "he" have him to take up. Only a surname
    that one person of the article bears and no other name contains."""
    words: dict[str, set[str]] = {}
    for e in entities:
        for w in e.label.split():
            words.setdefault(w, set()).add(e.id)
    surnames = {
        e.label.split()[-1]: e
        for e in entities
        if e.type == "Person" and len(e.label.split()) >= 2 and len(words[e.label.split()[-1]]) == 1
    }
    added: dict[str, list[tuple[int, int]]] = {}
    for t in doc:
        person = surnames.get(t.text)
        if (
            person is None
            or t.i in by_token
            or t.ent_type_
            # "Stam says …" opening a sentence, tagged a common noun: a surname no dictionary word
            or t.pos_ != "PROPN"
            and not (t.is_sent_start and t.tag_ == "NN" and t.lower_ not in dictionary_words())
            or t.dep_ == "compound"
            or t.idx < person.mentions[0][0]
            or any(n.pos_ == "PROPN" for n in (doc[t.i - 1 : t.i] if t.i else ()))
            or t.i + 1 < len(doc)
            and doc[t.i + 1].pos_ == "PROPN"
        ):
            continue
        added.setdefault(person.id, []).append((t.idx, t.idx + len(t.text)))
        by_token[t.i] = person
    if not added:
        return entities, by_token
    grown = {}
    for e in entities:
        if e.id in added:
            spans = dict(zip(e.mentions, e.mention_kinds, strict=True))
            spans.update((m, "name") for m in added[e.id])
            grown[e.id] = replace(
                e, mentions=tuple(sorted(spans)), mention_kinds=tuple(spans[m] for m in sorted(spans))
            )
    by_token = {i: grown.get(e.id, e) for i, e in by_token.items()}
    return [grown.get(e.id, e) for e in entities], by_token
