"""Numbers a clause states: casualty counts on killings ("at least 75 people were killed") and
amounts on events ("revenue rose 5% to $9bn", "was fined £5m"), as typed values, never nodes."""

from __future__ import annotations

from spacy.tokens import Token

from kg.nlp.arguments import number_of, qualifier_of
from kg.nlp.lexicon import AMOUNT_HEADS, CLOSED_PREDICATES, SPEECH_VERBS
from kg.nlp.state import Clause, ReaderState
from kg.nlp.verbs import content_label, passive, rank, verb_predicate
from kg.types import Literal

__all__ = ["casualties", "quantities"]


def casualties(state: ReaderState, cl: Clause, eid: str | None) -> None:
    """ "At least 75 people have been killed" → casualties 75 (at least) on the killing and its attack."""
    if eid is None or state.events[eid].type != "Killing":
        return
    # the victims in the clause, then the noun a participle describes ("75 people killed by US strikes");
    # of a victim's numbers, the first one
    counted: dict[int, Token] = {}
    for rule in ("casualties", "casualties-of-participle"):
        for b in state.matches.at(rule, cl.verb):
            if b["victim"].i not in counted and number_of(b["count"]) is not None:
                counted[b["victim"].i] = b["count"]
    for num in counted.values():
        qty = Literal(str(number_of(num)), "integer")
        state.add_roles(eid, [("quantity", qty)], quantity_qualifier=qualifier_of(num))
        causes = [n for prep, n in cl.preps if prep in ("in", "by") and n.id.startswith("event/")]
        causes += [a for a in cl.agents if a.id.startswith("event/")]
        for cause in causes:
            state.add_roles(cause.id, [("quantity", qty)], quantity_qualifier=qualifier_of(num))
            state.emit(cause, ("killed", "killed"), qty, cl, eid, cl.confidence - 0.05)
        for agent in cl.agents:
            if not agent.id.startswith("event/"):
                state.emit(agent, ("killed", "killed"), qty, cl, eid, cl.confidence - 0.05)


def _amount_at(state: ReaderState, tok: Token) -> Literal | None:
    """The amount a clause argument states: the token's own, or its number's ("$5m fine")."""
    found = state.amounts.at(tok.i)
    if found is None:
        found = next(
            (
                a
                for c in tok.children
                if c.dep_ in ("nummod", "compound", "nmod") and (a := state.amounts.at(c.i)) is not None
            ),
            None,
        )
    return found


#: nouns whose amount is a level reached, not a thing's value: "broke through the $4 trillion mark", "rise
#: to its 2% target"
_LEVELS = AMOUNT_HEADS | {
    "mark",
    "barrier",
    "level",
    "threshold",
    "ceiling",
    "limit",
    "target",
    "goal",
    "share",
}


def _amount_of_thing(state: ReaderState, noun: Token) -> bool:
    """Whether an amount after a preposition is the value of a thing it modifies: "met the demands in a
    $206bn settlement", "signed up to a $1.1bn rescue" (the deal is worth it; no one met or signed the
    amount)."""
    return state.amounts.at(noun.i) is None and noun.pos_ == "NOUN" and noun.lemma_.lower() not in _LEVELS


def _owned(tok: Token) -> bool:
    """Whether a noun is someone else's, named by a possessive ("called the UK's £3bn rebate
    unjustified"): its amount is not what the clause's subject paid, won or took. "its £5m fine" is."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in tok.children)


def _jointly(verb: Token) -> bool:
    """Whether a deed is done together: "between them", "among them", "together", "jointly", "combined"."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in ("together", "jointly", "combined")
        or c.dep_ == "prep"
        and c.lower_ in ("between", "among", "amongst")
        and any(p.dep_ == "pobj" and p.pos_ == "PRON" for p in c.children)
        for c in verb.children
    )


def quantities(
    state: ReaderState, verb: Token, cl: Clause, eid: str | None, pred: tuple[str, str] | None = None
) -> None:
    """Amounts a clause states about its subject: "revenue rose 5% to $9bn", "the film took $19.5m",
    "delivering net income of $2.5bn", "was fined £5m". `pred` is the verb's predicate in the sense
    the clause was read in ("sales hit the $50m mark" is no attack), by default the verb's own."""
    own = pred or verb_predicate(verb)[:2]
    found: list[tuple[tuple[str, str], Literal]] = []
    measured_nouns: set[str] = set()  # "was paid a bonus of £5": the bonus is measured, no one paid
    if verb.lemma_.lower() in SPEECH_VERBS:
        return  # "Disney said revenues of $30bn …": the amount belongs to what was said
    if len(cl.agents) > 1 and _jointly(verb):
        return  # "Labour and the Tories spent £10m between them": neither spent £10m
    # "suffered mass unemployment and 15% interest rates": a joined object's noun is an object too (not
    # "paid between £45,001 and £50,000", "sold 7 million shares, or about 70%": one amount said twice)
    joined = [
        k
        for c in verb.children
        if c.dep_ == "dobj"
        for k in c.conjuncts
        if k.pos_ == "NOUN" and state.amounts.at(k.i) is None and k.lemma_.lower() not in AMOUNT_HEADS
    ]
    for c, dep in [*((c, c.dep_) for c in verb.children), *((k, "dobj") for k in joined)]:
        if (
            dep in ("dobj", "npadvmod", "attr", "oprd")
            and not _owned(c)
            and (amount := _amount_at(state, c)) is not None
        ):
            if (
                state.amounts.at(c.i) is None
                and c.pos_ == "NOUN"
                and c.lemma_.lower() not in AMOUNT_HEADS
                and c.ent_type_ not in ("DATE", "TIME")  # "fined CBS $550,000 last autumn": when, no noun
            ):
                # "reached a $140m deal", "bought an 18.8% stake": the amount is the noun's
                pid, label = own
                found.append(((f"{pid}-{c.lemma_.lower()}", f"{label} {c.lower_}"), amount))
                measured_nouns.add(c.lower_)
            else:
                found.append((own, amount))
        elif dep == "prep" and state.amounts.at(c.i) is None:  # the "per" of "25 per cent" is the amount's
            # "increased its generating capacity by 12.6%": what changed by the amount is the object
            measured = next(
                (
                    o
                    for o in verb.children
                    if o.dep_ == "dobj" and o.pos_ == "NOUN" and state.amounts.at(o.i) is None
                ),
                None,
            )
            for p in (p for p in c.children if p.dep_ == "pobj"):
                if (amount := _amount_at(state, p)) is None or _amount_of_thing(state, p):
                    continue
                # "fallen from 9% to 7%", "rose by more than 3.2% to £24.8bn" parsed with both amounts after
                # "from" or "by": the second is where it went
                first = state.amounts.first_token(p.i)
                went = (
                    first is not None
                    and first > 0
                    and p.doc[first - 1].lower_ == "to"
                    and (first < 2 or p.doc[first - 2].lower_ != "up")
                )
                word = "to" if c.lower_ in ("from", "by") and went else c.lower_  # not "by up to 8%"
                pid, label = verb_predicate(verb, word)[:2]
                verb_id, verb_label = verb_predicate(verb)[:2]
                if measured is not None:
                    # "took sixth place with $5.4m": the place, with its rank, measured
                    ranks = [t.lower_ for t in measured.lefts if t.ent_type_ == "ORDINAL" and t.is_alpha]
                    pid = "-".join([verb_id, *ranks, measured.lemma_.lower(), word])
                    label = " ".join([verb_label, *ranks, measured.lower_, word])
                elif ranks := [t.lower_ for t in verb.children if rank(t) and t.i > verb.i]:
                    # "came third with $7.6m": the place come in is part of the predicate
                    pid, label = "-".join([verb_id, *ranks, word]), " ".join([verb_label, *ranks, word])
                found.append(((pid, label), amount))
        if dep in ("dobj", "attr") and state.amounts.at(c.i) is None:
            # "delivering net income of $2.5bn": the noun names what the amount measures
            for p in (
                p
                for pr in c.children
                if pr.dep_ == "prep" and pr.lower_ == "of"
                for p in pr.children
                if p.dep_ == "pobj"
            ):
                if (amount := _amount_at(state, p)) is not None:
                    pid, label = own
                    found.append(((f"{pid}-{c.lemma_.lower()}", f"{label} {c.lower_}"), amount))
                    measured_nouns.add(c.lower_)
    # "was fined £5m": the amount is on the one fined, not on who fined, and so is the voice: "CNPC
    # had been offered 20%" did not offer it
    holders = cl.patients if passive(verb) else cl.agents
    if (
        any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        or verb.dep_ == "acl"
        and verb.tag_ == "VBN"
    ):
        found = [
            (pred if pred[0] in CLOSED_PREDICATES else (f"was-{pred[0]}", f"was {pred[1]}"), amount)
            for pred, amount in found
        ]
    subjects = [s for s in holders if not s.id.startswith("event/") and s.label.lower() not in measured_nouns]
    if not found or not subjects:
        return
    for found_pred, amount in found:
        # one amount per event, so that its unit and text stay paired with it in the graph
        if eid is None or state.events[eid].fillers("quantity"):
            eid = state.new_event(
                "Event", verb, content_label(verb, state.amounts, state.matches), cl.confidence
            ).id
            state.add_roles(
                eid,
                [("agent", s) for s in subjects],
                attribution=cl.scope.attribution,
                modality=cl.scope.modality,
                negated=cl.scope.negated,
            )
            if cl.date:
                state.date_event(eid, cl.date)
        state.add_roles(eid, [("quantity", amount)])
        for subj in subjects:
            state.emit(subj, found_pred, amount, cl, eid)
