"""What a verb says on its own: its voice, its predicate and label, whether it reports speech or an
attitude, and a short reading of its clause."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from kg.nlp.amounts import AmountIndex, hedge_span
from kg.nlp.dates import TIME_PREPS
from kg.nlp.lexicon import (
    AMOUNT_MOVERS,
    DENIAL_VERBS,
    EVENT_VERBS,
    HEARER_VERBS,
    HELD_STATES,
    KINSHIP,
    OUTCOME_NOUNS,
    PEOPLE_NOUNS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STATE_NOUNS,
    people_plural,
)
from kg.nlp.rules import Matches

__all__ = [
    "TENSED",
    "attitude",
    "content_label",
    "finite",
    "joined_statement",
    "own_sense",
    "passive",
    "rank",
    "reported",
    "someone",
    "stranded_subject",
    "verb_predicate",
]

#: longest reported clause kept as a statement's content, in words
_QUOTE_WORDS = 25


def attitude(verb: Token, matches: Matches) -> Token | None:
    """The adjective of "X is concerned (that) …", "X was confident …": a copula whose complement
    states an attitude towards a clause, which it then reports as speech does."""
    found = (*matches.at("attitude", verb), *matches.at("attitude-of-adjective", verb))
    return min((b["adjective"] for b in found), key=lambda t: t.i, default=None)


def reported(verb: Token, matches: Matches) -> bool:
    """Whether a clause is what someone said or holds: the complement of a speech verb ("X said
    [that …]") or of an attitude ("X is concerned [that …]")."""
    if (
        verb.dep_ != "ccomp"
        or verb.tag_ == "MD"
        and all(c.dep_ in ("nsubj", "neg", "advmod", "punct") for c in verb.children)
    ):
        return False  # "… as much as people thought it would": a clause cut to its modal says nothing
    if (
        verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "agent" for c in verb.children)
    ):
        # "reported higher profits boosted by car loans": a passive participle after a noun, no clause
        # (the tagger reads many a past tense as a participle: "said more people signed up")
        return False
    head = verb.head
    if matches.at("reported-speech", verb) or attitude(head, matches) is not None:
        return True
    adj = attitude(head.head, matches) if head.dep_ == "acomp" else None
    return adj is not None and adj.i == head.i


def passive(verb: Token) -> bool:
    """Whether the verb's subject undergoes it: a passive, or a headline participle."""
    deps = {c.dep_ for c in verb.children}
    if "nsubjpass" in deps or "auxpass" in deps:
        return True
    # headline participle: "75 people killed in strikes" has no auxiliary and no object
    return verb.tag_ == "VBN" and not deps & {"aux", "dobj"} and verb.dep_ in ("ROOT", "advcl", "acl")


def own_sense(verb: Token) -> tuple[str, str]:
    """(predicate id, label) of a verb in its own sense, with its particle ("write off"), when the
    event class its lemma usually names does not apply ("struck a deal", "wrote off the debt")."""
    prt = _particle(verb)
    lemma = verb.lemma_.lower()
    return (f"{lemma}-{prt}" if prt else lemma), (f"{verb.lower_} {prt}" if prt else verb.lower_)


def _bound_follows(up: Token) -> bool:
    """Whether "up" opens "up to" and a sum or a limit: "up to a maximum of £2,500", "up to 20%"."""
    doc = up.doc
    return (
        up.i + 2 < len(doc)
        and doc[up.i + 1].lower_ == "to"
        # "turned up to one gig": a count of things is where one went, no bound
        and any(
            t.is_currency
            or t.lower_ in ("maximum", "minimum")
            or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")
            for t in doc[up.i + 2 : up.i + 5]
        )
    )


def _particle(verb: Token) -> str:
    """The verb's particle ("write off"), the "up"/"down" right after it that says which way an
    amount went ("closed up $1.26"), which the parser reads as an adverb, the adjective that says
    what the deed left its object ("left their databases open", "kept rates unchanged"), or the outcome
    it led its object to ("booted France to victory": he did not kick France)."""
    for c in verb.children:
        # "closed up $1.26"; "hit back at the plans": a retort, no blow; "brushed aside Clyde"
        if (
            c.dep_ == "prt"
            # "suffered it in the build up to the Cup": the noun's, no particle of the verb
            and not (c.i > 0 and c.nbor(-1).dep_ == "pobj" and c.nbor(-1).head.head == verb)
            # "face fines up to a maximum of £2,500": a bound on the sum ("pushed the dollar up to $1.33")
            and not (c.lower_ == "up" and _bound_follows(c) and verb.lemma_.lower() not in AMOUNT_MOVERS)
            or c.dep_ == "advmod"
            and c.i == verb.i + 1
            # "is looking forward to the event": looking to it is intending it
            and c.lower_ in ("up", "down", "back", "aside", "forward")
            # "turning its business around", "turned the game round"; "drove share prices lower": which
            # way it went is the deed
            or c.dep_ == "advmod"
            and c.lower_ in ("around", "round", "lower", "higher")
            and any(k.dep_ == "dobj" and k.i == c.i - 1 for k in verb.children)
            # "ruled Davenport out of the Open", "knocked them out of the Cup": "out" is the verb's ("paid
            # $30m out of its own resources" pays from them)
            or c.dep_ == "prep"
            and c.lower_ == "out"
            and any(
                k.dep_ == "dobj" and k.right_edge.i == c.i - 1 and (k.pos_ == "PROPN" or k.tag_ == "PRP")
                for k in verb.children
            )
            and any(k.dep_ == "prep" and k.lower_ == "of" for k in c.children)
        ):
            return c.lower_
        if (
            c.dep_ == "oprd"
            and c.pos_ == "ADJ"
            and not any(k.dep_ == "prep" for k in c.children)  # "found him guilty of fraud": its own
            and any(k.dep_ == "dobj" and k.i < c.i for k in verb.children)
        ):
            return c.lower_
        if (
            c.dep_ == "prep"
            and c.lower_ in ("on", "in")
            and any(k.dep_ == "dobj" and k.i < c.i for k in verb.children)
            and any(k.dep_ == "pobj" and k.lower_ in HELD_STATES and not list(k.children) for k in c.children)
        ):
            # "left interest rates on hold", "kept inflation in check", "held him in custody"
            return f"{c.lower_} " + next(k.lower_ for k in c.children if k.dep_ == "pobj")
        if (
            c.dep_ == "prep"
            and c.lower_ in ("to", "into")
            and any(k.dep_ == "dobj" and k.i < c.i for k in verb.children)
            and any(
                k.dep_ == "pobj"
                and (
                    k.lemma_.lower() in OUTCOME_NOUNS
                    and c.lower_ == "to"
                    or k.lower_ == "lead"  # "headed Celtic into the lead": he put them ahead
                    and c.lower_ == "into"
                    and [d.lower_ for d in k.children] == ["the"]  # not "into an 18-15 lead": a result
                    or _bare_state(k)
                )
                for k in c.children
            )
        ):
            return f"{c.lower_} " + next(k.lemma_.lower() for k in c.children if k.dep_ == "pobj")
        if (
            c.dep_ in ("ccomp", "xcomp", "advcl")
            and c.lower_ in STATE_NOUNS
            and any(k.dep_ == "aux" and k.lower_ == "to" and k.i == c.i - 1 for k in c.children)
        ):
            return f"to {c.lower_}"  # "hold ministers to account" read as an infinitive "to account"
    return ""


def _time_phrase(tok: Token) -> bool:
    """Whether a clause's modifier is a time ("on Wednesday", "last week", "earlier this month")."""
    if tok.dep_ == "prep":
        return any(p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in tok.children)
    return tok.dep_ in ("npadvmod", "tmod", "advmod") and tok.ent_type_ in ("DATE", "TIME")


def _bare_state(noun: Token) -> bool:
    """Whether a noun after "to"/"into" is a state the deed brings its object into, alone: "to account",
    "into disrepute" ("into the account" is a thing)."""
    return noun.lower_ in STATE_NOUNS and not any(
        c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children
    )


#: what is shot with a camera: "the footage was shot in Morocco"
_FILMED = frozenset(
    {"footage", "scene", "episode", "video", "film", "movie", "series", "documentary", "picture"}
)
#: what is shot or shot at that is no victim: "shoot 10 rounds at paper targets"
_SHOT_THINGS = _FILMED | {"round", "target", "arrow", "bullet", "ball", "goal", "basket", "hoop", "blank"}


def _shot_at_someone(verb: Token) -> bool:
    """Whether "shoot" is a shooting: it has an object or a subject that is shot ("was shot in the leg")
    that is no film's ("the footage was shot in Morocco"), or is aimed at someone; "he shot wide from
    three yards" shoots at a goal."""
    shot = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    aimed = any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and not any(p.lemma_.lower() in _SHOT_THINGS for p in c.children)
        for c in verb.children
    )
    # "shooting the film Retirement": the work's kind before or beside its name says what was shot
    return aimed or any(
        c.lemma_.lower() not in _SHOT_THINGS
        and not any(k.lemma_.lower() in _FILMED for k in c.children if k.dep_ in ("compound", "appos"))
        for c in shot
    )


#: verbs of killing or arrest that take things as often: "executed search warrants", "seized drugs",
#: "capture 10% of the market"
_PEOPLE_OR_THINGS = frozenset({"execute", "capture", "seize"})
#: verbs of speech that also make a work: "wrote in a letter that …" says, "wrote the song" does not
_AUTHORING = frozenset({"write", "post"})


def someone(tok: Token) -> bool:
    """Whether a noun is a person or people: a name, a pronoun, a count, a word for people or a post."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "PRON"
        or tok.ent_type_ in ("PERSON", "NORP")
        or tok.like_num
        or tok.lower_ in PEOPLE_NOUNS
        or lemma in ROLE_NOUNS | KINSHIP | _HUMANS
        or lemma.endswith(("man", "woman"))  # "gunman", "policewoman"
    )


#: common nouns for a person that name no post: "executed a man", "seized the suspect"
_HUMANS = frozenset(
    {"boy", "girl", "child", "baby", "suspect", "hostage", "prisoner", "teenager", "youth", "inmate", "convict",
     "spy", "rebel", "militant", "soldier", "civilian", "tourist", "student", "national", "citizen", "dissident",
     "insurgent", "fugitive", "bomber", "killer", "murderer", "worker"}
)  # fmt: skip


def verb_predicate(verb: Token, prep: str = "") -> tuple[str, str, str | None]:
    """(predicate id, label, event class) for a verb, optionally with its preposition."""
    lemma = verb.lemma_.lower()
    prt = _particle(verb)
    cls, closed = EVENT_VERBS.get(lemma, (None, None))
    if (
        prt == "back"
        or lemma == "shoot"
        and not _shot_at_someone(verb)
        or lemma in _PEOPLE_OR_THINGS
        and not any(someone(c) for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
        # "wrote the song", "a book written by X": a work, no statement
        or lemma in _AUTHORING
        and any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        and not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        cls, closed = None, None
    if closed and not prep and not prt:
        return closed, closed, cls
    light = _light_object(verb, prep) if prep else None
    words = [lemma] + ([prt] if prt else []) + ([light] if light else []) + ([prep] if prep else [])
    label = " ".join([verb.text.lower()] + words[1:])
    return "-".join(words).replace(" ", "-"), label, cls


def _light_object(verb: Token, prep: str) -> str | None:
    """The bare noun a verb takes before its preposition, which says what the deed is: "opened fire on
    residents", "placing blame for the attacks on Arafat", "paid tribute to" (without it, "opened on" and
    "placing on" say nothing). A noun with a determiner or a modifier is a thing of its own."""
    at = next((c.i for c in verb.children if c.dep_ == "prep" and c.lower_ == prep), None)
    if at is None:
        return None
    return next(
        (
            c.lower_
            for c in verb.children
            if c.dep_ == "dobj"
            and c.tag_ == "NN"
            and not c.ent_type_
            and verb.i < c.i < at
            and all(k.dep_ == "prep" for k in c.children)
        ),
        None,
    )


def _agreeing_antecedent(verb: Token, noun: Token) -> Token:
    """The noun a relative clause is about when the parser hung it on the nearest name: "posters
    featuring Mr Howard, which critics claimed were offensive" (plural "were": the posters)."""
    number = _verb_number(verb)
    if number is None:
        return noun
    node = noun
    while (node.tag_ in ("NNS", "NNPS")) != number and node.dep_ in (
        "dobj",
        "pobj",
        "prep",
        "acl",
        "compound",
    ):
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN") and (node.tag_ in ("NNS", "NNPS")) == number else noun


_NUMBERED = {"VBZ": False, "VBP": True, "was": False, "were": True}


def _verb_number(verb: Token) -> bool | None:
    """Whether a verb (by its auxiliaries first) is plural ("were", "are asking"); None where its form does
    not tell ("said")."""
    finite = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    return next(
        (_NUMBERED[k] for t in finite if (k := t.lower_) in _NUMBERED or (k := t.tag_) in _NUMBERED), None
    )


_FINITE = ("VBP", "VBZ", "VBD", "MD")


def stranded_subject(clause: Token) -> Token | None:
    """The object of the verb above a finite clause that is really the clause's subject, which the parser
    left without one: "found fewer children are attending", "said taxation would go up"."""
    if clause.dep_ not in ("advcl", "ccomp") or any(
        k.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for k in clause.children
    ):
        return None
    if clause.tag_ not in _FINITE and not any(
        k.dep_ in ("aux", "auxpass") and k.tag_ in _FINITE for k in clause.children
    ):
        return None
    obj = next((c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if obj is None and clause.head.lemma_ in SPEECH_VERBS:
        # "said around eight members were planning …", "said being honoured meant a lot": what the parser
        # hung on the verb of saying right before the clause opens what was said
        lead = next(
            (
                c
                for c in clause.head.children
                if (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in _APPROXIMATORS)
                and c.i > clause.head.i
                and c.right_edge.i + 1 == clause.left_edge.i
            ),
            None,
        )
        if lead is not None and lead.dep_ == "prep":
            return next((p for p in lead.children if p.dep_ == "pobj"), None)  # "around [eight members]"
        return lead
    if obj is not None and clause.head.lemma_.lower() in HEARER_VERBS:
        # "told the BBC Liverpool were unlikely to win": the BBC was told; "warned the Lions will be his
        # fiercest opponents": what one warns of comes right after, and no person is warned
        adjacent = obj.right_edge.i + 1 == clause.left_edge.i
        people = obj.ent_type_ == "PERSON" or obj.lower_ in PEOPLE_NOUNS or obj.lemma_.lower() in ROLE_NOUNS
        if adjacent and _hearers_before(obj) and clause.head.lemma_.lower() == "tell":
            return obj  # "told MPs child benefit would rise": the MPs were told
        if clause.head.lemma_.lower() not in _WARNINGS or not adjacent or obj.pos_ == "PRON" or people:
            return None
    return obj


def _hearers_before(noun: Token) -> int:
    """How many words opening a noun phrase name those told, glued to it by the parser: "the BBC" of "told
    the BBC prices were too high", "MPs" of "told MPs child benefit would rise" (0 when none, or when no
    common noun of the phrase is left after them)."""
    words = list(noun.doc[noun.left_edge.i : noun.i + 1])
    n = 1 if words[0].dep_ == "det" else 0
    if words[n].ent_iob_ == "B" and words[n].ent_type_ in ("ORG", "PERSON"):
        # "told BBC News Labour MPs were united": a body's or a person's name, then the subject's words
        end = n + 1
        while end < len(words) and words[end].ent_iob_ == "I":
            end += 1
        if end < len(words) and words[end].tag_ != "POS":  # not "told the BBC's Talking Point programme"
            return end
    names = n
    while (
        names < len(words) - 1
        and words[names].dep_ == "compound"
        and (words[names].pos_ == "PROPN" or not words[names].is_lower and people_plural(words[names].lower_))
    ):
        names += 1
    rest = words[names]
    return names if names > n and rest.pos_ == "NOUN" and rest.is_lower else 0


#: words before a number that the parser reads as a preposition: "said around eight members were …"
_APPROXIMATORS = frozenset({"around", "about", "over", "under", "nearly", "almost", "some"})

#: verbs whose object may open what is warned of: "warned Asian states could stop funding the deficit"
_WARNINGS = frozenset({"warn", "caution"})


#: `Doc.user_data` key of the article's own text, where the parsed text differs from it (`kg.extractor`)
SOURCE_TEXT = "kg_source"


def _as_written(tok: Token) -> str:
    """A token with its whitespace as the article wrote it (the parser reads a spaced hyphen as a dash)."""
    source = tok.doc.user_data.get(SOURCE_TEXT)
    return tok.text_with_ws if source is None else source[tok.idx : tok.idx + len(tok)] + tok.whitespace_


#: verbs of thinking, which a reported clause's own subject may do as well as its speaker
_THINKING = frozenset(
    {"think", "believe", "feel", "hope", "know", "expect", "fear", "reckon", "doubt", "suspect"}
)


#: what a speaker does, not what a thing said to be so does: "said the plan was unfair and refused to
#: apologise", "… and promised a review", "… and dismissed claims of a rift"
_SPEAKERS_DEEDS = frozenset(
    {"refuse", "decline", "promise", "pledge", "vow", "dismiss", "reject", "deny", "defend", "accept", "call",
     "urge", "remind", "apologise", "apologize", "welcome", "condemn", "criticise", "criticize", "praise",
     "thank", "appeal", "demand", "challenge"}
)  # fmt: skip
#: verbs that say what something is or seems: "was unfair", "seemed to have been widespread"
_BEING = frozenset({"be", "seem", "appear", "remain"})


def _plural(tok: Token) -> bool | None:
    """Whether a subject or a finite verb (or its auxiliary) is plural; None where its form does not tell."""
    if tok.pos_ in ("NOUN", "PROPN"):
        return tok.tag_ in ("NNS", "NNPS")
    if tok.pos_ == "PRON":
        return {"they": True, "we": True, "it": False, "he": False, "she": False, "this": False}.get(
            tok.lower_
        )
    return _verb_number(tok)


def finite(verb: Token) -> Token:
    """The word that carries a verb's tense: its first tensed auxiliary ("has refused"), or itself."""
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.tag_ in TENSED), verb)


#: tags of a verb form with a tense of its own
TENSED = frozenset(_FINITE) - {"MD"}


def _speakers_deed(verb: Token) -> bool:
    """Whether a subjectless verb joined to a reported clause tells what its speaker went on to do: a deed
    only a speaker does after a clause that says what something is ("said his comments were not racist
    and refused to apologise"), or a verb that agrees with the speakers and not with the clause's own
    subject ("say the road is dangerous and are asking for a crossing")."""
    host = clause = verb.head
    while clause.dep_ == "xcomp":  # "seemed to have been widespread and called on …"
        clause = clause.head
    speech = clause.head
    if (
        verb.dep_ != "conj"
        or verb.pos_ not in ("VERB", "AUX")
        or clause.dep_ != "ccomp"
        or speech.lemma_ not in SPEECH_VERBS
        or not speech.i < clause.i < verb.left_edge.i <= verb.i
        # "and that it has been …" is said too; "and endless columns have been …" has a subject the
        # parser left elsewhere
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in verb.children)
        or any(t.dep_ not in ("aux", "auxpass", "advmod", "neg") for t in verb.doc[verb.left_edge.i : verb.i])
        or verb.doc[verb.left_edge.i - 1].dep_ != "cc"
        or sum(t.is_quote for t in verb.doc[speech.i : verb.i]) % 2
    ):
        return False
    said_of = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    number = _plural(verb)
    if (
        number is not None
        and said_of is not None
        and speaker is not None
        and _plural(said_of) == (not number)
        and _plural(speaker) == number
    ):
        return True
    being = host.lemma_ in _BEING or any(c.dep_ in ("acomp", "attr") for c in host.children)
    tense = finite(verb).tag_
    return (
        verb.lemma_ in _SPEAKERS_DEEDS
        and being
        and tense in TENSED
        and (tense == "VBD") == (speech.tag_ == "VBD")
    )


def joined_statement(verb: Token) -> bool:
    """Whether a verb joined to a reported clause is no part of it: a statement of its own ("X said he
    had done no deals, while Mr Brown says …", "… and the Liberal Democrats claim …"), the speaker's own
    next deed (`_speakers_deed`), or, in "He understood that …, Mr Blair told the Guardian", the reporting
    clause the parser hung under the clause it reports."""
    if _speakers_deed(verb):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        verb.dep_ == "conj"
        and subject is not None
        and any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in _ASIDE_NOUNS
            and any(d.lower_ in ("such", "the", "these", "those") for d in c.children)
            for c in verb.children
        )
    ):
        return True  # "critics say it is secretive, but its members reject such claims": the others' answer
    if (
        verb.dep_ == "ccomp"
        and verb.lemma_ in SPEECH_VERBS
        and verb.i > verb.head.i
        and subject is not None
        and subject.pos_ == "PROPN"
        and subject.left_edge.i > 0
        and verb.doc[subject.left_edge.i - 1].text == ","
        and not any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return True
    if not (
        verb.dep_ in ("advcl", "conj")
        and verb.lemma_ in SPEECH_VERBS
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and verb.i > verb.head.i
        and any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return False
    if any(c.dep_ == "mark" and c.lower_ not in ("while", "whereas") for c in verb.children):
        return False  # "… is ironic since half of users say …": the reason is part of what was said
    # someone named speaks; "… and I think he was right" goes on with the speaker
    if subject is not None:
        return subject.pos_ in ("PROPN", "NOUN")
    speech = verb.head.head
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ccomp"
        and verb.tag_ == speech.tag_
        and speech.i < verb.head.i
        and verb.lemma_ not in _THINKING
        and sum(t.is_quote for t in verb.doc[speech.i : verb.i]) % 2 == 0
    ):
        # "he said some people were in denial but predicted a mood would change": a second saying of the
        # speaker in the same tense as the first (not "said people believe X and think Y"), out of a
        # quotation the reported clause opens ('said: "I called him and said …"' is the quotation's) and no thought the clause's
        # subject may have had ("said the gang operated online and thought they would never be caught")
        return speech.lemma_ in SPEECH_VERBS
    return verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN"  # its speaker hung elsewhere by the parser


def _quotation_end(verb: Token) -> int:
    """Where the quotation a reported clause opens with closes ('"…," chairman X said': not the title
    after it), or past the clause's end."""
    doc, first = verb.doc, verb.left_edge.i
    if doc[first].text in ('"', "“"):
        first += 1  # the parser hung the opening mark on the clause
    elif first == verb.sent.start or doc[first - 1].text not in ('"', "“"):
        return verb.right_edge.i + 1
    if verb.head.i < verb.i:
        return verb.right_edge.i + 1  # 'said "the plan" would fail': the quotation is a part of it
    # a quotation inside it ("the idea of an 'always available' society") does not close it, nor does one
    # of its first words that the clause goes on after ('"Info cards" will help people …')
    end = next(
        (t.i for t in doc[first : verb.right_edge.i + 1] if t.text in ('"', "”")), verb.right_edge.i + 1
    )
    rest = doc[end : verb.right_edge.i + 1]
    return verb.right_edge.i + 1 if any(t.pos_ in ("VERB", "AUX") for t in rest) else end


def _statement_start(verb: Token) -> int:
    """Where a statement of its own joined to the reported clause of `verb` begins, or past its end."""
    doc = verb.doc
    chain = [verb]
    while (xcomp := next((c for c in chain[-1].children if c.dep_ == "xcomp"), None)) is not None:
        chain.append(xcomp)  # "said X seemed to have been widespread and called on …"
    other = next((c for v in chain for c in v.children if joined_statement(c)), None)
    if other is None:
        return verb.right_edge.i + 1
    start = other.left_edge.i
    if not any(c.dep_ == "nsubj" for c in other.children):
        # its speaker hung elsewhere by the parser: the names right before it
        while start > verb.i + 1 and doc[start - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ"):
            start -= 1
    while start > verb.i + 1 and (doc[start - 1].dep_ in ("cc", "mark") or doc[start - 1].is_punct):
        start -= 1
    return start


#: what a clause set off at its end by a comma says followed: the writer's, not the speaker's ("…,
#: prompting analysts to raise questions", "…, sending shares down 3%")
_CONSEQUENCES = frozenset(
    {"prompt", "send", "spark", "trigger", "cause", "push", "drive", "fuel", "knock", "wipe", "lead", "leave"}
)


def consequence(verb: Token) -> bool:
    """Whether a verb is a trailing participle of what followed ("profits fell 5%, sending shares down"):
    the whole event before it did that, not its subject."""
    before = verb.left_edge.i - 1
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.lemma_ in _CONSEQUENCES
        and before > verb.head.i
        and verb.doc[before].text == ","
    )


def _consequence_start(verb: Token) -> int:
    """Where the writer's note on a reported clause begins (what followed it, or what others make of it:
    "…, a claim denied by the chancellor", "…, although others feel …"), or past the clause's end."""
    after = [t for t in verb.subtree if t.i > verb.i]  # one walk of the clause for the three tests below
    return min(
        (
            # "said progress had been made, adding that this was only the beginning": the saying goes on
            *(t.left_edge.i - 1 for t in after if consequence(t) or _writers_note(t) or _saying_on(t)),
            *(_others_view(c) for c in verb.children if c.i > verb.i),
            *(c.i - 1 for c in verb.children if c.i > verb.i and _unsaid(c)),
            # "said he wants to change politics as he launched his party": when the saying was
            *(t.left_edge.i for t in after if _while_saying(t, verb)),
            *(_belied(verb, c) for c in verb.children if c.dep_ == "conj"),
            *(_narrated(verb, c) for c in verb.children if c.dep_ == "conj"),
        ),
        default=verb.right_edge.i + 1,
    )


def _while_saying(tok: Token, said: Token) -> bool:
    """Whether a clause closing a reported clause tells when the speaker said it: "as he launched his
    party" (a past verb whose subject is a pronoun, after a reported present: the tenses part)."""
    return (
        tok.dep_ == "advcl"
        and tok.tag_ == "VBD"
        and tok.right_edge.i == said.right_edge.i
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in tok.children)
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in tok.children)
        and finite(said).tag_ in ("VBZ", "VBP")
        and said.head.tag_ in ("VBD", "VBN")  # "said", "has said" (not "says") at the time of the clause
    )


def _saying_on(tok: Token) -> bool:
    """Whether a participle after a comma goes on with the speaker's saying: ", adding that …", ", saying
    …" (the speaker's next words, no part of the clause before)."""
    return (
        tok.tag_ == "VBG"
        and tok.lemma_.lower() in SPEECH_VERBS
        and tok.dep_ in ("advcl", "xcomp", "conj")
        and tok.left_edge.i > 0
        and tok.doc[tok.left_edge.i - 1].text == ","
    )


#: verbs of a belief the text may go on to belie: "thought he had scored, but play was recalled"
_BELIEF_VERBS = frozenset({"think", "believe", "assume", "imagine", "suppose"})


def _belied(verb: Token, conj: Token) -> int:
    """Where a "but" clause with its own subject begins after what someone thought or believed ("X
    thought he had scored but play was recalled": the writer's, not his), or past the document's end."""
    cc = next(
        (c for c in verb.children if c.dep_ == "cc" and c.lower_ == "but" and verb.i < c.i < conj.i), None
    )
    if (
        cc is None
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in _BELIEF_VERBS
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
    ):
        return len(verb.doc)
    return cc.i - (verb.doc[cc.i - 1].text == ",")


def _others_view(clause: Token) -> int:
    """Where a clause set against the reported one to give someone's own view begins ("…, although
    others feel the Bank may still raise them": what they feel, not what the speaker said), or past the
    document's end."""
    mark = next(
        (
            c
            for c in clause.children
            if c.dep_ == "mark" and c.lower_ in ("although", "though", "while", "whereas")
        ),
        None,
    )
    if (
        clause.dep_ != "advcl"
        or clause.lemma_.lower() not in SPEECH_VERBS | _VIEW_VERBS | _DECLINING
        or mark is None
        or not any(c.dep_ == "nsubj" for c in clause.children)
    ):
        return len(clause.doc)
    return mark.i - (mark.i > 0 and clause.doc[mark.i - 1].text in (",", "-", "\u2013"))


def _narrated(verb: Token, conj: Token) -> int:
    """Where a "but" clause begins that tells what the speaker went on to say or not to say ("said the
    technology will work, but it did not specify how", "said the minister should go, but did not believe
    he would"): the writer's account of the speaker, no part of what was said; past the document's end
    for any other clause."""
    cc = next(
        (c for c in verb.children if c.dep_ == "cc" and c.lower_ == "but" and verb.i < c.i < conj.i), None
    )
    subject = next((c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        cc is None
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in SPEECH_VERBS
        or conj.lemma_.lower() not in SPEECH_VERBS | _BELIEF_VERBS | _VIEW_VERBS | _DECLINING
        # "but it did not give figures" ("not only is it for a good cause, but it gives them a chance")
        and not (conj.lemma_.lower() in _INFORMING and any(c.dep_ == "neg" for c in conj.children))
        # the speaker's own next words: no subject, or a pronoun taking up the speaker
        or subject is not None
        and not (subject.pos_ == "PRON" and subject.lower_ in _SPEAKER_PRONOUNS)
    ):
        return len(verb.doc)
    return cc.i - (verb.doc[cc.i - 1].text == ",")


#: pronouns that take up a speaker: "said X, but it did not say Y"
_SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "they"})
#: verbs of declining to say: "but declined to comment"
_DECLINING = frozenset({"decline", "refuse"})


#: verbs of holding a view that are no verbs of saying: "others feel", "some fear"
_VIEW_VERBS = frozenset({"feel", "fear", "reckon", "expect", "doubt", "hope", "worry"})


#: nouns a writer sets after a reported clause to say what it is: "…, a claim the firm denies"
_ASIDE_NOUNS = frozenset(
    {"claim", "charge", "allegation", "accusation", "assertion", "contention", "suggestion"}
)
#: … and after a dash: "said he had not left the group - a move he announced after the meeting" (after a
#: comma, "said it would halve its dividend, a move which should save $360m" may go on with what was said)
_DASH_ASIDE_NOUNS = frozenset({"move", "decision", "step"})


#: what a speaker may leave out of what they say: "…, without giving details", "…, without naming them"
_INFORMING = frozenset(
    {"give", "provide", "elaborate", "say", "specify", "offer", "name", "disclose", "reveal"}
)


def _unsaid(prep: Token) -> bool:
    """Whether a "without" phrase after a comma tells what the speaker did not say ("said sales rose,
    without giving figures"): the writer's words, no part of what was said."""
    return (
        prep.lower_ == "without"
        and prep.i > 0
        and prep.doc[prep.i - 1].text == ","
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and c.lemma_ in _INFORMING for c in prep.children)
    )


def _writers_note(noun: Token) -> bool:
    """Whether a noun after a comma or a dash names the reported clause before it: "…, a claim denied by
    X"."""
    before = noun.left_edge.i - 1
    return (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and before > 0
        and (
            noun.lower_ in _ASIDE_NOUNS
            and noun.doc[before].text in (",", "-", "–", "—")
            or noun.lower_ in _DASH_ASIDE_NOUNS
            and noun.doc[before].text in ("-", "–", "—")
        )
    )


def _joining(tok: Token) -> bool:
    """Whether a token is a hyphen inside a word ("back-up")."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and not tok.nbor(-1).whitespace_


def _split_off(verb: Token) -> Token | None:
    """The rest of a reported clause that the parser split off as a second, subjectless one right after
    it: "said he was certain [MPs] | would get another chance", "a valve could crack and [fragments] |
    could injure people" (the subject hung on the first clause)."""
    if verb.dep_ != "ccomp":
        return None
    rest = next(
        (c for c in verb.head.children if c.dep_ == "ccomp" and c.left_edge.i == verb.right_edge.i + 1), None
    )
    if rest is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in rest.children):
        return None
    return rest if rest.left_edge.tag_ in ("VBD", "VBZ", "VBP", "MD") else None


def _told_whom(verb: Token, words: list[Token], stranded: Token | None) -> int:
    """How many of the first words of what was told name whom it was told: "told the BBC prices were too
    high", "told The Observer government life was hard" (the parser made the name part of the subject);
    `stranded` is the clause's `stranded_subject`."""
    tell = verb.head
    if (
        verb.dep_ != "ccomp"
        or tell.lemma_.lower() != "tell"
        or not words
        or words[0].i != tell.i + 1
        or any(c.dep_ in ("dobj", "dative", "iobj") and c != stranded for c in tell.children)
    ):
        return 0
    subject = stranded or next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _hearers_before(subject) if subject is not None and subject.left_edge == words[0] else 0


#: adverbs of time right after a verb of saying that tell when it was said: "said earlier it was …"
_WHEN_SAID = frozenset({"earlier", "later", "previously", "recently", "again", "subsequently", "afterwards"})


def content_label(verb: Token, amounts: AmountIndex, matches: Matches) -> str:
    """A short reading of a clause: "stop sharing intelligence", "military ends communications".

    What someone said is read as they said it: the reported clause's own words, up to
    `_QUOTE_WORDS` of them.
    """
    words: list[Token] = []
    stranded: Token | None = None
    # what is denied is read in its own words too: "denied the party was trying to hide him"
    # and what is vowed, urged or tried: "vowed to use all legal means at its disposal to go after …"
    wanted = verb.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if reported(verb, matches) or wanted or verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENIAL_VERBS:
        stranded = stranded_subject(verb)
        last = _split_off(verb) or verb
        end = min(_statement_start(last), _consequence_start(last), _quotation_end(last))
        # the first words only: a run-on "sentence" can hold thousands of them
        words = list(
            islice(
                (
                    t
                    for t in (
                        *(stranded.subtree if stranded is not None else ()),
                        *verb.subtree,
                        *(last.subtree if last is not verb else ()),
                    )
                    # "%" is punctuation to spaCy, but "less than 40%" ends on it
                    if not (t.is_punct and t.text != "%" or t.is_quote or t.is_space)
                    # "that" opens what was said; "whether" makes it a question ("refused to say whether he
                    # would remain" said no such thing)
                    and not (
                        t.head == verb
                        and (
                            t.dep_ == "mark" and t.lower_ != "whether" or t.dep_ == "aux" and t.lower_ == "to"
                        )
                    )
                    and t.i < end
                ),
                _QUOTE_WORDS + 1,
            )
        )
    when = next(
        (
            c
            for c in verb.children
            if c.left_edge.i == verb.left_edge.i
            and (_time_phrase(c) or c.dep_ == "advmod" and c.lower_ in _WHEN_SAID)
        ),
        None,
    )
    if (
        when is not None
        and words
        and words[0].i == when.left_edge.i  # the time opens what was said, right after the verb of saying
        and words[0].i > 0
        and verb.doc[words[0].i - 1].lemma_ in SPEECH_VERBS
    ):
        # "said on Wednesday it had bought …": the day the saying was, no part of what was said (not
        # "said January's figures were decent": a date that is no time of the clause)
        words = [t for t in words if t.i > when.right_edge.i]
    words = words[_told_whom(verb, words, stranded) :]
    while len(words) > 1 and words[-1].dep_ == "cc" and words[-1].i == verb.right_edge.i:
        words.pop()  # "said prices would rise but wages would not": the parser hung the "but" on "rise"
    while (
        len(words) > 1
        and words[-1].dep_ == "prep"
        and not list(words[-1].children)
        and verb.doc[words[-1].i - 1].text == ","
        and len(words) <= _QUOTE_WORDS
    ):
        words.pop()  # "said he would consider leaving, with …": a preposition the parser left with no object
    if len(words) > 1 and words[0].tag_ in ("WDT", "WP") and verb.head.dep_ == "relcl":
        # "the plant, which analysts said was losing money": what they said is of the plant
        noun = _agreeing_antecedent(verb, verb.head.head)
        first = noun.left_edge.i
        while (
            first > 0
            and not noun.doc[first - 1].whitespace_
            and "-" in (noun.doc[first].text, noun.doc[first - 1].text)
        ):
            first -= 1  # "the mid-size 7E7" parsed as "mid" and "-size 7E7"
        phrase = noun.doc[first : noun.i + 1]
        lead = phrase.text.split() if len(phrase) <= 6 else ["the", noun.text]
        span = verb.doc[words[1].i : words[:_QUOTE_WORDS][-1].i + 1]
        rest = "".join(t.whitespace_ if t.is_quote else _as_written(t) for t in span).split()
        return " ".join(lead + rest) + (" …" if len(words) > _QUOTE_WORDS else "")
    if len(words) > 1:
        kept = words[:_QUOTE_WORDS]
        text = " ".join(
            "".join(
                t.whitespace_ if t.is_quote else _as_written(t) for t in verb.doc[kept[0].i : kept[-1].i + 1]
            ).split()
        )
        return text + (" …" if len(words) > _QUOTE_WORDS else "")
    words = []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ != "PRON":
        words += [t for t in subj.subtree if t.dep_ in ("compound", "amod") and t.head == subj] + [subj]
    tok: Token | None = verb
    while tok is not None:
        words.append(tok)
        words += [c for c in tok.children if c.dep_ in ("prt", "neg")]
        # "unemployment was unchanged at 9.9%": a copula says nothing without its complement
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr", "acomp")), None)
        if obj is not None:
            # "back-up" is "back", "-" and "up" to the parser
            words += [t for t in obj.lefts if t.dep_ in ("compound", "amod") or _joining(t)] + [obj]
            words += [t for c in obj.children if c.dep_ == "prep" for t in c.subtree][:4]
        prep = next(
            (c for c in tok.children if c.dep_ == "prep" and c.lower_ not in TIME_PREPS - {"in"}), None
        )
        if obj is None and prep is not None:
            words += [t for t in prep.subtree if not t.is_punct][:5]
        tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    taken = {t.i for t in words}
    seen: dict[int, Token] = {
        t.i: t for t in words if not t.is_punct and t.pos_ != "DET" or _joining(t) and t.i + 1 in taken
    }
    out: list[str] = []
    hedges: dict[int, str] = {}
    for i in list(seen):
        # "received more than £5m", "raise as much as 25bn euros": the bound is part of the amount
        if (start := amounts.first_token(i)) is not None and start not in hedges:
            first, hedges[start] = hedge_span(verb.doc, start)
            for k in range(first, start):
                seen.pop(k, None)
    for i in sorted(seen):
        start = amounts.first_token(i)
        amount = amounts.at(i)
        if out and (_joining(seen[i]) or seen[i].nbor(-1).text == "-" and i - 1 in seen):
            out[-1] += seen[i].text  # a hyphened word is one
        elif start is None or amount is None:
            out.append(seen[i].text)
        elif start == i or start not in seen:  # "$5m" is three tokens: write the amount once, as written
            doc = seen[i].doc
            end = next((j for j in range(start, len(doc)) if amounts.first_token(j) != start), len(doc))
            hedge = hedges.get(start, "")
            out.append(f"{hedge} {doc[start:end].text}" if hedge else doc[start:end].text)
    return " ".join(dict.fromkeys(out))


def rank(tok: Token) -> bool:
    """Whether a word on a verb is the place come or finished in: "came third", "finished second"."""
    doc = tok.doc
    runner_up = (  # "finished runners-up": second, in a word the tokenizer splits
        tok.lower_ in ("runner", "runners")
        and tok.dep_ in ("dobj", "oprd", "attr")
        and doc[tok.i + 1 : tok.i + 3].text == "-up"
    )
    return (
        (
            tok.ent_type_ == "ORDINAL"
            and tok.is_alpha
            and tok.dep_ in ("advmod", "npadvmod", "oprd", "acomp", "attr")
            or runner_up
        )
        and tok.head.lemma_.lower() in _PLACING_VERBS  # "appeared first on", "scored first": once, no place
    )


#: verbs whose ordinal is a place in a ranking: "came third", "finished second", "is second"
_PLACING_VERBS = frozenset({"finish", "come", "place", "end", "rank", "be", "lie", "sit", "stand"})
