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
   and where both saw a name with different boundaries or types its reading is taken (`_with_trained`).
The class of each entity is chosen by vote over its mentions, with person names and country codes winning.
Each mention records its kind (`Entity.mention_kinds`): a name, a nominal (rule 5), or a nationality word
used as a name ("the Serbs") or as a modifier ("a Libyan jet").
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from kg.nlp.clusters import Cluster, merge_acronyms, merge_short_names, singular
from kg.nlp.countries import country_code, country_label, demonym_country
from kg.nlp.lexicon import (
    COMPASS,
    HONORIFICS,
    POSTNOMINALS,
    ROLE_NOUNS,
    TITLES,
)
from kg.nlp.names import (
    actor_class,
    descriptor_class,
    employers,
    follows_title,
    glued_descriptor,
    honoured,
    name_form_class,
    personal_pronoun,
    plural_agreement,
    pronoun_class,
    quoted,
)
from kg.nlp.pipeline import CONLL_SPANS
from kg.nlp.places import city, state_abbreviation
from kg.terms import subclasses
from kg.types import Entity

__all__ = ["ACTOR_TYPES", "EntityIndex", "entity_id", "find_entities", "slug"]

#: classes of entities that act: they can speak, order, sign, attack (kg:Actor's subclasses in kg.ttl)
ACTOR_TYPES = subclasses("Actor") - {"Actor"}

_NER_CLASS = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Group",
}
_MEDIA_HEADS = {"Radio", "Television", "TV"}
_TRAINED_LABEL = {"Peop": "PERSON", "Org": "ORG", "Loc": "GPE", "Other": "OTHER"}
_GOV_WORDS = (
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
)
_INITIAL = re.compile(r"\w\.?")
#: sentences from which a document is an article that introduces its people, not a one-line snippet
_ARTICLE_SENTENCES = 3
#: a number with a scale word ("300bn", "2.5m") is an amount the small model sometimes takes for a name
_NUMBER_NAME = re.compile(r"\d[\d,.]*\s?(?:bn|m|mn|k|tn|trn|billion|million|thousand|trillion)?")
_ORG_GENERIC = {"department", "ministry", "of", "the", "office", "agency", "us", "u.s.", "&", "and"}


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


def _trim(span: Span) -> tuple[Span, list[Token]]:
    """Strip determiners, possessive markers and leading titles; return the core span and the titles."""
    doc, start, end = span.doc, span.start, span.end
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_punct
        or doc[end - 1].is_space
        or end - start > 1
        and doc[end - 1].pos_ in ("ADP", "PART", "DET", "CCONJ")
    ):
        end -= 1  # "Yukos - to": a name does not end in a function word
    titles: list[Token] = []
    if (
        span.label_ == "PERSON"
        and end - start > 2
        and doc[end - 1].text[:1].isupper()
        and doc[end - 1].lower_.rstrip(".") in POSTNOMINALS
    ):
        end -= 1  # "Andrew Tyrie MP": a seat or silk after the name is not part of it
    while start < end - 1:
        t = doc[start]
        if t.lower_ in ("the", "a", "an", "said", "says") or t.is_punct:
            start += 1  # "Said Wales assistant coach X": an inverted speech verb opens no name
        elif span.label_ == "PERSON" and (
            t.lower_.rstrip(".") in TITLES
            or singular(t.lower_.rstrip(".")) in TITLES
            or demonym_country(t.text)
            or country_code(t.text)
            or glued_descriptor(t, end - start)
        ):
            titles.append(t)
            start += 1
        elif span.label_ in ("LOC", "GPE") and t.text in COMPASS:
            start += 1  # "northern Colombia" is Colombia; "South Africa", "Southern California" are names
        else:
            break
    return doc[start:end], titles


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
            if not tok.text.istitle() or tok.text.isupper() and len(tok.text) > 1:
                return None
            continue
        if (
            tok.text in _MEDIA_HEADS
            or tok.text.isupper()
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
        prev = doc[tok.i - 2]
        if (
            doc[tok.i - 1].text == ","
            and state_abbreviation(tok.text)
            and (prev.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or prev.text.istitle())
        ):
            out.append(doc[tok.i : tok.i + 1])
    return out


def _mention_start(doc: Doc, core: Span, label: str) -> int:
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
    name = [t for t in core if _has_letter(t) and not _INITIAL.fullmatch(t.text)]
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
    if label == "NORP":
        return span.start <= trained.start and trained.end <= span.end and trained_label not in ("GPE", "ORG")
    if (
        label == "PERSON"
        and trained_label != "PERSON"
        and len(_person_words(span)) >= 2
        and (
            (span.start, span.end) == (trained.start, trained.end)
            and trained_label == "ORG"
            or inside == 1
            and span.start < trained.start
            and trained.end == span.end
        )
    ):
        # a full name the news model reads as a person stays one: "Tirunesh [Dibaba]" is no place (but
        # "[Cairo] [AL-AHALI]", two names inside, are a dateline)
        return True
    return (
        label == "GPE"
        and country_code(span.text) is not None
        or label == "ORG"
        and any(t.lower_ in _GOV_WORDS for t in span)
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
    trained = doc.spans.get(CONLL_SPANS, ())
    out = list(found)
    for span in trained:
        start, end = _strip_punct(span)
        label = _TRAINED_LABEL.get(span.label_)
        if label is None or start == end:
            continue
        span, titles = _trim(Span(doc, start, end, label))  # titles and determiners, as for the news NER
        if titles:
            titled[span.start] = titles[0].i
        if (
            _NUMBER_NAME.fullmatch(span.text)
            or singular(span.text.lower().rstrip(".")) in ROLE_NOUNS | POSTNOMINALS
            or quoted(span)
        ):
            continue
        if (
            not any(_has_letter(t) or t.is_digit for t in span)
            or label == "PERSON"
            and not _person_words(span)
        ):
            continue
        hits = [k for k, (m, _) in enumerate(out) if m.start < span.end and span.start < m.end]
        if not hits:
            out.append((span, label))
            continue
        if (
            any(_keeps_reading(*out[k], span, label, _inside(trained, out[k][0])) for k in hits)
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


def _inside(spans: Iterable[Span], outer: Span) -> int:
    """How many of `spans` lie inside `outer`."""
    return sum(1 for s in spans if outer.start <= s.start and s.end <= outer.end)


def _mentions(doc: Doc, titled: dict[int, int], overruled: dict[int, str]) -> list[tuple[Span, str]]:
    """NER mentions plus actor noun phrases, as (core span, NER-ish label); see `_with_trained` for `titled`."""
    out: list[tuple[Span, str]] = []
    covered: set[int] = set()
    states = _state_after_comma(doc)
    for span in states:
        out.append((span, "GPE"))
        covered.add(span.start)
    for ent in doc.ents:
        if ent.label_ not in _NER_CLASS or covered & set(range(ent.start, ent.end)):
            continue
        split = _dateline_split(ent)
        if split is not None:
            out += [(doc[ent.start : split], "GPE"), (doc[split : ent.end], "ORG")]
            covered.update(range(ent.start, ent.end))
            continue
        core, _ = _trim(ent)
        if (
            _NUMBER_NAME.fullmatch(core.text)
            or singular(core.text.lower().rstrip(".")) in ROLE_NOUNS
            or quoted(core)
        ):
            continue  # "300bn", "CEO", "Flicker": an amount, a title or a work the model took for a name
        if (
            all(
                t.pos_ == "PRON" or t.tag_ in ("WDT", "WP") or t.lower_.rstrip(".") in POSTNOMINALS
                for t in core
            )
            or not any(_has_letter(t) for t in core)
            or ent.label_ == "PERSON"
            and not _person_words(core)
        ):  # "Ms." alone names no one
            continue
        # "Trump administration", "US military": the actor is the phrase, not the name inside it
        if (
            actor_class(core.root.head) is not None
            and core.root.dep_ in ("compound", "poss")
            and core.root.head.i == core.end
            and ent.label_ != "NORP"
        ):
            continue
        out.append((core, ent.label_))
        covered.update(range(core.start, core.end))
    if CONLL_SPANS in doc.spans:
        out = _with_trained(doc, out, titled, overruled)
        covered = {i for span, _ in out for i in range(span.start, span.end)}
    for span in honoured(doc, covered):
        out.append((span, "PERSON"))
        covered.update(range(span.start, span.end))
    for span in employers(doc, [m for m, label in out if label == "PERSON"], covered):
        out.append((span, "ORG"))
        covered.update(range(span.start, span.end))
    for tok in doc:
        if actor_class(tok) is not None and tok.i not in covered:
            left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod") and c.i >= tok.i - 3]
            start = min([c.i for c in left] + [tok.i])
            while start < tok.i and (
                doc[start].is_punct
                or doc[start].dep_ == "amod"
                and doc[start].lower_ not in COMPASS
                and not doc[start].ent_type_
            ):
                start += 1
            out.append((doc[start : tok.i + 1], "ACTOR"))
    return out


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


def _listed_with(span: Span, people: set[int]) -> bool:
    """Whether a mention is an item of a list that names a person in full ("Morrissey, David Bowie and …")."""
    doc = span.doc
    before = span.start >= 2 and doc[span.start - 1].lower_ in (",", "and") and span.start - 2 in people
    after = span.end + 1 < len(doc) and doc[span.end].lower_ in (",", "and") and span.end + 1 in people
    return before or after or any(t.i in people for t in span.root.conjuncts)  # the parser may miss the list


def _has_letter(tok: Token) -> bool:
    """A token with a letter in it: `is_alpha` is False for "U.S." and "O'Brien"."""
    return any(ch.isalpha() for ch in tok.text)


def _person_words(span: Span) -> tuple[str, ...]:
    """The words of a person's name: no honorifics, no initials ("Vernon A. Walters" → Vernon Walters)."""
    return tuple(
        t.text
        for t in span
        if t.lower_.rstrip(".") not in HONORIFICS and _has_letter(t) and not _INITIAL.fullmatch(t.text)
    )


def _strip_punct(span: Span) -> tuple[int, int]:
    """Token bounds of `span` without punctuation or space at either end."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].is_space):
        end -= 1
    return start, end


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


def find_entities(doc: Doc) -> EntityIndex:
    """Merge the mentions of `doc` into entities (see the module docstring for the rules)."""
    titled: dict[int, int] = {}
    overruled: dict[int, str] = {}
    mentions = _mentions(doc, titled, overruled)
    trained = {_strip_punct(s) for s in doc.spans[CONLL_SPANS]} if CONLL_SPANS in doc.spans else None
    trained_people = {_strip_punct(s) for s in doc.spans.get(CONLL_SPANS, ()) if s.label_ == "Peop"}
    clusters: dict[str, Cluster] = defaultdict(Cluster)
    article = sum(1 for _ in doc.sents) >= _ARTICLE_SENTENCES
    full_names = {
        i
        for span, label in mentions
        if label == "PERSON" and len(_person_words(span)) >= 2
        for i in range(span.start, span.end)
    }

    # full person names first, so surnames can find them
    surnames: dict[str, str] = {}
    first_names: dict[str, set[str]] = defaultdict(set)
    for span, label in mentions:
        words = _person_words(span)
        if label == "PERSON" and len(words) >= 2:
            key = "person:" + " ".join(words)
            clusters[key].full_name = words
            for w in (words[-1], " ".join(words[-2:])):
                surnames.setdefault(w, key)
            first_names[words[0]].add(key)

    for span, label in mentions:
        text = span.text
        code = country_code(text) if label in ("GPE", "LOC", "ORG", "PERSON", "NORP") else None
        if label == "NORP" or label == "GPE" and code is None:  # "Soviet" read as the state's name
            code = demonym_country(text)
        words = _person_words(span)
        if code:
            key, cls = f"country:{code}", "Country"
        elif label == "ACTOR":
            key, cls = "actor:" + slug(text), actor_class(span.root) or "Group"
        elif label == "NORP":  # a group with no country: "Serbs", "Basque", "Democrats"
            key, cls = "name:" + singular(text.lower()), "Group"  # "Tory" and "Tories" are one group
            if (
                span.end < len(doc)
                and doc[span.end].lemma_.lower() in ROLE_NOUNS
                and doc[span.end].tag_ == "NN"
            ):
                cls = "Organization"  # "Tory leader X", "Labour MP X": a group with leaders and members
        elif label == "OTHER":
            key, cls = "name:" + text.lower(), "Concept"
        elif " ".join(words) in surnames and label in ("PERSON", "GPE", "ORG", "NORP", "LOC"):
            key, cls = surnames[" ".join(words)], "Person"
        elif label == "PERSON" and len(words) == 1 and len(first_names.get(words[0], ())) == 1:
            key, cls = next(iter(first_names[words[0]])), "Person"  # "Susan" after "Susan Chepkemei"
        elif label == "PERSON" and len(words) >= 2:
            key, cls = "person:" + " ".join(words), "Person"
        else:
            # one key per name whatever the model called each mention ("Nestle" as ORG, GPE and PERSON)
            core = [t.lower_ for t in span if t.lower_ not in _ORG_GENERIC and not country_code(t.text)]
            key = "name:" + singular(" ".join(core or [text.lower()]))  # "Commons" as ORG and as NORP
            cls = {"PERSON": "Person", "ORG": "Organization"}.get(label, "Location")
        c = clusters[key]
        c.cls_votes[cls] += 0.5 if label == "OTHER" else 1  # CoNLL04's "Other" is the weakest reading
        if span.start in overruled and overruled[span.start] in ("PERSON", "ORG"):
            # the news model's reading counts too: across an article's mentions it outvotes a CoNLL04
            # reading only where it is the more common one (ties go to the trained recognizer)
            c.cls_votes[{"PERSON": "Person", "ORG": "Organization"}[overruled[span.start]]] += 0.9
        taken_up = pronoun_class(span) if label in ("PERSON", "ORG", "GPE", "LOC") else None
        described = (
            name_form_class(span, label)
            or descriptor_class(span)
            or taken_up
            or ("Organization" if label == "PERSON" and _determined(span) else None)
            or ("Organization" if label == "PERSON" and span[-1].tag_ == "NNPS" else None)
        )  # "Lib Dems"
        if label == "NORP" and cls == "Organization":
            described = "Organization"  # "Tory leader X" tells what "the Tories" of the article are
        if described is not None:  # "New York band X", "the carmaker X": the noun says what X is
            c.cls_votes[described] += 3
            c.described[described] += 1
        if label == "PERSON" and (
            described == "Person"
            or follows_title(span)
            or _listed_with(span, full_names)
            or personal_pronoun(span)
            or any(s <= span.start < e or span.start <= s < span.end for s, e in trained_people)
            and (len(words) >= 2 or not article)
        ):
            # in an article a one-word name is a person only where the text says so: a title, a descriptor,
            # a list of people ("Morrissey, David Bowie and Nick Cave"); two models agreeing is not enough
            # ("Euronext said"), though it is in a one-line snippet whose person was introduced elsewhere
            c.person_support += 1
        if label != "NORP" or code is None:
            c.texts[text] += 1
        start = min(titled.get(span.start, span.start), _mention_start(doc, span, label))
        kind = "nominal" if label == "ACTOR" else _norp_kind(span, trained) if label == "NORP" else "name"
        c.spans.setdefault((doc[start].idx, span.end_char), kind)
        c.tokens.update(range(span.start, span.end))
        c.code = c.code or code
        if code is not None and label in ("GPE", "LOC", "ORG", "PERSON") and plural_agreement(span):
            c.team += 1

    merge_acronyms(clusters)
    merge_short_names(clusters)
    entities, by_token = [], {}
    for key, c in clusters.items():
        if not c.spans:
            continue
        if c.code and c.team:  # "Ireland were", "France won their match": the national side
            cls, label = "Organization", country_label(c.code)
            c.code = None
        elif c.code:
            cls, label = "Country", country_label(c.code)
        elif c.full_name and c.described["Organization"] <= c.described["Person"]:
            cls, label = "Person", " ".join(c.full_name)
        elif c.described:  # "New York band X": what the text calls it outweighs what the models guess
            cls = c.described.most_common(1)[0][0]
            label = max(c.texts, key=lambda t: (len(t.split()), c.texts[t], t)) if c.texts else key
        else:
            cls = c.cls_votes.most_common(1)[0][0]
            label = max(c.texts, key=lambda t: (len(t.split()), c.texts[t], t)) if c.texts else key
            if cls == "Person" and trained is not None and not c.person_support:
                # one word that only one model calls a person, with no title, honorific or descriptor:
                # "Software", "Glamour" at a sentence start; read as the next best class, else a concept
                others = [k for k, _ in c.cls_votes.most_common() if k != "Person"]
                cls = others[0] if others else "Location" if city(label) else "Concept"
        if cls == "Organization" and any(w in label.lower().split() for w in _GOV_WORDS):
            cls = "GovernmentOrganization"
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
    return EntityIndex(entities, by_token)
