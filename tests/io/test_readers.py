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
    assert raw[art.offset : art.offset + len(art.text)] == art.text


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


def test_html_main_text_without_scripts_or_navigation(tmp_path):
    page = (
        "<html><head><title>Raid on port</title><meta property='article:published_time' "
        "content='2024-03-05T10:00:00Z'></head><body><nav>Home | World | Sport</nav><article>"
        "<h1>Raid on port</h1><p>Rebels attacked the port of Aden on Monday, officials said, and the "
        "army sent troops to the area within hours of the raid.</p><p>The government condemned the "
        "attack and promised an investigation into the security failures.</p></article>"
        "<script>window.evil = 1</script></body></html>"
    )
    (tmp_path / "raid.html").write_text(page, encoding="utf-8")
    art = next(read_articles([tmp_path / "raid.html"]))
    assert "Rebels attacked the port of Aden" in art.text
    assert "window.evil" not in art.text and "Home | World" not in art.text
    assert art.title == "Raid on port" and art.date == dt.date(2024, 3, 5)


def test_jsonl_csv_and_json_records_with_custom_fields(tmp_path):
    from kg.io import Fields

    (tmp_path / "a.jsonl").write_text(
        '{"body": "One.", "headline": "H1", "day": "2024-01-01", "key": "x1"}\n'
        '{"body": "Two.", "headline": "H2"}\n',
        encoding="utf-8",
    )
    (tmp_path / "b.csv").write_text("key,headline,body,day\nc1,H3,Three.,2024-02-02\n", encoding="utf-8")
    (tmp_path / "c.json").write_text('[{"body": "Four.", "key": "j1"}]', encoding="utf-8")
    fields = Fields(text="body", title="headline", date="day", id="key")
    arts = list(read_articles([tmp_path], fields=fields))
    assert [(a.id, a.text, a.title) for a in arts] == [
        ("x1", "One.", "H1"),
        ("a-2", "Two.", "H2"),
        ("c1", "Three.", "H3"),
        ("j1", "Four.", ""),
    ]
    assert arts[0].date == dt.date(2024, 1, 1) and arts[2].date == dt.date(2024, 2, 2)


def test_bad_record_is_reported_and_the_rest_still_read(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"text": "Good one."}\n{not json\n{"text": ""}\n{"text": "Good two."}\n', encoding="utf-8"
    )
    (tmp_path / "z.txt").write_bytes(b"\xff\xfe\x00")  # broken UTF-16
    errors = []
    arts = list(read_articles([tmp_path], on_error=errors.append))
    assert [a.text for a in arts] == ["Good one.", "Good two."]
    assert len(errors) == 3 and "a.jsonl:2" in str(errors[0]) and "a.jsonl:3" in str(errors[1])


def test_glob_patterns_and_hidden_files(tmp_path):
    (tmp_path / "one.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "two.md").write_text("Second story.", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("Hidden.", encoding="utf-8")
    assert [a.id for a in read_articles([str(tmp_path / "*.txt")])] == ["one"]
    assert [a.id for a in read_articles([tmp_path])] == ["one", "two"]
    with pytest.raises(InputError, match="matches no files"):
        list(read_articles([str(tmp_path / "*.csv")]))


def test_content_hash_changes_with_text_only():
    from kg.io import content_hash

    a = parse_text("date 2024-01-01\nSome text.", "x")
    assert content_hash(a) == content_hash(parse_text("date 2024-01-01\nSome text.", "x"))
    assert content_hash(a) != content_hash(parse_text("date 2024-01-01\nSome text!", "x"))


def test_oversized_article_is_refused_by_name(tmp_path, monkeypatch):
    from kg.io import readers

    monkeypatch.setattr(readers, "MAX_CHARS", 1000)
    (tmp_path / "huge.txt").write_text("word " * 300, encoding="utf-8")
    (tmp_path / "giant.txt").write_text("word " * 1000, encoding="utf-8")
    with pytest.raises(InputError, match=r"huge.txt: too large for one article \(1,500 characters"):
        list(read_articles([tmp_path / "huge.txt"]))
    with pytest.raises(InputError, match=r"giant.txt: too large for one article \(0.0 MB"):
        list(read_articles([tmp_path / "giant.txt"]))


def test_character_references_left_in_records_are_decoded(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "x", "title": "Caf&#233; row", "text": "Jos&#233; Hale met AT&T; shares rose &gt; 5% at R&D."}\n',
        encoding="utf-8",
    )
    art = next(read_articles([tmp_path]))
    assert (art.title, art.text) == ("Café row", "José Hale met AT&T; shares rose > 5% at R&D.")


def test_an_apostrophe_lost_to_an_encoding_is_put_back(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        '{"id": "x", "title": "Row", "text": "Mr Hale&#191;s plan. ¿Qué pasa? Tom¿s book."}\n',
        encoding="utf-8",
    )
    assert next(read_articles([tmp_path])).text == "Mr Hale's plan. ¿Qué pasa? Tom's book."
