"""`kg train` (the CoNLL04 entity recognizer and relation classifier, kg.nlp.train) and `kg calibrate`
(the precision model behind facts' confidences, kg.review.calibrate)."""

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


@app.command("calibrate")
def calibrate_command(
    verdicts: Annotated[
        list[Path], typer.Argument(help="`kg review --export` files with verdicts filled in.")
    ],
    held_out: Annotated[
        list[Path] | None,
        typer.Option(
            "--held-out",
            help="Verdict files to measure the model on before it is fitted on all (repeatable; "
            "default: 5 folds by file).",
        ),
    ] = None,
    threshold: Annotated[
        float, typer.Option("--threshold", min=0.0, max=1.0, help="The --min-confidence to measure.")
    ] = 0.5,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help="Where to write the model (default: the package's kg/nlp/models/precision.json).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Train the precision model that gives facts their confidence on reviewed facts, and write it."""
    from kg.nlp.precision import MODEL_PATH
    from kg.review.calibrate import train

    model = train(verdicts, held_out or (), threshold=threshold, log=lambda line: typer.echo(line, err=True))
    model.save(out or MODEL_PATH)
