"""Dependency patterns: a parsed document → relations and n-ary events.

General English syntax, no article's words: active and passive clauses, headline participles,
control and raising (xcomp), reported speech (ccomp), prepositional arguments, nominal events with
light verbs ("imposed sanctions on"), titles and appositions as roles, casualty counts with hedges,
and attribution, modality and negation carried onto every fact they scope over.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg.nlp.amounts import find_amounts
from kg.nlp.arguments import Arguments, number_of, qualifier_of
from kg.nlp.context import TIME_PREPS, ContextReader, _Clause
from kg.nlp.entities import ACTOR_TYPES, EntityIndex
from kg.nlp.lexicon import (
    ATTITUDE_ADJECTIVES,
    CITIZEN_NOUNS,
    CLOSED_PREDICATES,
    EVENT_NOUNS,
    EVENT_VERBS,
    HEARER_VERBS,
    IDIOM_NOUNS,
    LIGHT_VERBS,
    OBJECT_CONTROL,
    PARTITIVES,
    PEOPLE_NOUNS,
    PEOPLE_PLURALS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    STATIC_VERBS,
    SUBJECT_CONTROL,
    WEAK_VERBS,
)
from kg.nlp.links import Link, mention_links, verb_links
from kg.nlp.relclf import trained_relations
from kg.nlp.roles import RoleReader
from kg.types import Article, Entity, Event, Literal, Relation

__all__ = ["DocumentReader"]

_PLACE_PREPS = {"in", "off", "near", "at", "across", "into", "inside", "outside", "along", "over", "to"}
_TARGET_PREPS = {"on", "against", "at"}
_CLASS_PREDICATE = {"Attack": ("attacked", "attacked"), "Killing": ("killed", "killed"),
                    "Sanction": ("sanctioned", "sanctioned"), "Order": ("ordered", "ordered"),
                    "Suspension": ("suspended", "suspended"), "Accusation": ("accused", "accused"),
                    "Arrest": ("arrested", "arrested"), "Investigation": ("investigated", "investigated")}


#: longest reported clause kept as a statement's content, in words
_QUOTE_WORDS = 25


def _human(node: Entity, tok: Token) -> bool:
    """Whether a node can be what "who" refers to: a person, a group of people or a people noun."""
    if node.type in ("Person", "Group"):
        return True
    return node.type == "Concept" and (tok.lower_ in PEOPLE_NOUNS or tok.lemma_.lower() in ROLE_NOUNS
                                       or tok.lower_ in PEOPLE_PLURALS)


def _attitude(verb: Token) -> Token | None:
    """The adjective of "X is concerned (that) …", "X was confident …": a copula whose complement
    states an attitude towards a clause, which it then reports as speech does."""
    if verb.lemma_ != "be":
        return None
    adj = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in ATTITUDE_ADJECTIVES), None)
    if adj is None or not any(c.dep_ == "ccomp" for t in (verb, adj) for c in t.children):
        return None
    return adj


def _reported(verb: Token) -> bool:
    """Whether a clause is what someone said or holds: the complement of a speech verb ("X said
    [that …]") or of an attitude ("X is concerned [that …]")."""
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    if head.lemma_.lower() in SPEECH_VERBS or _attitude(head) is not None:
        return True
    adj = _attitude(head.head) if head.dep_ == "acomp" else None
    return adj is not None and adj.i == head.i


class DocumentReader(ContextReader, RoleReader):
    """Reads the facts of one parsed article. Create one per document; call `read()` once."""

    def __init__(self, doc: Doc, article: Article, index: EntityIndex):
        self.doc, self.article, self.index = doc, article, index
        self.args = Arguments(index)
        self.amounts = find_amounts(doc)
        self.events: dict[str, Event] = {}
        self.event_at: dict[int, str] = {}   # token index of a trigger → event id
        self.relations: list[Relation] = []
        self.seen: set[tuple] = set()
        self.country_of: dict[str, Entity] = {}  # person id → the country their title names
        self.light_clause: dict[str, _Clause] = {}  # nominal event id → the clause of its light verb

    def _node(self, tok: Token) -> Entity | None:
        if self.amounts.at(tok.i) is not None:
            return None  # an amount is a value on its event (`_quantities`), never a node
        if tok.tag_ in ("WDT", "WP") or tok.lower_ in ("which", "that", "who"):
            ante = self.args.antecedent(tok)
            if ante is not None and ante.dep_ == "attr" and ante.head.lemma_ == "be":
                # "Oswald was the lone gunman who killed Kennedy": the gunman is Oswald
                subj = next((c for c in ante.head.children if c.dep_ == "nsubj"), None)
                if subj is not None and self.args.entity(subj) is not None:
                    ante = subj
            node = None if ante is None or ante.i == tok.i else self._node(ante)
            if node is not None and (tok.lower_ == "who") != _human(node, ante):
                return None  # "downloads … people who travel": "who" is a person, "which" is not
            return node
        if tok.lower_ in PARTITIVES:  # "what kind of information" → information
            of = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                       for p in c.children if p.dep_ == "pobj"), None)
            if of is not None:
                return self._node(of)
        if tok.lemma_.lower() in EVENT_NOUNS and tok.pos_ == "NOUN":
            return self._nominal_event(tok)
        ent = self.args.entity(tok)
        if ent is not None:
            return ent
        named = next((e for c in tok.children if c.dep_ == "appos" and (e := self.args.entity(c)) is not None), None)
        if named is None and tok.dep_ == "appos":  # "Perrier, the French mineral water owned by Nestle"
            named = self.args.entity(tok.head)
        if named is not None and tok.pos_ == "NOUN":
            return named  # "the reporter, Oliver Finegold": one referent
        if tok.lower_.rstrip(".") in ROLE_NOUNS and tok.tag_ in ("NN", "NNP"):
            return self._role_holder(tok)
        if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in ("nation", "country") and tok.i > 0:
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            person = self.args.entity(owner) if owner is not None else None
            if person is not None and person.id in self.country_of:
                return self.country_of[person.id]
        if tok.pos_ == "PRON" or tok.tag_ in ("WDT", "WP", "PRP$"):
            return None
        if tok.pos_ == "PROPN":  # "Edwards" the model missed, after "Richey Edwards"; "Universal" after "Universal"
            named = {e.id: e for e in self.index.entities if e.type == "Person" and e.label.split()[-1] == tok.text
                     or tok.text == e.label or tok.text in e.aliases}
            if len(named) == 1:
                return next(iter(named.values()))
        return self.args.concept(tok)

    def _role_holder(self, tok: Token) -> Entity | None:
        """The person a role noun stands for: the name beside it ("Kenteris' lawyer Gregory Ioannidis
        said"), or the one person of the article known by that title ("the prime minister" after
        "Prime Minister Tony Blair"). Otherwise nobody: like an unresolved pronoun, it is no node."""
        beside = [c for c in tok.children if c.dep_ in ("compound", "appos", "nmod")]
        beside += [tok.doc[tok.i + 1]] if tok.i + 1 < len(tok.doc) else []
        named = next((e for c in beside if (e := self.args.entity(c)) is not None and e.type == "Person"), None)
        if named is not None:
            return named
        words = [c.lower_ for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i >= tok.i - 2] + [tok.lower_]
        title = " ".join(words)
        holders = {r.subject.id: r.subject for r in self.relations if r.predicate == "holdsRole"
                   and isinstance(r.object, Literal) and r.object.value.lower().endswith(title)}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def _citizens(self, tok: Token, node: Entity, sent: Span) -> None:
        """"citizens of Venezuela, Ecuador and Colombia" → citizens citizenOf each country."""
        if tok.lower_ not in CITIZEN_NOUNS:
            return
        for c in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for p in (p for p in c.children if p.dep_ == "pobj"):
                for country in self._nodes(p):
                    if country.type == "Country":
                        self._emit(node, ("citizenOf", "citizen of"), country,
                                   _Clause(sent.root, confidence=0.8), None)

    def _nodes(self, tok: Token) -> list[Entity]:
        out = []
        for t in [tok, *(c for c in tok.conjuncts if c.i > tok.i)]:
            node = self._node(t)
            if node is not None and node not in out:
                out.append(node)
                self._citizens(t, node, t.sent)
        return out

    def _subjects(self, verb: Token) -> list[Entity]:
        for c in verb.children:
            if c.dep_ == "nsubj":
                return self._nodes(c)
        if verb.lemma_.lower() in SPEECH_VERBS and verb.i > 0:
            # "…, the carmaker's chief executive Helmut Panke said:" parsed with the name elsewhere:
            # the actor named right before a subjectless speech verb is the speaker
            named = self.args.entity(verb.doc[verb.i - 1])
            if named is not None and named.type in ACTOR_TYPES:
                return [named]
        if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.head.pos_ in ("VERB", "AUX"):
            return self._subjects(verb.head.head)  # "apologise for likening X to Y": who apologises likens
        if verb.dep_ == "xcomp":
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            if obj is not None and (verb.head.lemma_ in OBJECT_CONTROL or infinitive
                                    and verb.head.lemma_ not in SUBJECT_CONTROL):
                return self._nodes(obj)  # "leads police to believe": the police believe
            return self._subjects(verb.head)
        if verb.dep_ in ("conj", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
            return self._subjects(verb.head)
        if verb.dep_ == "relcl":
            return self._nodes(verb.head)
        return []

    # ---- nominal events -------------------------------------------------------------------------
    def _new_event(self, cls: str, trigger: Token, label: str, confidence: float) -> Event:
        eid = f"event/{self.article.id}/{len(self.events) + 1}"
        ev = Event(id=eid, type=cls, label=label, trigger=trigger.text,
                   provenance=self._prov(trigger.sent, confidence))
        self.events[eid] = ev
        self.event_at[trigger.i] = eid
        return ev

    def _add_roles(self, eid: str, roles: list[tuple[str, Entity | Literal]], **changes) -> None:
        ev = self.events[eid]
        new = tuple(r for r in roles if r not in ev.roles)
        self.events[eid] = replace(ev, roles=ev.roles + new, **changes)

    def _nominal_event(self, tok: Token) -> Entity:
        """The event a noun names ("strikes on drug vessels"), merged with an earlier mention of it."""
        if tok.i in self.event_at:
            ev = self.events[self.event_at[tok.i]]
            return Entity(ev.id, ev.label, ev.type)
        cls = EVENT_NOUNS[tok.lemma_.lower()]
        roles: list[tuple[str, Entity | Literal]] = []
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and (ent := self.args.entity(c)) is not None:
                roles.append(("agent", ent))
            elif c.dep_ == "prep":
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    for node in self._nodes(p):
                        if c.lower_ in _TARGET_PREPS and node.type != "Location":
                            roles.append(("target", node))
                        elif c.lower_ in _PLACE_PREPS and node.type in ("Location", "Country"):
                            roles.append(("place", node))
        mods = [c.lower_ for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_alpha]
        label = " ".join(mods + [tok.lower_])
        # a later mention of the same kind of event refers back to it unless its participants differ
        for ev in reversed(self.events.values()):
            if ev.type == cls and ev.trigger.lower() == tok.text.lower() and not any(
                    r[0] == "agent" and r not in ev.roles and ev.fillers("agent") for r in roles):
                self.event_at[tok.i] = ev.id
                self._add_roles(ev.id, roles)
                break
        else:
            ev = self._new_event(cls, tok, label, 0.7)
            self._add_roles(ev.id, roles)
        if (date := self._date_of(tok)) is not None:
            self._date_event(self.event_at[tok.i], date)
        ev = self.events[self.event_at[tok.i]]
        return Entity(ev.id, ev.label, ev.type)

    def _date_event(self, eid: str, date: tuple[dt.date, str, str]) -> None:
        ev = self.events[eid]
        rank = {"year": 0, "month": 1, "day": 2}
        if ev.date is None or rank[date[1]] > rank[ev.date_precision] and \
                ev.date.year == date[0].year and (ev.date_precision == "year" or ev.date.month == date[0].month):
            self.events[eid] = replace(ev, date=date[0], date_precision=date[1], date_text=date[2])

    # ---- clauses -------------------------------------------------------------------------------
    def _passive(self, verb: Token) -> bool:
        deps = {c.dep_ for c in verb.children}
        if "nsubjpass" in deps or "auxpass" in deps:
            return True
        # headline participle: "75 people killed in strikes" has no auxiliary and no object
        return verb.tag_ == "VBN" and not deps & {"aux", "dobj"} and verb.dep_ in ("ROOT", "advcl", "acl")

    def _clause(self, verb: Token) -> _Clause:
        cl = _Clause(verb, scope=self._scope(verb), date=self._date_of(verb))
        passive = self._passive(verb)
        for c in verb.children:
            if c.dep_ == "agent":
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    cl.agents += self._nodes(p)
            elif (c.dep_ in ("nsubjpass",) or (c.dep_ == "nsubj" and passive)
                  or c.dep_ in ("dobj", "dative", "attr", "oprd")):
                if c.dep_ in ("dobj", "attr") and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in IDIOM_NOUNS):
                    continue  # "spent a week", "took place", "made headway"
                cl.patients += self._nodes(c)
            elif c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ":
                # "pleaded not guilty to charges", "was found guilty of fraud": the adjective is part of
                # the predicate
                adj = " ".join(t.lower_ for t in c.children if t.dep_ == "neg") + " " + c.lower_
                for prep in (p for p in c.children if p.dep_ == "prep"):
                    for p in (p for p in prep.children if p.dep_ == "pobj"):
                        cl.preps += [(f"{adj.strip()} {prep.lower_}", n) for n in self._nodes(p)]
            elif c.dep_ == "prep" and c.lower_ not in ("according",):
                for p in (p for p in c.children if p.dep_ in ("pobj", "pcomp")):
                    if p.ent_type_ in ("DATE", "TIME") or p.lemma_.lower() in IDIOM_NOUNS:
                        continue  # "falls in love", "in place", "by the way": no participant
                    cl.preps += [(c.lower_, n) for n in self._nodes(p)]
        if passive and verb.dep_ == "acl":
            cl.patients += self._nodes(verb.head)
        if not passive:
            cl.agents = self._subjects(verb) + cl.agents
            if not any(c.dep_ == "nsubj" for c in verb.children):
                cl.confidence -= 0.1
        elif not cl.patients and verb.dep_ in ("conj", "xcomp"):
            cl.patients = self._subjects(verb)
        return cl

    def _content_label(self, verb: Token) -> str:
        """A short reading of a clause: "stop sharing intelligence", "military ends communications".

        What someone said is read as they said it: the reported clause's own words, up to
        `_QUOTE_WORDS` of them.
        """
        words: list[Token] = []
        if _reported(verb):
            # the first words only: a run-on "sentence" can hold thousands of them
            words = list(islice((t for t in verb.subtree if not (t.is_punct or t.is_quote or t.is_space)
                                 and not (t.dep_ == "mark" and t.head == verb)), _QUOTE_WORDS + 1))
        if len(words) > 1:
            kept = words[:_QUOTE_WORDS]
            text = " ".join("".join(t.whitespace_ if t.is_quote else t.text_with_ws
                                    for t in verb.doc[kept[0].i:kept[-1].i + 1]).split())
            return text + (" …" if len(words) > _QUOTE_WORDS else "")
        words = []
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.pos_ != "PRON":
            words += [t for t in subj.subtree if t.dep_ in ("compound", "amod") and t.head == subj] + [subj]
        tok: Token | None = verb
        while tok is not None:
            words.append(tok)
            words += [c for c in tok.children if c.dep_ in ("prt", "neg")]
            obj = next((c for c in tok.children if c.dep_ in ("dobj", "attr")), None)
            if obj is not None:
                words += [t for t in obj.lefts if t.dep_ in ("compound", "amod")] + [obj]
                words += [t for c in obj.children if c.dep_ == "prep" for t in c.subtree][:4]
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ not in TIME_PREPS - {"in"}), None)
            if obj is None and prep is not None:
                words += [t for t in prep.subtree if not t.is_punct][:5]
            tok = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        seen: dict[int, Token] = {t.i: t for t in words if not t.is_punct and t.pos_ != "DET"}
        out: list[str] = []
        for i in sorted(seen):
            start = self.amounts.first_token(i)
            if start is None:
                out.append(seen[i].text)
            elif start == i or start not in seen:  # "$5m" is three tokens: write the amount once
                out.append(self.amounts.at(i).text)  # type: ignore[union-attr]
        return " ".join(dict.fromkeys(out))

    def _verb_predicate(self, verb: Token, prep: str = "") -> tuple[str, str, str | None]:
        """(predicate id, label, event class) for a verb, optionally with its preposition."""
        lemma = verb.lemma_.lower()
        prt = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
        cls, closed = EVENT_VERBS.get(lemma, (None, None))
        if closed and not prep and not prt:
            return closed, closed, cls
        words = [lemma] + ([prt] if prt else []) + ([prep] if prep else [])
        label = " ".join([verb.text.lower()] + words[1:])
        return "-".join(words).replace(" ", "-"), label, cls

    def _emit(self, subj: Entity, pred: tuple[str, str], obj: Entity | Literal, cl: _Clause,
              event: str | None, confidence: float | None = None) -> None:
        if isinstance(obj, Entity) and obj.id == subj.id:
            return
        rel = Relation(subject=subj, predicate=pred[0], predicate_label=pred[1], object=obj,
                       provenance=self._prov(cl.verb.sent, confidence or cl.confidence), event=event,
                       attribution=cl.scope.attribution, modality=cl.scope.modality,
                       negated=cl.scope.negated, date=cl.date[0] if cl.date else None,
                       date_precision=cl.date[1] if cl.date else "day", rule="patterns")
        # one fact per sentence, whichever pattern read it first; a sentence the article repeats word
        # for word (a paragraph printed twice) states it once
        key = (subj.id, pred[0], getattr(obj, "id", obj), rel.provenance.sentence)
        if key not in self.seen:
            self.seen.add(key)
            self.relations.append(rel)

    def _emit_link(self, link: Link, cl: _Clause) -> None:
        self._emit(link.subject, (link.predicate, link.label), link.object, cl, None, link.confidence)

    def _read_clause(self, verb: Token) -> None:
        cl = self._clause(verb)
        lemma = verb.lemma_.lower()
        pid, plabel, cls = self._verb_predicate(verb)
        light = lemma in LIGHT_VERBS and any(p.type in EVENT_NOUNS.values() and p.id.startswith("event/")
                                             for p in cl.patients)
        if light:  # "X imposed sanctions on Y": X is the agent of the sanctions
            for p in cl.patients:
                if p.id.startswith("event/"):
                    self._add_roles(p.id, [("agent", a) for a in cl.agents])
                    if cl.date:
                        self._date_event(p.id, cl.date)
                    self.light_clause.setdefault(p.id, cl)
                    for a in cl.agents:  # "X made a speech": X is the speech's agent, stated as such
                        self._emit(a, (pid, plabel), p, cl, p.id)
            return
        attitude = _attitude(verb)
        if attitude is not None:  # "the party is concerned (that) residents may not vote"
            cls, pid, plabel = "Statement", attitude.lemma_.lower(), attitude.lower_
            for comp in (c for t in (verb, attitude) for c in t.children if c.dep_ == "ccomp"):
                if comp.i not in self.event_at:
                    self._read_clause(comp)
                content = self.events.get(self.event_at.get(comp.i, ""))
                if content is not None and content.roles:
                    node = Entity(content.id, content.label, content.type)
                    for a in cl.agents:
                        self._emit(a, (pid, plabel), node, cl, None)
            return
        eid = None
        if cls is not None or _reported(verb) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
            ev = self._new_event(cls or "Event", verb, self._content_label(verb), cl.confidence)
            eid = ev.id
            patient_role = "target" if cls == "Attack" else "recipient" if cls == "Statement" and \
                lemma in HEARER_VERBS else "patient"
            roles = [("agent", a) for a in cl.agents] + [(patient_role, p) for p in cl.patients]
            roles += [("place", n) for prep, n in cl.preps if prep in _PLACE_PREPS
                      and n.type in ("Location", "Country")]
            self._add_roles(eid, roles, attribution=cl.scope.attribution, modality=cl.scope.modality,
                            negated=cl.scope.negated)
            if cl.date:
                self._date_event(eid, cl.date)
            elif (text := self._date_phrase(verb)) is not None:  # undated article: keep the words
                self._add_roles(eid, [], date_text=text)
        static = {prep for (v, prep) in STATIC_VERBS if v == lemma}
        subjects = cl.agents or cl.patients if verb.dep_ != "acl" else self._nodes(verb.head)
        for link in verb_links(verb, subjects, self.index):
            self._emit_link(link, cl)
        # a light or copular verb says nothing by itself ("X is in Y", "X has Y"): only static
        # patterns and closed predicates speak for it
        weak = lemma in WEAK_VERBS and pid not in CLOSED_PREDICATES
        hearer = cls == "Statement" and lemma in HEARER_VERBS  # "told the BBC": whom, not what
        for a in cl.agents:
            for p in cl.patients if not weak else ():
                self._emit(a, ("tell", "told") if hearer else (pid, plabel), p, cl, eid)
            for prep, n in cl.preps:
                if not weak and prep not in static:
                    self._emit(a, self._verb_predicate(verb, prep)[:2], n, cl, eid, cl.confidence - 0.1)
        if not cl.agents and cl.patients and verb.dep_ != "acl" and not weak and self._passive(verb):
            for p in cl.patients:  # "The strikes began in the Caribbean": the event is the subject
                for prep, n in cl.preps:
                    if prep not in static:
                        self._emit(p, self._verb_predicate(verb, prep)[:2], n, cl, eid, cl.confidence - 0.15)
        self._casualties(cl, eid)
        self._quantities(verb, cl, eid)
        self._complements(verb, cl, eid)

    def _complements(self, verb: Token, cl: _Clause, eid: str | None) -> None:
        """xcomp/ccomp: the content of orders and statements, and "allowed X to …" objects."""
        for comp in (c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "advcl")):
            has_subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
            if comp.dep_ == "advcl" and not any(c.lower_ == "for" and c.dep_ == "mark" for c in comp.children):
                continue
            if eid is None or not cl.agents:
                continue
            if comp.i not in self.event_at:
                self._read_clause(comp)
            content = self.events.get(self.event_at.get(comp.i, ""))
            mark = next((c.lower_ for c in comp.children if c.dep_ == "mark" and c.lower_ == "for"), "")
            pred = self._verb_predicate(verb, mark)[:2]
            if verb.lemma_.lower() in WEAK_VERBS and pred[0] not in CLOSED_PREDICATES:
                continue  # "X has to pay", "X is to ask": the complement clause carries the fact
            if content is not None and len(content.label.split()) > 1:  # a lone word ("said") says nothing
                self._add_roles(eid, [("content", Entity(content.id, content.label, content.type))])
                for a in cl.agents:
                    self._emit(a, pred, Entity(content.id, content.label, content.type), cl, eid)
            infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children) or comp.tag_ == "VB"
            if has_subj and verb.lemma_ not in SPEECH_VERBS and infinitive:
                for a in cl.agents:
                    for s in self._nodes(has_subj[0]):
                        self._emit(a, pred, s, cl, eid, cl.confidence - 0.05)

    def _casualties(self, cl: _Clause, eid: str | None) -> None:
        """"At least 75 people have been killed" → casualties 75 (at least) on the killing and its attack."""
        if eid is None or self.events[eid].type != "Killing":
            return
        victims = [c for c in cl.verb.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")]
        if cl.verb.dep_ == "acl":  # "75 people killed by US strikes"
            victims.append(cl.verb.head)
        for c in victims:
            if c.lower_ in PEOPLE_NOUNS:
                num = next((n for n in c.children if n.dep_ == "nummod" and number_of(n) is not None), None)
                if num is None:
                    continue
                qty = Literal(str(number_of(num)), "integer")
                self._add_roles(eid, [("quantity", qty)], quantity_qualifier=qualifier_of(num))
                causes = [n for prep, n in cl.preps if prep in ("in", "by") and n.id.startswith("event/")]
                causes += [a for a in cl.agents if a.id.startswith("event/")]
                for cause in causes:
                    self._add_roles(cause.id, [("quantity", qty)], quantity_qualifier=qualifier_of(num))
                    self._emit(cause, ("killed", "killed"), qty, cl, eid, cl.confidence - 0.05)
                for agent in cl.agents:
                    if not agent.id.startswith("event/"):
                        self._emit(agent, ("killed", "killed"), qty, cl, eid, cl.confidence - 0.05)

    def _amount_at(self, tok: Token) -> Literal | None:
        """The amount a clause argument states: the token's own, or its number's ("$5m fine")."""
        found = self.amounts.at(tok.i)
        if found is None:
            found = next((a for c in tok.children if c.dep_ in ("nummod", "compound", "nmod")
                          and (a := self.amounts.at(c.i)) is not None), None)
        return found

    def _quantities(self, verb: Token, cl: _Clause, eid: str | None) -> None:
        """Amounts a clause states about its subject: "revenue rose 5% to $9bn", "the film took $19.5m",
        "delivering net income of $2.5bn", "was fined £5m"."""
        found: list[tuple[tuple[str, str], Literal]] = []
        if verb.lemma_.lower() in SPEECH_VERBS:
            return  # "Disney said revenues of $30bn …": the amount belongs to what was said
        for c in verb.children:
            if c.dep_ in ("dobj", "npadvmod", "attr", "oprd") and (amount := self._amount_at(c)) is not None:
                found.append((self._verb_predicate(verb)[:2], amount))
            elif c.dep_ == "prep":
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    if (amount := self._amount_at(p)) is not None:
                        found.append((self._verb_predicate(verb, c.lower_)[:2], amount))
            if c.dep_ in ("dobj", "attr") and self.amounts.at(c.i) is None:
                # "delivering net income of $2.5bn": the noun names what the amount measures
                for p in (p for pr in c.children if pr.dep_ == "prep" and pr.lower_ == "of"
                          for p in pr.children if p.dep_ == "pobj"):
                    if (amount := self._amount_at(p)) is not None:
                        pid, label, _ = self._verb_predicate(verb)
                        found.append(((f"{pid}-{c.lemma_.lower()}", f"{label} {c.lower_}"), amount))
        # "was fined £5m": the amount is on the one fined, not on who fined
        holders = cl.patients if self._passive(verb) else cl.agents
        subjects = [s for s in holders if not s.id.startswith("event/")]
        if not found or not subjects:
            return
        for pred, amount in found:
            # one amount per event, so that its unit and text stay paired with it in the graph
            if eid is None or self.events[eid].fillers("quantity"):
                eid = self._new_event("Event", verb, self._content_label(verb), cl.confidence).id
                self._add_roles(eid, [("agent", s) for s in subjects], attribution=cl.scope.attribution,
                                modality=cl.scope.modality, negated=cl.scope.negated)
                if cl.date:
                    self._date_event(eid, cl.date)
            self._add_roles(eid, [("quantity", amount)])
            for subj in subjects:
                self._emit(subj, pred, amount, cl, eid)

    def _emit_event_relations(self) -> None:
        """Nominal events with an agent and a target become plain edges ("US sanctioned Petro").

        Run after the whole document is read, so a date given later ("announced on Oct 24") counts.
        """
        for eid, ev in self.events.items():
            pred = _CLASS_PREDICATE.get(ev.type)
            if pred is None:
                continue
            cl = self.light_clause.get(eid)
            if cl is None:
                continue
            cl = replace(cl, date=(ev.date, ev.date_precision, ev.date_text) if ev.date else None)
            for a in ev.fillers("agent"):
                for t in ev.fillers("target"):
                    if isinstance(a, Entity) and isinstance(t, Entity):
                        self._emit(a, pred, t, cl, eid, 0.75)

    # ---- driver --------------------------------------------------------------------------------
    def read(self) -> tuple[list[Event], list[Relation]]:
        """All events and relations of the document, in text order."""
        for sent in self.doc.sents:
            self._roles(sent)
            for link in mention_links(sent, self.index):
                self._emit_link(link, _Clause(sent.root, confidence=link.confidence))
            for tok in sent:
                if tok.pos_ in ("VERB", "AUX") and tok.dep_ != "aux" and tok.dep_ != "auxpass" \
                        and tok.i not in self.event_at:
                    self._read_clause(tok)
        self._emit_event_relations()
        self._affiliations()
        self.relations += trained_relations(self.doc, self.index.entities, self.relations, self._prov)
        used = {r.event for r in self.relations} | {
            n.id for ev in self.events.values() for _, n in ev.roles if isinstance(n, Entity)}
        events = [ev for ev in self.events.values() if ev.id in used and ev.roles]
        return events, self.relations
