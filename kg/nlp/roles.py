"""Titles before names and appositions as roles: "Colombian President Gustavo Petro" → Petro holds
role President and leads Colombia. Mixed into `kg.nlp.patterns.DocumentReader`, which supplies
`doc`, `index`, `country_of`, `_nodes` and `_emit`.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.nlp.context import _Clause
from kg.nlp.countries import country_code, country_label, demonym_country
from kg.nlp.entities import entity_id
from kg.nlp.lexicon import LEADER_TITLES, TITLES
from kg.types import Entity, Literal

__all__ = ["RoleReader"]


class RoleReader:
    """Roles from titles and appositions (a mixin of `DocumentReader`)."""

    def _roles(self, sent: Span) -> None:
        """Titles before names and appositions: "Colombian President Gustavo Petro", "X, the CEO of Y"."""
        for ent in (e for e in self.index.entities if e.type == "Person"):
            for start, end in ent.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or not (sent.start <= span.start < sent.end):
                    continue
                first = span.start  # a mention may open with its title ("President Kennedy")
                while first < span.end - 1 and self.doc[first].lower_.rstrip(".") in TITLES:
                    first += 1
                title, where = [], []
                i = first - 1
                while i >= sent.start and self.doc[i].dep_ in ("compound", "amod", "nmod", "punct") and \
                        self.doc[i].text != ",":
                    tok = self.doc[i]
                    named = self.index.at(tok)
                    if named is not None and named.type != "Person":
                        if named not in where:
                            where.insert(0, named)
                    elif tok.lower_.rstrip(".") in TITLES:
                        title.insert(0, tok.text)
                    elif (code := demonym_country(tok.text) or country_code(tok.text)) is not None:
                        where.insert(0, self._country(code))
                    elif tok.pos_ != "PUNCT":
                        break
                    i -= 1
                for c in span.root.children:
                    if c.dep_ == "appos":
                        title += [t.text for t in c.subtree if t.lower_ in TITLES and t.i <= c.i]
                        where += [n for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                                  for n in self._nodes(next(p.children, p)) if n.type != "Concept"]
                self._emit_roles(ent, title, where, sent)

    def _country(self, code: str) -> Entity:
        """The document's entity for a country code, or a new one for a country named only by a demonym."""
        for ent in self.index.entities:
            if ent.country_code == code:
                return ent
        return Entity(entity_id("Country", country_label(code), code), country_label(code), "Country",
                      country_code=code)

    def _emit_roles(self, person: Entity, title: list[str], where: list[Entity], sent: Span) -> None:
        words = [t for t in title if t.lower().rstrip(".") not in ("mr", "mrs", "ms", "dr", "sir")]
        if not words:
            return
        name = " ".join(words)
        cl = _Clause(sent.root, confidence=0.9)
        self._emit(person, ("holdsRole", "holds role"), Literal(name), cl, None)
        leader = name.lower() in LEADER_TITLES or words[-1].lower() in LEADER_TITLES
        for org in where:
            pred = ("leaderOf", f"{name} of") if leader else ("worksFor", f"{name} of")
            self._emit(person, pred, org, cl, None)
            if org.type == "Country":
                self.country_of.setdefault(person.id, org)

    def _affiliations(self) -> None:
        """Government and military bodies belong to the country their name points at.

        "the US military" and "Colombia's military" → part of that country; "the Trump administration"
        → part of the country its head leads, when the article says which ("US President Donald Trump").
        """
        for org in (e for e in self.index.entities if e.type in ("GovernmentOrganization", "MilitaryOrganization")):
            for start, end in org.mentions:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None:
                    continue
                modifiers = [t for t in span if t.i != span.root.i] + [
                    c for c in span.root.children if c.dep_ == "poss"]
                people = {e.label.split()[-1]: e for e in self.index.entities if e.type == "Person"}
                countries = []
                for tok in modifiers:
                    # inside "US military" the token belongs to the phrase's own entity: read the word
                    named = self.index.at(tok)
                    code = country_code(tok.text) or demonym_country(tok.text)
                    person = people.get(tok.text)
                    if named is not None and named.type == "Country":
                        countries.append(named)
                    elif code is not None:
                        countries.append(self._country(code))
                    elif person is not None and person.id in self.country_of:
                        countries.append(self.country_of[person.id])
                if countries:
                    cl = _Clause(span.root, confidence=0.8)
                    self._emit(org, ("partOf", "part of"), countries[0], cl, None)
                    break
