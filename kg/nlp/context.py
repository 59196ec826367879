"""Clause context: what a clause inherits from the clauses above it (attribution, modality, negation)."""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from kg.nlp.arguments import Arguments, quotations, quoted_mask
from kg.nlp.dates import calendar_day, date_phrase
from kg.nlp.lexicon import (
    ACCUSATION_VERBS,
    ATTITUDES,
    ATTRIBUTION_HEADS,
    CONDITIONAL_MARKS,
    CONTEST_NOUNS,
    DEMANDING_VERBS,
    DENIAL_VERBS,
    HEARSAY_ADVERBS,
    HEARSAY_VERBS,
    INTENT_VERBS,
    LEAVING_VERBS,
    MODALS,
    NOUN_ATTITUDES,
    ROLE_NOUNS,
    SPEECH_VERBS,
    UNCERTAIN,
)
from kg.nlp.names import actor_class
from kg.nlp.nodes import Nodes, participle_governor
from kg.nlp.state import Scope
from kg.nlp.valency import selects
from kg.nlp.verbs import TENSED, finite, joined_statement

__all__ = ["scope_of"]

#: how many governing words up a clause's plans, wishes and denials are looked for
_GOVERNORS = 4


#: marks of an adverbial clause that, in the past tense, tells what was so whatever the clause above it
#: denies or doubts: "could not play because he injured his knee", "no sign of it as Hewitt dominated"
_GIVEN_MARKS = frozenset(
    {"as", "because", "since", "when", "while", "after", "although", "though", "whereas"}
)


def _content_clause(clause: Token, noun: Token) -> bool:
    """Whether `clause` says what a noun of claim, fear or report (`NOUN_ATTITUDES`) holds: "concerns that
    teachers are hampered", "reports Mr Blair was considering a treaty", and "claims Acme had misled
    investors", which the parser reads as a relative clause though nothing is missing from it."""
    if noun.lemma_.lower() not in NOUN_ATTITUDES or noun.dep_ not in _NOUN_DEPS:
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES for c in clause.children)
    if clause.dep_ == "acl":
        return subject or any(c.lower_ == "that" for c in clause.children)
    # "its report, which it describes as encouraging" has its relative word; "the claim he had reneged on a
    # promise" is whole with the phrase its verb takes ("the claim he made in May" lacks its object)
    return (
        clause.dep_ == "relcl"
        and subject
        and any(
            c.dep_ in ("dobj", "ccomp", "attr", "acomp", "xcomp")
            or c.dep_ == "prep"
            and selects(clause, c.lower_)
            and any(p.dep_ == "pobj" for p in c.children)
            for c in clause.children
        )
        and not any(c.lower_ in _RELATIVES and c.dep_ != "mark" for c in clause.children)
    )


#: nouns whose to-infinitive is not (yet) done, and what they make of it
_INTENT_NOUNS = {
    **dict.fromkeys(("invitation", "call", "request", "appeal", "plea", "demand"), "demanded"),
    **dict.fromkeys(("plan", "proposal", "offer", "pledge", "promise", "intention"), "planned"),
    **dict.fromkeys(("bid", "attempt", "effort"), "attempt"),
    "threat": "threat",
}
#: nouns of what may come, whose "of" and a deed is no deed done ("the prospect of Acme launching a bid")
_CHANCES = dict.fromkeys(("prospect", "possibility", "likelihood", "chance", "risk", "danger"), "possibility")
#: relative pronouns, which open a relative clause as its subject or object
_RELATIVES = frozenset({"that", "which", "who", "whom", "whose", "what"})
#: where a noun stands in its clause when it is one (the tagger may call "reports" a verb)
_NOUN_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


def _adjectival_attitude(word: Token) -> str | None:
    """The attitude a participle after "be" states by its own form ("concerned", "convinced"), whose verb's
    lemma says something else ("this concerns us")."""
    return ATTITUDES.get(word.lower_) if word.dep_ == "acomp" else None


def _governed_modality(lower: Token, upper: Token) -> str | None:
    """What a governing word makes of the clause below it, if anything: "does not expect X to …"
    (uncertain), "wants people to tell" / "plans to sell" / "called for X to be investigated" (the
    intent verb's modality), "Britain is to fund" (planned), "X has to overcome" (obligation)."""
    head = upper.lemma_.lower()
    if head in DENIAL_VERBS and lower.dep_ in ("xcomp", "ccomp", "pcomp", "dobj", "acl"):
        return "denied"  # "denies faking a crash", "denied claims that he faked a crash"
    if (
        head == "be"
        and lower.dep_ == "ccomp"
        and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in upper.children)
        and any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in upper.children)
    ):
        return "possibility"  # "it could be that X is switched to left-back": may be so
    if _content_clause(lower, upper):
        return NOUN_ATTITUDES.get(head)  # "concerns that teachers are hampered"
    if (
        (head in _CHANCES or head in NOUN_ATTITUDES)
        and upper.pos_ == "NOUN"
        and lower.dep_ == "prep"
        and lower.lower_ == "of"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in lower.children)
    ):
        # "the prospect of Acme launching a bid", "fears of the bank cutting jobs": may be, is feared
        return _CHANCES.get(head) or NOUN_ATTITUDES[head]
    if lower.dep_ in ("xcomp", "pcomp") and lower.tag_ == "VBG" and _ends(head, upper):
        return "ended"
    if (
        (
            head in _POSTPONING
            or head == "put"
            and any(c.dep_ == "prt" and c.lower_ == "off" for c in upper.children)
        )
        and lower.dep_ in ("xcomp", "pcomp")
        and lower.tag_ == "VBG"
    ):
        return "planned"  # "put off buying presents until December", "delayed signing": not yet done
    if head in ACCUSATION_VERBS and (
        lower.dep_ in ("pcomp", "ccomp", "xcomp")
        # "criticised X for bullying"; not "criticised X after quitting the show" (a time)
        or lower.dep_ == "prep"
        and lower.lower_ in ("of", "for", "over")
    ):
        if any(c.lower_ in _WRONGLY for c in upper.children):
            return "denied"  # "was wrongly convicted of planting the bombs": he did not
        return "alleged"  # "accused ministers of turning Britain into a dumpsite"
    if (
        # "would never dream of running"; not "did not play, with his boss claiming …"
        (lower.dep_ in ("xcomp", "ccomp") or lower.dep_ == "prep" and lower.lower_ in ("of", "about", "on"))
        and head not in SPEECH_VERBS
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in upper.children)
        # "let us never forget that Britain suffered …", "could not hear Jones shouting": what is not
        # forgotten or heard was so all the same (not "did not know whether …")
        and not (
            head in _FACTIVE
            and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in lower.children)
        )
    ):
        return "uncertain"  # "does not expect X to …", "would never dream of running"
    to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
    if head == "agree" and lower.dep_ == "ccomp":
        return None  # "I agree that the government should fund music": an opinion shared, no plan
    if head == "consider" and lower.dep_ == "ccomp" and lower.tag_ in ("VBZ", "VBP", "VBD"):
        return None  # "when you consider that some games cost £5": a fact weighed, no possibility
    if (
        head in _IMPLICATIVE
        and upper.tag_ in ("VBD", "VBN")
        and not any(c.tag_ == "MD" for c in upper.children)  # "will be forced to sell": not yet
        and lower.dep_ == "xcomp"
        and to_infinitive
    ):
        return None  # "forced him to miss Wimbledon", "was forced to resign": it happened
    if (
        head in ("like", "love", "prefer")
        and any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in upper.children)
        and lower.dep_ in ("xcomp", "ccomp")
    ):
        return "desire"  # "would like to see X cut prices", "would prefer to see X return the money"
    if (
        (head in _STRIVING and upper.tag_ == "VBG" or head == "move")
        and lower.dep_ == "xcomp"
        and to_infinitive
        and not any(c.dep_ in ("prt", "advmod") and c.i > upper.i for c in upper.children)
    ):
        # "is battling to cut costs", "however, moved to steady the markets": tried, not (yet) done
        # ("fought back to beat England", "battled hard to win" tell a win)
        return "attempt"
    if head == "let" and upper.i + 1 < len(upper.doc) and upper.doc[upper.i + 1].lower_ in ("us", "'s"):
        # "let us build schools" urges, it allows nothing; "let us never forget that X" holds X
        return None if lower.lemma_ in _FACTIVE else "desire"
    if (
        head in INTENT_VERBS
        and upper.pos_ != "NOUN"  # "such are the demands of the show that producers set up …"
        and not (head == "look" and lower.lemma_ == "be")  # "looking to buy" is a plan, "looks to be" a guess
        and lower.i > upper.i
        # "offers services by charging a premium rate": the means of what is done, no plan; "closed higher,
        # with Acme rising 5%": a clause of its own
        and not (lower.dep_ == "prep" and lower.lower_ in ("by", "through", "via", "with"))
        and (
            lower.dep_ in ("xcomp", "ccomp", "pcomp", "pobj", "prep")
            or lower.dep_ == "advcl"
            and to_infinitive
        )
        and (
            INTENT_VERBS[head] != "demanded"
            or to_infinitive
            # "recommended replacing the exams", "called for scrapping the tax"
            or lower.dep_ == "xcomp"
            and lower.tag_ == "VBG"
            or lower.dep_ == "prep"
            and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in lower.children)
            # "ordered that the plant be closed"; not "told Reuters that Sony would sell"
            or lower.tag_ == "VB"
            and not any(c.dep_ == "aux" for c in lower.children)
            # "recommends that developing countries reduce tariffs": the subjunctive of a plural subject
            # ("suggests that consumers are spending less" is evidence)
            or lower.tag_ == "VBP"
            and head in DEMANDING_VERBS
            and not any(c.dep_ == "aux" for c in lower.children)
            # "recommended that she be fined": the passive subjunctive
            or lower.tag_ == "VBN"
            and lower.dep_ == "ccomp"
            and any(c.dep_ == "auxpass" and c.tag_ == "VB" for c in lower.children)
            and not any(c.dep_ == "aux" for c in lower.children)
        )
    ):
        # "told users to update", "ordered that the plant be closed"; "told investors it was cutting
        # jobs" reports a fact
        return INTENT_VERBS[head]
    if (
        head == "vote"
        and lower.dep_ == "xcomp"
        and to_infinitive
        and any(
            c.dep_ == "nsubj"
            and (c.ent_type_ == "PERSON" or c.tag_ == "NN" and c.lemma_.lower() in ROLE_NOUNS)
            for c in upper.children
        )
    ):
        return "desire"  # "Paul Tucker voted to raise rates": one vote raises nothing (a parliament's does)
    if upper.pos_ == "NOUN" and lower.dep_ == "acl" and to_infinitive and head in _INTENT_NOUNS:
        # "an invitation for firms to outsource jobs", "a bid to buy X": not (yet) done
        return _INTENT_NOUNS[head]
    if head in _CLAIMING and lower.dep_ == "xcomp" and to_infinitive:
        return "alleged"  # "a website that claims to collect cash", "purports to be": its own word for it
    if (
        lower.dep_ == "xcomp"
        and head in HEARSAY_VERBS
        and (
            any(c.dep_ == "auxpass" for c in upper.children)
            or upper.dep_ == "acl"
            and (upper.tag_ == "VBN" or to_infinitive)  # "two men believed to have trained", tagged a past
            # "a man thought to have entered the country", read as a main verb: no one thinks to have done
            or head != "claim"
            and upper.tag_ == "VBD"
            and to_infinitive
            and any(c.dep_ == "aux" and c.lower_ == "have" for c in lower.children)
        )
    ):
        # "X is reported to be preparing a bid", "is said to have", "is thought to", "is reported by
        # Reuters to have won" (whose report `scope_of` attributes), "the sweeteners reported to have been
        # discussed"
        return "reported"
    if head in ("suggest", "propose") and lower.dep_ == "xcomp" and lower.tag_ == "VBG":
        return "demanded"  # "the report suggests doubling the money": a proposal, not done
    if (
        lower.dep_ == "ccomp"
        and head == "be"
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _NECESSARY for c in upper.children)
    ):
        return "obligation"  # "it is important that retailers do not sell …": what ought to be, not what is
    if (
        lower.pos_ == "VERB"
        and upper.pos_ == "ADJ"
        and head in ("easy", "easier", "possible")
        and lower.dep_ in ("advcl", "xcomp")
    ):
        return "possibility"  # "makes it easy for people to set up blogs": not done yet
    if to_infinitive and (
        lower.dep_ == "acl"
        and upper.lower_ in _ON_COURSE
        and upper.head.lower_ == "on"
        or lower.dep_ == "xcomp"
        and any(c.lower_ in _ON_COURSE and any(k.lower_ == "on" for k in c.children) for c in upper.children)
    ):
        return "expected"  # "is on course to meet the golden rule", "on track to double": foreseen, not done
    if to_infinitive and (
        head == "loss"
        and upper.head.lower_ == "at"
        or any(
            c.dep_ == "prep" and c.lower_ == "at" and any(k.lemma_ == "loss" for k in c.children)
            for c in upper.children
        )
    ):
        return "failed"  # "was at a loss to explain his showing": he could not
    particle = next(
        (c.lower_ for c in upper.children if c.dep_ in ("prt", "advmod") and c.i == upper.i + 1), ""
    )
    if (
        lower.dep_ == "advcl"
        and to_infinitive
        and not (
            head in _CHANGES
            and any(c.dep_ == "dobj" and not any(t.like_num for t in c.subtree) for c in upper.children)
        )
        and (
            {head, f"{head} {particle}"} & _RESULTING
            # "won 5-7 6-0 6-2 to earn a meeting with X" ("won contracts to provide vaccine": what for)
            or head == "win"
            and not any(c.dep_ == "dobj" and not any(ch.isdigit() for ch in c.text) for c in upper.children)
            or head == "come"
            and any(_from_behind(c) for c in upper.children)
        )
    ):
        # "rallied to beat Enqvist", "came back to win", "came from a set down to beat X": what followed,
        # done; "goes on to face X": ahead
        return "planned" if upper.tag_ in ("VBZ", "VBP") else None
    if to_infinitive and (
        _what_followed(lower, upper)
        or any(c.dep_ == "advmod" and c.lower_ in _UNMEANT for c in lower.children)
    ):
        return None  # "used his phone to accidentally send a message": what happened, meant by no one
    if head == "set" and to_infinitive and upper.dep_ == "pcomp" and upper.tag_ == "VBN":
        return "expected"  # "with the Tories set to campaign": "is set to" with no "be" after "with"
    if lower.dep_ == "advcl" and to_infinitive and not any(c.dep_ == "mark" for c in lower.children):
        return "purpose"  # "went to Scotland to seek views", "queue to buy": what they went for, not done
    if lower.dep_ == "xcomp" and head == "use" and to_infinitive:
        if not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in upper.children) and not (
            upper.dep_ == "acl" or upper.i > 0 and upper.doc[upper.i - 1].text == ","
        ):
            return "former" if upper.lower_ == "used" else None  # "X, who used to work in the army"
        if upper.tag_ == "VBD" and lower.lemma_.lower() in SPEECH_VERBS:
            return None  # "used a speech to say his party was facing up to …": he said it
        # "the conference, used to showcase new products" (a participle, however parsed): what it serves for
        return "purpose"  # "used the drugs to enhance her performance": what they were for
    if (
        lower.dep_ in ("ccomp", "xcomp")
        and head in _CAUSATIVES
        and lower.pos_ == "VERB"  # "make it easy for people to …" enables, it obliges no one
        and upper.tag_ in ("VBZ", "VBP")
        and any(c.dep_ in ("nsubj", "dobj") for c in (*lower.children, *upper.children))
    ):
        return "obligation"  # "a law which makes him cut the deficit", "requires firms to publish": owed
    # ("made him resign", "forced him to quit" tell what was done)
    if (
        lower.dep_ == "xcomp"
        and head == "set"
        and to_infinitive
        and any(c.dep_ == "auxpass" for c in upper.children)
    ):
        return "expected"  # "Asia is set to drive growth"
    if (
        lower.dep_ == "xcomp"
        and head in _SCHEDULING
        and to_infinitive
        and any(c.dep_ == "auxpass" for c in upper.children)
    ):
        return "planned"  # "were scheduled to play three dates", "is confirmed to headline": not yet done
    if (
        lower.dep_ == "xcomp"
        and head == "be"
        and to_infinitive
        # "was one of 1,466 novelists to enter the contest": the infinitive describes the noun, done
        and not any(c.dep_ in ("attr", "acomp") for c in upper.children)
    ):
        return "planned"
    if lower.dep_ == "xcomp" and head == "have" and to_infinitive:
        return "obligation"  # "Swank has to overcome a strong challenge": not done yet
    return None


def _from_behind(prep: Token) -> bool:
    """Whether a phrase is "from behind", "from a set down", "from two goals down" (not "from London")."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "from"
        and any(t.lower_ in ("behind", "down") for t in prep.subtree)
    )


#: verbs whose denial denies what they hold: "does not think X will" thinks X will not
_NEG_RAISING = frozenset({"think", "believe", "reckon", "suppose", "imagine"})
#: "profits rose 15% to reach £546m": where a change ends ("increased production to meet demand": what for)
_CHANGES = frozenset({"rise", "fall", "climb", "jump", "grow", "increase", "gain", "drop", "slip", "soar", "slump",
                      "plunge", "tumble", "decline", "dip"})  # fmt: skip

#: verbs whose to-infinitive tells what followed, not what was meant: "rallied to beat", "went on to win"
_RESULTING = frozenset(
    {"rally", "recover", "battle", "storm", "surge", "go on", "come back", "fight back", "bounce back"}
    # "withstood a late comeback to win", "held on to win", "survived a scare to reach the final"
    | {"withstand", "survive", "hold on", "hang on", "come through"}
    | {"beat", "defeat", "overcome", "edge", "thrash", "outclass"}  # "beat Roddick to end the challenge"
    | {"break"}  # "broke his serve twice to set up a decider"
    | _CHANGES
)
#: what a past deed ends in when it gets the better of a rival named: "ran 3:56 to beat Brannen"
_BEATING = frozenset({"beat", "defeat", "overcome", "edge", "thrash", "outclass", "oust", "dethrone"})
#: how a goal is scored, the ball struck: after a past deed in a match report, what followed ("ran on to
#: score", "reacted first to smash the ball past X"; "drove to Leeds to finish the deal" is a purpose)
_SCORING = frozenset({"smash", "slot", "fire", "drill", "curl", "volley", "tap", "poke", "slam", "rifle", "sweep",
                      "nod", "head", "stab", "lash", "blast", "chip", "lob", "drive", "touch", "net"})  # fmt: skip
#: what a career move after leaving a post takes up: "left the BBC in 2001 to join ITV"
_NEXT_POSTS = frozenset(
    {"join", "set", "found", "launch", "start", "form", "establish", "become", "head", "run"}
)
#: what a past performance ends in when it matches or betters a mark: "clocked 6.56s to equal the record"
_RECORDING = frozenset({"equal", "break", "smash", "better", "match", "eclipse", "beat"})


#: where a price or an index ends a day: "to close at $10.48", "to end at 4,500"
_CLOSING = frozenset({"close", "end", "finish", "settle"})


def _what_followed(lower: Token, upper: Token) -> bool:
    """Whether a to-infinitive after a past deed tells what followed, done, not what it was for: "overturned
    a majority to win the seat" ("to win customers" is a purpose), "ran 3:56 to beat Nate Brannen", "clocked
    6.56 seconds to equal the record", "hared away from halfway to score", "left Bullfrog in 1997 to set up
    Lionhead"."""
    if lower.dep_ != "advcl" or upper.tag_ != "VBD":
        return False
    if any(c.lower_ == "only" and c.i < lower.i for c in lower.children):
        return True  # "made a full recovery, only to leave the band two years later": what came of it
    if lower.lemma_.lower() in _CLOSING and any(
        c.dep_ == "prep" and c.lower_ == "at" for c in lower.children
    ):
        return True  # "shares sank 14.87% to close at $10.48": where the day ended
    verb = lower.lemma_.lower()
    objects = [c for c in lower.children if c.dep_ == "dobj"]
    return (
        verb in _WINNING
        # "to win the seat", "shook off an upset stomach to win the 60m": a contest, a race by its distance
        and any(c.lemma_.lower() in CONTEST_NOUNS or _distance(c) for c in objects)
        # "slashed his personal best to equal the Spanish record"
        or verb in _RECORDING
        and any(c.lemma_.lower() == "record" for c in objects)
        or verb in _BEATING
        and any(c.pos_ == "PROPN" for c in objects)
        or verb in _WINNING | _BEATING | _RECORDING
        and _measured(upper)
        or verb == "score"
        or verb in _SCORING
        and any(c.lemma_.lower() == "ball" for c in objects)
        or verb in _NEXT_POSTS
        and upper.lemma_.lower() in LEAVING_VERBS
    )


def _measured(verb: Token) -> bool:
    """Whether a deed is a measured performance: "clocked 6.56 seconds", "cleared 1.76m", "ran a personal
    best of 53.45 seconds" (a number in its object)."""
    return any(
        c.dep_ in ("dobj", "npadvmod", "attr") and any(t.like_num for t in c.subtree) for c in verb.children
    )


#: what a past deed ends in when it wins a contest: "overturned a majority to win the seat"
_WINNING = frozenset({"win", "clinch", "seal", "secure", "claim", "retain", "take"})
#: a race named by its distance: "the 60m", "the 10,000m" (one token or a number and its unit)
_DISTANCE = re.compile(r"\d[\d,]*m")


def _ends(head: str, verb: Token) -> bool:
    """Whether a verb ends what its -ing complement does, done no more: "stop selling VHS machines", "quit
    making films", "gave up looking" (not "end up building": doing)."""
    up = any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return head == "give" and up or head in _ENDING_VERBS and not up


def _distance(noun: Token) -> bool:
    """Whether a noun is a race by its distance: "the 60m", "the 10,000m"."""
    return bool(_DISTANCE.fullmatch(noun.lower_)) or (
        noun.lower_ in ("m", "km", "metres") and any(c.dep_ == "nummod" and c.like_num for c in noun.children)
    )


_NECESSARY = frozenset({"important", "vital", "essential", "necessary", "crucial", "imperative", "right"})
_WRONGLY = frozenset({"wrongly", "wrongfully", "falsely", "unjustly", "mistakenly"})
_CAUSATIVES = frozenset({"make", "force", "require", "oblige", "compel"})
_ENDING_VERBS = frozenset({"stop", "cease", "quit", "halt", "end", "abandon", "finish", "discontinue"})
#: how likely something is, which leaves it in the balance
_LIKELIHOODS = frozenset({"likely", "unlikely", "probable", "improbable", "possible", "impossible"})
_POSTPONING = frozenset({"postpone", "delay", "defer"})
_PREVENTING = frozenset(
    {
        "stop",
        "prevent",
        "ban",
        "bar",
        "block",
        "prohibit",
        "forbid",
        "deter",
        "dissuade",
        "keep",
        "refrain",
        "exclude",
        "restrain",
        "save",
        "spare",
        "disqualify",
    }
)


def _in_doubt(word: Token, verb: Token) -> bool:
    """Whether "clear", "known", "sure" … leave a clause in doubt: "unclear", "not known", "not clear
    whether"; "it is clear that X sold" states that X sold."""
    return word.lower_.startswith("un") or any(c.dep_ == "neg" for c in (*word.children, *verb.children))


_AHEAD = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|next|later|coming)\b",
    re.IGNORECASE,
)


#: stages of a contest, after "next" a time ahead ("in the next round")
_STAGES = frozenset({"round", "stage", "leg", "phase", "heat", "fixture", "meeting", "session", "season"})


def _arranged(verb: Token) -> bool:
    """Whether a present progressive or a simple present tells what is arranged ("is holding a meeting on
    Friday", "are meeting next week", "the UK chairs the summit next year", "England play Ireland on 27
    February"): a time ahead, or a day of the calendar, makes it a plan, not what is under way or done
    (news tells what was done on a day in the past tense)."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )
    simple = (
        # "Bono, The Edge … begin a world tour on 28 March": a plural's present the tagger took for the base
        # form, a subject and no auxiliary before it
        (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children))
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # "predicts that in the next few years …": the prediction is made now
        and verb.lemma_.lower() not in SPEECH_VERBS
        and verb.lemma_.lower() not in ATTITUDES
    )
    if not (progressive or simple):
        return False
    when = date_phrase(verb, None)
    # "every Friday, people gather": a habit, no plan
    habit = any(t.lower_ in ("every", "each") and t.head.ent_type_ in ("DATE", "TIME") for t in verb.sent)
    # "plays Sprem in the next round", "in the next election": the next of a series of contests is
    # ahead too, though no date ("lives in the next street" is beside); so is a span from now ("travel to
    # Edinburgh in a fortnight", "in two weeks")
    next_one = any(
        c.dep_ == "prep"
        and any(
            p.dep_ == "pobj"
            and (
                p.lemma_.lower() in CONTEST_NOUNS | _STAGES
                and any(a.lower_ == "next" and a.dep_ == "amod" for a in p.children)
                or c.lower_ == "in"
                and p.lemma_.lower() in ("fortnight", "day", "week", "month")
                and any(a.dep_ in ("det", "nummod") and a.lower_ != "the" for a in p.children)
            )
            for p in c.children
        )
        for c in verb.children
    )
    return (
        when is not None and (_AHEAD.search(when) is not None or calendar_day(when)) or next_one
    ) and not habit


def _question(verb: Token) -> bool:
    """Whether the verb's sentence ends with a question mark (before any closing quotes) that is the verb's
    own: in 'Pointing to X, he added: "Isn't it clear?"' the question is the quotation's, in "Scotland
    could have beaten France, but do you see them whingeing?" the last clause's."""
    sent, doc = verb.sent, verb.doc
    k = sent.end - 1
    while k > sent.start and (doc[k].is_quote or doc[k].is_space or doc[k].text in ("'", '"')):
        k -= 1
    return doc[k].text.endswith("?") and not any(
        doc[j].is_quote or _asks_anew(doc[j], sent) for j in range(verb.i + 1, k)
    )


def _asks_anew(word: Token, sent: Span) -> bool:
    """Whether a sentence's question opens at a conjunction after a comma, after a statement: "…, but do
    you see them whingeing?" (not "Will they sell, and who will pay?", which asks twice)."""
    doc = word.doc
    return (
        word.dep_ == "cc"
        and doc[word.i - 1].text == ","
        and word.i + 1 < sent.end
        and _asks(doc[word.i + 1])
        and not _asks(doc[sent.start])
    )


def _asks(word: Token) -> bool:
    """Whether a word can open a question: an auxiliary ("do you see", "Will they", which the tagger may take
    for a name) or a wh-word."""
    return word.lower_ in _ASKING_AUXILIARIES or word.tag_ in ("WP", "WRB")


_ASKING_AUXILIARIES = frozenset(
    {"will", "would", "can", "could", "should", "is", "are", "was", "were", "do", "does", "did", "has", "have"}
)  # fmt: skip


def _not_until(neg: Token, verb: Token) -> bool:
    """Whether a negation only puts off the deed: "but not until X had stretched him for five sets", "did
    not sign until May" (they did, then)."""
    doc = neg.doc
    return (
        neg.i + 1 < len(doc)
        and doc[neg.i + 1].lower_ in ("until", "till")
        or any(
            c.lower_ in ("until", "till") and c.dep_ in ("prep", "mark") and c.i > verb.i
            for c in verb.children
        )
    )


#: verbs of keeping from a deed: what is avoided is not done
_AVOIDING = frozenset({"avoid", "evade", "shun"})


def _denied_host(verb: Token) -> bool:
    """Whether a clause is denied, by "not" or by its subject ("no week goes by", "few days pass", "not many
    meets go by"), so that its "without" is undone."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        c.lower_ in ("no", "few") or c.dep_ == "amod" and any(n.dep_ == "neg" for n in c.children)
        for c in subject.children
    )


def _forgone(verb: Token) -> bool:
    """Whether a clause names what was not done: "without telling investors", "instead of selling it",
    "rather than providing", "rather than sell the plant", "stopped Acme from buying Globex", "let alone
    shifting"."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "without":
        return not _denied_host(head.head)  # "not many meets go by without her breaking a record": she does
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in _PREVENTING:
        return True  # "stopped Acme from buying Globex", "banned from driving"
    if verb.dep_ == "ccomp" and verb.tag_ == "VBG" and head.lemma_.lower() in _PREVENTING - {"keep"}:
        return True  # "laws stop net firms handing over e-mails": the parser's clause without "from"
    if verb.dep_ == "pcomp" and head.lower_ in ("of", "than"):
        return any(c.lower_ in ("instead", "rather") for c in head.children)
    if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "dobj") and head.lemma_.lower() in _AVOIDING:
        return True  # "avoided suggesting anyone was playing politics"
    if verb.i > 1 and (verb.doc[verb.i - 2].lower_, verb.doc[verb.i - 1].lower_) in (
        ("rather", "than"),
        ("let", "alone"),
    ):
        # "fled abroad rather than pay the damages", read as a joined verb; "has problems getting a banking
        # system, let alone shifting its car business": not done
        return True
    return (
        verb.dep_ == "advcl"
        and any(c.lower_ == "rather" for c in verb.children)
        and any(c.dep_ == "mark" and c.lower_ == "than" for c in verb.children)
    )


def _inverted(verb: Token) -> bool:
    """Whether a clause is a condition with no "if", its auxiliary first: "Should the RFU resolve the
    issue, …", "Had he known, …", "Were it to fail, …"."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        aux is not None
        and subj is not None
        and aux.lower_ in ("should", "had", "were")
        and aux.i == verb.left_edge.i
        and aux.i < subj.i
    )


def _as_long_as(verb: Token) -> bool:
    """Whether a clause is a condition by "as long as", "so long as" or "provided (that)"."""
    marks = [c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod", "prep")]
    return "as" in marks and verb.head.lower_ == "long" or bool({"provided", "providing"} & set(marks))


def _quoted_speaker(nodes: Nodes, verb: Token, scope: Scope) -> None:
    """A clause inside quotation marks that no speech verb governs is its speaker's, not the article's:
    the subject of a speech verb outside the quotation, in the sentence where it ends (""… poverty,"
    said X" as the parser leaves it) or begins, else in the sentences before it in its paragraph
    (""…," X told the BBC. "We will spend it. Y attends our board meetings.""); with none, unnamed."""
    doc = verb.doc
    mask = quoted_mask(doc)
    start, end = next((s, e) for s, e in quotations(doc) if s < verb.i < e)
    opening = doc[start].sent
    around = [t for t in doc[min(end, len(doc) - 1)].sent if t.i > end] + [t for t in opening if t.i < start][
        ::-1
    ]
    before: list[Token] = []
    sent = opening
    while sent.start > 0 and not any("\n" in t.text for t in doc[sent.start - 1].sent):
        sent = doc[sent.start - 1].sent
        before.extend(reversed(sent))
    # a quotation that opens a paragraph goes on from a speaker the paragraph before ends with: "Mr Hale
    # added: "…"" then ""And he shows the energy I want.""
    # (the walk back above stops at a paragraph's start, or at the text's)
    handed = list(reversed(doc[sent.start - 1].sent)) if 0 < sent.start == start else []
    for t in (*around, *before, *handed):
        if t.lemma_ in SPEECH_VERBS and t.pos_ == "VERB" and not mask[t.i] and (speaker := nodes.subjects(t)):
            scope.attribution = speaker[0].label
            return
    scope.unsourced = True
    if scope.modality is None:
        scope.modality = "reported"


def _attribute(nodes: Nodes, speech: Token, scope: Scope) -> None:
    """Attributes a clause to the subject of the speech verb that reports it."""
    speaker = nodes.subjects(speech)
    subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    if speaker:
        scope.attribution = speaker[0].label
    elif subj is not None and (share := _share_of(subj)) is not None:
        # "almost 70% of those asked in a poll said …": the people asked say it, not a number
        scope.attribution = " ".join(t.text for t in share.subtree)
    elif subj is not None and (subj.text == "%" or subj.like_num):
        # "Some 82% said …" (of those polled): the share as written, no bare "%"
        scope.attribution = subj.doc[subj.left_edge.i : subj.i + 1].text
    elif subj is not None and subj.pos_ == "NOUN":
        # "the minister said …" with no name for the minister: attributed all the same
        scope.attribution = " ".join(
            t.lower_ for t in (*subj.lefts, subj) if t.dep_ in ("compound", "amod") or t == subj
        )  # "a senior Tory official", not the words of "… for the European Anti-Fraud Office"
    else:
        # "…, he said" with no one to resolve "he" to: said, but by whom? ("claims that …" has no sayer)
        scope.unsourced = subj is not None
        scope.modality = scope.modality or "reported"


def _share_of(subj: Token) -> Token | None:
    """The people a counted share speaks for: "those asked" of "70% of those asked", "voters" of "half of
    voters"; None for a subject that is no share."""
    if not (
        subj.text == "%" or subj.like_num or subj.lower_ in ("half", "third", "quarter", "majority", "most")
    ):
        return None
    return next(
        (
            p
            for c in subj.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


#: bodies that hear testimony
_HEARERS = frozenset(
    {"court", "jury", "hearing", "inquiry", "tribunal", "trial", "committee", "panel", "magistrate"}
)


def _speech_verbs(doc: Doc) -> list[int]:
    """Where the document's verbs of speech (and a court's hearing) are, found once (the clause rules ask for
    each clause)."""
    if "kg_speech_verbs" not in doc.user_data:
        doc.user_data["kg_speech_verbs"] = [
            t.i
            for t in doc
            if t.pos_ == "VERB"
            and (
                t.lemma_ in SPEECH_VERBS
                # "…, the court heard": what a court or an inquiry is told is testimony, not yet a fact
                or t.lemma_ == "hear"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in _HEARERS for c in t.children)
            )
        ]
    return doc.user_data["kg_speech_verbs"]


def _closing_speech(verb: Token) -> Token | None:
    """The speech verb that closes `verb`'s sentence after a comma ("It was already detaining people,
    ignoring a ruling that this breaks the law, he said.") wherever the parser has hung it."""
    sent = verb.sent
    doc = verb.doc
    speech = _speech_verbs(doc)
    for k in speech[bisect_left(speech, verb.i) : bisect_left(speech, sent.end)]:
        c = doc[k]
        if c.tag_ == "VBG":
            continue  # "…, declaring "today Brent South"": the doer's own words after the deed, no source of it
        subj = next((k for k in c.children if k.dep_ == "nsubj"), None)
        first = min(c.i, subj.left_edge.i) if subj is not None else c.i
        tail = verb.doc[max(c.i, subj.right_edge.i if subj is not None else c.i) + 1 : sent.end]
        if first > verb.i and verb.doc[first - 1].text == "," and all(t.is_punct or t.is_space for t in tail):
            return c
    return None


def _inserted_speech(verb: Token) -> Token | None:
    """The speech verb set off by commas inside `verb`'s clause: "Costs were £1.30, UK Coal said, but …",
    "Profits, the firm added, fell 3%"."""
    doc = verb.doc
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "parataxis"
            and c.lemma_ in SPEECH_VERBS
            and any(k.dep_ == "nsubj" for k in c.children)
            # the comma before it, which the parser may hang on the speech verb itself
            and (doc[c.left_edge.i].text == "," or c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ",")
        ),
        None,
    )


def _inserted_in(chain: list[Token]) -> Token | None:
    """The speech verb set off by commas inside a clause of `chain` (a verb and what governs it): "In fact,
    he said, if content has been requested by consumers, …", "Changes are afoot, he predicted, as firms
    offer TV content" (not the speech verb itself, nor a clause about the saying: "he said as he left")."""
    for tok in chain:
        if (speech := _inserted_speech(tok)) is None:
            continue
        if speech not in chain:
            return speech
        # the clause hangs on the speech verb
        under = chain.index(speech) - 1
        if under >= 0 and _goes_on_after(chain[under], speech):
            return speech
    return None


def _said_on(clause: Token, speech: Token) -> bool:
    """Whether an adverbial clause goes on with what a speech verb that follows it said before it: "Changes
    are afoot, she predicted, as firms offer films"."""
    return _goes_on_after(clause, speech) and any(
        c.dep_ == "ccomp" and c.i < speech.i for c in speech.children
    )


def _goes_on_after(clause: Token, speech: Token) -> bool:
    """Whether an adverbial clause after a speech verb's closing comma goes on with what was said, not with
    the saying ("he said as he left") nor the speaker's next words ("…, he said, adding that …", "though he
    admitted …")."""
    return (
        clause.dep_ == "advcl"
        and clause.i > speech.i
        and clause.tag_ != "VBG"
        and clause.lemma_ not in SPEECH_VERBS
        and any(c.dep_ == "mark" for c in clause.children)
        and clause.doc[clause.left_edge.i - 1].text == ","
    )


def _manner_denied(verb: Token) -> bool:
    """Whether a "not" denies how often something is done, not that it is: "do not report fraud on a
    consistent basis", "did not always pay" (they do, now and then; "has not fully recovered" has not)."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _MANNERS
        or c.dep_ == "prep"
        and c.lower_ == "on"
        and any(p.lemma_ == "basis" for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    )


#: adverbs of how often, which a "not" before them denies: "did not always pay"
_MANNERS = frozenset({"always", "consistently", "regularly", "systematically", "routinely"})


def _few(word: Token) -> bool:
    """Whether a subject's "few" or "little" all but denies its clause: "Very few consumers click on the
    lowest price" ("a few consumers" do)."""
    return (
        word.lower_ in ("few", "little")
        and word.dep_ in ("amod", "det")
        and not (word.lower_ == "little" and word.head.tag_ == "NNP")  # "Little Britain", a name
        and (word.i == 0 or word.doc[word.i - 1].lower_ != "a")
    )


def _denied_by_word(verb: Token) -> bool:
    """Whether "nor", "neither", "no" or "few" denies a clause: "does not hate, nor does he kill", "Neither X
    nor Y encourage people", "No team will …", "Few investors feel …", "issued no instructions"."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and any(c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < verb.i for c in head.children)
        # "Neither X nor Y encourage people", "No Ireland team will fall into that trap"
        or any(
            c.dep_ in ("nsubj", "nsubjpass")
            and any(
                k.lower_ == "neither" or k.dep_ == "det" and k.lower_ == "no" or _few(k) for k in c.children
            )
            for c in verb.children
        )
        # "has issued no instructions", "made no comment": the deed is denied
        or any(
            c.dep_ == "dobj" and any(k.dep_ == "det" and k.lower_ == "no" for k in c.children)
            for c in verb.children
        )
        # "it was not a kick he would have taken with confidence": the kind the copula denies is no deed
        or verb.dep_ == "relcl"
        and head.dep_ == "attr"
        and head.head.lemma_ == "be"
        and any(k.dep_ == "neg" for k in head.head.children)
    )


#: verbs that requite a deed named after "for" ("banned for missing tests", "thanked for coming"); not those
#: of blame or suit ("sued for infringing", "blamed for causing"), whose reason is someone's claim
_REQUITING = frozenset(
    {"ban", "fine", "jail", "sentence", "punish", "suspend", "sack", "dismiss", "praise", "thank", "apologise",
     "apologize", "reprimand", "penalise", "penalize", "discipline", "expel", "reward", "honour", "honor",
     "forgive"}
)  # fmt: skip
#: verbs whose infinitive happened once they did: "forced him to miss", "was compelled to sell", "chose to
#: make allegations"
_IMPLICATIVE = frozenset({"force", "compel", "oblige", "choose", "opt"})
#: verbs whose clause is so whether or not they are denied: "never forget that …", "did not hear him shout"
_FACTIVE = frozenset(
    {"forget", "remember", "know", "realise", "realize", "regret", "notice", "hear", "see", "ignore"}
)
#: verbs of a struggle, whose progressive tells what is striven for: "is battling to cut costs"
_STRIVING = frozenset({"battle", "fight", "race", "rush", "scramble", "work"})
#: verbs whose to-infinitive is the subject's own word for what it does: "claims to collect cash"
_CLAIMING = frozenset({"claim", "purport", "profess"})
#: verbs whose passive puts a deed on a programme: "scheduled to play", "confirmed to headline"
_SCHEDULING = frozenset({"schedule", "slate", "confirm", "book", "bill", "programme", "timetable"})
#: "on course to", "on track to": what is foreseen
_ON_COURSE = frozenset({"course", "track"})


def _or_not(neg: Token) -> bool:
    """Whether a "not" is the open alternative of "whether or not" ("asked whether or not Turkey has met the
    criteria", "whether they win or not"): a question, no denial."""
    doc = neg.doc
    return (
        neg.i > 0
        and doc[neg.i - 1].lower_ == "or"
        and any(t.lower_ == "whether" for t in doc[neg.sent.start : neg.i])
    )


#: adverbs that say a deed was not meant: "used his phone to accidentally send it"
_UNMEANT = frozenset({"accidentally", "inadvertently", "mistakenly", "unwittingly", "unintentionally"})


def scope_of(nodes: Nodes, verb: Token) -> Scope:
    """What `verb`'s clause inherits: who says it, how sure or planned it is, whether it is denied."""
    scope = Scope()
    governor = participle_governor(verb)
    if (
        governor is None
        and verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBZ")
        and verb.head.tag_ in ("VB", "VBG")
    ):
        # "was invited to perform at X and performed his song": a finite verb joined to an infinitive is
        # the finite verb's partner above it, not under what governs the infinitive
        governor = next((a for a in verb.head.ancestors if a.tag_ in ("VBD", "VBZ", "VBP", "VBN")), None)
    if governor is None:
        governor = _misjoined_infinitive(verb)
    chain = [verb, governor, *governor.ancestors] if governor is not None else [verb, *verb.ancestors]
    # a relative clause states its own fact: "the recording, which was organised by X" is no less
    # done because "a date has yet to be set for the recording"; who says it still carries over
    own = next(
        (
            n
            for n, t in enumerate(chain)
            # "the recording, organised by X"; not "reports that she has pulled out" (what is reported)
            # nor "claims Acme had misled investors"
            if (
                t.dep_ == "relcl"
                or t.dep_ == "acl"
                and t.tag_ == "VBN"
                and not any(c.dep_ == "mark" for c in t.children)
            )
            and not _content_clause(t, t.head)
            # "there was no indication he would do so as Hewitt dominated the sets": what was, given
            or t.dep_ == "advcl"
            and t.tag_ == "VBD"
            and any(c.dep_ == "mark" and c.lower_ in _GIVEN_MARKS for c in t.children)
            # "urged to think about the environment when disposing of gadgets": they dispose of them
            # anyway, what is urged is the thinking
            or t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "whenever") for c in t.children)
            # "appeared not to have enjoyed her time, saying: '…'": what she said, she said
            or t.dep_ == "advcl"
            and t.tag_ == "VBG"
            and t.lemma_.lower() in SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in t.children)
            # "expected to find out if they will be banned for missing drugs tests": what one is punished
            # or thanked for was done, whatever befalls the doer
            or t.dep_ == "pcomp"
            and t.tag_ == "VBG"
            and t.head.lower_ == "for"
            and t.head.head.lemma_.lower() in _REQUITING
        ),
        len(chain),
    )
    # "X said …, while Mr Brown says …": Brown's statement is his own, not reported by X
    free = next((n for n, t in enumerate(chain) if joined_statement(t)), len(chain))
    for depth, (lower, upper) in enumerate(pairwise(chain)):
        if (
            (lower.dep_ == "ccomp" or _said_on(lower, upper))
            and upper.lemma_ in SPEECH_VERBS
            and scope.attribution is None
            and depth < free
        ):
            _attribute(nodes, upper, scope)
            # 'X said: "He is …"': the speaker's own words, in quotation marks the speech verb is outside
            scope.quoting = quoted_mask(verb.doc)[verb.i] and not quoted_mask(verb.doc)[upper.i]
            if upper.lemma_ in _NEG_RAISING and any(c.dep_ == "neg" for c in upper.children):
                scope.negated = not scope.negated  # "did not think Howard intended to": thought he did not
        if (
            lower.dep_ == "xcomp"
            and upper.lemma_ in HEARSAY_VERBS
            and scope.attribution is None
            and depth < free
            and (by := next((c for c in upper.children if c.dep_ == "agent"), None)) is not None
            and (said := [n for p in by.children if p.dep_ == "pobj" for n in nodes.nodes(p)])
        ):
            scope.attribution = said[0].label  # "Everasia is reported by Reuters to have won a contract"
        if (
            lower.dep_ == "ccomp"
            # "is concerned that", "is convinced that": the participle's own form, not its verb's lemma
            and (attitude := ATTITUDES.get(upper.lemma_.lower()) or _adjectival_attitude(upper))
            and scope.attribution is None
            and depth < free
        ):
            # "residents fear that …", "X is confident that …": the holder's fear or conviction
            _attribute(nodes, upper.head if upper.dep_ == "acomp" else upper, scope)
            scope.modality = scope.modality if scope.modality not in (None, "reported") else attitude
        if (
            depth == own
            and lower.dep_ == "relcl"
            and upper.dep_ == "dobj"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in upper.children)
            and lower.tag_ != "VBD"  # "required a replay, which the home side won": done
            and INTENT_VERBS.get(upper.head.lemma_.lower()) in ("desire", "planned")
            and scope.modality is None
        ):
            scope.modality = INTENT_VERBS[upper.head.lemma_.lower()]  # "want a government that upholds …"
        if (
            upper.lemma_ == "go"
            and upper.tag_ == "VBG"
            and lower.dep_ == "xcomp"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in upper.children)
            and all(t.dep_ == "conj" for t in chain[:depth])  # not "… as people finished work"
            and scope.modality is None
        ):
            scope.modality = "future"  # "is going to close the plant"
        if depth >= own:
            continue
        if (
            lower.dep_ in ("ccomp", "xcomp")
            and upper.lemma_ in UNCERTAIN
            and _in_doubt(upper, upper)
            or upper.lemma_ == "be"
            and any(c.lemma_ in UNCERTAIN and _in_doubt(c, upper) for c in upper.children)
        ):
            scope.modality = "uncertain"
        if (
            lower.dep_ in ("ccomp", "xcomp")
            and upper.lower_ in _LIKELIHOODS
            or lower.dep_ == "ccomp"
            and upper.lemma_ == "be"
            and any(c.dep_ == "acomp" and c.lower_ in _LIKELIHOODS and c.i < lower.i for c in upper.children)
        ) and scope.modality in (None, "future", "conditional"):
            # "it is highly unlikely the bank will raise rates": it may or may not
            scope.modality = "possibility"
        if (
            lower.dep_ == "xcomp"
            and upper.lemma_ in ("have", "be")
            and any(c.lower_ == "yet" for c in upper.children)
            and all(t.dep_ == "conj" for t in chain[:depth])
        ):
            # "has yet to reveal its prices", "have yet to confirm or deny the meeting", "are yet to concede a
            # goal": not done (yet), and no plan either
            scope.negated = True
            continue
        if (
            lower.dep_ in ("acl", "advcl", "prep")
            and upper.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in upper.children)
        ):
            # "there are no plans for Blair to hold …", "no intention of selling", "no evidence that X …"
            scope.negated = True
        if (
            lower.dep_ == "prep"
            and lower.lower_ == "in"
            and upper.pos_ in ("VERB", "AUX")
            and any(
                c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                for c in upper.children
            )
        ):
            scope.negated = True  # "played no part in drafting it", "had no say in choosing him"
        if depth < _GOVERNORS and (
            scope.modality is None or upper.lemma_.lower() in DENIAL_VERBS or scope.modality == "ended"
        ):
            # a denial outranks what it denies: "denied he planned to join" is no plan
            governed = _governed_modality(lower, upper)
            if scope.modality == "ended":
                # "was going to stop selling VHS machines", "plans to quit making films": not done from a
                # time to come; "had to stop selling it": stopped all the same
                going = upper.lemma_ == "go" and upper.tag_ == "VBG" and lower.dep_ == "xcomp"
                governed = "future" if going else governed if governed in _NOT_YET else None
                scope.negated = scope.negated or governed is not None  # done no more from then on
            scope.modality = governed or scope.modality
            if (
                governed == "expected"
                and scope.attribution is None
                and upper.lemma_.lower() == "expect"
                and not any(c.dep_ == "auxpass" for c in upper.children)
                and (holder := nodes.subjects(upper))
            ):
                # "Toshiba expects sales to reach …": Toshiba's expectation
                scope.attribution = holder[0].label
            if (
                governed in (None, "purpose")
                and lower.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in lower.children)
                and any(c.dep_ == "neg" or c.lower_ == "never" for c in upper.children)
            ):
                # "had never come back from two sets down to win a match": no win; "is not working to
                # dismantle the gangs": no aim of it either
                scope.negated = True
            if scope.modality in ("obligation", "planned", "attempt") and any(
                c.dep_ == "aux" and MODALS.get(c.lower_) == "possibility" for c in upper.children
            ):
                # "the injury could force him to miss X": he may miss it; "could choose to recall X",
                # "may decide to sell": a choice open, no plan; "might try to target the UK": no attempt yet
                scope.modality = "possibility"
            striving = upper.lemma_.lower() in _STRIVING and upper.tag_ == "VBG"
            intent = "attempt" if striving else INTENT_VERBS.get(upper.lemma_.lower())
            if (
                scope.modality == "uncertain"
                and lower.dep_ == "xcomp"
                and intent in ("planned", "possibility", "desire", "attempt", "obligation")
                and any(c.dep_ == "neg" for c in upper.children)
            ):
                # "did not plan to pursue it", "will not be allowed to enter", "were not trying to update
                # their sound", "is not working to dismantle them", "do not need to attack the UK": a plan,
                # leave, attempt or need denied
                scope.modality, scope.negated = intent, True
            if (
                scope.modality in ("planned", "attempt", "desire")
                and any(c.dep_ == "aux" and MODALS.get(c.lower_) == "obligation" for c in upper.children)
                # "should he decide to switch codes": a condition; "must be planning to": a guess
                and not _inverted(upper)
                and not _inferred(upper)
            ):
                # "the EU should not try to emulate the US economy", "must aim to cut": advice, no attempt
                scope.modality = "obligation"
            if (
                scope.modality in ("alleged", "denied")
                and scope.attribution is None
                # "X was convicted of …", "X, accused of fraud": whoever convicted or accused, not X, and
                # no one when unnamed
                and not any(c.dep_ == "auxpass" for c in upper.children)
                and not (upper.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in upper.children))
            ):
                _attribute(nodes, upper, scope)  # "Fox accused Blair of telling lies": Fox's claim
    # "not taking and sending pictures", "did not sing or dance": the denial spans the joined verb of
    # the same form ("did not win and lost" denies only the first)
    shared = (
        verb.dep_ == "conj"
        and verb.tag_ == verb.head.tag_
        and verb.tag_ in ("VB", "VBG")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )
    # "should have scored but sent his header wide", "will support U2 - but U2 were not nominated": a
    # finite verb, or one with a tensed auxiliary of its own, joined to one under a modal is done
    own_tense = verb.dep_ == "conj" and finite(verb).tag_ in TENSED and verb.head.tag_ in ("VB", "VBN")
    for tok in chain[:3]:
        for c in tok.children:
            if (
                c.dep_ == "neg"
                and (tok is verb or shared and tok.i == verb.head.i and c.i < tok.i)
                and not _not_until(c, tok)
                and not _or_not(c)
                and not _manner_denied(tok)
            ):
                scope.negated = True
            if (
                (c.dep_ == "neg" or c.lower_ == "never")
                and tok.lemma_ == "go"
                and verb.dep_ == "xcomp"
                and verb.head.i == tok.i
                and scope.modality == "future"
            ):
                scope.negated = True  # "are never going to beat the men", "is not going to sell"
            if (
                c.dep_ == "aux"
                and c.lower_ in MODALS
                # "Will Carling said", "May Nicholson said": a name the parser read as a modal
                and not (c.text[:1].isupper() and c.ent_type_ in ("PERSON", "ORG", "GPE"))
                # a modal says more than "reported" for no one named: ""… they should be looking out," he added"
                and scope.modality in (None, "reported")
                and not (own_tense and tok.i == verb.head.i)
            ):
                scope.modality = None if _concessive(tok, c) else MODALS[c.lower_]
                if c.lower_ == "must" and _inferred(tok):
                    scope.modality = "uncertain"  # "must be paying a lot of tax", "must have known": a guess
                if c.lower_ == "would" and _reported_past(tok):
                    scope.modality = "future"  # "confirmed that he would join Cragg": "will", moved back
                if (
                    c.lower_ in ("would", "could")
                    and tok.lemma_.lower() in _UNSAID
                    and any(k.dep_ == "neg" for k in tok.children)
                ):
                    scope.modality = None  # "would not comment", "could not confirm": it was not said
        # "will help users remove spyware": a bare or to-infinitive shares its governor's modality,
        # and so does the means: "would swap files by exchanging data"
        # … and what is done before, after or while doing it: "will visit Kenya before chairing a meeting"
        means = (
            tok.dep_ == "pcomp"
            and tok.head.lower_ in ("by", "before", "after", "while")
            or tok.dep_ == "prep"
            and tok.lower_ in ("by", "before", "after", "while")
            # "can record two channels while watching a third": a participle with its "while"
            or tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and any(c.dep_ == "mark" and c.lower_ == "while" for c in tok.children)
            # "Sony will enter the market, while Acme is offering …": a clause of its own
            and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
        )
        if tok.dep_ not in ("xcomp", "conj") and not (tok.dep_ == "ccomp" and tok.tag_ == "VB") and not means:
            break
    if _forgone(verb) or _denied_by_word(verb):
        scope.negated = True
    if scope.modality is None and any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
        for c in verb.children
    ):
        scope.modality = "ended"  # "Acme no longer sells the drug": done no more, as "stopped selling"
    if any(c.lower_ == "hopefully" for tok in chain[:2] for c in tok.children):
        scope.modality = "desire"  # "Hopefully the members will support him": a hope, not what will be
    if scope.modality is None:
        # "Cole reportedly met Kenyon", "allegedly paid": the article passes it on, it does not state it
        scope.modality = next(
            (
                HEARSAY_ADVERBS[c.lower_]
                for tok in chain[:2]
                for c in tok.children
                if c.lower_ in HEARSAY_ADVERBS
            ),
            None,
        )
    first = verb
    while _within_clause(first):
        # "if he comes out and says …", "as long as they continue to push …", "if people turn up asking
        # for help", "if the court lets Apple get away with it"
        first = first.head
    if (
        # "a strategy for if Labour wins": a condition after a preposition too
        first.dep_ in ("advcl", "pcomp")
        and (
            any(
                c.dep_ == "mark"
                and c.lower_ in CONDITIONAL_MARKS
                # "until he started to build up his stake": a time gone by, no condition
                and (c.lower_ in ("if", "unless") or first.tag_ != "VBD")
                for c in first.children
            )
            or _as_long_as(first)
            or _inverted(first)
            or _every_time(first)
        )
        or first.dep_ == "relcl"
        # "would be options should Mourinho decide to …": no relative clause opens with "should" and a subject
        and (_every_time(first.head) or _inverted(first))
    ):
        # "it is unclear if X sold", "asked them if they backed it": an open question, no condition
        doubted = _asked_if(first) or any(
            c.dep_ == "acomp" and c.lemma_ in UNCERTAIN for c in first.head.children
        )
        # "if Basle fail to beat Feyenoord": the condition is that it is not done
        scope.negated = scope.negated or scope.modality == "failed"
        scope.modality = "uncertain" if doubted else "conditional"
    elif _consequence(first):
        scope.modality = "conditional"  # "if the court lets Apple do it, the public will lose an outlet"
    quoted = quoted_mask(verb.doc)[verb.i]
    if scope.attribution is None and (closing := _closing_speech(verb) or _inserted_in(chain)) is not None:
        _attribute(nodes, closing, scope)
        scope.quoting = quoted
    if scope.attribution is None and quoted:
        _quoted_speaker(nodes, verb, scope)
        scope.quoting = True
    if scope.modality is None and any(
        c.dep_ == "advmod" and c.lower_ in ("almost", "nearly") and c.i < verb.i for c in verb.children
    ):
        scope.modality = "failed"  # "almost headed Chelsea in front": came close, did not
    if _question(verb):
        scope.modality = "question"  # "what will the new machines mean for consumers?" asks, not states
    elif any(
        c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and verb.dep_ in ("ccomp", "conj"))
        for c in verb.children
    ):
        scope.modality = "uncertain"  # "deciding whether to recommend", "yet to reveal if it will charge"
    if scope.modality is None and any(
        t.dep_ in ("relcl", "acl", "advcl")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in t.children)
        and any(c.dep_ == "nsubj" for c in t.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for t in chain[: own + 1]
    ):
        # "bought time for Gazprom to raise the money", "keen for people to use functions like sending
        # MMS": a chance or a wish, not done, down to what the clause governs
        scope.modality = "possibility"
    if scope.modality is None and _arranged(verb):
        scope.modality = "planned"  # "the government is holding a meeting on Friday": not yet held
    if (
        scope.modality is None
        and verb.tag_ == "VB"
        and verb.dep_ == "ROOT"
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)
    ):
        scope.modality = "planned"  # headline infinitive: "Colombia to suspend …"
    # "a site that, according to reports, let users share films": the source covers its clause and
    # what the clause governs
    # … and so does a clause above its own: "according to X the messages were sent via addresses owned by
    # Y" (what a speaker said first stays his)
    for depth, tok in enumerate(chain):
        src = next(
            (
                src
                for c in tok.children
                if (c.dep_ == "prep" and c.lemma_ in ATTRIBUTION_HEADS or c.lower_ == "according")
                # not what the source's own words say of it: "according to figures released by X"
                and not c.left_edge.i <= verb.i <= c.right_edge.i
                and (src := _according_to(nodes.args, c))
            ),
            None,
        )
        if src and (depth <= own or scope.attribution is None):
            scope.attribution = src
            break
    # "failed to win", "almost headed Chelsea in front": not done, which a reader looks for in the denial
    scope.negated = scope.negated or scope.modality == "failed"
    return scope


#: what a governor makes of an end that is not come yet: "is going to stop", "plans to quit", "wants to end"
_NOT_YET = frozenset(
    {"future", "planned", "desire", "expected", "possibility", "threat", "demanded", "conditional"}
)


def _inferred(verb: Token) -> bool:
    """Whether a "must" on the verb guesses rather than obliges: before a progressive or a perfect ("they
    must be paying", "he must have known"), as "must" before a bare verb ("must pay") does not."""
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return verb.tag_ == "VBG" and "be" in aux or verb.tag_ == "VBN" and "have" in aux


def _within_clause(verb: Token) -> bool:
    """Whether a verb belongs to the clause of its head: joined to it, its infinitive or participle, or
    what it lets, makes or sees happen ("lets Apple get away")."""
    return verb.head.i != verb.i and (
        verb.dep_ in ("conj", "xcomp")
        or verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ == "mark" for c in verb.children)
        or verb.dep_ == "ccomp"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("mark", "aux", "auxpass") for c in verb.children)
    )


#: verbs whose "if" clause is an open question, no condition: "asked voters if they backed the ban"
_ASKING_VERBS = frozenset(
    {"ask", "wonder", "see", "check", "know", "decide", "determine", "establish", "question", "doubt", "test",
     "investigate", "examine", "assess", "query", "enquire", "inquire", "discover", "find", "judge"}
)  # fmt: skip


def _asked_if(clause: Token) -> bool:
    """Whether an "if" clause is what a verb of asking or finding out asks ("asked 801 adults if they
    supported the ban", "will check if the firm broke the rules"): a question, as with "whether"."""
    verb = clause.head
    return (
        clause.dep_ == "advcl"
        and clause.i > verb.i
        and verb.lemma_.lower() in _ASKING_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children)
        # whom one asks may come between ("asked him if"); a thing done, not ("might consider a return if
        # it goes well" is a condition)
        and not any(
            c.dep_ == "dobj"
            and c.pos_ != "PRON"
            and actor_class(c) is None
            and c.ent_type_ not in ("PERSON", "ORG")
            for c in verb.children
            if c.i < clause.i
        )
    )


def _consequence(top: Token) -> bool:
    """Whether a clause (its top verb, see `_within_clause`) is what follows if something else happens: "if
    the court lets Apple do it, the public will lose …" (also when the condition hangs on the verb of
    saying above it); not after "even if" or "as if", which assert what follows."""
    if top.lemma_ in SPEECH_VERBS and any(c.dep_ == "ccomp" for c in top.children):
        return False  # "if asked, he said …": the saying is done; what is said may hang on it
    heads = [top, top.head] if top.dep_ == "ccomp" and top.head.lemma_ in SPEECH_VERBS else [top]
    return any(
        c.dep_ == "advcl"
        and not _asked_if(c)
        and any(
            m.dep_ == "mark"
            and m.lower_ in ("if", "unless")
            and not (m.i and m.nbor(-1).lower_ in ("even", "as"))
            for m in c.children
        )
        or _every_time(c)
        for head in heads
        for c in head.children
    )


def _every_time(time: Token) -> bool:
    """Whether a word opens a clause of each occasion ("gets $30,000 every time she breaks the record",
    "whenever his side wins"): what happens on each, no one deed."""
    return (
        time.lower_ == "time"
        and time.dep_ == "npadvmod"
        and any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in time.children)
        and any(c.dep_ == "relcl" for c in time.children)
        or time.dep_ == "advcl"
        and any(c.dep_ in ("advmod", "mark") and c.lower_ == "whenever" for c in time.children)
    )


#: what one declines to say: "would not comment on it" is no condition but a refusal
_UNSAID = frozenset(
    {"comment", "say", "confirm", "reveal", "disclose", "discuss", "elaborate", "speculate", "name", "deny"}
)


def _concessive(verb: Token, modal: Token) -> bool:
    """Whether a modal grants a fact: "may have done" before a "but" ("France may have beaten Scotland, but
    they were tedious": they did beat them), "could only" ("could only finish second")."""
    return (
        modal.lower_ in ("may", "might")
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        and any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children)
        # "Greene could only finish second": all he managed, and he did (told, "X said they could only
        # deal with it by …" is a way open)
        or modal.lower_ == "could"
        and verb.tag_ == "VB"
        and verb.dep_ != "ccomp"
        and any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < verb.i for c in verb.children)
    )


def _reported_past(verb: Token) -> bool:
    """Whether a clause is reported by a verb of saying or holding in the past ("confirmed that …",
    "said it …"), where its "would" is a "will" moved back."""
    head = verb.head
    conditioned = any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        for c in verb.children
    )  # "said it would buy X if the price fell": a condition, still
    return (
        verb.dep_ == "ccomp"
        and head.tag_ in ("VBD", "VBN")
        and (head.lemma_ in SPEECH_VERBS or head.lemma_.lower() in ATTITUDES)
        and not conditioned
    )


def _misjoined_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb of a list goes with when the parser joined it to the infinitive's
    governor: "needed to ease limits, reform labour laws and cut duties" (all three are needed)."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in ("VB", "VBP")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    top = verb
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return next(
        (
            c
            for c in top.children
            if c.dep_ == "xcomp"
            and c.tag_ == "VB"
            and c.i < verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _according_to(args: Arguments, tok: Token) -> str | None:
    """ "according to figures supplied by X" → X; "according to X" → X; "according to the local press" →
    "local press"."""
    for obj in (d for d in tok.subtree if d.dep_ == "pobj"):
        for agent in (d for d in obj.subtree if d.dep_ == "agent"):
            for p in agent.children:
                ent = args.entity(p) or args.concept(p)
                if ent:
                    return ent.label
        ent = args.entity(obj) or (args.concept(obj) if obj.pos_ == "NOUN" else None)
        if ent:
            return ent.label  # "according to the local press": a source with no name is a source all the same
        if obj.pos_ == "PROPN":
            # "according to the FT": a name no recogniser read is the source's all the same
            return " ".join(t.text for t in obj.subtree if t.i >= obj.i or t.dep_ == "compound")
    return None
