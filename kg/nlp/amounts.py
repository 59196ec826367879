"""Amounts in text as typed values: "$4m", "£300m", "12.5%", "1.2 trillion yuan", "86.7bn Swiss francs".

The small model splits "$935.8m" into three tokens and tags "300bn" as a facility, so amounts are
read off the text with one regular expression and mapped onto the tokens they cover. Each becomes a
`Literal` (decimal value, ISO 4217 currency code or "%" as unit, and the text as written) that the
dependency patterns attach to events; an amount is never an actor node.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

import pycountry
from spacy.tokens import Doc, Token

from kg.nlp.lexicon import AMOUNT_MOVERS, QUALIFIERS
from kg.types import Literal

__all__ = ["SCALE_WORDS", "AmountIndex", "currency_name", "find_amounts", "hedge_before", "parse_amount"]

#: currency symbols and words → ISO 4217 code ("$" is read as US dollars, as news wires write others
#: with a prefix: "HK$", "A$", "C$")
_SYMBOLS = {
    "US$": "USD",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "HK$": "HKD",
    "A$": "AUD",
    "C$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "Rs": "INR",
    "₹": "INR",
}
#: currency names ISO 4217 gives (pycountry) where one currency has the name ("baht", "zloty",
#: "rupiah"), less words that say something else after a number ("the 10,000 mark", "a sum")
_NOT_CURRENCY = frozenset(
    {"mark", "sum", "gold", "oro", "sol", "leone", "fomento", "previsional", "uruguayo"}
)


def _iso_names() -> dict[str, str]:
    codes: dict[str, set[str]] = {}
    for currency in pycountry.currencies:
        word = currency.name.split()[-1].lower()
        if not currency.alpha_3.startswith("X") and word.isalpha() and word not in _NOT_CURRENCY:
            codes.setdefault(word, set()).add(currency.alpha_3)
    return {word: next(iter(found)) for word, found in codes.items() if len(found) == 1}


#: the names several currencies share are read as the one news means most often ("franc": Swiss)
_NAMED = {
    # a change of a rate, not a share: "raised rates by 0.25 percentage points" (or 25 basis points)
    "percentage point": "pp",
    "basis point": "bp",
    "dollar": "USD",
    "greenback": "USD",
    "pound": "GBP",
    "sterling": "GBP",
    "euro": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "swiss franc": "CHF",
    "franc": "CHF",
    "rupee": "INR",
    "rouble": "RUB",
    "ruble": "RUB",
    "won": "KRW",
    "peso": "MXN",
    "rand": "ZAR",
    "real": "BRL",
    "krona": "SEK",
    "krone": "NOK",
    "lira": "TRY",
    "shekel": "ILS",
    "naira": "NGN",
    "dirham": "AED",
    "riyal": "SAR",
    "dlr": "USD",  # wire style: "4.5 mln dlrs"
}
_WORDS = {**_iso_names(), **_NAMED}
_SCALES = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "million": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "billion": 10**9,
    "tn": 10**12,
    "trn": 10**12,
    "trillion": 10**12,
}


def currency_name(word: str) -> bool:
    """Whether a word names a currency ("dollar", "euro", "rupiah"): "the dollar" is one thing."""
    return word.lower() in _WORDS


#: words that scale a number glued before them ("4.5m", "3bn")
SCALE_WORDS = frozenset(_SCALES)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:bn|bln|billion|mn|mln|m|million|k|thousand|tn|trn|trillion)\b"
_SYMBOL = "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
_WORD = (
    r"(?:percentage\s+points?|basis\s+points?|(?:swiss\s+)?(?:pounds?(?:\s+sterling)?|reais|kronor|kroner|"
    + "|".join(f"{re.escape(w)}s?" for w in sorted(_WORDS, key=len, reverse=True) if " " not in w)
    + r"))\b"
)
#: what an amount can open with: a digit or a symbol's first character; checked first, it lets the scan
#: of an article pass every other position at once instead of trying each alternative there
_OPENING = rf"[\d{re.escape(''.join(sorted({s[0] for s in _SYMBOLS})))}]"
#: hundredths of a currency: "22 euro cents", "3 US cents", "10 pence", "50p"
_CENTS = {"euro": "EUR", "us": "USD", "australian": "AUD", "canadian": "CAD", "": "USD"}
_AMOUNT = re.compile(
    # a symbol opens no word's tail: "two hours 18 minutes" holds no "Rs 18"
    rf"(?={_OPENING})(?:(?<![A-Za-z])(?P<sym>{_SYMBOL})\s?(?P<n1>{_NUM})(?:\s?(?P<s1>{_SCALE}))?"
    # lower case only: "50 Cent" is a rapper, "P2P" a network
    rf"|(?P<n4>{_NUM})\s(?:(?P<cur>euro|US|Australian|Canadian)\s)?(?P<cents>(?-i:cents?|pence))\b"
    rf"|(?<![A-Za-z])(?P<n5>{_NUM})(?P<pence>(?-i:p))\b"
    rf"|(?P<n2>{_NUM})(?:\s?(?P<s2>{_SCALE}))?\s+(?P<word>{_WORD})"
    rf"|(?P<n3>{_NUM})\s?(?P<pct>%|per\s?cent\b|percent\b|pct\b))",
    re.IGNORECASE,
)


def _unit(sym: str | None, word: str | None) -> str:
    if sym:
        return _SYMBOLS.get(sym, _SYMBOLS.get(sym.upper(), "USD"))
    key = re.sub(r"\s+", " ", (word or "").lower())
    key = {"reais": "real", "kronor": "krona", "kroner": "krone", "pounds sterling": "pound"}.get(key, key)
    last = key.split()[-1]
    # the singular: "rupees" → "rupee", "zlotys" → "zloty" ("swiss francs" → its last word's)
    for name in (key, key[:-1], last, last[:-1]):
        if name in _WORDS:
            return _WORDS[name]
    return ""


def parse_amount(text: str) -> Literal | None:
    """The amount `text` states, as a decimal `Literal` with its unit, or None if it states none.

    >>> parse_amount("$4.5bn").value, parse_amount("$4.5bn").unit
    ('4500000000', 'USD')
    """
    m = _AMOUNT.fullmatch(text.strip())
    return None if m is None else _literal(m)


def _literal(m: re.Match) -> Literal | None:
    num = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5")
    scale = (m.group("s1") or m.group("s2") or "").lower()
    try:
        value = Decimal(num.replace(",", "")) * _SCALES.get(scale, 1)
    except InvalidOperation:
        return None
    if m.group("cents") or m.group("pence"):  # a hundredth of the currency
        value /= 100
        pence = m.group("pence") or m.group("cents").lower() == "pence"
        unit = "GBP" if pence else _CENTS[(m.group("cur") or "").lower()]
        text = re.sub(r"\s+", " ", m.group(0))
        return Literal(value=format(value.normalize(), "f"), datatype="decimal", unit=unit, text=text)
    unit = "%" if m.group("pct") else _unit(m.group("sym"), m.group("word"))
    if not unit:
        return None
    text = re.sub(r"\s+", " ", m.group(0))
    return Literal(value=format(value.normalize(), "f"), datatype="decimal", unit=unit, text=text)


_RISE = re.compile(
    r"(?:go|goes|went|gone|going|rise|rises|rose|risen|rising|climb\w*|jump\w*|mov\w*|shot|shoot\w*|push\w*|edg\w*|creep\w*|crept|inch\w*)"
)


def _pushed_up(obj: Token) -> bool:
    """Whether the word before "up to" is the object of a verb that moved it: "pushed the dollar up to
    $1.33" says where the dollar went ("pay up to $5m" bounds the sum)."""
    return obj.dep_ == "dobj" and obj.head.lemma_.lower() in AMOUNT_MOVERS


def hedge_before(doc: Doc, i: int) -> str:
    """The hedge on the number at token `i` ("at least 75" → "at least", "over 12%" → "more than", "more
    than a 90% share" → "more than"), or ""."""
    return hedge_span(doc, i)[1]


def hedge_span(doc: Doc, i: int) -> tuple[int, str]:
    """The first token of the hedge on the number at token `i` and the hedge (`hedge_before`), or (i, "")."""
    if i > 0 and doc[i - 1].lower_ in ("a", "an") and (found := hedge_span(doc, i - 1))[1]:
        return found
    words = tuple(t.lower_ for t in doc[max(0, i - 3) : i])
    if (
        words[-2:] == ("up", "to")
        and len(words) == 3
        and (_RISE.fullmatch(words[0]) or _pushed_up(doc[i - 3]))
    ):
        return i, ""  # "went up to 5.5%", "rose up to", "pushed the dollar up to": where it went, no limit
    first, hedge = next(
        ((i - n, QUALIFIERS[words[-n:]]) for n in (3, 2, 1) if words[-n:] in QUALIFIERS), (i, "")
    )
    if (
        words[-1:] in (("above",), ("below",))
        and first == i - 1
        and (first == 0 or doc[first - 1].pos_ != "ADP")
    ):
        return i, ""  # "rose above $50": the verb's preposition, no hedge
    return first, hedge


class AmountIndex:
    """The amounts of one document and which tokens they cover."""

    def __init__(self, by_token: dict[int, tuple[int, Literal]]):
        self._by_token = by_token

    def at(self, i: int) -> Literal | None:
        """The amount token `i` belongs to, if any."""
        hit = self._by_token.get(i)
        return None if hit is None else hit[1]

    def first_token(self, i: int) -> int | None:
        """First token of the amount that token `i` belongs to."""
        hit = self._by_token.get(i)
        return None if hit is None else hit[0]


_RANGE_AFTER = re.compile(rf"\s?[-–]\s?(?P<n>{_NUM})(?:\s?(?P<s>{_SCALE}))?(?!\s?[\d%])")
_RANGE_BEFORE = re.compile(rf"(?<![\d.,])(?P<n>{_NUM})\s?[-–]\s?$")


def _ranged(text: str, m: re.Match) -> tuple[int, int, Literal] | None:
    """An amount with the range it opens or closes, as (start, end, literal): "$10-25m" and "5-7%" claim
    neither bound, so the value is the lower bound and the text says "between"."""
    lit = _literal(m)
    if lit is None:
        return None
    # "between 30-40%" says it already
    lead = "" if text[max(0, m.start() - 20) : m.start()].rstrip().lower().endswith("between") else "between "
    after = _RANGE_AFTER.match(text, m.end()) if m.group("sym") and not m.group("s1") else None
    before = _RANGE_BEFORE.search(text, max(0, m.start() - 20), m.start()) if not m.group("sym") else None
    if after is not None:  # "$10-25m": the symbol opens both bounds, the scale closes both
        lower, scale, start, end = m.group("n1"), after.group("s"), m.start(), after.end()
    elif before is not None:  # "5-7%", "2-3bn euros": the unit closes both bounds
        lower, scale, start, end = before.group("n"), m.group("s2"), before.start(), m.end()
    else:
        return m.start(), m.end(), lit
    value = Decimal(lower.replace(",", "")) * _SCALES.get((scale or "").lower(), 1)
    return start, end, replace(lit, value=format(value.normalize(), "f"), text=f"{lead}{text[start:end]}")


#: what a sum is paid or counted per: "£57 a week", "$10 an hour", "5p a share", "$50 a barrel"
_RATE_UNITS = frozenset(
    {"hour", "day", "week", "month", "year", "annum", "head", "share", "barrel", "person"}
)
#: words after "a year", "a day" that make them a time: "a year ago"
_TIME_AFTER = frozenset({"ago", "later", "earlier", "before", "after"})


def _each_unit(doc: Doc, at: int) -> int | None:
    """The unit token of "for each …"/"for every …" right at `at` ("for each Guidant share"), or None."""
    if at + 2 >= len(doc) or doc[at].lower_ != "for" or doc[at + 1].lower_ not in ("each", "every"):
        return None
    for tok in doc[at + 2 : at + 5]:
        if tok.lemma_.lower() in _RATE_UNITS:
            return tok.i
        if tok.pos_ not in ("PROPN", "ADJ", "NOUN"):
            return None
    return None


def find_amounts(doc: Doc) -> AmountIndex:
    """Find every amount of `doc` (see the module docstring)."""
    by_token: dict[int, tuple[int, Literal]] = {}
    text = doc.text  # spaCy joins every token's text on each call
    found = [
        (m, lit, span)
        for m in _AMOUNT.finditer(text)
        if (hit := _ranged(text, m)) is not None
        for start, end, lit in [hit]
        if (span := doc.char_span(start, end, alignment_mode="expand")) is not None
    ]
    for k, (_, lit, span) in enumerate(found):
        if hedge := hedge_before(doc, span.start):  # "more than 25%" is no claim of 25%
            lit = replace(lit, text=f"{hedge} {lit.text}")
        elif span.start > 0 and doc[span.start - 1].lower_ == "between" and k + 1 < len(found):
            upper = found[k + 1][2]
            if upper.start == span.end + 1 and doc[span.end].lower_ == "and":
                # "between $60,000 and $150,000": the lower bound, no claim of $60,000
                lit = replace(lit, text=f"between {lit.text} and {found[k + 1][1].text}")
        if (
            span.end + 1 < len(doc)
            and doc[span.end].lower_ in ("a", "an", "per")
            and doc[span.end + 1].lemma_.lower() in _RATE_UNITS
            # "£5m a year ago", "£2m a day later": a time, no rate
            and (span.end + 2 >= len(doc) or doc[span.end + 2].lower_ not in _TIME_AFTER)
        ):
            # "£57 a week", "$10 an hour": a rate, no sum paid once
            lit = replace(lit, text=f"{lit.text} {doc[span.end].lower_} {doc[span.end + 1].lower_}")
        elif (unit := _each_unit(doc, span.end)) is not None:
            # "$76 for each Guidant share": a price per share, no sum paid once
            lit = replace(lit, text=f"{lit.text} {doc[span.end : unit + 1].text}")
        for tok in span:
            by_token[tok.i] = (span.start, lit)
    return AmountIndex(by_token)
