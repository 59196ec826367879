"""README.md and the code cannot drift apart (as datasette's tests/test_docs.py): every command, named
query and export format is documented, and every `kg …` example in the README parses."""

from __future__ import annotations

import re
import shlex

import pytest
import typer

from kg.cli import app
from kg.rdf.export import FORMATS
from kg.rdf.query import named_queries
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI = typer.main.get_command(app)


def command_names(group=CLI, prefix: str = "") -> list[str]:
    """Every command and subcommand as typed after `kg`, e.g. "build", "eval conll04"."""
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        names.append(prefix + name)
        if hasattr(command, "commands"):
            names += command_names(command, f"{prefix}{name} ")
    return names


def examples() -> list[tuple[str, bool]]:
    """The `kg …` examples of the README: (command, whole) for the command lines of code blocks
    (whole) and the inline code spans (fragments, which may leave out a required argument).

    Optional parts (`[--seed N]`) are left out and `ARG…` is one argument; a span with alternatives
    (`a\\|b`) is a synopsis, checked as documentation, not parsed.
    """
    found = []
    blocks = re.findall(r"```[a-z]*\n(.*?)```", README, re.DOTALL)
    lines = [(line, True) for block in blocks for line in block.splitlines()]
    spans = [
        (span, False)
        for span in re.findall(r"`([^`\n]+)`", re.sub(r"```.*?```", "", README, flags=re.DOTALL))
    ]
    for text, whole in lines + spans:
        for part in re.split(r"&&|\|", text.split("  #", 1)[0]):
            part = part.strip().removeprefix("$ ").removeprefix(".venv/bin/")
            if part.startswith("kg ") and "\\" not in text:
                found.append((re.sub(r"\[[^\]]*\]", "", part).replace("…", "").strip(), whole))
    return found


@pytest.mark.parametrize("name", command_names())
def test_every_command_is_documented(name):
    assert re.search(rf"\bkg {re.escape(name)}\b", README), f"`kg {name}` is not in README.md"


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_is_documented(name):
    assert f"`{name}" in README, f"the named query {name} is not in README.md"


def test_every_export_format_is_documented():
    (synopsis,) = re.findall(r"`kg export --format ([^ `]+)", README)
    assert synopsis.split("\\|") == list(FORMATS)


def test_the_readme_has_examples_of_most_commands():
    used = {" ".join(shlex.split(e)[1:3]) for e, _ in examples()}
    documented = [n for n in command_names() if any(u == n or u.startswith(n + " ") for u in used)]
    assert len(documented) >= 10, documented


@pytest.mark.parametrize(("example", "whole"), examples(), ids=[e for e, _ in examples()])
def test_a_readme_example_parses(example, whole):
    parse(shlex.split(example)[1:], whole)


def parse(args: list[str], whole: bool = True) -> None:
    """Parse `kg ARGS` as the CLI would, without running it; a bad option or value raises."""
    command, ctx = CLI, None
    while hasattr(command, "commands"):
        if not args and not whole:  # a fragment naming a command group
            return
        assert args and args[0] in command.commands, (
            f"no command {args[:1]} in kg {ctx.info_name if ctx else ''}"
        )
        ctx = command.make_context(command.name or "kg", [], parent=ctx, resilient_parsing=True)
        command, args = command.commands[args[0]], args[1:]
    try:
        command.make_context(command.name, args, parent=ctx)
    except Exception as exc:  # a fragment may leave out a required argument; typer vendors click's class
        if whole or type(exc).__name__ != "MissingParameter":
            raise


@pytest.mark.parametrize("args", [["query", "actors", "--format", "xml"], ["build"], ["stats", "--nope"]])
def test_a_bad_example_does_not_parse(args):
    with pytest.raises(Exception, match="is not one of|Missing parameter|No such option"):
        parse(args)
