"""Dependency patterns: a parsed document → relations and n-ary events.

General English syntax, no article's words: active and passive clauses, headline participles,
control and raising (xcomp), reported speech (ccomp), prepositional arguments, nominal events with
light verbs ("imposed sanctions on"), titles and appositions as roles, casualty counts with hedges,
and attribution, modality and negation carried onto every fact they scope over.

One `ReaderState` (`kg.nlp.state`) holds what is read and collected; the rule modules hold it by
composition: `kg.nlp.nodes` (tokens → nodes), `kg.nlp.context` (scope), `kg.nlp.clauses` (verb
clauses), `kg.nlp.quantities` (numbers) and `kg.nlp.roles` (titles, appositions, affiliations).
Dependency configurations they look for are rows of the `kg.nlp.rules` table, matched once per
document; what stays code is genuinely procedural (pronouns, scope, sequences of title words).
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.clauses import ClauseReader
from kg.nlp.entities import EntityIndex
from kg.nlp.links import mention_links
from kg.nlp.nodes import Nodes
from kg.nlp.relclf import trained_relations
from kg.nlp.roles import Roles
from kg.nlp.state import Clause, ReaderState
from kg.types import Article, Entity, Event, Relation

__all__ = ["DocumentReader"]


class DocumentReader:
    """Reads the facts of one parsed article. Create one per document; call `read()` once.

    With `classifier`, the trained CoNLL04 relation classifier (`kg.nlp.relclf`) adds its readings.
    """

    def __init__(self, doc: Doc, article: Article, index: EntityIndex, classifier: bool = False):
        self.state = ReaderState(doc, article, index)
        self.classifier = classifier
        self.nodes = Nodes(self.state)
        self.clauses = ClauseReader(self.state, self.nodes)
        self.roles = Roles(self.state)

    @property
    def article(self) -> Article:
        """The article being read."""
        return self.state.article

    def read(self) -> tuple[list[Event], list[Relation]]:
        """All events and relations of the document, in text order."""
        st = self.state
        for sent in st.doc.sents:
            self.roles.read(sent)
            for link in mention_links(sent, st.index):
                st.emit_link(link, Clause(sent.root, confidence=link.confidence))
            for tok in sent:
                if (
                    tok.pos_ in ("VERB", "AUX")
                    and tok.dep_ != "aux"
                    and tok.dep_ != "auxpass"
                    and tok.i not in st.event_at
                ):
                    self.clauses.read(tok)
        self.clauses.event_relations()
        self.roles.affiliations()
        if self.classifier:
            st.relations += trained_relations(st.doc, st.index.entities, st.relations, st.prov)
        # an event is kept where a fact projects it, fills another's role, or is a fact's object
        # ("attended a summit in Brussels": the summit, with them in it)
        used = (
            {r.event for r in st.relations}
            | {n.id for ev in st.events.values() for _, n in ev.roles if isinstance(n, Entity)}
            | {r.object.id for r in st.relations if isinstance(r.object, Entity)}
        )
        events = [ev for ev in st.events.values() if ev.id in used and ev.roles]
        return events, st.relations
