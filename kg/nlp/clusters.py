"""Clusters of mentions, one per entity of a document, and the merges between them that a name's form
allows: an acronym joins the name it abbreviates ("GM" → "General Motors"), a one-word name joins the
organisation that is it plus a legal suffix ("Acme" → "Acme Corp")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

__all__ = ["Cluster", "Votes", "merge_acronyms", "merge_short_names", "singular"]


class Votes(defaultdict[str, float]):
    """Weights of evidence per class, with `Counter.most_common`'s order (ties keep first-seen order)."""

    def __init__(self) -> None:
        super().__init__(float)

    def most_common(self, n: int | None = None) -> list[tuple[str, float]]:
        """Classes by weight, heaviest first."""
        return sorted(self.items(), key=lambda kv: -kv[1])[:n]


@dataclass
class Cluster:
    #: class → weight of the evidence for it (a vote is 1, a descriptor 3, an overruled reading 0.9)
    cls_votes: Votes = field(default_factory=lambda: Votes())
    texts: Counter[str] = field(default_factory=Counter)
    #: mention offsets → kind ("name", "nominal", "nationality", "modifier")
    spans: dict[tuple[int, int], str] = field(default_factory=dict)
    tokens: set[int] = field(default_factory=set)
    code: str | None = None
    full_name: tuple[str, ...] = ()
    #: classes that descriptive nouns beside the mentions give ("the band X" → Organization)
    described: Counter[str] = field(default_factory=Counter)
    #: person mentions with support beyond one model's tag: a title or honorific, a descriptor, or
    #: both recognizers agreeing
    person_support: int = 0
    #: mentions of a country that agree in plural ("Ireland were"): the country's sports team
    team: int = 0


def singular(text: str) -> str:
    """A group word's singular, as a merge key: "tories" → "tory", "democrats" → "democrat"."""
    if text.endswith("ies") and len(text) > 4:
        return text[:-3] + "y"
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")
_INITIALS_SKIP = {"of", "and", "the", "for", "&", "de", "du", "la"}


def merge_acronyms(clusters: dict[str, Cluster]) -> None:
    """An acronym joins the one name of the article whose initials it is: "GM" → "General Motors",
    "GMAC" → "General Motors Acceptance Corp"."""
    by_initials: dict[str, list[str]] = defaultdict(list)
    for key, c in clusters.items():
        if key.startswith("name:"):
            for text in c.texts:
                words = [w for w in text.replace("-", " ").split() if w.lower() not in _INITIALS_SKIP]
                if len(words) >= 2 and all(w[:1].isupper() for w in words):
                    by_initials["".join(w[0] for w in words)].append(key)
    for key, c in list(clusters.items()):
        acronyms = [t for t in c.texts if _ACRONYM.fullmatch(t)]
        targets = set(by_initials.get(acronyms[0].replace("&", ""), ())) - {key} if acronyms else set()
        if len(c.texts) == 1 and len(targets) == 1:
            _absorb(clusters, targets.pop(), key)


#: suffixes that add nothing to whom a name means ("Sony Pictures" is not Sony, "Acme Corp" is Acme)
_LEGAL_SUFFIXES = {"corp", "corporation", "inc", "ltd", "plc", "llc", "co", "ag", "sa", "gmbh", "nv", "party"}


def merge_short_names(clusters: dict[str, Cluster]) -> None:
    """A one-word name joins the one organisation of the article that is it plus a legal suffix:
    "Labour" → "Labour Party", "Acme" → "Acme Corp" (as a surname joins a full name)."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for key, c in clusters.items():
        for text in c.texts:
            words = text.split()
            if (
                key.startswith("name:")
                and len(words) == 2
                and words[-1].lower().rstrip(".") in _LEGAL_SUFFIXES
            ):
                by_first[words[0]].add(key)
    for key, c in list(clusters.items()):
        texts = set(c.texts)
        if (
            key.startswith("name:")
            and len(texts) == 1
            and len(word := texts.pop().split()) == 1
            and len(targets := by_first.get(word[0], set()) - {key}) == 1
        ):
            _absorb(clusters, targets.pop(), key)


def _absorb(clusters: dict[str, Cluster], into_key: str, key: str) -> None:
    """Move cluster `key`'s mentions and evidence into cluster `into_key`."""
    into, c = clusters[into_key], clusters.pop(key)
    for cls, weight in c.cls_votes.items():
        into.cls_votes[cls] += weight
    into.texts.update(c.texts)
    into.described.update(c.described)
    into.spans.update(c.spans)
    into.tokens.update(c.tokens)
    into.person_support += c.person_support
    into.team += c.team
