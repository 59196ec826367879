"""Titles before names and appositions as roles: "Colombian President Gustavo Petro" → Petro holds
role President and leads Colombia; and the country a government body belongs to.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.nlp.arguments import partitive_names
from kg.nlp.countries import UK_NATION_DEMONYMS, country_code, country_label, demonym_country
from kg.nlp.entities import ACTOR_TYPES, entity_id, slug
from kg.nlp.lexicon import (
    CALLINGS,
    CHAIRS,
    COMPASS,
    FOUNDERS,
    HONORIFICS,
    KINSHIP,
    MEASURE_UNITS,
    MEMBER_ROLES,
    NATION_ROLES,
    OWNED_NOUNS,
    OWNER_NOUNS,
    PAST_MARKERS,
    PERIOD_NOUNS,
    PERSONAL_RELATIONS,
    PLACE_OFFICES,
    PORTFOLIO_POSTS,
    REGION_ENDINGS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    ROYAL_TITLES,
    SEAT_POSTS,
    TIE_ROLES,
    TITLES,
    TOP_QUALIFIERS,
    WORK_MAKERS,
    leads,
    media_device,
    post_of_place,
    sports_post,
)
from kg.nlp.links import ORG as ORG_TYPES
from kg.nlp.links import PLACE as PLACE_TYPES
from kg.nlp.links import addressed_as, peoples_adjective, portfolio, seat_for_place
from kg.nlp.people import hyphen_compound, hyphen_prefix, party, prize_category
from kg.nlp.pipeline import dictionary_noun, dictionary_words
from kg.nlp.state import Clause, ReaderState, Scope
from kg.terms import subclasses
from kg.types import Entity, Literal

__all__ = ["Roles"]


_ROLE_PREPS = ("of", "with", "at", "for", "from")


def _classifying(adj: Token) -> bool:
    """Whether an adjective says what kind of post it is ("financial director", "general secretary",
    "chief executive"), not what the writer thinks of its holder ("a canny manager", "the
    experienced coach")."""
    low = adj.lower_
    return (
        low in TOP_QUALIFIERS | PAST_MARKERS
        or adj.like_num  # "Saints' third boss"
        or low in dictionary_words(("noun",))  # "a travel agent", "a sound engineer", tagged adjectives
        or low.endswith(("al", "ic", "ive", "ary", "ior", "ist"))
        or "-" in low
    )


#: distinctions won in a contest, which the contest's name before them is part of
_CONTEST_TITLES = frozenset({"champion", "winner", "medallist", "medalist", "finalist"})


#: last words of a contest's name: "the US Open", "the World Cup", "the Grand Slam"
_CONTEST_ENDS = frozenset(
    {"open", "cup", "masters", "championship", "championships", "games", "trophy", "classic", "slam", "prix"}
)


def _contest_name(words: list[Token]) -> set[int]:
    """The token indices of a contest's name of more than one word right before a distinction that ends
    `words` ("Australian Open" of "the 2000 Australian Open champion"), or none."""
    if len(words) < 3 or words[-1].lower_ not in _CONTEST_TITLES or words[-2].lower_ not in _CONTEST_ENDS:
        return set()
    run = words[:-1]
    k = len(run)
    while (
        k > 0 and (run[k - 1].is_title or run[k - 1].is_upper) and run[k - 1].pos_ in ("PROPN", "ADJ", "NOUN")
    ):
        k -= 1
    return {t.i for t in run[k:]} if len(run) - k > 1 else set()


def _honorific(word: str, nxt: str) -> bool:
    """Whether a title's word is an honorific, no part of the post: not "Lord" of "Lord Chancellor",
    "Lord Chief Justice", "Lord Mayor", which opens the post's name (written small too: "former lord
    chancellor X")."""
    return word.lower().rstrip(".") in HONORIFICS and not (
        (word in ("Lord", "Lady") and nxt[:1].isupper() or word in ("lord", "lady") and nxt.islower())
        and nxt.lower() in ROLE_NOUNS
    )


def _role_words(words: list[Token]) -> list[Token]:
    """The role phrase at the end of `words`: a role noun and the modifiers before it ("shadow
    chancellor", "president and chief executive"); empty if the last word is not a role noun, or if
    it names a prize ("best actress X")."""
    if not words or words[-1].lower_.rstrip(".") not in ROLE_NOUNS or hyphen_compound(words[-1]):
        return []
    if len(words) > 1 and words[-2].lower_ == "front" or prize_category(words):
        return []  # "front runner X": a place in a race, no post
    if words[-1].lower_ in ("player", "players") and len(words) > 1 and media_device(words[-2].text):
        return []  # "their iPod, their MP3 player": a machine, no one's post
    if words[-1].tag_ == "VB" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in words[-1].children):
        return []  # "rose to head Frank Lampard's corner": a verb whose object the name owns, no post
    out: list[Token] = []
    contest = _contest_name(words)
    for tok in reversed(words):
        if tok.i in contest:
            out.insert(0, tok)  # "US Open champion", "World Cup winner": the whole contest's name
            continue
        if tok.pos_ in ("DET", "PRON", "PUNCT") or tok.tag_ == "POS" or tok.is_space:
            break
        if tok.lower_ == "past" and tok.i > 0 and tok.nbor(-1).pos_ == "VERB":
            break  # "headed past keeper X": the way the ball went, no past post
        if tok.lower_ == "old" and tok.i > 1 and tok.doc[tok.i - 2].lower_ in ("year", "years"):
            break  # "the 20-year-old striker X": an age, no part of the post
        if (
            tok.i > 0
            and tok.nbor(-1).like_num
            and (not tok.nbor(-1).whitespace_ or tok.lower_.removesuffix("s") in MEASURE_UNITS)
        ):
            # "the 800m and 1500m champion", "the Olympic 400 metres champion": the distance ("m" of
            # "1500m") is the event's, no post's
            break
        if tok.lower_ == "and" and out and out[0].lower_.rstrip(".") in ROLE_NOUNS - ROYAL_TITLES:
            out.insert(0, tok)  # "president and chief executive"; "the Queen and Prince X" are two people
            continue
        if (
            out
            and out[-1].lower_ in _CONTEST_TITLES
            and tok.is_title
            # a word or a contest's name, no country's ("England champion X" is English)
            and (tok.pos_ in ("ADJ", "NOUN") and not tok.ent_type_ or tok.ent_type_ == "EVENT")
            # one word: "US Open champion", "French Open champion" name the contest by a country's name,
            # which we cannot tell from the holder's
            and not (tok.i > 0 and tok.nbor(-1).text[:1].isupper())
        ):
            out.insert(0, tok)  # "Olympic champion", "World champion": the contest's
            continue
        if (
            tok.lower_ in ("and", ",")
            and out
            and out[-1].lower_ in PORTFOLIO_POSTS
            and out[0].is_title
            and out[0].lower_ not in PORTFOLIO_POSTS
        ):
            out.insert(0, tok)  # "Trade and Industry Secretary", "Culture, Media and Sport Secretary"
            continue
        if (
            tok.lower_.rstrip(".") in ROLE_NOUNS | TITLES
            and not _honorific(tok.text, tok.doc[tok.i + 1].text if tok.i + 1 < len(tok.doc) else "")
            or tok.lower_ in ROLE_MODIFIERS
            or tok.is_lower
            and (tok.pos_ == "NOUN" or tok.pos_ == "ADJ" and (tok.dep_ != "amod" or _classifying(tok)))
            and tok.dep_ in ("compound", "amod", "nmod", "conj")
            # "Economics minister X", "Trade Secretary Y": the post's field, capitalised
            or out
            # the word right before the post, or one joined to its field: "Trade and Industry Secretary"
            and (
                out[0].lower_ in PORTFOLIO_POSTS
                or out[0].lower_ in ("and", ",")
                and out[-1].lower_ in PORTFOLIO_POSTS
                # "International Development Secretary": a field of two capitalised words
                or len(out) == 2
                and out[-1].lower_ in PORTFOLIO_POSTS
                and out[0].is_title
                and tok.pos_ in ("NOUN", "PROPN", "ADJ")
                and tok.ent_type_ not in ("DATE", "TIME")  # "on Tuesday Foreign Secretary X"
            )
            and tok.is_title
            and dictionary_noun(tok.lower_)
        ):
            out.insert(0, tok)
            continue
        break
    while out and out[0].lower_ in ("and", ","):
        out.pop(0)
    doc = words[-1].doc
    if out and (prefix := hyphen_prefix(out[0])) is not None and prefix != "ex":  # "ex-" makes it past
        # "Tory co-chairman X", "four-time champion Y", "non-executive director Z": the word before the
        # hyphen is the post's (an age stops the post above: "the 20-year-old striker")
        out = [doc[out[0].i - 2], doc[out[0].i - 1], *out]
    start = out[0].i if out else 0
    if any(t.lower_ == "and" for t in out) and any(
        t.lower_ == "both" for t in out[0].doc[max(0, start - 3) : start]
    ):
        # "both the prime minister and Chancellor X": two people, X holds only the second title
        out = out[[t.lower_ for t in out].index("and") + 1 :]
    return out


def _field(thing: Entity) -> bool:
    """Whether a thing a post is "of" is a field of work in common words: one word or ending in a plural
    ("equities", "corporate communications", "emerging technologies"); "the chart show", "its mobile
    networks division" are things one heads."""
    words = thing.label.split()
    return thing.label.islower() and (len(words) == 1 or words[-1].endswith("s"))


#: words that make a post one still to be held: "a prospective Labour MP", "the chairman designate"
_FUTURE_MARKERS = frozenset({"prospective", "designate", "incoming"})

#: nouns of fame that a name is praised with, no post anyone holds: "soul legend Ray Charles"; a tally
#: kept is none either ("Liverpool's leading scorer")
_EPITHETS = frozenset(
    {"legend", "great", "veteran", "icon", "hero", "idol", "scorer", "goalscorer", "marksman"}
)


#: verbs of acting: their object is a part played ("playing con artist Myra Langtry"), no one's real title
_ACTING_VERBS = frozenset({"play", "portray", "depict", "impersonate"})


def _a_part(name: Token) -> bool:
    """Whether a name is a part an actor plays, whose title is the part's, not a real role."""
    return name.dep_ == "dobj" and name.head.lemma_.lower() in _ACTING_VERBS


class Roles:
    """Roles from titles and appositions, and affiliations, added to `state`."""

    def __init__(self, state: ReaderState):
        self.state = state
        self.doc, self.index, self.args = state.doc, state.index, state.args
        # every mention as a span, made once: each sentence looks for the names it holds among them
        self._spans = {
            m: span
            for e in self.index.entities
            for m in e.mentions
            if (span := self.doc.char_span(*m, alignment_mode="expand")) is not None
        }

    def read(self, sent: Span) -> None:
        """Titles before names and appositions: "Colombian President Gustavo Petro", "Gazprom boss X",
        "France's finance minister X", "Kenteris' lawyer X", "X, an analyst with Barclays",
        "X, head of the tax office", "X, who was head of the team"."""
        for ent in (e for e in self.index.entities if e.type == "Person"):
            for start, end in ent.mentions:
                span = self._spans.get((start, end))
                if span is None or not (sent.start <= span.start < sent.end) or _a_part(span.root):
                    continue
                self._title_role(ent, span, sent)
                found = [
                    *self.state.matches.at("apposition", span.root),
                    *self.state.matches.at("description-before", span.root),
                    *self.state.matches.at("relative-description", span.root),
                ]
                # in the order the descriptions hang off the name
                for b in sorted(found, key=lambda b: [t.i for t in b.values()]):
                    if self._titles_another(ent, b["description"], span):
                        continue  # "without flanker X, coach Y": the title is Y's
                    self._described_role(ent, b["description"], sent)
                    self._related(ent, b["description"], sent)
                one = next(
                    (
                        t
                        for t in (span.root.head, *span.root.head.children)
                        if t.lower_ == "one" and span.root in partitive_names(t)
                    ),
                    None,
                )
                if one is not None:
                    self._related(ent, one, sent)  # "one of the Guildford Four, Gerry Conlon"
        for ent in (e for e in self.index.entities if e.type in ORG_TYPES):
            for start, end in ent.mentions:
                span = self._spans.get((start, end))
                if span is not None and sent.start <= span.start < sent.end:
                    for b in self.state.matches.at("apposition", span.root):
                        self._related(ent, b["description"], sent)

    def _titles_another(self, ent: Entity, noun: Token, span: Span) -> bool:
        """Whether a noun in apposition is the title of the person named right after it, or after a comma
        when the person it hangs on has a title before the name ("Immigration Minister X, the Foreign
        Minister, Y, and …")."""
        doc = noun.doc
        after = [noun.i + 1]
        if (
            span.start > 0
            and doc[span.start - 1].lower_ in TITLES
            and doc[noun.i + 1 : noun.i + 2].text == ","
        ):
            after.append(noun.i + 2)
        return any(
            (other := self.index.at(doc[i])) is not None and other is not ent and other.type == "Person"
            for i in after
            if i < len(doc)
        )

    def _related(self, ent: Entity, noun: Token, sent: Span) -> None:
        """What a described noun of someone says about the two: "X, a close ally of Y" (ally of),
        "X, the parent company of Y" (X owns Y), "X, a unit of Y" (Y owns X)."""
        lemma = noun.lemma_.lower()
        if noun.lower_ == "one":  # "X, one of the Beatles": a member of the band
            cl = Clause(sent.root, confidence=0.8)
            for pobj in (
                p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
            ):
                other = self.args.entity(pobj)
                if (
                    other is not None
                    and other is not ent
                    and other.type in ORG_TYPES | {"Group"}
                    and other.label[:1].isupper()  # a named band or group, not "the best players"
                ):
                    self.state.emit(ent, ("memberOf", "member of"), other, cl, None)
            return
        owner = lemma in OWNER_NOUNS or lemma == "company" and any(c.lower_ == "parent" for c in noun.lefts)
        if not (owner or lemma in OWNED_NOUNS or ent.type == "Person" and lemma in PERSONAL_RELATIONS):
            return
        cl = Clause(sent.root, confidence=0.8)
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                for other in (self.args.entity(t) for t in (pobj, *pobj.conjuncts)):
                    if other is None or other is ent or other.type not in ACTOR_TYPES:
                        continue
                    if owner:
                        if other.type in ORG_TYPES:
                            self.state.emit(ent, ("own", "owns"), other, cl, None)
                    elif lemma in OWNED_NOUNS:
                        if other.type in ORG_TYPES:
                            self.state.emit(other, ("own", "owns"), ent, cl, None)
                    elif other.type == "Person":
                        kin = lemma + "-in-law" * _in_law(noun)
                        self.state.emit(ent, (f"{slug(kin)}-of", f"{kin} of"), other, cl, None)

    def _title_role(self, person: Entity, span: Span, sent: Span) -> None:
        """The title and its organisation before a name: "[France's] [finance minister] Herve Gaymard"."""
        first = span.start  # a mention may open with its title ("President Kennedy")
        while first < span.end - 1 and self.doc[first].lower_.rstrip(".") in TITLES:
            first += 1
        for glued in self.doc[max(sent.start, first - 1) : min(first + 1, span.end - 1)]:
            if glued.text[:1].isupper() and (code := demonym_country(glued.text)):
                self.state.country_of.setdefault(person.id, self._country(code))  # "Briton Paula Radcliffe"
        before: list[Token] = []
        i = first - 1
        while i >= sent.start and (
            self.index.at(self.doc[i]) is None
            or self.index.at(self.doc[i]) is person
            and self.doc[i].lower_.rstrip(".") in TITLES
            or self.doc[i].lower_ in ROLE_MODIFIERS  # "Shadow chancellor X", however the model tagged it
        ):
            before.insert(0, self.doc[i])
            i -= 1
        if (
            before
            and before[-1].lower_ in _CONTEST_TITLES
            and (before[:-1] or self.doc[i : i + 1])[-1].lower_ in _CONTEST_ENDS
        ):
            while i >= sent.start and (self.doc[i].is_title or self.doc[i].is_upper) and self.doc[i].is_alpha:
                before.insert(0, self.doc[i])  # "US Open champion X": the contest's name, a country's or not
                i -= 1
        # demonyms glued to the name ("Briton Hayley Yelling") say where the person is from, not their role
        while (
            before
            and (code := demonym_country(before[-1].text)) is not None
            and before[-1].text[:1].isupper()
        ):
            self.state.country_of.setdefault(person.id, self._country(code))
            before.pop()
            i = -1 if not before else i
        while before and (
            before[-1].lower_.rstrip(".") in HONORIFICS
            or addressed_as(before[-1])  # "spiritual leader Sheikh X"
        ):
            before.pop()  # "Manchester United manager Sir Alex Ferguson": the knighthood is no post
        if (
            before
            and before[-1].i > 1
            and self.doc[before[-1].i - 1].lower_ == "to"
            and self.doc[before[-1].i - 2].lemma_ == "be"
        ):
            # "the film was to star Jude Law": the verb whose object the name is ("paid tribute to actor X",
            # "married to actress X" are titles)
            return
        title = _role_words(before)
        where: list[Entity] = []
        left = before[: len(before) - len(title)]  # with no title, all the words between
        rest = [t for t in left if t.text not in ("'s", "'")]
        owner_tok = (
            self.doc[i]
            if i >= sent.start and (not left or all(t.tag_ == "POS" or t.text in ("'s", "'") for t in left))
            else None
        )
        owner = self.index.at(owner_tok) if owner_tok is not None else None
        if owner is not None and owner_tok is not None and peoples_adjective(owner, owner_tok):
            # "Paraguayan leader X" leads Paraguay; "Kurdish leader X", "Korean player Y": a people's
            # adjective, no body the post is held at
            code = demonym_country(owner_tok.text)
            owner = self._country(code) if code is not None else None
        # "[former] Tory leader X", "[former] leader X", "[former] Labour prime minister Lord X"
        j = (title[0].i if title else first) - 1
        while j >= sent.start and (
            self.doc[j].text in ("'s", "'")
            or owner is not None
            and self.index.at(self.doc[j]) is owner
            or self.doc[j].text == "-"
            and not self.doc[j].whitespace_  # "ex-Yukos boss X": the marker is glued to the owner
        ):
            j -= 1
        past = (
            j >= sent.start
            and self.doc[j].lower_ in PAST_MARKERS
            or any(t.lower_ in PAST_MARKERS for t in title)
            or bool(title)
            and hyphen_prefix(title[0]) in PAST_MARKERS  # "ex-minister X"
            # "Former No 10 media chief X", "Ex-Labour minister X", "Earlier, ex-Conservative chancellor X":
            # the marker opens the whole post
            or any(t.lower_ in PAST_MARKERS for t in _post_words(left)[:1])
            # "said ex-chatshow host Mr X": the marker modifies the post's noun
            or bool(title)
            and any(t.lower_ in PAST_MARKERS for t in title[-1].lefts)
        )
        if owner is None and left and left[-1].tag_ == "POS" and left[-1].i > 0:
            owner = self.args.resolve_nominal(self.doc[left[-1].i - 1])  # "the carmaker's chief X"
        head = title[-1].lower_.rstrip(".") if title else ""
        if (
            owner is not None
            and owner_tok is not None
            and owner.type == "Country"
            and demonym_country(owner_tok.text)
            and head not in NATION_ROLES
        ):
            # "Australian coach X": Australian, not Australia's coach ("French President X" leads France)
            self.state.country_of.setdefault(person.id, owner)
            self.state.emit(
                person, ("citizenOf", "citizen of"), owner, Clause(sent.root, confidence=0.8), None
            )
        elif owner is not None and owner is not person:
            if owner.type == "Country" and not title:
                self.state.country_of.setdefault(person.id, owner)  # "Spain's Rafael Nadal" is Spanish
            where.append(owner)  # "Gazprom boss X", "France's finance minister X", "Kenteris' lawyer X"
            place = self._possessor_place(owner_tok) if owner_tok is not None else None
            if place is not None:
                where.insert(0, place)  # "London's Labour mayor X": mayor of London, of the Labour party
        elif rest and rest[-1].text[:1].isupper():
            # "Committee chairman X": a capitalised word that ends the name of an organisation of the article
            org = next(
                (
                    e
                    for e in self.index.entities
                    if e.type in ORG_TYPES and e.label.split()[-1] == rest[-1].text
                ),
                None,
            )
            if org is not None:
                where.append(org)
        contest = _contest_name(title)  # "US Open champion" is of the contest, not of the US
        for tok in (t for t in title if t.i not in contest):
            # capitalised: "pole vault champion" names no Pole
            demonym = demonym_country(tok.text) if tok.text[:1].isupper() else None
            code = demonym or (country_code(tok.text) if tok.text[:1].isupper() else None)
            if code is None:
                continue
            # "Australian coach X": Australian, not Australia's coach
            if demonym and head not in NATION_ROLES:
                self.state.country_of.setdefault(person.id, self._country(code))
                cl = Clause(sent.root, confidence=0.8)
                self.state.emit(person, ("citizenOf", "citizen of"), self._country(code), cl, None)
            else:
                where.insert(0, self._country(code))
        title = [
            t
            for t in title
            if t.i in contest
            or not (t.text[:1].isupper() and (demonym_country(t.text) or country_code(t.text)))
        ]
        self._emit_roles(
            person,
            [t.text for t in title if t.lower_ not in PAST_MARKERS],
            where,
            sent,
            "former" if past else None,
        )

    def _possessor_place(self, tok: Token) -> Entity | None:
        """The place whose possessive opens the name at `tok` ("[London's] Labour"), if any."""
        owner = self.index.at(tok)
        first = min(
            (t.i for t in self.doc[max(0, tok.i - 6) : tok.i + 1] if self.index.at(t) is owner), default=tok.i
        )
        if first < 2 or self.doc[first - 1].tag_ != "POS":
            return None
        place = self.index.at(self.doc[first - 2])
        return place if place is not None and place.type in PLACE_TYPES else None

    def _described_role(self, person: Entity, noun: Token, sent: Span) -> None:
        """ "X, currency strategist with HSBC", "X, head of the tax office": a role noun described
        beside the name, and the organisation its preposition names."""
        # "X, director general of Y": "general" after the noun is part of the post, and Y hangs off it
        general = next((c for c in noun.rights if c.i == noun.i + 1 and c.lower_ == "general"), None)
        words = [t for t in noun.subtree if t.i <= noun.i] + ([general] if general is not None else [])
        title = _role_words(words)
        if (
            not title
            or _in_law(noun)
            or any(
                c.dep_ == "relcl"
                and any(
                    k.dep_ == "nsubj" and (k.tag_ == "PRP" or k.ent_type_ == "PERSON") for k in c.children
                )
                for c in noun.children
            )
        ):
            # "X, the player he beat in the final": what another person did to them, no post they hold
            # ("the striker Chelsea signed" plays for Chelsea)
            return
        where: list[Entity] = []
        fields: list[Entity] = []
        of_named = False
        field: list[str] = []
        field_prep = "of"
        kids = [*noun.children, *(general.children if general is not None else ())]
        for prep in (c for c in kids if c.dep_ == "prep" and c.lower_ in _ROLE_PREPS):
            for pobj in (p for p in prep.children if p.dep_ == "pobj"):
                if prep.lower_ == "for" and noun.lower_ in SEAT_POSTS:
                    continue  # "MP for Witney": the seat, a place, of which he is no member
                if prep.lower_ == "of" and pobj.lower_ == "state" and not any(pobj.children):
                    field = [pobj.text]  # "Secretary of State", "Head of State": one title, no body
                    continue
                # "at Aids charity the Terrence Higgins Trust": the charity is the name beside it
                node = self.index.at(pobj) or next(
                    (n for a in pobj.children if a.dep_ == "appos" and (n := self.index.at(a)) is not None),
                    None,
                )
                if prep.lower_ == "for" and portfolio(noun.lower_, node.label if node else pobj.text):
                    # "Minister for Trade and Industry": the post's portfolio, no body
                    field, field_prep = pobj.doc[pobj.left_edge.i : pobj.right_edge.i + 1].text.split(), "for"
                    continue
                if node is not None:
                    if node is not person and node.type != "Location":
                        where.append(node)
                        of_named |= prep.lower_ == "of"
                elif (
                    prep.lower_ == "of"
                    and (pobj.tag_ == "NN" or pobj.tag_ == "NNS" and pobj.is_lower)
                    and not any(c.dep_ in ("det", "poss") for c in pobj.children)
                ):
                    # "head of policy", "vice president of music and talent", "head of information systems":
                    # the brief is part of the title
                    field = pobj.doc[pobj.left_edge.i : pobj.i + 1].text.split()
                    for conj in (c for c in pobj.children if c.dep_ == "conj" and c.tag_ in ("NN", "NNS")):
                        field += ["and", *pobj.doc[conj.left_edge.i : conj.i + 1].text.split()]
                elif prep.lower_ == "of" and (node := self.args.concept(pobj)) is not None:
                    fields.append(node)
        # "head of the tax office" names the body; "director of research at Acme" names a field, and
        # "head of research at Acme" leads the research, not Acme
        # … and "chief executive of Acme" leads Acme
        lead = not where or not fields and (not of_named or len(where) == 1)
        where = where or fields
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        # "Its chief executive, X", "The firm's chief executive, X"
        named = None if owner is None else self.args.entity(owner) or self.args.resolve_nominal(owner)
        if named is not None and named is not person:
            where.append(named)
        past = any(t.lower_ in PAST_MARKERS for t in words)
        # "X, who will be Saints' third boss", "X, a prospective Labour MP": not yet
        # ("The Ukraine's new president, X, will also be there": the subject's post, held now)
        future = (
            noun.head.lemma_ == "be"
            and noun.dep_ == "attr"
            and any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in noun.head.children)
            or any(t.lower_ in _FUTURE_MARKERS for t in words)
        )
        title_words = [t.text for t in title if t.lower_ not in PAST_MARKERS | _FUTURE_MARKERS] + (
            [field_prep, *field] if field else []
        )
        self._emit_roles(
            person, title_words, where, sent, "former" if past else "future" if future else None, lead
        )

    def _country(self, code: str) -> Entity:
        """The document's entity for a country code, or a new one for a country named only by a demonym."""
        for ent in self.index.entities:
            if ent.country_code == code:
                return ent
        return Entity(
            entity_id("Country", country_label(code), code), country_label(code), "Country", country_code=code
        )

    def _emit_roles(
        self,
        person: Entity,
        title: list[str],
        where: list[Entity],
        sent: Span,
        modality: str | None = None,
        lead: bool = True,
    ) -> None:
        """The role a title names and whom it is held at, with the title's modality ("former", "future");
        with `lead` false a leader's title ("head of research at Acme") leads no one of `where`."""
        words = [t for t, nxt in zip(title, [*title[1:], ""]) if not _honorific(t, nxt)]
        if not words:
            return
        name = " ".join(words).replace(" - ", "-")  # "co-chairman", split by the tokenizer
        # "director of research at Acme": the title has its own "of"
        of = f"{name} at" if " of " in name else f"{name} of"
        cl = Clause(sent.root, scope=Scope(modality=modality), confidence=0.9)
        # the title's own noun, before the brief it is of: "veteran of 101 caps", "head of corporate affairs"
        of_at = next((i for i, w in enumerate(words) if i and w.lower() in ("of", "for")), len(words))
        head = words[of_at - 1].lower().rstrip(".")
        # "X, son of Y" is a tie between two people (stated below), not a post; "X, a member of the
        # committee" is a tie to the committee (stated below), "holds role member" says nothing
        kin = head in KINSHIP or words[0].lower() in KINSHIP and "of" in words  # "son of rock star X"
        if (
            (not kin or any(org.type != "Person" for org in where))
            and head not in TIE_ROLES
            and head not in _EPITHETS
        ):
            # "former Friends actor X" left the show, not acting: a calling outlasts its "former" where it
            # was held ("former virus writer X" writes none now; a director at a body sits on its board: "a
            # former director of Acme" no longer does)
            calling = (
                head in CALLINGS
                and bool(where)
                and not (head == "director" and any(o.type in ORG_TYPES for o in where))
            )
            held = Clause(sent.root, confidence=0.9) if calling and modality == "former" else cl
            self.state.emit(person, ("holdsRole", "holds role"), Literal(name), held, None)
            self.state.titles.append((name.lower(), person))
        leader = lead and leads([w.lower().rstrip(".") for w in words])
        for org in where:
            if org.type == "Concept" and org.label.split()[-1].lower() in PERIOD_NOUNS:
                continue  # "third boss of the season": a time, no one's employer
            if org.type == "Concept" and (
                _field(org) or any(o.type not in ("Concept", "Person") for o in where)
            ):
                # "Christian Aid's head of Trade Policy", "head of equities at TOV": a brief inside the
                # body, no employer
                continue
            if org.label.lower() in REGION_ENDINGS:
                continue  # "Britain's Europe Director X": a region is a brief, no employer
            if org.type == "Location" and not post_of_place(head):
                continue  # "London teacher X" teaches there, for no "London"
            if org.type == "Group" and not leader:
                continue  # "European Commissioner X": a people employs no one (a "Kurdish leader" leads one)
            if head in WORK_MAKERS and org.type == "Concept":
                if (
                    f"{org.label} {words[-1]}" in sent.text
                ):  # "Harry Potter author X"; not "Children's author"
                    self.state.emit(person, (f"{slug(head)}-of", of), org, cl, None)
                continue
            sporting = org.type == "Country" and sports_post(words, head)
            if head in CALLINGS and org.type not in ORG_TYPES | {"Person"} or sporting:  # "Kenteris' lawyer"
                # "UK actress X", "Kenyan runner X", "Russian tennis chief X": where they are from
                if org.type == "Country":
                    # "Britain's former European champion X" is still British
                    self.state.emit(
                        person, ("citizenOf", "citizen of"), org, Clause(sent.root, confidence=0.9), None
                    )
                    self.state.country_of.setdefault(person.id, org)
                continue  # "Amelie star X": a work or a thing, no employer
            if seat_for_place(head, org):
                continue  # "Sheffield MP X" sits for Sheffield, a member of no place
            if org.type == "Person" or head in FOUNDERS:
                # "Kenteris' lawyer", "Mr Conlon's father"; "Band Aid founder X" founded it, leads nothing
                # "co-founder" whole, as `kg.nlp.links` reads the title before a name
                pred = (f"{slug(name.split()[-1] if head in FOUNDERS else head)}-of", of)
            elif head in MEMBER_ROLES or head in CHAIRS and party(org):
                pred = ("memberOf", of)  # "Tory chairman X" runs the party's office, not the party
            elif head in PLACE_OFFICES and org.type in ORG_TYPES and party(org):
                pred = ("memberOf", "member of")  # "Labour mayor X": a party member, the mayor of a place
            else:
                pred = ("leaderOf", of) if leader else ("worksFor", of)
            self.state.emit(person, pred, org, cl, None)
            if org.type in ORG_TYPES | {"Country"} and modality is None:
                self.state.bodies_of.setdefault(person.id, []).append(org)
            if org.type == "Country":
                self.state.country_of.setdefault(person.id, org)

    def affiliations(self) -> None:
        """Government and military bodies belong to the country their name points at.

        "the US military" and "Colombia's military" → part of that country; "the Trump administration"
        → part of the country its head leads, when the article says which ("US President Donald Trump").
        """
        for org in (e for e in self.index.entities if e.type in subclasses("GovernmentOrganization")):
            for start, end in org.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or _any_one(span.root):
                    continue
                # nearest the noun first: "the Greek Cypriot government" is Cyprus's
                modifiers = [t for t in reversed(span) if t.i != span.root.i] + [
                    c for c in span.root.children if c.dep_ == "poss"
                ]
                people = {e.label.split()[-1]: e for e in self.index.entities if e.type == "Person"}
                countries = []
                for tok in modifiers:
                    if tok.i > span.start and self.doc[tok.i - 1].lower_ in COMPASS:
                        continue  # "Northern Ireland Assembly": a region's name holds the country's
                    if hyphen_prefix(tok) in _STANCES:
                        continue  # "non-US coalition forces", "pro-Western militias": of no such country
                    # inside "US military" the token belongs to the phrase's own entity: read the word
                    named = self.index.at(tok)
                    code = country_code(tok.text) or (
                        None if tok.lower_ in UK_NATION_DEMONYMS else demonym_country(tok.text)
                    )
                    person = people.get(tok.text)
                    if named is not None and named.type == "Country":
                        countries.append(named)
                    elif code is not None:
                        countries.append(self._country(code))
                    elif person is not None and person.id in self.state.country_of:
                        countries.append(self.state.country_of[person.id])
                if len({c.id for c in countries}) > 1 and any(t.dep_ == "cc" for t in modifiers):
                    break  # "British and American troops": of two countries, part of neither
                if countries:
                    cl = Clause(span.root, confidence=0.8)
                    self.state.emit(org, ("partOf", "part of"), countries[0], cl, None)
                    break


#: prefixes glued to a country's name that make a modifier a stance towards it, or its negation
_STANCES = frozenset({"non", "anti", "pro"})


def _in_law(noun: Token) -> bool:
    """Whether a kin noun is the first part of "son-in-law", "mother-in-law" (split at its hyphens)."""
    return noun.doc[noun.i + 1 : noun.i + 5].text == "-in-law"


def _any_one(noun: Token) -> bool:
    """Whether a body's noun names none in particular: "any US court decisions", "no Greek court" ("a US
    court" that heard the case is one)."""
    owner = noun.head if noun.dep_ == "compound" and noun.head.pos_ == "NOUN" else noun
    return any(c.dep_ == "det" and c.lower_ in ("any", "every", "no") for c in owner.children)


def _post_words(words: list[Token]) -> list[Token]:
    """The words before a title that can still be the post's: those after the last comma, colon or
    bracket ("Earlier, ex-Conservative chancellor X")."""
    cut = max((k for k, t in enumerate(words) if t.text in (",", ";", ":", "(", '"')), default=-1)
    return words[cut + 1 :]
