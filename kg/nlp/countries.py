"""Countries from the ISO 3166 table (pycountry): names, variants, demonyms and codes.

Every way of naming a country ("United States", "US", "U.S.", "America", "American") resolves to its
alpha-2 code, so "Colombia", "Colombian" and "CO" meet across articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

__all__ = ["country_code", "country_label", "country_names", "demonym_country", "nation", "sovereign"]

# Short names people write where ISO's name is formal or ambiguous once the comma part is cut.
_SHORT = {
    "KP": "North Korea",
    "KR": "South Korea",
    "RU": "Russia",
    "SY": "Syria",
    "VN": "Vietnam",
    "CD": "DR Congo",
    "CG": "Republic of the Congo",
    "LA": "Laos",
    "IR": "Iran",
    "TZ": "Tanzania",
    "GB": "United Kingdom",
    "US": "United States",
    "CZ": "Czech Republic",
    "TR": "Turkey",
    "PS": "Palestine",
    "VA": "Vatican",
    "FM": "Micronesia",
    "MD": "Moldova",
    "BN": "Brunei",
    # states that news archives still name, under their withdrawn ISO 3166-1 codes
    "SU": "Soviet Union",
    "YU": "Yugoslavia",
    "DD": "East Germany",
    "CS": "Czechoslovakia",
}
# Variants outside the ISO table. Two-letter codes are only trusted where they are common in news
# ("US", "UK"): most others ("IN", "IT", "ME") are ordinary words.
_VARIANTS = {
    "US": ["US", "U.S.", "U.S", "USA", "U.S.A.", "America", "United States of America", "the States"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "AE": ["UAE", "U.A.E."],
    "NL": ["Holland"],
    "CI": ["Ivory Coast"],
    "MM": ["Burma"],
    "CZ": ["Czechia"],
    "TR": ["Türkiye"],
    "KR": ["Korea"],
    "CV": ["Cape Verde"],
    "SZ": ["Swaziland"],
    "DE": ["West Germany", "Federal Republic of Germany"],
    "SU": ["Soviet Union", "USSR", "U.S.S.R."],
    "YU": ["Yugoslavia"],
    "DD": ["East Germany", "German Democratic Republic"],
    "CS": ["Czechoslovakia"],
}
# Demonyms that suffix rules cannot derive from the name.
_IRREGULAR_DEMONYMS = {
    "US": ["American", "Americans"],
    "GB": ["British", "Briton", "Britons", "English", "Scottish", "Welsh"],
    "FR": ["French"],
    "NL": ["Dutch"],
    "CH": ["Swiss"],
    "CZ": ["Czech", "Czechs"],
    "BA": ["Bosnian", "Bosnians"],
    "SV": ["Salvadoran", "Salvadorans"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"],
    "ES": ["Spanish", "Spaniard"],
    "DK": ["Danish", "Dane"],
    "SE": ["Swedish", "Swede"],
    "FI": ["Finnish", "Finn"],
    "PL": ["Polish", "Pole"],
    "TR": ["Turkish", "Turk"],
    "GR": ["Greek"],
    "IE": ["Irish"],
    "IS": ["Icelandic"],
    "PH": ["Filipino", "Philippine"],
    "TH": ["Thai"],
    "AF": ["Afghan"],
    "PK": ["Pakistani"],
    "BD": ["Bangladeshi"],
    "IQ": ["Iraqi"],
    "IL": ["Israeli"],
    "PS": ["Palestinian"],
    "KW": ["Kuwaiti"],
    # demonyms no rule derives from the country's name ("Cyprus" → "Cypriot")
    "CY": ["Cypriot"],
    "AE": ["Emirati"],
    "MT": ["Maltese"],
    "ZW": ["Zimbabwean"],
    "KZ": ["Kazakh"],
    "UZ": ["Uzbek"],
    "AZ": ["Azeri"],
    "KG": ["Kyrgyz"],
    "TJ": ["Tajik"],
    "SK": ["Slovak"],
    "SI": ["Slovene"],
    "ME": ["Montenegrin"],
    "MM": ["Burmese"],
    # "Turkmen" is no "Turk" man
    "TM": ["Turkmen", "Turkmens"],
    "MG": ["Malagasy"],
    "FJ": ["Fijian", "Fijians"],
    "GY": ["Guyanese"],
    "SR": ["Surinamese"],
    "HN": ["Honduran", "Hondurans"],
    "PA": ["Panamanian", "Panamanians"],
    "BI": ["Burundian", "Burundians"],
    "TG": ["Togolese"],
    "SG": ["Singaporean"],
    "HT": ["Haitian"],
    "SO": ["Somali"],
    "GH": ["Ghanaian"],
    "UY": ["Uruguayan"],
    "PY": ["Paraguayan"],
    "MW": ["Malawian"],
    "MZ": ["Mozambican"],
    "CI": ["Ivorian"],
    "ML": ["Malian"],
    "LA": ["Laotian"],
    "SA": ["Saudi"],
    "YE": ["Yemeni"],
    "QA": ["Qatari"],
    "OM": ["Omani"],
    "CN": ["Chinese"],
    "JP": ["Japanese"],
    "VN": ["Vietnamese"],
    "PT": ["Portuguese"],
    "LB": ["Lebanese"],
    "SD": ["Sudanese"],
    "SN": ["Senegalese"],
    "NZ": ["New Zealander"],
    "AR": ["Argentine", "Argentinian"],
    "PE": ["Peruvian"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "MX": ["Mexican"],
    "CU": ["Cuban"],
    "CL": ["Chilean"],
    "TT": ["Trinidadian", "Tobagonian"],
    "DE": ["German", "West German"],
    "RU": ["Russian"],
    "UA": ["Ukrainian"],
    "KP": ["North Korean"],
    "KR": ["South Korean"],
    "IR": ["Iranian"],
    "EG": ["Egyptian"],
    "SY": ["Syrian"],
    "SU": ["Soviet", "Soviets"],
    "YU": ["Yugoslav", "Yugoslavian"],
    "DD": ["East German"],
    "CS": ["Czechoslovak", "Czechoslovakian"],
    "BE": ["Belgian"],
    "NO": ["Norwegian"],
    "CA": ["Canadian"],
    "BR": ["Brazilian"],
    "IN": ["Indian"],
}


def country_label(code: str) -> str:
    """The name a reader expects for an alpha-2 code ("VE" → "Venezuela")."""
    if code in _SHORT:
        return _SHORT[code]
    c = pycountry.countries.get(alpha_2=code)
    if c is None:
        return code
    return getattr(c, "common_name", None) or c.name.split(",")[0]


#: kinds of ISO 3166-2 subdivision that are territories with an ISO 3166-1 code of their own
_DEPENDENCY_KINDS = frozenset(
    {
        "Special administrative region",  # CN-HK, CN-MO
        "Outlying area",  # US-PR, US-GU
        "Overseas collectivity",  # FR-PF
        "Overseas collectivity with special status",  # FR-NC
        "Overseas territory",  # FR-TF
        "Country",  # NL-AW: a constituent country of the Kingdom of the Netherlands
    }
)


@lru_cache(maxsize=1)
def _dependencies() -> frozenset[str]:
    codes = {c.alpha_2 for c in pycountry.countries}
    return frozenset(
        code
        for sub in pycountry.subdivisions
        if sub.type in _DEPENDENCY_KINDS and (code := sub.code.split("-")[1]) in codes
    )


def sovereign(code: str) -> bool:
    """Whether an alpha-2 code is a state's, not a territory's that ISO 3166-2 lists as part of another
    state ("HK": Hong Kong, a region of China; "PR": Puerto Rico): a territory is a place, no country."""
    return code not in _dependencies()


def _derived_demonyms(name: str) -> set[str]:
    """Regular English demonyms from a country name: Colombia→Colombian, Mexico→Mexican, Iraq→Iraqi."""
    out = set()
    if name.endswith("a"):
        out.add(name + "n")
    if name.endswith("o"):
        out.add(name[:-1] + "an")
    if name.endswith("y"):
        out.add(name[:-1] + "ian")
    if name[-1] not in "aeiouy":
        out.update({name + "ian", name + "i", name + "ese"})
    return out | {d + "s" for d in out if d.endswith("n")}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        for name in {
            c.name,
            getattr(c, "common_name", ""),
            getattr(c, "official_name", ""),
            country_label(code),
        }:
            if name:
                names.setdefault(name.lower(), code)
    for code, variants in _VARIANTS.items():  # former states too, which pycountry no longer lists
        for variant in variants:
            names[variant.lower()] = code
    demonyms: dict[str, str] = {}
    labels = sorted((country_label(c.alpha_2), c.alpha_2) for c in pycountry.countries)
    # a name's own vowel ending wins over a consonant ending plus "-ian": "Nigerian" is Nigeria's, not Niger's
    for vowel_ending in (True, False):
        for label, code in labels:
            # of names of two words or more only the vowel endings: "Sri Lankan", "South African"
            if (" " not in label or label[-1] in "ao") and (label[-1] in "aoy") == vowel_ending:
                for d in _derived_demonyms(label):
                    demonyms.setdefault(d.lower(), code)
    for code, words in _IRREGULAR_DEMONYMS.items():
        for w in words:
            demonyms[w.lower()] = code
    # a derived form that is itself a country name ("Niger" ← "Nigeria"?) must not shadow the country
    for name in names:
        demonyms.pop(name, None)
    return names, demonyms


def _key(text: str) -> str:
    text = re.sub(r"\s+", " ", text.strip())
    return re.sub(r"^the ", "", text, flags=re.IGNORECASE).lower()


@lru_cache(maxsize=65536)  # asked of every name and word that could be one, again and again
def country_code(text: str) -> str | None:
    """The alpha-2 code of a country name or variant ("the United States", "U.S." → "US"), else None."""
    names, _ = _tables()
    key = _key(text)
    found = names.get(key) or names.get(key.replace(".", "") if len(key) <= 6 else key)
    if found is None and (short := _REPUBLIC.match(key)) is not None:
        # "the Republic of Ireland", "the Democratic Republic of Congo": the state its short name names
        found = names.get(("dr " if short.group(1) else "") + short.group(2))
    return found


#: "Republic of X", "Democratic Republic of (the) X", as a key
_REPUBLIC = re.compile(r"^(democratic )?republic of (?:the )?(.+)$")


@lru_cache(maxsize=65536)
def demonym_country(word: str) -> str | None:
    """The alpha-2 code for a demonym, singular or plural ("Colombian", "Germans" → "CO", "DE"), else None."""
    demonyms, key = _tables()[1], _key(word)
    found = demonyms.get(key) or (demonyms.get(key[:-1]) if key.endswith("s") else None)
    if found is None and key.endswith(("man", "men")) and len(key) > 6:
        # "Irishman", "Frenchwomen", "Scotsman": the people's adjective before "man" or "woman"
        base = key[:-5] if key.endswith(("woman", "women")) else key[:-3]
        found = demonyms.get(base) or ("GB" if base == "scots" else None)
    return found


def country_names() -> dict[str, str]:
    """Every country name and variant (as written in `_VARIANTS` or ISO) mapped to its code."""
    out = {}
    for c in pycountry.countries:
        for name in {c.name, getattr(c, "common_name", ""), country_label(c.alpha_2)}:
            if name and "," not in name:
                out[name] = c.alpha_2
    for code, variants in _VARIANTS.items():
        for v in variants:
            out[v] = code
    return out


#: nations that play as sides but that ISO 3166 does not list (constituent countries of the UK)
UK_NATIONS = frozenset({"england", "scotland", "wales", "northern ireland"})


#: demonyms of those nations: "the Welsh Assembly" is Wales's, which no ISO country is
UK_NATION_DEMONYMS = frozenset({"english", "scottish", "scots", "welsh"})


def nation(text: str) -> bool:
    """Whether a name is a country or a nation, or its people ("Wales", "France", "the Scots")."""
    word = text.removeprefix("the ").strip()
    return bool(
        country_code(word)
        or word.lower() in UK_NATIONS
        or demonym_country(word)
        or word.endswith("s")
        and demonym_country(word[:-1])
    )
