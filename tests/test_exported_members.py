"""`kg.__all__` is the public API: sorted, complete, every name importable (as httpx tests its own)."""

from __future__ import annotations

import inspect

import kg
from kg import errors


def test_all_is_sorted_and_every_name_resolves_to_a_function_or_class():
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert inspect.isfunction(getattr(kg, name)) or inspect.isclass(getattr(kg, name)), name


def test_every_error_class_is_exported_from_kg_and_kg_errors():
    classes = sorted(
        name for name, obj in vars(errors).items() if inspect.isclass(obj) and issubclass(obj, errors.KGError)
    )
    assert errors.__all__ == classes
    assert set(classes) <= set(kg.__all__)
    assert all(getattr(kg, name) is getattr(errors, name) for name in classes)


def test_the_error_tree_in_the_docstring_names_every_class():
    drawn = {
        line.split()[1] for line in errors.__doc__.splitlines() if line.strip().startswith(("├──", "└──"))
    }
    assert drawn == {name for name in errors.__all__ if name != "KGError"}
    assert all(issubclass(getattr(errors, name), errors.KGError) for name in drawn)


def test_public_names_of_kg_are_exactly_all():
    own = {
        name
        for name, value in vars(kg).items()
        if not name.startswith("_")
        and not inspect.ismodule(value)
        and getattr(value, "__module__", "").startswith("kg")
    }
    assert own <= set(kg.__all__)
    assert set(kg.__all__) <= set(dir(kg))
