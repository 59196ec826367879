"""Reading articles: headers are metadata, bad files are one clear error."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.errors import InputError
from kg.io import read_articles
from kg.io.readers import parse_text


def test_date_line_is_metadata_and_offsets_map_back(tmp_path):
    raw = "date 2025-11-12\nHeadline here\n\nBody text.\n"
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    art = next(read_articles([tmp_path]))
    assert art.date == dt.date(2025, 11, 12)
    assert art.title == "Headline here"
    assert "date 2025" not in art.text
    assert raw[art.offset:art.offset + len(art.text)] == art.text


def test_front_matter_fields():
    art = parse_text("---\ntitle: Big news\ndate: 2024-01-02\nid: story-1\n---\nText body.", "x")
    assert (art.id, art.title, art.date) == ("story-1", "Big news", dt.date(2024, 1, 2))
    assert art.text == "Text body."


def test_default_date_only_fills_a_gap():
    assert parse_text("Text.", "x", date=dt.date(2020, 1, 1)).date == dt.date(2020, 1, 1)
    assert parse_text("date 2021-05-05\nText.", "x", date=dt.date(2020, 1, 1)).date == dt.date(2021, 5, 5)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"date 2025-01-01\n   \n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
        (b"Caf\xe9 in Paris", "not UTF-8"),
        (b"date 2025-13-45\nText", "not a date"),
    ],
)
def test_bad_files_raise_one_clear_input_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message) as info:
        list(read_articles([path]))
    assert str(path) in str(info.value)


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("Rebels attacked the town.".encode("utf-16"))
    assert next(read_articles([path])).text == "Rebels attacked the town."


def test_directory_without_articles(tmp_path):
    (tmp_path / "notes.bin").write_bytes(b"x")
    with pytest.raises(InputError, match="no articles found"):
        list(read_articles([tmp_path]))
