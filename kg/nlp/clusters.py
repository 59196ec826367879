"""Clusters of mentions, one per entity of a document, and the merges between them that a name's form
allows: an acronym joins the name it abbreviates ("GM" → "General Motors"), a one-word name joins the
organisation that is it plus a legal suffix ("Acme" → "Acme Corp") or whose name ends "of" it ("Commons" →
"House of Commons"), and nominal mentions of one kind of body are one ("the tribunal")."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kg.nlp.countries import country_code
from kg.nlp.lexicon import BUILDING_SUFFIXES, REGION_ENDINGS, SERVICE_ARMS
from kg.nlp.places import city

__all__ = [
    "Cluster",
    "Votes",
    "merge_acronyms",
    "merge_bare_bodies",
    "merge_bodies",
    "merge_last_names",
    "merge_of_names",
    "merge_short_names",
    "singular",
]


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
    #: person mentions whose text says they are people (a title, a descriptor, a pronoun), not the models
    person_said: int = 0
    #: mentions of a country that agree in plural ("Ireland were"): the country's sports team
    team: int = 0
    #: mentions of a country as a side in a match ("Ireland face France"): a side where others play
    sporting: int = 0
    #: mentions as the subject of an active verb ("Green Day bagged the prize"): places do not act
    acts: int = 0
    #: mentions that are the subject of a verb of saying ("says Age Concern")
    speaks: int = 0
    #: mentions listed with a firm ("Sony, Microsoft and Nintendo"): places are not listed with firms
    allied: int = 0
    #: mentions a firm's possessive owns ("Microsoft's Xbox", "the BBC's World Business Report")
    owned: int = 0
    #: mentions as where a deed is done ("lost at Old Trafford", "launched at Heathrow")
    venue: int = 0


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
                # "BT Together" is no expansion of "BT": a name with an acronym in it spells none out
                if (
                    len(words) >= 2
                    and all(w[:1].isupper() for w in words)
                    and not any(_ACRONYM.fullmatch(w) for w in words)
                ):
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
    "Labour" → "Labour Party", "Acme" → "Acme Corp" (as a surname joins a full name); a one-word
    organisation joins the one two-word organisation it opens, named before it ("Mercedes Benz …
    Mercedes")."""
    by_suffix: dict[str, set[str]] = defaultdict(set)
    by_first: dict[str, set[str]] = defaultdict(set)  # two-word organisations by their first word
    for key, c in clusters.items():
        for text in c.texts:
            words = text.split()
            if len(words) != 2:
                continue
            if key.startswith("name:") and words[-1].lower().rstrip(".") in _LEGAL_SUFFIXES:
                by_suffix[words[0]].add(key)
            elif (
                (_organisation(c) or words[1].lower() in BUILDING_SUFFIXES)
                and country_code(words[1]) is None
                and words[1].lower() not in REGION_ENDINGS | SERVICE_ARMS
            ):
                # whatever its key: the models may have read it as a name too; an arm named by its
                # country ("Yukos USA") or a service ("Google News") is not the firm itself
                by_first[words[0]].add(key)
    for key, c in list(clusters.items()):
        texts = set(c.texts)
        if not key.startswith("name:") or len(texts) != 1 or len(word := texts.pop().split()) != 1:
            continue
        targets = by_suffix.get(word[0], set()) - {key}
        if not targets and _organisation(c):
            # … once the two-word name has been given: "BT" named before "BT Together" is the firm, the
            # longer name something of it
            first = min(c.spans, default=(0, 0))
            targets = {
                t
                for t in by_first.get(word[0], set()) - {key}
                if min(clusters[t].spans, default=first) < first
            }
        if len(targets) == 1:
            _absorb(clusters, targets.pop(), key)


def merge_last_names(clusters: dict[str, Cluster]) -> None:
    """A one-word name that nothing makes a person or a place joins the one organisation of the
    article whose name ends in it: "Clarion" → "Daily Clarion", "Parliament" → "European Parliament"
    (people join by their surnames in `kg.nlp.entities`; "Leeds" is not "University of Leeds")."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, c in clusters.items():
        if key.startswith("name:") and _organisation(c):
            for text in c.texts:
                if len(words := text.split()) >= 2 and "and" not in words:  # "Gazprom and Rosneft" is two
                    by_last[words[-1]].add(key)
    for key, c in list(clusters.items()):
        texts = set(c.texts)
        if (
            key.startswith("name:")
            and len(texts) == 1
            and len(word := texts.pop().split()) == 1
            and c.cls_votes
            and c.cls_votes.most_common(1)[0][0]
            not in ("Person", "Location", "Country")  # people go by surnames
            and not city(word[0])  # "Newcastle" the club is not "BBC Newcastle"
            and len(targets := by_last.get(word[0], set()) - {key}) == 1
        ):
            _absorb(clusters, targets.pop(), key)


def _organisation(c: Cluster) -> bool:
    """Whether the models read a cluster's mentions as an organisation more than as anything else."""
    return bool(c.cls_votes) and c.cls_votes.most_common(1)[0][0] == "Organization"


def merge_of_names(clusters: dict[str, Cluster]) -> None:
    """A one-word name joins the one organisation of the article whose name ends "of" it or opens it before
    "of": "Commons" → "House of Commons", "Lords" → "House of Lords", "the Bank" → "Bank of England". A
    place stays itself ("Leeds" is not "University of Leeds"), and countries have keys of their own."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for key, c in clusters.items():
        for text in c.texts:
            words = text.split()
            if key.startswith("name:") and len(words) >= 3 and words[-2] == "of" and words[-1][:1].isupper():
                by_last[words[-1]].add(key)
            if key.startswith("name:") and len(words) >= 3 and words[1] == "of":
                by_last[words[0]].add(key)
    for key, c in list(clusters.items()):
        if (
            key.startswith("name:")
            and len(c.texts) == 1
            and len(next(iter(c.texts)).split()) == 1
            and c.cls_votes.most_common(1)[0][0] not in ("Location", "Country")
            and len(targets := by_last.get(next(iter(c.texts)), set()) - {key}) == 1
        ):
            _absorb(clusters, targets.pop(), key)


def merge_country_names(clusters: dict[str, Cluster]) -> None:
    """A name without its country joins the one name of the article that is it with a country: "the
    Reserve Bank" → "Reserve Bank of Australia" (`kg.nlp.entities` keys a country named in a name apart,
    so that the "Bank of Mexico" is not the "Bank of America")."""
    by_core: dict[str, set[str]] = defaultdict(set)
    for key in clusters:
        if key.startswith("name:") and "@" in key:
            by_core[key.split("@")[0]].add(key)
    for key in list(clusters):
        if key.startswith("name:") and "@" not in key and len(targets := by_core.get(key, set())) == 1:
            target = targets.pop()
            # "Yukos USA" after "Yukos": a firm's arm in a country, not the firm the bare name is
            if not all(_arm_name(text) for text in clusters[target].texts):
                _absorb(clusters, target, key)


def _arm_name(text: str) -> bool:
    """Whether a name ends in the country its firm's arm is in: "Yukos USA", "AOL UK" (not "Reserve Bank of
    Australia")."""
    words = text.split()
    return len(words) >= 2 and words[-2].lower() != "of" and country_code(words[-1]) is not None


def merge_bodies(clusters: dict[str, Cluster], bodies: set[str], contrast: set[str], doc: Doc) -> None:
    """Nominal mentions of one kind of body are one body of the article: "an independent tribunal" …
    "the five-member tribunal" … "the tribunal" (`bodies`: singular head nouns; "the courts" are courts
    at large), and that body is the one name of the article ending in the noun ("the Select Committee"
    … "the committee"; "an all-party committee said … said the Constitutional Affairs Committee"),
    unless the article went on about the body it brought in before naming another ("A royal commission
    will begin … the commission held a hearing … documents from the Securities Commission"). A modifier
    that contrasts two ("the lower court", `contrast`) keeps them apart."""
    named: dict[str, set[str]] = defaultdict(set)
    for key, c in clusters.items():
        for text in c.texts:
            words = text.split()
            if key.startswith("name:") and len(words) >= 2 and words[-1][:1].isupper():
                named[words[-1].lower()].add(key)
    chains: dict[str, list[str]] = defaultdict(list)
    for key in sorted(clusters, key=lambda k: min(clusters[k].spans, default=(0, 0))):
        words = key.removeprefix("actor:").split("-")
        if key.startswith("actor:") and words[-1] in bodies and not contrast & set(words):
            chains[words[-1]].append(key)
    for noun, keys in chains.items():
        target = keys[0]
        if len(named[noun]) == 1:
            name = next(iter(named[noun]))
            if not _went_on_before(clusters, keys, min(clusters[name].tokens), doc):
                target = name
        for key in keys:
            if key != target:
                _absorb(clusters, target, key)


def _went_on_before(clusters: dict[str, Cluster], keys: list[str], named_at: int, doc: Doc) -> bool:
    """Whether a chain of nominal mentions opens by bringing in a new body ("a royal commission will
    begin"; not what a name is, "the ICC is an independent commission", nor "a court filing") and takes
    it up again ("the commission") before the token `named_at`, where the article first names a body of
    that kind."""
    c = clusters[keys[0]]
    start = min(c.tokens)
    head = next((doc[t] for t in sorted(c.tokens) if doc[t].head.i not in c.tokens), doc[start])
    brought_in = (
        start > 0 and doc[start - 1].lower_ in ("a", "an") and head.dep_ not in ("attr", "appos", "compound")
    )
    starts = {t for k in keys for t in clusters[k].tokens if t - 1 not in clusters[k].tokens}
    return brought_in and len([t for t in starts if t < named_at]) >= 2


def merge_bare_bodies(clusters: dict[str, Cluster], nouns: set[str], bare: set[str], doc: Doc) -> None:
    """A bare "the government" (or "the military", or "police" with no article: `bare`) joins the one
    such body the article names or describes by a capitalised word ("the Nigerian government", "the
    Blair Government", "Illawarra police"; not "riot police"): with two or none, or once it is someone's
    ("his government"), it stays apart; one only ever supposed ("a Conservative government would …") is
    none to join."""
    for key in [k for k in clusters if k.removeprefix("actor:") in nouns]:
        noun = key.removeprefix("actor:")
        if not all(_definite(doc, t, noun in bare) for t in clusters[key].tokens):
            continue
        targets = {
            k
            for k, c in clusters.items()
            if k != key
            and any(doc[t].lower_ == noun and _described(doc, c, t) for t in c.tokens)
            and not _only_indefinite(c, doc)
        }
        if len(targets) == 1:
            target = targets.pop()
            _absorb(clusters, target, key)
            clusters[target].texts.pop(noun, None)  # the body is labelled as described, not by its bare noun


def _described(doc: Doc, c: Cluster, t: int) -> bool:
    """Whether the noun at `t` ends a mention of `c` after a name or a people's or place's word ("the
    Nigerian government", "Tony Blair's government"; not "Charing Cross Police Station")."""
    before = t - 2 if t > 1 and doc[t - 1].tag_ == "POS" else t - 1
    return before in c.tokens and t + 1 not in c.tokens and _proper(doc[before])


def _proper(tok: Token) -> bool:
    """Whether a word is a name or a people's or place's adjective: "Nigerian", "Blair", not "riot" or a
    capitalised "Riot" opening a sentence."""
    return tok.text[:1].isupper() and (not tok.is_sent_start or tok.ent_type_ in _PLACE_OR_PEOPLE)


#: what the recogniser reads a place's or people's word as (a sentence's first word may be any noun)
_PLACE_OR_PEOPLE = frozenset({"NORP", "GPE", "LOC", "ORG"})


def _definite(doc: Doc, t: int, bare: bool) -> bool:
    """Whether a body's noun is "the X", or for a noun news uses bare (`bare`), X with no determiner or
    owner ("Police said"; not "his police", "a police")."""
    if t > 0 and doc[t - 1].lower_ == "the":
        return True
    return bare and not any(c.dep_ in ("det", "poss") for c in doc[t].children)


def _only_indefinite(c: Cluster, doc: Doc) -> bool:
    """Whether every mention of a cluster opens after "a" or "an": "a Labour government", one supposed."""
    starts = [t for t in c.tokens if t - 1 not in c.tokens]
    return bool(starts) and all(t > 0 and doc[t - 1].lower_ in ("a", "an") for t in starts)


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
    into.person_said += c.person_said
    into.team += c.team
    into.sporting += c.sporting
    into.acts += c.acts
    into.speaks += c.speaks
