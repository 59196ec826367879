"""Stores and servers for the `kg serve` tests, made by code: the sample article (tests/rdf/conftest.py),
a second article, and one whose names are HTML/script injections (tests/views/conftest.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from kg.rdf.store import open_store
from kg.serve import create_app, open_served_store
from tests.conftest import ROOT
from tests.rdf.conftest import sample_extraction
from tests.views.conftest import second_extraction, xss_extraction

#: the in-process client's address: the app accepts loopback Host headers only
LOCAL = "http://127.0.0.1"


def write_store(path: Path, *extractions) -> Path:
    """A store at `path` holding `extractions` (default: sample, second and hostile articles), closed."""
    with open_store(path) as store:
        for extraction in extractions or (sample_extraction(), second_extraction(), xss_extraction()):
            store.add_extraction(extraction)
    return path


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return write_store(tmp_path_factory.mktemp("serve") / "store")


@pytest.fixture(scope="module")
def client(store_path):
    """A TestClient of the app over `store_path` (lifespan run: one query worker, 3 s limit)."""
    store = open_served_store(store_path)
    with TestClient(create_app(store, query_timeout=3.0, query_workers=1), base_url=LOCAL) as test_client:
        yield test_client
    store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`kg serve` as a real process on a free loopback port (what a user runs)."""

    def __init__(self, store: Path, log: Path, *args: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "from kg.cli import main; main()",
                    "serve",
                    "--store",
                    str(store),
                    "--port",
                    str(self.port),
                    *args,
                ],
                stdout=out,
                stderr=subprocess.STDOUT,
                env=env,
            )
        for _ in range(400):  # wait until it answers (readiness, not a timing assertion)
            try:
                with urllib.request.urlopen(self.url + "/", timeout=1):
                    return
            except OSError:
                if self.process.poll() is not None:
                    pytest.fail(f"kg serve exited: {log.read_text(errors='replace')}")
                time.sleep(0.05)
        pytest.fail(f"kg serve did not answer: {log.read_text(errors='replace')}")

    def stop(self) -> int:
        """Ctrl-C, as a user stops it; the exit status."""
        self.process.send_signal(signal.SIGINT)
        return self.process.wait(timeout=30)


@pytest.fixture(scope="module")
def server(store_path, tmp_path_factory):
    """`kg serve --store STORE_PATH` running; stopped after the module."""
    running = Server(store_path, tmp_path_factory.mktemp("log") / "serve.log", "--query-timeout", "5")
    yield running
    running.stop()
