"""Text → mentions: the name and actor-noun spans of a document, with the label each reading gives.

The first stage of `kg.nlp.entities`: NER spans lose determiners, possessives and titles; wire datelines
split into place and outlet; names the model missed come from honorifics and role nouns; the trained
CoNLL04 recognizer's spans (`doc.spans[CONLL_SPANS]`) are merged in where they add or correct a reading;
noun phrases headed by an actor noun ("the army", "analysts") become mentions of their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.nlp.amounts import SCALE_WORDS, parse_amount
from kg.nlp.bounds import (
    INITIAL,
    athlete_of_country,
    descriptor_word,
    has_letter,
    name_start,
    of_state,
    org_start,
    person_words,
    product_name,
    saint_place,
    strip_punct,
    title_and_the,
    trim,
    unnamed,
)
from kg.nlp.clusters import singular
from kg.nlp.countries import country_code, demonym_country
from kg.nlp.dates import month_name
from kg.nlp.gender import known_first_name
from kg.nlp.lexicon import (
    ACTOR_NOUNS,
    CALLINGS,
    COMPASS,
    COURTESY_TITLES,
    FIRM_FIGURES,
    HONORIFICS,
    LEGAL_FORMS,
    MEASURE_UNITS,
    NAME_OPENERS,
    NAME_PARTICLES,
    NAMED_KINDS,
    NATIONALITY_NOUNS,
    ORG_DESCRIPTORS,
    ORG_HEAD_ROLES,
    ORG_SUFFIXES,
    PLACE_OF_HEADS,
    PLACE_SUFFIXES,
    PORTFOLIO_POSTS,
    POSTNOMINALS,
    QUANTIFIERS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TIME_ZONES,
    TITLE_WORDS,
    TITLES,
    WEEKDAYS,
    WORK_KINDS,
    people_plural,
)
from kg.nlp.names import (
    actor_class,
    article_apart,
    employers,
    follows_honorific,
    gazetteer_known,
    honoured,
    quoted,
    title_opener,
    titled_list,
)
from kg.nlp.people import common_surname, given_name, hyphened_start, name_pieces, party_name
from kg.nlp.pipeline import CONLL_SPANS, dictionary_noun, dictionary_words
from kg.nlp.places import city, city_countries, city_demonym, state_abbreviation

__all__ = [
    "GOV_WORDS",
    "NUMBER_NAME",
    "demonym_person",
    "find_mentions",
    "mention_start",
    "portfolio_item",
]

_NER_CLASS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Group",
}
_MEDIA_HEADS = {"Radio", "Television", "TV"}
#: words that open a storm's name: "Hurricane X", "Typhoon Y"
_STORMS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm"})


def _storm(span: Span) -> Span | None:
    """The whole name of a storm read as a person's ("Hurricane Ivan ravaged the Caribbean"), or None."""
    if span[0].text in _STORMS and len(span) > 1:
        return span
    if span.start > 0 and span.doc[span.start - 1].text in _STORMS:
        return span.doc[span.start - 1 : span.end]
    return None


_TRAINED_LABEL = {"Peop": "PERSON", "Org": "ORG", "Loc": "GPE", "Other": "OTHER"}
GOV_WORDS = (
    "department",
    "ministry",
    "treasury",
    "house",
    "court",
    "police",
    "commission",
    "council",
    "parliament",
    "assembly",
    "senate",
    "tribunal",
    "administration",  # "the Food and Drug Administration"
    "agency",  # "the European Medicines Agency"; a news or advertising agency is a firm (`_trade_agency`)
    "bureau",
)
#: numbers in words that open a sentence capitalised: "Millions watched", "Thousands marched"
_COUNT_WORDS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions", "tens", "scores"})
#: a number with a scale word ("300bn", "2.5m") is an amount the small model sometimes takes for a name
NUMBER_NAME = re.compile(
    r"\d[\d,.]*\s?(?:bn|m|mn|k|tn|trn|billion|million|thousand|trillion|secs?|mins?|hrs?)?"
)


#: words that make a day name a time ("on Sunday", "last Monday"), not the first word of a name
_DAY_OPENERS = frozenset({"on", "last", "next", "this", "every", "each"})


def _two_names(ent: Span) -> int | None:
    """The "and" between two names the models read as one, or None: "The Independent and The Times" (two
    bodies, the second with its own "The"), "the Film Council and Channel 4", "Kasabian and The
    Libertines". The first name heads the span and the second is its conjunct, unlike names whose words
    "and" joins ("the Securities and Exchange Commission", "the Department of Trade and Industry", "BBC
    Research and Development", "the Serious Crime and Police Bill", "the British and Irish Lions"). Two
    one-word names are left whole unless they are people's or the second opens with "The": a firm or a
    duo is named so ("Marks and Spencer", "Simon and Garfunkel")."""
    joints = [t for t in ent[1:-1] if t.lower_ == "and"]
    if len(joints) != 1:
        return None
    joint = joints[0]
    first, _ = trim(ent.doc[ent.start : joint.i])
    second = ent.doc[joint.i + 1 : ent.end]
    titled = second[0].text == "The" and len(second) > 1
    if titled and ent.label_ == "ORG":
        return joint.i
    if (
        ent.root.i > joint.i
        or second.root.dep_ != "conj"
        or second.root.head != ent.root
        or len(second) == 1
        and dictionary_noun(second.text.lower())
        or country_code(ent.text) is not None
        # "the British and Irish Lions": a people's word shares the second's noun
        or demonym_country(first[-1].text) is not None
        # "the Serious Organised Crime and Police Bill": a kind's word the first lacks ends both
        or _kind_word(second[-1])
        and not _kind_word(first[-1])
    ):
        return None
    if ent.label_ != "PERSON" and len(first) == 1 and len(second) == 1 and not titled:
        return None
    return joint.i


def _kind_word(tok: Token) -> bool:
    """Whether a name's last word says what kind of body or thing it names: "Council", "Bill", "Union"."""
    return tok.lower_ in ORG_SUFFIXES or tok.lower_ in NAMED_KINDS


def _weekday_before(span: Span) -> bool:
    """Whether a day name the model read as a date opens the name right after it: "Sunday Telegraph
    journalist X" (not "said on Sunday Acme would …")."""
    if span.start == 0:
        return False
    day = span.doc[span.start - 1]
    return (
        day.lower_ in WEEKDAYS
        and day.text.istitle()
        and day.ent_type_ == "DATE"
        and day.ent_iob_ == "B"
        and (day.i == 0 or span.doc[day.i - 1].lower_ not in _DAY_OPENERS)
    )


def _at_honorific(span: Span, label: str) -> list[tuple[Span, str]]:
    """A body's or a place's mention cut where a person's name opens inside it at a courtesy title: "[the
    Foreign Policy Centre Mr Straw]", "[the Financial Times Mr Brown]" (the models run the two together)."""
    if label == "PERSON":
        return [(span, label)]
    cut = next(
        (
            tok.i
            for tok in span[1:-1]
            if tok.lower_.rstrip(".") in COURTESY_TITLES and tok.nbor(1).is_title and tok.nbor(-1).is_title
        ),
        None,
    )
    if cut is None:
        return [(span, label)]
    return [(trim(span.doc[span.start : cut])[0], label), (span.doc[cut + 1 : span.end], "PERSON")]


def _titled_given(span: Span, label: str) -> tuple[Span, str]:
    """A body's mention that is the surname of a titled person with a given name no one read: "Cardinal
    Cormac [Murphy-O'Connor]" is a person, named from the given name on; and a name of two or three words
    the models read as a place or a body right after a person's title: "President [Thabo Khumalo]" (a
    country's or a city's name is no one's)."""
    doc = span.doc
    if (
        label in ("ORG", "GPE", "LOC")
        and span.start > 0
        and (title := doc[span.start - 1]).is_title
        and title.lower_.rstrip(".") in _PERSON_TITLES
        and 2 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in span)
        and span[-1].lower_ not in ORG_SUFFIXES
        and country_code(span.text) is None
        and not city(span.text)
    ):
        return span, "PERSON"
    if label != "ORG" or span.start < 2:
        return span, label
    given, title = doc[span.start - 1], doc[span.start - 2]
    if (
        given.pos_ == "PROPN"
        and given.is_title
        and not given.ent_type_
        and given.lower_ not in dictionary_words()
        and title.is_title
        and title.lower_.rstrip(".") in _PERSON_TITLES
    ):
        return doc[given.i : span.end], "PERSON"
    return span, label


#: titles that only a person holds, right before a name (not "Foreign", "Chief", "Vice", which open a post)
_PERSON_TITLES = TITLES - {
    "vice", "prime", "foreign", "defense", "defence", "interior", "finance", "treasury", "crown", "deputy",
    "executive", "head", "chief", "st", "general", "rt", "hon", "founder", "chair",
}  # fmt: skip


def _dateline_split(ent: Span) -> int | None:
    """Where a wire dateline's place ends inside one NER span: "Moscow ITAR-TASS", "Havana Radio Reloj".

    The small model reads "<City> <OUTLET>" as one name; an ALL-CAPS word or a broadcaster noun after
    one to three capitalised words starts the outlet.
    """
    if ent.label_ not in ("ORG", "GPE", "FAC", "LOC") or len(ent) < 2:
        return None
    for k, tok in enumerate(ent):
        if k == 0 or k > 3:
            if k > 3:
                return None
            if not tok.text.istitle() or tok.text.isupper() and len(tok.text) > 1 or tok.is_stop:
                return None  # "The US Department of Justice" opens with no place
            continue
        if (
            tok.text in _MEDIA_HEADS
            or tok.text.isupper()
            and len(tok.text) > 1  # "Serie A", "Group B": a letter ends a name, it starts no outlet
            and any(ch.isalpha() for ch in tok.text)
            and not tok.text.endswith(".")
        ):
            return ent.start + k
        if not tok.text.istitle() or tok.text.isupper():
            return None
    return None


def _state_after_comma(doc: Doc) -> list[Span]:
    """ "Chattanooga , Tenn." → the state abbreviation after a place and a comma, as a place span."""
    out = []
    for tok in doc[2:]:
        # the abbreviation first: most words are none, and looking back makes tokens
        if not state_abbreviation(tok.text) or doc[tok.i - 1].text != ",":
            continue
        prev = doc[tok.i - 2]
        if prev.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or prev.text.istitle():
            out.append(doc[tok.i : tok.i + 1])
    return out


def _city_of_country(span: Span) -> bool:
    """Whether a name is a city the gazetteer knows followed by a comma and the country it is in
    ("Auckland, New Zealand")."""
    doc = span.doc
    after = doc[span.end + 1 : span.end + 4] if span.end < len(doc) and doc[span.end].text == "," else None
    if after is None or not city(span.text):
        return False
    countries = city_countries(span.text)
    return any(country_code(after[:n].text) in countries for n in range(1, len(after) + 1))


def mention_start(doc: Doc, core: Span, label: str) -> int:
    """Token where a mention's text starts: the core, or a title that is part of the name.

    Labels always drop titles, but an honorific ("Mr. Smith", "Dr. Ruth Ng") or a capitalised title
    before a bare surname ("President Kennedy", "Sen. Dole") is the conventional way of naming the
    person, so the mention's span covers it (as CoNLL04 and OntoNotes annotate it); a title before a
    full name ("President John F. Kennedy") is a description and stays outside.
    """
    if label != "PERSON" or core.start == 0:
        return core.start
    prev = doc[core.start - 1]
    if not prev.text[:1].isupper() or prev.lower_.rstrip(".") not in TITLES:
        return core.start
    name = [t for t in core if has_letter(t) and not INITIAL.fullmatch(t.text)]
    if prev.lower_.rstrip(".") in HONORIFICS or len(name) == 1:
        return core.start - 1
    return core.start


def _keeps_reading(span: Span, label: str, trained: Span, trained_label: str, inside: int = 1) -> bool:
    """Whether a news NER mention keeps its reading against an overlapping `trained` span.

    Countries and government bodies ("White House", "Treasury Department") keep it: CoNLL04 calls the
    White House a place, our ontology an organisation. So does a nationality or group word (NORP) that
    the trained span does not extend ("Roman Emperor Julius Caesar" is a name), unless the trained
    recognizer reads a place or an organisation there: the small model tags some places as groups
    ("Sevastopol"), and CoNLL04 reads "Soviet" in "the Soviet news agency" as the name of the state.
    """
    if label == "WORK":
        return True  # a work's title read from the text around a name (`title_and_the`)
    if label == "ORG" and any(t.text == "&" for t in span[1:-1]) and span.start <= trained.start:
        return trained.end <= span.end  # "Tate & Lyle": an ampersand joins one firm's name, no list
    if label == "NORP":
        return span.start <= trained.start and trained.end <= span.end and trained_label not in ("GPE", "ORG")
    if (
        label == "PERSON"
        and span.start <= trained.start
        and trained.end <= span.end
        and any(t.is_lower and t.lower_ in NAME_PARTICLES for t in span[1:-1])
    ):
        return True  # "Sandra den Hamer": the parts the trained model reads apart are one name
    if (
        label == "PERSON"
        and trained_label != "PERSON"
        and len(person_words(span)) >= 2
        and (
            (span.start, span.end) == (trained.start, trained.end)
            and (
                trained_label == "ORG"
                # "Nacho Novo of Rangers": a full name no gazetteer knows as a place is no place
                or trained_label == "GPE"
                and not city(span.text)
                and country_code(span.text) is None
            )
            or inside == 1
            and span.start < trained.start
            and trained.end == span.end
            # "[Nadia] [Magnenat-Thalman]": a double-barrelled surname the news model joined to its name
            or span.start <= trained.start
            and trained.end <= span.end
            and any(t.text == "-" and not t.whitespace_ for t in span[1:-1])
        )
    ):
        # a full name the news model reads as a person stays one: "Tirunesh [Dibaba]" is no place (but
        # "[Cairo] [AL-AHALI]", two names inside, are a dateline)
        return True
    if (
        label == "ORG"
        and trained_label in ("PERSON", "ORG")
        and span.start < trained.start
        and trained.end == span.end
        and span.start != span.sent.start
        and all(t.is_title and t.is_alpha for t in span[: trained.start - span.start])
        and not any(
            given_name(t.text) and demonym_country(t.text) is None for t in span[: trained.start - span.start]
        )
        and not (given_name(trained[0].text) or known_first_name(trained[0].text))
    ):
        # "Human [Rights Watch]", "Civil [Liberties Watch]": the trained model began a body's name late
        return True
    if (
        label == "ORG"
        and span.start <= trained.start
        and trained.end <= span.end
        and len(trained) < len(span)
        and (
            span[-1].lower_ in ORG_SUFFIXES
            # "the Trades Union Congress" ("the US Congress" is the country's, read as the country)
            or span[-1].lower_ == "congress"
            and country_code(trained.text) is None
        )
    ):
        return True  # "Hi-fi [Disc Association]": the suffix names the body, the words before it are its name
    if (
        label in ("FAC", "GPE", "LOC")
        and span.start <= trained.start
        and trained.end < span.end
        and span[-1].is_title
        and span[-1].lower_ in PLACE_SUFFIXES
    ):
        return True  # "[Lansdowne] Road", "[Hampden] Park": the place is the whole name, no town in it
    if (
        label in ("GPE", "LOC")
        and trained_label == "PERSON"
        and (span.start, span.end) == (trained.start, trained.end)
        and city(span.text)
    ):
        # "fly to Singapore and Kuala Lumpur", "Sydney will host the match": a city both the news model
        # and the gazetteer know, though it be a given name too (a club named after its town,
        # "Sunderland were relegated", is no person either)
        return True
    return (
        label == "GPE"
        and country_code(span.text) is not None
        and not _extends_country(span, trained, trained_label)
        or label == "ORG"
        and any(t.lower_ in GOV_WORDS for t in span)
    )


def _named_after_country(span: Span) -> bool:
    """Whether a name read as a person's is a country and capitalised common words that are no title
    and no surname, after it or before it ("France Telecom", "China Mobile", "Athletics Kenya",
    "Cricket Australia"): a body named after its country ("Jordan Henderson" and "India Knight" are
    people)."""
    first = next((n for n in range(len(span), 0, -1) if country_code(span[:n].text)), 0)
    last = next((n for n in range(len(span)) if country_code(span[n:].text)), len(span))
    rest = span[first:] if first > 0 else span[:last] if last < len(span) else None
    words = dictionary_words()
    return (
        rest is not None
        and country_code(span.text) is None  # "Equatorial Guinea" is a country
        and not any(t.lower_ in COMPASS for t in span)  # "Northern Ireland" a region
        and len(rest) > 0
        and all(
            t.text[:1].isupper()
            and t.lower_ in words
            and not common_surname(t.text)
            and t.lower_ not in TITLES | ROLE_NOUNS
            and demonym_country(t.text) is None
            for t in rest
        )
    )


def _extends_country(country: Span, trained: Span, trained_label: str) -> bool:
    """Whether a trained organisation's name holds a country: after its first word and before a body's
    suffix ("EU-Japan Trade Commission"), or first and followed by capitalised words that are no title
    or body ("China Life", "Korea Telecom"; not "US Treasury", "UK Prime Minister")."""
    extra = trained.doc[country.end : trained.end]
    if (
        trained_label == "ORG"
        and trained.start < country.start < trained.end
        and trained[-1].lower_ in ORG_SUFFIXES
    ):
        return True  # "EU-Japan Trade Commission": a country inside a body's name
    if (
        trained_label == "ORG"
        and trained.end == country.end
        and trained.start < country.start
        and _named_after_country(trained)
    ):
        return True  # "Athletics Kenya", "Cricket Australia": a country's body of a sport or trade
    if trained.end == country.end and trained.start == country.start - 1 and trained[0].lower_ in COMPASS:
        return True  # "Northern Ireland", "Western Australia": a region, no country
    if (
        trained_label == "PERSON"
        and (trained.start, trained.end) == (country.start - 1, country.end)
        and len(country) == 1
        and trained[0].is_title
        and given_name(trained[0].text)
        and country_code(trained[0].text) is None
    ):
        return True  # "head writer Tony Jordan": a surname that is a country's name
    return (
        trained_label in ("ORG", "PERSON")
        and trained.start == country.start
        and len(extra) > 0
        and all(
            t.text[:1].isupper()
            and t.lower_ not in TITLES | ROLE_NOUNS | ACTOR_NOUNS.keys()
            and t.lower_ not in GOV_WORDS
            for t in extra
        )
    )


def _opening_figure(span: Span) -> bool:
    """Whether a one-word name is a firm's figures capitalised to open a sentence ("Sales rose 2.8%"; "Sale"
    alone may be the club)."""
    word = span.text.lower()
    return (
        len(span) == 1
        and bool(span[0].is_sent_start)
        and singular(word) != word
        and singular(word) in FIRM_FIGURES
    )


def _common_plural(span: Span) -> bool:
    """Whether a one-word name is a common plural capitalised to open a sentence ("Slowdowns in the US
    could hit exports", read as a place) that the article never capitalises elsewhere; only a place's
    reading is dropped ("Gunners boss X", "Rangers manager Y" are clubs)."""
    tok = span[0]
    return (
        len(span) == 1
        and bool(tok.is_sent_start)
        and tok.tag_ == "NNS"
        and dictionary_noun(tok.lemma_.lower())
        and not gazetteer_known(tok.text)
        and not any(t.text == tok.text and not t.is_sent_start for t in span.doc)
    )


def _with_trained(
    doc: Doc, found: list[tuple[Span, str]], titled: dict[int, int], overruled: dict[int, str]
) -> list[tuple[Span, str]]:
    """Merge the trained recognizer's spans into the news NER's mentions (rule 6).

    A trained span that overlaps no mention is added. One that overlaps mentions replaces them when
    its boundaries differ (CoNLL04 conventions: "Willowdell , Darke County", "Oct. 15 , 1979"), and
    relabels an exactly matching mention when the types differ; a span of another kind (a date, a
    work) never swallows a name, and countries and government bodies keep their reading. A title the
    trained span includes ("President Ronald Reagan") stays out of the core but in the mention's
    offsets, recorded in `titled` (core start token → mention start token). The news NER's label
    of a relabelled mention is kept in `overruled` (start token → label): it still counts as a vote.
    """
    # a span group makes its spans anew on every pass, and the loop below passes over it per mention
    trained = tuple(doc.spans.get(CONLL_SPANS, ()))
    out = list(found)
    for span in name_pieces(trained):
        start, end = strip_punct(span)
        label = _TRAINED_LABEL.get(span.label_)
        if label is None or start == end:
            continue
        if any(t.text in (".", "!", "?") for t in doc[start + 1 : end - 1]):
            continue  # "in Collateral and Ray. Clive Owen …": two names across a sentence's end
        if _opening_figure(doc[start:end]):
            continue  # "Sales rose 2.8%": no one
        start = _after_descriptor(doc, start, end)
        if label != "OTHER":
            end = _before_day(doc, start, end)
        if label == "PERSON":
            # "Nick Buckfield 51cm adrift": a name ends before a measure the model read into it
            end = next((t.i for t in doc[start + 1 : end - 1] if t.like_num and doc[t.i + 1].is_lower), end)
        if label == "PERSON" and (storm := _storm(Span(doc, start, end))) is not None:
            start, label = storm.start, "WORK"
        if label == "PERSON" and saint_place(Span(doc, start, end)):
            label = "GPE"
        if label == "PERSON" and _named_after_country(Span(doc, start, end)):
            label = "ORG"
        if label == "PERSON" and work_title(Span(doc, start, end)):
            label = "WORK"  # "Carry On", before its particle is trimmed: a title, read as a work's
        if label == "PERSON" and (work := _work_around(doc, start, end)) is not None:
            # "Star Wars Battlefront" read as "Wars Battlefront", with "Star" its title: the news model's work
            start, end, label = work.start, work.end, "WORK"
        if (
            label == "ORG"
            and end - start >= 3
            and doc[start].lower_ in NATIONALITY_NOUNS
            and given_name(doc[start + 1].text)
        ):
            label = "PERSON"  # "Olympian Andy Turner", "Dutchman Arnoud Okken": a person of somewhere
        span, titles = trim(Span(doc, start, end, label))  # titles and determiners, as for the news NER
        if _bill(span) is not None:
            label = "WORK"  # "the Finance Bill", "the Licensing Bill": a law, whatever the model read
        if titles:
            titled[span.start] = titles[0].i
        if label == "PERSON" and work_title(span):
            label = "WORK"  # "[My] Beautiful Launderette": trimming took in the title's possessive
        if label == "ORG":
            span = Span(doc, _acronym_start(span), span.end, label)
        if label == "ORG" and (first := org_start(span)) < span.start:
            span = Span(doc, first, span.end, label)  # "Blu-ray Disc Association", cut in two by the model
        if (
            NUMBER_NAME.fullmatch(span.text)
            # "$427bn", "$230bn by 2009": a value on its event (`kg.nlp.amounts`), no thing
            or parse_amount(span.text) is not None
            or span[0].is_currency
            or span[-1].lower_ in TIME_ZONES
            or singular(span.text.lower().rstrip(".")) in ROLE_NOUNS | POSTNOMINALS
            or label == "ORG"
            and _described_title(span)
            or quoted(span)
            or demonym_person(span)
            or city_demonym(span.text)
            # "killing two teenage Israelis": people of a country, which a place reading makes the country
            or label in ("GPE", "LOC")
            and span[-1].tag_ in ("NNS", "NNPS")
            and doc[span.start].ent_type_ == "NORP"
            and country_code(span.text) is None
            or label == "PERSON"
            and (people_plural(span[-1].lower_) or _abstract(span))  # "Labour MPs": a group, read below
            # "Defence Secretary X", "Economics minister Y": the portfolio is part of the post
            or _portfolio_place(span, label)
        ):
            continue
        if (
            not any(has_letter(t) or t.is_digit for t in span)
            or label == "PERSON"
            and (not person_words(span) or unnamed(span) or product_name(span))
        ):
            continue
        if descriptor_word(span):
            continue
        if label in ("GPE", "LOC") and month_name(span.text) and all(t.ent_type_ == "DATE" for t in span):
            continue  # "in Madrid in March": a month the news model reads as a date is no place
        hits = [k for k, (m, _) in enumerate(out) if m.start < span.end and span.start < m.end]
        if not hits:
            out.append((span, label))
            continue
        if len(hits) == 1 and _firm_named_after_country(out[hits[0]], span):
            out[hits[0]] = (span, "ORG")  # "Telekom Austria", "Air France": a firm named after its country
            continue
        if len(hits) == 1 and _firm_opened_by_place(out[hits[0]], span, label):
            continue  # "economist at Swiss Re": the firm's name, which the trained recogniser cut to "Swiss"
        if (
            any(_keeps_reading(*out[k], span, label, _inside(trained, out[k][0])) for k in hits)
            or any(_name_of_place(out[k][0], trained, out[k][1]) for k in hits)
            or label == "OTHER"
            and any(out[k][1] in _NER_CLASS for k in hits)
        ):
            continue
        if len(hits) == 1 and (out[hits[0]][0].start, out[hits[0]][0].end) == (span.start, span.end):
            if _NER_CLASS.get(out[hits[0]][1], "Other") != _NER_CLASS.get(label, "Other"):
                overruled[span.start] = out[hits[0]][1]
                out[hits[0]] = (span, label)
            continue
        out = [m for k, m in enumerate(out) if k not in hits] + [(span, label)]
    return out


def _work_around(doc: Doc, start: int, end: int) -> Span | None:
    """The news model's work of art that holds the tokens `start`..`end` and a word more, or None; not a
    list of works ("The Mighty Thor, Iron Man") nor a maker's work ("Jean Dupont's Amelie": Dupont)."""
    if doc[start].ent_type_ != "WORK_OF_ART":
        return None
    ent = next(e for e in doc.ents if e.start <= start < e.end)
    # a capitalised "The" inside a sentence is the title's ("the Bicester Hunt" is no work)
    det = ent[0].dep_ == "det" and not (ent[0].text == "The" and not ent[0].is_sent_start)
    if (
        end > ent.end
        or len(ent) - det <= end - start
        or any(t.text == "," or t.lower_ == "and" for t in ent)
        or end < ent.end
        and doc[end].tag_ == "POS"
    ):
        return None
    return ent


def _before_day(doc: Doc, start: int, end: int) -> int:
    """Where a trained name ends before a day or a month the news model reads as a date, with the
    words that lead to it: "[Leeds] on Sunday", "[Paris] in March" ("Independence Day" keeps its day)."""
    cut = next(
        (t.i for t in doc[start + 1 : end] if t.ent_type_ in ("DATE", "TIME") and doc[t.i - 1].is_lower),
        end,
    )
    while cut < end and cut - 1 > start and doc[cut - 1].is_lower:
        cut -= 1
    return cut


#: callings that also open bodies' and events' names ("Great Britain", "Champion Hurdle", "Director General")
_NAME_CALLINGS = CALLINGS - {"great", "legend", "hopeful", "veteran", "champion", "director", "model"}


def _called_person(span: Span) -> Span | None:
    """The person in a name the NER read as a body that opens a sentence with a calling ("Rapper 50 Cent
    has ended …", "Star Christina Applegate …"): the words after the calling, when they open with a given
    name or a number, as stage names may; None otherwise."""
    first = span[0]
    if (
        len(span) < 2
        or not first.is_sent_start
        or not first.is_title
        or first.lower_ not in _NAME_CALLINGS
        or not (span[1].like_num or given_name(span[1].text))
    ):
        return None
    return span[1:]


def _after_descriptor(doc: Doc, start: int, end: int) -> int:
    """Where the name starts in a trained span that took in what describes it: "fellow Bristol band
    [Massive Attack]", "Acme spokesman [Tom Hale]" (a lowercase kind of body or post, then only
    capitalised words)."""
    for t in doc[start + 1 : end - 1]:
        if (
            t.is_lower
            and t.is_alpha
            and (t.lower_ in ORG_DESCRIPTORS or singular(t.lower_) in ROLE_NOUNS)
            and all(w.text[:1].isupper() for w in doc[t.i + 1 : end])
        ):
            return t.i + 1
    return start


def _firm_named_after_country(mention: tuple[Span, str], trained: Span) -> bool:
    """Whether the trained recogniser's name runs a country's name on from capitalised words the parser
    joins to it ("Telekom Austria is considering", "Air France cut jobs"): a firm's name, no country."""
    country, label = mention
    extra = country.doc[trained.start : country.start]
    return (
        label == "GPE"
        and country_code(country.text) is not None
        and trained.end == country.end
        and len(extra) > 0
        and all(
            t.tag_ == "NNP"
            and t.dep_ == "compound"
            and t.head.i == country.root.i
            and t.lower_ not in COMPASS
            and t.lower_ not in HONORIFICS | TITLES
            for t in extra
        )
    )


def _firm_opened_by_place(mention: tuple[Span, str], trained: Span, label: str) -> bool:
    """Whether the trained recogniser read only the place word that opens a firm's name the news model
    read whole ("Swiss Re", "American Express"): the firm's, no place."""
    firm, firm_label = mention
    return (
        firm_label == "ORG"
        and label in ("GPE", "LOC")
        and trained.start == firm.start
        and trained.end < firm.end
        and all(t.is_title or t.is_upper for t in firm[len(trained) :])
        and (demonym_country(trained.text) or country_code(trained.text)) is not None
    )


#: chambers one sits in "for" a place: "entered Parliament for Sheffield" names a seat, not the chamber
_CHAMBERS = frozenset({"parliament", "assembly", "congress", "senate", "commons", "house"})


def _for_tail(core: Span) -> int:
    """Where a body's name ends that the model cut before "for" and what the body is for: "Commission for
    Racial Equality", "Economic Commission for Latin America and the Caribbean" (capitalised words, joined
    by "and" or "the" but not to a person's or another body's name)."""
    doc, end = core.doc, core.end
    if core[-1].lower_ not in ORG_SUFFIXES - _CHAMBERS or end + 1 >= len(doc) or doc[end].lower_ != "for":
        return end
    first = end + 1
    if doc[first].is_title and doc[first].ent_type_ == "ORG":
        first += 1  # "Commission for [Racial Equality]" read as a body of its own
    run = _name_run(doc, first, frozenset({"PERSON", "ORG", "DATE", "CARDINAL"}))
    return run if run > end + 1 else end


def _name_run(doc: Doc, start: int, stops: frozenset[str]) -> int:
    """Where the capitalised words from token `start` that go on a body's name end: no sentence's first
    word nor a word of a name of a type in `stops`, and "and", "the" or "&" only between them; `start`
    when there are none."""
    i, last = start, start
    while i < len(doc):
        t = doc[i]
        if t.is_title and not t.is_sent_start and t.ent_type_ not in stops:
            last = i + 1
        elif not (t.lower_ in ("and", "the", "&") and last > start):
            break
        i += 1
    return last


def _listed_tail(core: Span) -> int:
    """Where a body's name ends whose remit the model cut at a comma: "[Department for Culture], [Media] and
    [Sport]", "Department for Environment, Food and Rural Affairs" (capitalised words in a list that "and"
    closes, after a name that has "for" in it)."""
    doc, end = core.doc, core.end
    if not any(t.lower_ == "for" for t in core[1:]) or end >= len(doc) or doc[end].text != ",":
        return end
    i = end
    while i < len(doc) and doc[i].text in (",", "and"):
        closing = doc[i].text == "and"
        j = i + 1
        while j < len(doc) and doc[j].is_title and not doc[j].is_sent_start and doc[j].ent_type_ != "PERSON":
            j += 1
        if j == i + 1 or j - i > 3 or doc[j - 1].lower_ in ORG_SUFFIXES:
            return end  # "…, Fabian Society and Demos": bodies of their own, no remit
        if closing:
            return j
        i = j
    return end


def _name_of_place(outer: Span, trained: Iterable[Span], label: str) -> bool:
    """Whether a news name is one that CoNLL04's convention cuts into a body or a place "of" a place:
    "[Royal Bank] of [Wessex]", "[Bank] of [England]", "[Transport] for [London]" (but "[Acme Corp.] of
    [Leeds]" is a firm and its seat: a legal form ends the name), "[Gulf] of [Mexico]", "[City] of [London]"."""
    inner = [s for s in trained if outer.start <= s.start and s.end <= outer.end]
    if len(inner) != 2:
        return False
    body, place = sorted(inner, key=lambda s: s.start)
    doc = outer.doc
    return (
        place.label_ == "Loc"
        and place.start == body.end + 1
        and doc[body.end].lower_ in ("of", "for")
        and (
            label == "ORG"
            # a body is "for" a place, a place never is: "Transport for London", read as two places
            and (body.label_ == "Org" or doc[body.end].lower_ == "for")
            and body[-1].lower_.rstrip(".") not in LEGAL_FORMS
            or label in ("GPE", "LOC", "FAC")
            and doc[body.end].lower_ == "of"
            and len(body) == 1
            and body[0].lower_ in PLACE_OF_HEADS
        )
    )


def _acronym_start(span: Span) -> int:
    """Where an organisation's name starts when the models left out an acronym that opens it: "the OTC
    Bulletin Board" (not another name: "the BBC World Service" is read so already, "US" is a place)."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    if (
        prev is not None
        and prev.is_upper
        and len(prev) > 1
        and prev.is_alpha
        and prev.dep_ == "compound"
        and span.start <= prev.head.i < span.end
        and not prev.ent_type_
        # "the WRAZ-TV Fox affiliate": the end of a hyphened name, no acronym of its own
        and not (prev.i > 0 and doc[prev.i - 1].text == "-" and not doc[prev.i - 1].whitespace_)
    ):
        return span.start - 1
    return span.start


def _inside(spans: Iterable[Span], outer: Span) -> int:
    """How many of `spans` lie inside `outer`."""
    return sum(1 for s in spans if outer.start <= s.start and s.end <= outer.end)


def _portfolio(span: Span) -> bool:
    """Whether a one-word "organisation" is a minister's portfolio, a common noun before "Secretary" or
    "Minister" ("Education Secretary X", "Health Minister Y", "Shadow Home Secretary Z"): part of the post,
    no body (a body of the state keeps its name: "Treasury Secretary X"); also one the models cut before
    the field's last words ("[Fair] Trading Minister X")."""
    doc = span.doc
    end = span.end
    while (
        end < len(doc)
        and end - span.start < 3
        and doc[end].is_title
        and not doc[end].ent_type_
        and doc[end].lower_ in dictionary_words(("noun", "adj"))
        and doc[end].lower_ not in PORTFOLIO_POSTS
    ):
        end += 1
    span = doc[span.start : end]
    rest = [t for t in span if t.lower_ not in _POST_QUALIFIERS]
    return (
        span.end < len(doc)
        and doc[span.end].lower_ in PORTFOLIO_POSTS
        and len(span) <= 5
        and (
            not rest
            or len(rest) == 1
            and rest[0].i == span.end - 1
            and rest[0].lower_ in dictionary_words(("noun",))
            # "Shadow Treasury Secretary X": a shadow holds a post, in no body of the state
            and (rest[0].lower_ not in GOV_WORDS or len(span) > 1)
            # "International Development Secretary X", "Foreign Affairs Minister Y": a field in two words
            or 2 <= len(rest) <= 3
            and rest[-1].i == span.end - 1
            and all(
                t.is_title
                and t.lower_ in dictionary_words(("noun", "adj"))
                and t.lower_ not in GOV_WORDS
                and demonym_country(t.text) is None  # "Welsh Health Minister": a nation's minister
                for t in rest
            )
            # "Trade and Industry Secretary X", "Work and Pensions Secretary Y": fields joined
            or any(t.lower_ == "and" for t in rest)
            and all(
                t.lower_ in ("and", ",") or dictionary_noun(t.lower_) and t.lower_ not in GOV_WORDS
                for t in rest
            )
        )
    )


def _party_brief(tok: Token) -> bool:
    """Whether a body's noun is the field a party's spokesman or minister covers ("Lib Dem local
    government spokesman X", "Tory defence spokesman Y", "shadow local government secretary Z"): his
    brief, no body he works for ("a government spokesman" speaks for the government)."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and head.lower_ in _BRIEF_HOLDERS
        # "Lib Dem …", "Tory …", "Shadow …": a party's brief
        and any(
            party_name(t.text) or t.ent_type_ == "NORP" or t.lower_ == "shadow"
            for t in tok.doc[max(tok.sent.start, min(head.left_edge.i, tok.i - 3)) : tok.i]
        )
    )


#: who holds a brief in a party: "Tory health spokesman", "Labour's transport minister"
_BRIEF_HOLDERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "minister", "secretary"})


def _abstract(span: Span) -> bool:
    """Whether a one-word "name" is an abstract noun made from an adjective or a name: "Britishness",
    "Blairism" ("Harkness" is made from no adjective; "Ness" is a surname)."""
    low = span.text.lower()
    if len(span) != 1 or len(low) < 7:
        return False
    return (
        low.endswith("ness")
        and low[:-4] in dictionary_words(("adj",))
        or low.endswith("ism")
        and (low[:-3] in dictionary_words() or low in dictionary_words())
    )


def _bill(span: Span) -> Span | None:
    """The whole name of a bill or an act read as a person called Bill or as a body: "the Finance Bill",
    "the Prevention of Terrorism Bill", "the Human Rights Act" ("Bill Gates" has no capitalised word
    before it)."""
    if (
        len(span) > 1
        and span[-1].text in ("Bill", "Act")
        and span[0].is_title
        and all(t.is_title or t.lower_ in ("of", "and", "on", "for") for t in span)
    ):
        return span
    if len(span) != 1 or span.text != "Bill":
        return None
    doc = span.doc
    start = span.start
    while start > 0 and (
        doc[start - 1].is_title
        and doc[start - 1].dep_ in ("compound", "amod")
        and doc[start - 1].lower_ not in HONORIFICS
        or doc[start - 1].lower_ == "of"
        and start > 1
        and doc[start - 2].is_title
    ):
        start -= 1
    return doc[start : span.end] if start < span.start and doc[start].is_title else None


def _described_title(span: Span) -> bool:
    """Whether a name read as an organisation is a title and the words that say which kind: "the Anglican
    Archbishop of Brisbane", "the Catholic Bishop of Leeds" (a post; the church would be "the Anglican
    Church")."""
    adjectives = dictionary_words(("adj",))
    return (
        len(span) >= 2
        and span[-1].lower_ in TITLES
        and span[-1].lower_ in ROLE_NOUNS
        and span[-1].lower_ != "executive"  # "the Scottish Executive" is a government
        and all(t.lower_ in adjectives for t in span[:-1])
    )


def _post_words(span: Span) -> bool:
    """Whether a name read as an organisation is only capitalised words of a post after the employer's
    name or one describing word, named nowhere else in the text: "BBC Political Correspondent X", "Union
    Pensions officer Y", "Prosecuting attorney Z".
    Words that open a phrase stay a body ("an Apple spokesman said", "the Constitutional Affairs
    Minister")."""
    doc = span.doc
    if span.end >= len(doc) or len(span) > 3 or singular(doc[span.end].lower_) not in ROLE_NOUNS:
        return False
    prev = doc[span.start - 1] if span.start > 0 else None
    # "Prosecuting attorney X": a participle describes the post, names no body
    described = len(span) == 1 and span[0].tag_ in ("VBG", "VBN") and span[0].is_title
    after_name = (
        prev is not None
        and prev.pos_ == "PROPN"
        and prev.ent_type_ not in ("", "DATE", "TIME")  # "Sunday Telegraph journalist X" is the paper's
        and all(t.is_title and t.is_alpha and t.lower_ in dictionary_words() for t in span)
    )
    # `doc.text` joins every token's text: asked last, only of the few spans that pass the rest
    return (described or after_name) and not party_name(span.text) and doc.text.count(span.text) == 1


def portfolio_item(span: Span) -> bool:
    """Whether a name is one of the fields a minister's post lists ("Minister for Children, Young People
    and Families Margaret Hodge"): part of the post, no one and no body."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in (",", "and", "&"):
        return False
    i = span.start - 1
    while i > 0 and (doc[i].is_title or doc[i].lower_ in (",", "and", "&")):
        i -= 1
    return doc[i].lower_ == "for" and i > 0 and doc[i - 1].lower_ in PORTFOLIO_POSTS


def _portfolio_place(span: Span, label: str) -> bool:
    """Whether a name read as an organisation is a portfolio, or one read as a place opens with a word that
    only qualifies a post ("New Home Secretary X"; "Scotland Secretary X" is secretary of a place)."""
    return _portfolio(span) and (
        label == "ORG" or label in ("GPE", "LOC") and span[0].lower_ in _POST_QUALIFIERS
    )


#: words that qualify a post before its portfolio: "Shadow Home Secretary", "New Home Secretary"
_POST_QUALIFIERS = ROLE_MODIFIERS | {"new"}


def work_title(span: Span) -> bool:
    """Whether a name holds a capitalised pronoun, preposition, article, auxiliary or question word ("My
    Fair Lady", "Lose My Breath", "Carry On Loving", "What Happens Tomorrow") or opens with a verb's -ing
    form ("Finding Nemo", "Saving Private Ryan"; "Irving Berlin" opens with a given name): a title, no
    one's name."""
    # a lowercase word ends what can be a name ("Wendy Ide of The Times" is a name and a paper)
    end = next((t.i for t in span if t.is_lower and t.is_alpha and t.text not in NAME_PARTICLES), span.end)
    return (
        any(
            t.lower_ in TITLE_WORDS
            and t.text[:1].isupper()
            # an opening "The" is a determiner; "In", "On", "To" open East Asian names
            and (t.i > span.start or t.lower_ not in NAME_OPENERS | {"the", "an"})
            for t in span.doc[span.start : end]
        )
        or (len(span) > 1 and _gerund(span[0].text))
    )


def title_runs(doc: Doc) -> list[Span]:
    """Runs of capitalised words with a capitalised article, preposition, pronoun or auxiliary inside
    them ("Songs In The Key Of Life", "Meet The Fockers", "Do They Know It's Christmas"): a title,
    however the recogniser cut it (a work's, or a body's when it opens with people: "Reporters
    Without Borders"); prose does not capitalise those words ("told The Times" opens with one; "Bank
    of England" writes it small)."""
    runs, i = [], 0
    while i < len(doc):
        j = i
        # a verb's clitic stays in the title ("It's"), an owner's ends it ("Band Aid's") unless a title
        # was under way ("Harry Potter And The Philosopher's Stone", "Alice In The Queen's Garden")
        while j < len(doc) and (
            _capitalised(doc[j])
            or j > i
            and doc[j].lower_ in ("'s", "’s")
            and (
                doc[j].tag_ != "POS"
                or j + 1 < len(doc)
                and _capitalised(doc[j + 1])
                and any(t.lower_ in TITLE_WORDS and t.is_title for t in doc[i + 1 : j])
            )
        ):
            j += 1
        while j > i and not _capitalised(doc[j - 1]):
            j -= 1
        if (
            j - i >= 3
            and any(t.lower_ in TITLE_WORDS and t.is_title for t in doc[i + 1 : j - 1])  # not "US"
            and not _one_body(doc[i:j])
        ):
            runs.append(doc[i:j])
        i = max(j, i + 1)
    return runs


def _one_body(span: Span) -> bool:
    """Whether the recogniser reads a run of capitalised words as one body's name ("Reporters Without
    Borders", "Friends Of The Earth"), which a capitalised preposition does not make a title."""
    return any(
        e.label_ in ("ORG", "NORP", "FAC") and e.start <= span.start + 1 and e.end == span.end
        for e in span.ents
    ) or (span.start > 0 and span.doc[span.start].ent_type_ == "ORG" and span.doc[span.start].ent_iob_ == "I")


def _republics(doc: Doc) -> list[Span]:
    """States named as republics, which the recogniser cuts after "Republic": "the Republic of Ireland",
    "the Democratic Republic of Congo"."""
    out = []
    for tok in doc:
        if tok.text != "Republic" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "of":
            continue
        start = tok.i - (tok.i > 0 and doc[tok.i - 1].text == "Democratic")
        end = tok.i + 2 + (doc[tok.i + 2].lower_ == "the")
        while end < len(doc) and _capitalised(doc[end]):
            end += 1
        span = doc[start:end]
        if end > tok.i + 2 and country_code(span.text) is not None:
            out.append(span)
    return out


#: creeds whose capitalised word is as often a name or an adjective of another kind ("Mr Green", "Liberal
#: views", "Democrat hopeful")
_SHARED_CREEDS = frozenset({"green", "liberal", "democrat", "dem", "progressive", "democratic", "populist"})


def _missed_parties(doc: Doc) -> list[Span]:
    """A party's one-word name the recogniser missed: "The Tories accuse Labour of raising taxes" (not
    "Labour costs rose", a common noun opening the sentence)."""
    return [
        doc[tok.i : tok.i + 1]
        for tok in doc
        if tok.is_title
        and not tok.ent_type_
        and tok.pos_ in ("PROPN", "NOUN")
        and party_name(tok.text)
        and singular(tok.lower_) not in _SHARED_CREEDS
        and not (tok.is_sent_start and tok.dep_ in ("compound", "amod"))
        # a word of a longer name or title: "New Labour", "Economy and Labour Minister"
        and not (tok.i > 0 and doc[tok.i - 1].is_title and not doc[tok.i - 1].is_sent_start)
        and not (tok.i + 1 < len(doc) and doc[tok.i + 1].is_title)
    ]


def _authored_titles(doc: Doc) -> list[Span]:
    """Titles set off by their author: "Brown's Britain, by Robert Peston, says …" (a book, not the
    country; "Chelsea, by contrast, …" names no author)."""
    out = []
    for tok in doc:
        if tok.text != "," or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "by":
            continue
        if doc[tok.i + 2].ent_type_ != "PERSON" or doc[tok.i + 2].ent_iob_ != "B":
            continue
        start = tok.i
        while start > 0 and (
            _capitalised(doc[start - 1]) or doc[start - 1].text in ("'s", "’s") and start > 1
        ):
            start -= 1
        if start == tok.i or start > 0 and not doc[start - 1].is_sent_start and doc[start - 1].is_alpha:
            continue  # a title opens its sentence (or follows its first word, "But …") or a punctuation mark
        span = doc[start : tok.i]
        if span[-1].ent_type_ != "PERSON":  # "Tony Blair, by his own account": a person's name
            out.append(span)
    return out


#: small words inside a title ("Top of the Pops", "Hopes and Fears")
_TITLE_JOINTS = frozenset({"and", "of", "the", "&", "a"})


def _kind_titles(doc: Doc) -> list[Span]:
    """Titles right after the kind of work they name, whatever the recogniser made of them or missed:
    "animated movie Robots", "their single Killamangiro", "debut album Hopes and Fears" ("the film Paul
    Giamatti starred in" names a person, not the film)."""
    out = []
    for tok in doc:
        if tok.lower_ not in WORK_KINDS or tok.tag_ not in ("NN", "JJ") or not tok.is_lower:
            continue
        j = tok.i + 1
        while j < len(doc):
            k = j
            while j > tok.i + 1 and k < len(doc) and doc[k].lower_ in _TITLE_JOINTS:
                k += 1  # "Top of the Pops"
            if k < len(doc) and _capitalised(doc[k]):
                j = k + 1
            elif k == j > tok.i + 1 and doc[j].like_num:
                j += 1  # "the charity single Band Aid 20"
                break
            else:
                break
        if j == tok.i + 1 or doc[tok.i + 1].is_sent_start:
            continue
        # "comedy The Pacifier": the title's "The" stays out, as of every name ("the BBC")
        span = doc[tok.i + 1 + (doc[tok.i + 1].lower_ == "the" and j > tok.i + 2) : j]
        if _one_entity(span) or any(t.ent_type_ == "PERSON" for t in span) and given_name(span[0].text):
            continue  # a name the recogniser found whole keeps its reading, which the noun before corrects
        out.append(span)
    return out


def _one_entity(span: Span) -> bool:
    """Whether the recogniser tagged a span as one entity, no more, no less."""
    doc = span.doc
    return (
        span[0].ent_iob_ == "B"
        and all(t.ent_iob_ == "I" for t in span[1:])
        and (span.end == len(doc) or doc[span.end].ent_iob_ != "I")
    )


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[0].isupper()


def _gerund(word: str) -> bool:
    """Whether a capitalised word is a verb's -ing form ("Finding", "Leaving", "Running"), no given name."""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 6 or given_name(word) or low in ("evening", "morning"):
        return False  # times of day are no verb forms ("Evening Standard", "Morning Star")
    stem = low[:-3]
    verbs = dictionary_words(("verb",))
    return stem in verbs or stem + "e" in verbs or stem[-1:] == stem[-2:-1] and stem[:-1] in verbs


def demonym_person(span: Span) -> bool:
    """Whether a span is "the Briton", "a Kenyan": one person called by nationality, no name."""
    tok = span[0]
    return (
        len(span) == 1
        and demonym_country(tok.text) is not None  # first: a remembered look-up that few words pass
        and tok.i > 0
        and (
            tok.doc[tok.i - 1].lower_ in ("the", "a", "an", "another")
            # "the 24-year-old Swiss", "the experienced Kenyan"
            or any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in tok.children)
            and any(c.dep_ in ("amod", "compound") for c in tok.children)
        )
        # "killed an Israeli": tagged an adjective, used as a noun ("the Irish" are a people, or its side)
        and (
            tok.tag_ in ("NN", "NNP")
            or tok.tag_ == "JJ"
            and tok.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
            and tok.doc[tok.i - 1].lower_ in ("a", "an", "another")
        )
        and tok.dep_ not in ("amod", "compound", "nmod")
        and country_code(tok.text) is None
    )


def _common_word_opening(span: Span) -> bool:
    """Whether a one-word "name" is a common word capitalised only because it opens a sentence or a
    quotation ("Broadband is moving …") and the text never writes it so elsewhere (read for places
    only: "Apple said" names a firm)."""
    if len(span) != 1:
        return False
    tok = span[0]
    start = tok.sent.start
    opening = tok.i == start or all(t.is_punct for t in tok.doc[start : tok.i])
    text = tok.text
    return (
        opening
        and text.lower() in dictionary_words()
        and country_code(text) is None
        and not city(text)
        and not any(
            t.text == text and t.i != tok.i and not (t.i == t.sent.start or t.doc[t.i - 1].is_punct)
            for t in tok.doc
        )
    )


#: words a body's name may end on only when its name goes on: "the Office of the [Deputy Prime Minister]"
_NAME_CUTS = frozenset({"of", "for", "the"})


def _run_on(ent: Span) -> Span:
    """A body's name the recogniser cut after "of" or "for" goes on over the capitalised words after it ("the
    Office of the [Deputy Prime Minister]"), up to another name (a country after "of" is read elsewhere), a
    lower-case word or a mark."""
    doc, end = ent.doc, ent.end
    if end - ent.start < 2 or doc[end - 1].lower_ not in _NAME_CUTS:
        return ent
    run = _name_run(doc, end, frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "DATE", "CARDINAL"}))
    return Span(doc, ent.start, run, label=ent.label_) if run > end else ent


def find_mentions(doc: Doc, titled: dict[int, int], overruled: dict[int, str]) -> list[tuple[Span, str]]:
    """NER mentions plus actor noun phrases, as (core span, NER-ish label); see `_with_trained` for `titled`."""
    out: list[tuple[Span, str]] = []
    covered: set[int] = set()
    states = _state_after_comma(doc)
    for span in states:
        out.append((span, "GPE"))
        covered.add(span.start)
    for span in title_runs(doc):
        # "Reporters Without Borders", "Children With Leukaemia": people's names for their body
        out.append((span, "ORG" if people_plural(span[0].lower_) else "WORK"))
        covered.update(range(span.start, span.end))
    # names the recogniser cut or missed, which their own words or the words around them give whole
    for find, label in (
        (_republics, "GPE"),
        (_authored_titles, "WORK"),
        (_kind_titles, "WORK"),
        (_missed_parties, "ORG"),
    ):
        for span in find(doc):
            if not covered & set(range(span.start, span.end)):
                out.append((span, label))
                covered.update(range(span.start, span.end))
    for ent in doc.ents:
        if ent.label_ not in _NER_CLASS or covered & set(range(ent.start, ent.end)):
            continue
        split = _dateline_split(ent)
        if split is not None:
            out += [(doc[ent.start : split], "GPE"), (doc[split : ent.end], "ORG")]
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ in ("ORG", "PERSON", "WORK_OF_ART") and (joined := _two_names(ent)) is not None:
            label = ent.label_
            out += [(trim(doc[ent.start : joined])[0], label), (trim(doc[joined + 1 : ent.end])[0], label)]
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ == "ORG":
            ent = _run_on(ent)
        core, _ = trim(ent)
        if ent.label_ == "PERSON" and _hyphen_cut(core):
            # "Nadia Magnenat[-Thalman]": the model stopped at the hyphen
            core = doc[core.start : core.end + 2]
        if ent.label_ == "PERSON":
            core = doc[core.start : _particle_end(core)]  # "Walter van [der Vijver]"
        if ent.label_ == "PERSON" and (storm := _storm(core)) is not None:
            out.append((storm, "WORK"))
            covered.update(range(storm.start, storm.end))
            continue
        if (law := _bill(core)) is not None:
            out.append((law, "WORK"))  # "the Finance Bill": a law's name, no one called Bill
            covered.update(range(law.start, law.end))
            continue
        if (
            len(core) == 1
            and core.start > 0
            and doc[core.start - 1].like_num
            and core.text.lower() in MEASURE_UNITS
        ):
            continue  # "12,600 MW of electricity": a unit, no name
        if ent.label_ in ("ORG", "PRODUCT") and (model := _model(core)) is not None:
            out.append((model, "WORK"))  # "the Boeing 747", "the Tandy 100": a model, not its maker
            covered.update(range(model.start, model.end))
            continue
        if len(core) > 1 and core[0].lower_ in TIME_ZONES:
            core = core[1:]  # "by 1300 GMT Carnival shares were": the time is no part of the name
        if (
            ent.label_ == "NORP"
            and core.start > 0
            and not doc[core.start - 1].is_space
            and party_name(doc[core.start - 1 : core.end].text)
        ):
            core = doc[
                core.start - 1 : core.end
            ]  # "Liberal Democrat leader X": the model began at "Democrat"
        if (
            ent.label_ == "ORG"
            and core[-1].lower_ in ORG_SUFFIXES
            and core.end + 1 < len(doc)
            and doc[core.end].lower_ == "of"
            and doc[core.end + 1].ent_iob_ == "B"
            and doc[core.end + 1].ent_type_ == "GPE"
        ):
            # "the Recording Industry Association [of America]": the body's name goes on to its country
            place = next(e for e in doc.ents if e.start == core.end + 1)
            core = doc[core.start : place.end]
            covered.update(range(place.start, place.end))
        if ent.label_ == "ORG" and (end := max(_for_tail(core), _listed_tail(core))) > core.end:
            # "the Commission [for Racial Equality]", "the Economic Commission [for Latin America and the
            # Caribbean]": the body's name goes on to what it is for
            core = doc[core.start : end]
            covered.update(range(core.start, core.end))
        if (
            ent.label_ == "ORG"
            and core.start >= 2
            and doc[core.start - 1].lower_ == "and"
            and doc[core.start - 2].is_title
            and demonym_country(core[0].text) is not None
            and demonym_country(doc[core.start - 2].text) is not None
        ):
            # "the British and [Irish Lions]": two peoples open one body's name
            core = doc[core.start - 2 : core.end]
            out = [(s, lab) for s, lab in out if not (core.start <= s.start and s.end <= core.end)]
        if ent.label_ in ("NORP", "GPE", "LOC") and follows_honorific(core):
            out.append((core, "PERSON"))  # "Mr Irish", "Mrs England": a surname, not a people or a place
            covered.update(range(core.start, core.end))
            continue
        if ent.label_ == "ORG" and _city_of_country(core):
            out.append((core, "GPE"))  # "of Auckland, New Zealand": a city and its country, no club or firm
            covered.update(range(core.start, core.end))
            continue
        if ent.label_ == "PERSON" and saint_place(ent):
            out.append((ent, "GPE"))
            covered.update(range(ent.start, ent.end))
            continue
        if ent.label_ == "PERSON" and party_name(core.text):
            out.append((core, "NORP"))  # "Tory Lord X" read as one name up to the honorific: the party
            covered.update(range(core.start, core.end))
            continue
        if (
            NUMBER_NAME.fullmatch(core.text)
            or core.text.lower() in _COUNT_WORDS  # "Millions watched the final": people, counted, no name
            or len(core) == 1
            and of_state(core[0])  # "Secretary of State": a post, no body
            or ent.label_ == "NORP"
            and _language(core)
            or core[-1].lower_ in TIME_ZONES  # "1230 GMT": a time of day
            or singular(core.text.lower().rstrip(".")) in ROLE_NOUNS
            or _opening_figure(core)
            or quoted(core)
            or demonym_person(core)
            or city_demonym(core.text)
            or _portfolio_place(core, ent.label_)
            or ent.label_ == "ORG"
            and (_post_words(core) or _described_title(core))
            or ent.label_ == "PERSON"
            and _abstract(core)
            or ent.label_ != "NORP"
            and descriptor_word(core)
            or ent.label_ in ("GPE", "LOC", "FAC")
            and _common_word_opening(core)
        ):
            continue  # "300bn", "CEO", "Flicker", "the Briton": an amount, a title, a work, a person's nationality
        if (
            all(
                t.pos_ == "PRON"
                or t.tag_ in ("WDT", "WP")
                or t.lower_.rstrip(".") in POSTNOMINALS
                or t.lower_.rstrip(".") in HONORIFICS
                for t in core
            )
            or not any(has_letter(t) for t in core)
            or ent.label_ == "PERSON"
            and (not person_words(core) or unnamed(core))
        ):  # "Ms." alone names no one ("Mr" of "Mr Justice X" no place), nor does "judges"
            continue
        if ent.label_ == "ORG" and (called := _called_person(core)) is not None:
            out.append((called, "PERSON"))  # "Rapper 50 Cent", "Star Christina Applegate": a person
            covered.update(range(core.start, core.end))
            continue
        if ent.label_ == "PERSON" and product_name(core):
            out.append((core, "OTHER"))  # "iPod", "iTunes": a product, no person
            covered.update(range(core.start, core.end))
            continue
        # "Trump administration", "US military": the actor is the phrase, not the name inside it
        if (
            actor_class(core.root.head) is not None
            and core.root.dep_ in ("compound", "poss")
            and core.root.head.i == core.end
            and ent.label_ != "NORP"
        ):
            continue
        if ent.label_ == "ORG" and _weekday_before(core):
            # "Sunday Telegraph": the model took the name's first word for a day
            core = doc[core.start - 1 : core.end]
        if ent.label_ == "ORG":
            core = doc[_acronym_start(core) : core.end]
        if ent.label_ == "ORG" and (start := org_start(core)) < core.start:
            core = doc[start : core.end]  # "Blu-ray Disc Association": the model began the name late
            out = [(m, lab) for m, lab in out if m.end <= start or m.start >= core.end]
        if ent.label_ == "PERSON" and work_title(core):
            out.append((core, "WORK"))  # "Lose My Breath", "Finding Nemo": a work's title, no one's name
            covered.update(range(core.start, core.end))
            continue
        if ent.label_ == "PERSON" and (title_end := title_and_the(core)) is not None:
            core = doc[core.start : title_end]  # "Peter Pan and the Lost Island": a work's title
            out = [(m, lab) for m, lab in out if m.end <= core.start or m.start >= core.end]
            out.append((core, "WORK"))
            covered.update(range(core.start, core.end))
            continue
        if ent.label_ in ("GPE", "LOC") and athlete_of_country(core):
            core = doc[name_start(core) : core.end]
            out.append((core, "PERSON"))
        else:
            out.append((core, ent.label_))
        covered.update(range(core.start, core.end))
    if CONLL_SPANS in doc.spans:
        out = _with_trained(doc, out, titled, overruled)
        out = [
            (_without_tenure(span) if label == "PERSON" else span, label)
            for span, label in out
            if not _family_name(span)
        ]
        covered = {i for span, _ in out for i in range(span.start, span.end)}
    for span in honoured(doc, covered):
        out.append((span, "PERSON"))
        covered.update(range(span.start, span.end))
    for name in titled_list(doc):
        # "Lords Bingham, Steyn, Hope and Carswell": each a person, whatever the models read
        if not any(m.start <= name.i < m.end and lab == "PERSON" for m, lab in out):
            out = [(m, lab) for m, lab in out if not m.start <= name.i < m.end]
            out.append((doc[name.i : name.i + 1], "PERSON"))
            covered.add(name.i)
    for span in employers(doc, [m for m, label in out if label == "PERSON"], covered):
        if _portfolio(span) or _post_words(span):
            continue  # "Economics minister X", "BBC Political Correspondent Y": the post's words, no employer
        out.append((span, "ORG"))
        covered.update(range(span.start, span.end))
    for tok in doc:
        if (
            actor_class(tok) is not None
            and tok.i not in covered
            and not _titled(tok)
            # "the Commons home affairs committee": one body, the committee
            and not (
                tok.dep_ == "compound" and actor_class(tok.head) in ("Organization", "GovernmentOrganization")
            )
            and not _party_brief(tok)
        ):
            left = [
                c
                for c in tok.lefts
                if c.dep_ in ("compound", "amod", "nmod") and c.i >= tok.i - 3 and not article_apart(c, tok)
            ]
            # a modifier's own name words and hyphenated parts come along: "a Los Angeles court",
            # "PC-owning consumers"
            start = min(
                [
                    # "Latin American artists": a people's name of two words is one modifier
                    c.left_edge.i
                    if c.pos_ == "PROPN" or c.ent_type_ == "NORP" or _hyphenated(c) or _noun_run(c)
                    else c.i
                    for c in left
                ]
                + [tok.i]
            )
            # a state body or a body of people by whose it is, named without titles: "Yushchenko's
            # administration", "Turkey's government", "China's banks" (not banks at large)
            owner = next((c for c in tok.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if owner is not None and actor_class(tok) in ("GovernmentOrganization", "Group"):
                first = owner.i
                while (
                    first > 0
                    and doc[first - 1].dep_ == "compound"
                    and doc[first - 1].pos_ == "PROPN"
                    and doc[first - 1].lower_.rstrip(".") not in TITLES | HONORIFICS
                ):
                    first -= 1
                start = min(start, first)
            # "it was 'rather good' ministers …": ministers; "Treaty Organisation (Nato) leaders": no half
            # of a bracket
            cuts = [t.i for t in doc[start : tok.i] if t.is_quote or t.is_bracket]
            start = cuts[-1] + 1 if cuts else start
            if (count := _count_of(tok)) is not None and not any(
                t.is_quote or t.is_bracket for t in doc[count.left_edge.i : tok.i]
            ):
                # "more than 7,000 people entered the UK": without its count, "people" names anyone
                out.append((doc[count.left_edge.i : tok.i + 1], "ACTOR"))
                continue
            while start < tok.i and (
                doc[start].is_punct
                or doc[start].lower_ in SCALE_WORDS  # "4.5m workers": the scale of a number, no modifier
                or doc[start].dep_ == "amod"
                and doc[start].lower_
                in QUANTIFIERS  # "many critics" are critics; "older voters" a group of their own
            ):
                start += 1
            # "Non-US coalition forces": the word hyphened to the first modifier is part of it
            start = hyphened_start(doc, start)
            out.append((doc[start : _restricted_end(tok)], "ACTOR"))
    # "Guy Mansfield QC": letters after a name, however a reading split them off, name no one
    out = [
        piece
        for m, lab in out
        if not all(t.lower_.rstrip(".") in POSTNOMINALS for t in m)
        and not portfolio_item(m)
        and not (lab in ("GPE", "LOC", "FAC") and _common_plural(m))
        for piece in _at_honorific(*_titled_given(m, lab))
    ]
    return _regional_arms(doc, _city_sides(doc, out))


def _restricted_end(tok: Token) -> int:
    """Where a plural actor noun's phrase ends: after the short participle phrase that says which ones it
    means ("companies [facing the biggest deficits]", "people [living near the plant]"; alone, "companies"
    names no one), else right after the noun."""
    if tok.tag_ != "NNS" or tok.i + 1 >= len(tok.doc):
        return tok.i + 1
    clause = tok.doc[tok.i + 1]
    # at most one word past the limit: a run-on sentence would make every plural noun walk all of it
    words = list(islice(clause.subtree, _RESTRICTING_WORDS + 1))
    if (
        clause.head == tok
        and clause.dep_ == "acl"
        and clause.tag_ in ("VBG", "VBN")
        and clause.left_edge == clause
        and 1 < len(words) <= _RESTRICTING_WORDS
        and not any(t.pos_ in ("PROPN", "PRON") or t.is_punct or t.like_num for t in words)
    ):
        return clause.right_edge.i + 1
    return tok.i + 1


#: the longest participle phrase read into a group's name
_RESTRICTING_WORDS = 5

#: nouns for a family that a name before them names as a whole: "the von Trapp family" is no one person
_FAMILY_NOUNS = frozenset({"family", "clan", "dynasty"})


def _family_name(span: Span) -> bool:
    """Whether a name only names a family ("the von Trapp family", "the Conlon and Maguire families"): the
    family is an actor of its own, and the trained recognizer's reading of its name as a person's is no
    person."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the Conlon and Maguire families"
    return (
        root.dep_ in ("compound", "nmod")
        and root.head.i >= span.end
        and root.head.lemma_.lower() in _FAMILY_NOUNS
        and all(
            t.is_title or t.lower_ in ("and", ",") or t.dep_ == "conj"
            for t in span.doc[span.end : root.head.i]
        )
    )


def _hyphen_cut(span: Span) -> bool:
    """Whether a name ends right before a hyphen that joins it to a capitalised word: a double-barrelled
    surname the model cut in two ("Nadia Magnenat-Thalman")."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not span[-1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_title
        and doc[span.end + 1].is_alpha
    )


def _model(span: Span) -> Span | None:
    """A maker's name and the number after it ("Boeing 747", "Xbox 360"): a model, unless the name is a
    broadcaster's ("Channel 4", "Radio 1")."""
    doc = span.doc
    if span.end >= len(doc) or span[-1].text in _MEDIA_HEADS | {"Channel"}:
        return None
    num = doc[span.end]
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if (
        num.is_digit
        and num.dep_ in ("nummod", "appos", "compound", "npadvmod")
        and span.start <= num.head.i < span.end
        and not (after is not None and (after.text in ("%", "-") or after.lower_ in _MEASURE_WORDS))
    ):
        return doc[span.start : span.end + 1]
    return None


#: words after a number that make it a measure, not a model's number
_MEASURE_WORDS = SCALE_WORDS | {"percent", "per", "points", "pence", "cents"}


def _particle_end(span: Span) -> int:
    """Where a name that the model ended on a lowercase particle goes on: "Walter van [der Vijver]", "Ana
    de [la Cruz]" (more particles, then one capitalised word); the span's own end otherwise."""
    doc, end = span.doc, span.end
    if not (span[-1].is_lower and span[-1].text in NAME_PARTICLES):
        return end
    while end < len(doc) and doc[end].is_lower and doc[end].text in NAME_PARTICLES:
        end += 1
    return end + 1 if end < len(doc) and doc[end].is_title and doc[end].is_alpha else span.end


def _noun_run(mod: Token) -> bool:
    """Whether a modifier's words before it are all nouns and adjectives, part of the name of a kind:
    "the environment select committee", "the home affairs committee", "Drug squad detectives" opening a
    sentence ("the 10-member panel" is not)."""
    words = mod.doc[mod.left_edge.i : mod.i]
    return len(words) > 0 and all(
        t.pos_ in ("NOUN", "ADJ") and t.is_alpha and (t.is_lower or t.is_sent_start and t.pos_ == "NOUN")
        for t in words
    )


def _city_sides(doc: Doc, out: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """Clubs named by a city and a people, before a post: "London Irish coach X", "London Welsh director
    Y" (one body, no Irishman or Welshman; the models read a city and a people)."""
    starts = {m.start: (m, label) for m, label in out}
    sides = {
        m.start: doc[m.start : people.end]
        for m, label in out
        if label == "GPE"
        and (after := starts.get(m.end)) is not None
        and after[1] == "NORP"
        and len(people := after[0]) == 1
        and demonym_country(people.text) is not None
        and country_code(m.text) is None
        and people.end < len(doc)
        and doc[people.end].lower_ in ROLE_NOUNS
    }
    if not sides:
        return out
    taken = {side.end - 1 for side in sides.values()}
    return [
        (sides[m.start], "ORG") if m.start in sides else (m, lab) for m, lab in out if m.start not in taken
    ]


def _regional_arms(doc: Doc, out: list[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """ "Diageo North America president X", "Sony Europe boss X", "chief executive of AOL UK": a name and a
    place before or after a firm's post are one organisation, the firm's arm there (the models cut it into a
    person or a firm and a country, which would make X the country's president)."""
    starts = {m.start: k for k, (m, _) in enumerate(out)}
    arms: dict[int, tuple[Span, str] | None] = {}
    for k, (m, label) in enumerate(out):
        nxt = starts.get(m.end)
        if nxt is None or label not in ("ORG", "PERSON") or out[nxt][1] not in ("GPE", "LOC"):
            continue
        place = out[nxt][0]
        if (
            place.end + 1 < len(doc)
            and doc[place.end].lower_ in ORG_HEAD_ROLES
            and doc[place.end + 1].ent_type_ == "PERSON"
        ) or (
            # "chief executive of AOL UK": the post's firm, named with where its arm is
            label == "ORG"
            and m.start > 0
            and doc[m.start - 1].lower_ == "of"
            and doc[m.start - 1].head.lower_ in ORG_HEAD_ROLES
            and (place.end == len(doc) or doc[place.end].is_punct)
        ):
            arms[k], arms[nxt] = (doc[m.start : place.end], "ORG"), None
    if not arms:
        return out
    return [arm for k, m in enumerate(out) if (arm := arms.get(k, m)) is not None]


def _language(span: Span) -> bool:
    """Whether a nationality word is a language: "said in French", "written in Spanish"."""
    root = span.root
    return (
        len(span) == 1
        and root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and not any(c.dep_ == "det" for c in root.children)
        and not root.lower_.endswith("s")
    )


def _titled(tok: Token) -> bool:
    """Whether a capitalised noun closes a title that opens with a possessive ("My Family")."""
    return tok.is_title and tok.i > 0 and any(title_opener(t) for t in tok.lefts)


def _hyphenated(tok: Token) -> bool:
    """Whether a word is the end of a hyphenated compound ("PC-owning", "long-term")."""
    left = tok.left_edge
    return left.i < tok.i and all(not t.whitespace_ for t in tok.doc[left.i : tok.i])


def _count_of(tok: Token) -> Token | None:
    """The number that counts a plural body named by no determiner: "856,600 people", "more than 7,000
    people", "144 million viewers" ("the two firms" takes up firms named before)."""
    if tok.tag_ != "NNS" or any(c.dep_ in ("det", "poss") for c in tok.children):
        return None
    count = next((c for c in tok.lefts if c.dep_ == "nummod" and c.tag_ == "CD" and c.i == tok.i - 1), None)
    # the count opens the phrase: "the UK's top 250 firms" are ranked, not counted
    return count if count is not None and count.left_edge.i == tok.left_edge.i else None


#: a person's time in office, which a recogniser may read as part of the name: "the Bush Presidency"
_TENURE_NOUNS = frozenset({"presidency", "premiership", "administration", "era", "regime", "reign", "years"})


def _without_tenure(span: Span) -> Span:
    """A person's name without the word for their time in office after it ("Bush Presidency" → "Bush")."""
    return span[:-1] if len(span) > 1 and span[-1].lower_ in _TENURE_NOUNS else span
