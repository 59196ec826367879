"""`kg train`: train the CoNLL04 entity recognizer and relation classifier. Thin over kg.nlp.train."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kg.cli._util import app


@app.command("train")
def train_command(
    train: Annotated[Path, typer.Argument(help="CoNLL04 train JSON (never a test split).")],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Folder for the models (default: the package's kg/nlp/models/conll04).",
            show_default=False,
        ),
    ] = None,
    dev: Annotated[
        Path | None, typer.Option("--dev", help="CoNLL04 dev JSON, used only to pick the NER's best epoch.")
    ] = None,
    seed: Annotated[int, typer.Option("--seed", help="Random seed (two runs give the same models).")] = 0,
    epochs: Annotated[int, typer.Option("--epochs", min=1, help="Maximum NER epochs.")] = 30,
) -> None:
    """Train both CoNLL04 components, reproducibly, and write them with training.json to --out."""
    from kg.nlp.train import DEFAULT_OUT
    from kg.nlp.train import train as run

    run(train, out or DEFAULT_OUT, dev, seed=seed, epochs=epochs, log=lambda line: typer.echo(line, err=True))
