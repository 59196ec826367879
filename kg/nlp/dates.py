"""Date expressions of clauses and event nouns ("on Tuesday", "Oct 24", "in October", "since August"),
found in the parse and resolved against the article date."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from functools import lru_cache

from spacy.tokens import Token

from kg.nlp.lexicon import ATTITUDES, SPEECH_VERBS, TIME_ZONES

__all__ = ["TIME_PREPS", "calendar_day", "date_of", "date_phrase", "month_name", "resolve_date"]

#: prepositions that can introduce a date ("on Tuesday", "since August")
TIME_PREPS = frozenset({"on", "in", "since", "during", "by", "until", "before", "after", "from", "at"})

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_MONTH_ONLY = re.compile(rf"^(?:{_MONTHS})\.?(?:\s+\d{{4}})?$", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"^\d{4}$")
_YEAR = re.compile(r"\b\d{4}\b")
_MONTH = re.compile(rf"\b(?:{_MONTHS})\b", re.IGNORECASE)
_NOT_A_DATE = re.compile(
    r"\b(years?|decades?|centur(y|ies)|ago|old|age|weeks|months|days|hours)\b", re.IGNORECASE
)


#: a day of a month with no year: "on 27 February", "on February 27", "on 3rd of March"
_DAY_OF_MONTH = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.IGNORECASE,
)


def calendar_day(text: str) -> bool:
    """Whether a date names a day of a month and no year ("on 27 February", not "on 27 February 2003")."""
    return _DAY_OF_MONTH.search(text) is not None and _YEAR.search(text) is None


def month_name(text: str) -> bool:
    """Whether a text is a month's name, with or without its year ("March", "Sept 2004")."""
    return _MONTH_ONLY.match(text) is not None


#: weekday names by `date.weekday()`, not the locale's
_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


@lru_cache(maxsize=4096)
def resolve_date(text: str, base: dt.date | None, ahead: bool = False) -> tuple[dt.date, str] | None:
    """Resolve `text` against the article date `base`, preferring the past as news does, or the future
    when `ahead` (what "will" happen "on Sunday" happens after the article, not before it).

    Without an article date (`base` None) only a date that names its year resolves.

    Returns:
        `(date, precision)` with precision "day", "month" or "year" (a month-level date is the
        first of the month), or None when the text is not a calendar date ("three years", "decades").
    """
    import dateparser  # slow to import; only articles with dates pay for it

    clean = re.sub(
        r"^(?:on|in|since|by|from|until|till|during|early|late|mid)\s+", "", text.strip(), flags=re.IGNORECASE
    ).strip(" ,.")
    if not clean or _NOT_A_DATE.search(clean):
        return None
    if base is None and not _YEAR.search(clean):
        # "last month", "on Sunday", "in September" need the article's date; without one they stay
        # text, or the graph would change with the day the command runs
        return None
    year = _YEAR.search(clean)
    if (
        base is None
        and year is not None
        and not _MONTH.search(clean)
        and not re.search(r"\d", _YEAR.sub("", clean))
    ):
        # "the first half of 2004": a year alone, whose month and day the parser would take from today
        return dt.date(int(year.group()), 1, 1), "year"
    if base is not None and clean.lower() == _DAY_NAMES[base.weekday()]:
        # "said on Monday" in a Monday's article is that day, which dateparser puts a week before or after
        return base, "day"
    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if ahead else "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = dateparser.parse(clean, languages=["en"], settings=settings)
    if parsed is None:
        return None
    if _YEAR_ONLY.match(clean):
        return dt.date(parsed.year, 1, 1), "year"
    if _MONTH_ONLY.match(clean):
        return dt.date(parsed.year, parsed.month, 1), "month"
    return parsed.date(), "day"


def date_phrase(head: Token, base: dt.date | None) -> str | None:
    """The date expression attached to a clause or event noun, as written ("on Tuesday")."""
    since = next(
        (c.i for c in head.children if c.lower_ == "since" and c.dep_ in ("prep", "mark")), len(head.doc)
    )
    for c in head.children:
        cand = None
        if c.i > since:
            break  # "has enjoyed hits since bursting onto the scene in 1993": the date of what came first
        if c.dep_ == "prep" and c.lower_ in TIME_PREPS:
            if c.lower_ in ("by", "until") and _says(head):
                continue  # "by the end of 2005, X predicts that …": the deadline of what is said, not the saying
            cand = next((p for p in c.children if p.dep_ == "pobj" and p.ent_type_ == "DATE"), None)
            prefix = c.text + " "
        elif c.dep_ in ("npadvmod", "tmod") and c.ent_type_ == "DATE":
            cand, prefix = c, ""
        if cand is not None:
            # the date entity around `cand`, from its IOB tags: `doc.ents` would make every entity anew
            doc, start, end = head.doc, cand.i, cand.i + 1
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
            if (
                end < len(doc)
                and doc[end].lower_ in TIME_ZONES
                or prefix.lower() == "at "
                and doc[start:end].text.isdigit()
            ):
                continue  # "at 1300 GMT", "at 0900": a time of day, no year
            if any(k.dep_ == "conj" and k.ent_type_ == "DATE" for k in cand.children):
                return None  # "won their first two games there, in 1999 and 2001": a date each, none for both
            text = prefix + doc[start:end].text
            if resolve_date(text, base) or base is None:
                return text
    return None


def _says(verb: Token) -> bool:
    """Whether a verb says or holds a clause ("predicts that …", "expects sales to …")."""
    return (
        verb.lemma_.lower() in SPEECH_VERBS or verb.lemma_.lower() in ATTITUDES or verb.lemma_ == "expect"
    ) and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def date_of(head: Token, base: dt.date | None, ahead: bool = False) -> tuple[dt.date, str, str] | None:
    """The resolved date of a clause or event noun: (date, precision, text as written), looking forward
    from the article date when `ahead`."""
    text = date_phrase(head, base)
    found = resolve_date(text, base, ahead) if text else None
    return (found[0], found[1], text) if found and text else None
