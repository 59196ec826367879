"""The hand-written half of `kg.terms`: term access by attribute or key, and the walk down a hierarchy.

`kg/terms.py` is generated from ontology/kg.ttl (`python -m kg.rdf.codegen`) and holds only data and
one typed attribute per term; what does not change with the ontology lives here, once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Generic, TypeVar

from kg.errors import OntologyError

__all__ = ["TermsBase", "below"]

T = TypeVar("T")


class TermsBase(Generic[T]):
    """Terms by key (`terms["Person"]`) and, in the generated subclass, by typed attribute."""

    _terms: dict[str, T]

    def __getitem__(self, name: str) -> T:
        try:
            return self._terms[name]
        except KeyError:
            raise OntologyError(
                f"{name!r} is not a term of ontology/kg.ttl; declare it there (and run "
                f"`python -m kg.rdf.codegen`) or use one of: " + ", ".join(self._terms)
            ) from None

    if not TYPE_CHECKING:  # hidden from mypy, which then flags a misspelt attribute itself

        def __getattr__(self, name: str) -> T:
            if name.startswith("_"):
                raise AttributeError(name)
            return self[name]

    def __contains__(self, name: object) -> bool:
        return name in self._terms

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


def below(name: str, parents: dict[str, tuple[str, ...]]) -> frozenset[str]:
    """`name` and every name under it in `parents` (name → the names it is directly under)."""
    if name not in parents:
        raise OntologyError(f"{name!r} is not declared in ontology/kg.ttl; use one of: " + ", ".join(parents))
    found = {name}
    size = 0
    while size != len(found):  # a fixpoint: the hierarchy is a small DAG
        size = len(found)
        found |= {child for child, ups in parents.items() if found.intersection(ups)}
    return frozenset(found)
