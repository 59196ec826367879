"""Inputs people actually have: Latin-1 and Windows-1252 archives, declared HTML charsets, stray NULs."""

from __future__ import annotations

import logging

import pytest

from kg.errors import InputError
from kg.io import read_articles
from tests.conftest import kg

LATIN1 = "date 2024-03-04\nJosé Müller met Zoë Brandt in Zürich on Monday, officials said.\n"
CP1252 = (
    "date 2024-03-04\n\u201cWe will pay \u20ac5 million,\u201d said José Müller on Monday \u2014 "
    "Zoë Brandt agreed.\n"
)


@pytest.fixture
def notes(caplog):
    caplog.set_level(logging.INFO, logger="kg")
    return caplog


@pytest.mark.parametrize(("text", "codec"), [(LATIN1, "latin-1"), (CP1252, "cp1252")])
def test_a_legacy_encoding_is_detected_and_said(tmp_path, notes, text, codec):
    path = tmp_path / "old.txt"
    path.write_bytes(text.encode(codec))
    (article,) = read_articles([path])
    assert article.text == text.split("\n", 1)[1]
    assert notes.messages == [f"{path} decoded as cp1252"]


def test_utf8_is_read_without_a_note(tmp_path, notes):
    path = tmp_path / "new.txt"
    path.write_text(CP1252, encoding="utf-8")
    (article,) = read_articles([path])
    assert "José Müller" in article.text and notes.messages == []


def test_a_stray_nul_becomes_a_space_with_a_note_and_offsets_hold(tmp_path, notes):
    path = tmp_path / "nul.txt"
    path.write_bytes(b"Rebels attacked\x00 the town on Monday.\x07 Police said so.")
    (article,) = read_articles([path])
    assert article.text == "Rebels attacked  the town on Monday.  Police said so."
    assert notes.messages == [f"{path}: replaced 2 control character(s) with spaces"]


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01", bytes(range(256)) * 8])
def test_binary_data_is_refused_with_a_clear_message(tmp_path, data):
    path = tmp_path / "photo.txt"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"photo.txt: looks like a binary file .*give a text file"):
        list(read_articles([path]))


def test_an_html_page_is_decoded_by_its_meta_charset(tmp_path, notes):
    body = (
        "Президент Владимир Путин встретился с министром в Москве в понедельник, сообщили "
        "чиновники. Переговоры продолжались несколько часов и закончились совместным заявлением."
    )
    page = (
        f'<html><head><meta charset="windows-1251"><title>Встреча</title></head><body><article>'
        f"<p>{body}</p><p>{body}</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1251"))
    (article,) = read_articles([path])
    assert "Владимир Путин" in article.text and article.title == "Встреча"
    assert notes.messages == [f"{path} decoded as cp1251"]


def test_latin1_and_cp1252_articles_build_with_the_names_intact(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "latin1.txt").write_bytes(LATIN1.encode("latin-1"))
    (folder / "cp1252.txt").write_bytes(CP1252.encode("cp1252"))
    built = kg("build", folder, "--store", tmp_path / "store")
    assert built.exit_code == 0, built.output
    assert "built 2 article(s)" in built.stdout
    assert f"kg: note: {folder / 'cp1252.txt'} decoded as cp1252" in built.stderr
    exported = kg("export", "--format", "nq", "--store", tmp_path / "store")
    assert exported.exit_code == 0, exported.output
    labels = {
        line.split(" ", 2)[2].rsplit(" ", 2)[0]
        for line in exported.stdout.splitlines()
        if "rdf-schema#label>" in line
    }
    assert {'"José Müller"', '"Zoë Brandt"', '"Zürich"'} <= labels
    assert "\ufffd" not in exported.stdout and "Ã" not in exported.stdout  # nothing mis-decoded
