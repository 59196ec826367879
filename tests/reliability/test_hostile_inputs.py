"""Hostile inputs: each gives a clean graph or one clear error naming the file; a batch goes on."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import InputError
from kg.extractor import extract
from kg.io import read_articles
from kg.pipeline import build
from kg.rdf import open_store
from kg.rdf.export import export
from kg.types import Entity, Literal
from tests.conftest import kg

NASTY_NAMES = [
    'Jean "The Jackal" O\'Brien',
    "Back\\slash Corp",
    "<script>alert(1)</script> Ltd",
    'Triple """quoted""" Group',
    "@prefix evil: <http://x/> .",
    "Line\nbreak Party",
    "Ünïcödé Ørg",
    "محمد بن سلمان",
    "😀 Emoji Inc",
]

GOOD = {
    "rtl.txt": "date 2024-01-01\nالرئيس قال. President Ahmed Saleh met officials in Cairo on Monday.\n",
    "emoji.txt": "date 2024-01-01\n🔥 Rebels 🔥 attacked the town of Kobani on Monday 😀, officials said.\n",
    "controls.txt": "date 2024-01-01\nRebels\u0007 attacked\u200b the\u202e town on Monday.\x0b Police said so.\n",
    "script.html": (
        "<html><head><title>Raid</title></head><body><article><p>Rebels attacked the port of "
        "Aden on Monday, officials said, and the army sent troops to the area soon after the raid."
        "</p><script>document.write('<b>pwned</b>')</script><p>The government condemned the "
        "attack and promised an inquiry into what happened.</p></article></body></html>"
    ),
    "names.txt": "date 2024-01-01\n"
    + "\n".join(f"{n} attacked the bank on Monday." for n in NASTY_NAMES)
    + "\n",
    **{
        f"title-{i}.txt": f"date 2024-01-01\n{name}\n\nRebels attacked the town on Monday.\n"
        for i, name in enumerate(NASTY_NAMES)
        if "\n" not in name
    },
    "utf16.txt": "Rebels attacked the town of Homs on Monday.".encode("utf-16"),
    "bom8.txt": b"\xef\xbb\xbfRebels attacked the town of Homs on Monday.",
    # an old archive's encoding and a stray NUL are read (with a note), not reasons to drop the article
    "latin1.txt": "Les rebelles ont attaqué Besançon lundi. Rebels attacked the café on Monday.".encode(
        "latin-1"
    ),
    "nul.txt": b"Rebels attacked\x00 the town of Homs on Monday.",
}
BAD = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b" \n\t\n  ", "empty"),
    "binary.txt": (bytes(range(256)) * 4, "binary"),
    "garbage.jsonl": (b'{"text": "Rebels attacked the town."}\n{oops\n', "invalid JSON"),
}


def write_all(folder):
    folder.mkdir()
    for name, content in {**GOOD, **{k: v for k, (v, _) in BAD.items()}}.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        (folder / name).write_bytes(data)
    return folder


def test_a_hostile_batch_builds_every_good_article_and_names_every_bad_one(tmp_path):
    folder = write_all(tmp_path / "in")
    errors = []
    with open_store(tmp_path / "s") as store:
        report = build([folder], store, on_error=errors.append)
        messages = "\n".join(map(str, errors))
        for name, (_, why) in BAD.items():
            assert name in messages and why in messages, (name, messages)
        # the good record in garbage.jsonl is built although its neighbour is broken
        titles = {f"title-{i}" for i, name in enumerate(NASTY_NAMES) if "\n" not in name}
        assert (
            set(report.articles)
            == {"rtl", "emoji", "controls", "script", "names", "utf16", "bom8", "latin1", "nul", "garbage-1"}
            | titles
        )
        assert len(store.graphs()) == len(report.articles)  # no partial graph for a bad file
        for fmt, parse in (("trig", "trig"), ("nq", "nquads"), ("ttl", "turtle"), ("nt", "nt")):
            data = export(store, fmt)
            g = rdflib.Dataset() if fmt in ("trig", "nq") else rdflib.Graph()
            g.parse(data=data, format=parse)  # rdflib accepts every IRI and literal we minted
            assert len(g) or len(list(g.quads())), fmt
            list(
                ox.parse(
                    data,
                    format={
                        "trig": ox.RdfFormat.TRIG,
                        "nq": ox.RdfFormat.N_QUADS,
                        "ttl": ox.RdfFormat.TURTLE,
                        "nt": ox.RdfFormat.N_TRIPLES,
                    }[fmt],
                )
            )
        literals = {
            row[0]
            for row in store.query("SELECT ?l WHERE { GRAPH ?g { ?s ?p ?l FILTER(isLiteral(?l)) } }").rows
        }
    for name in NASTY_NAMES:
        if "\n" not in name:
            assert name in literals, name  # the title literal keeps its exact text
    assert not any("pwned" in lit for lit in literals)  # the page's script is not article text


def test_names_with_markup_and_quotes_keep_their_exact_text(nlp):
    text = "\n".join(f"{n} attacked the Acme Bank offices on Monday." for n in NASTY_NAMES)
    from kg.types import Article

    ex = next(extract([Article(id="nasty", text=text)], nlp=nlp))
    # the names that read as actors (a firm's suffix, a name) attack; what reads as a thing does nothing
    assert {r.subject.label for r in ex.relations} >= {"Ünïcödé Ørg", "Emoji Inc"}, ex.relations
    for node in (n for r in ex.relations for n in (r.subject, r.object)):
        if isinstance(node, Entity):  # every word of a label is read from the text, nothing garbled
            assert all(w.lower() in text.lower() for w in node.label.split()), node.label
        else:
            assert isinstance(node, Literal)
    for r in ex.relations:
        assert text[r.provenance.start : r.provenance.end].strip() == r.provenance.sentence


def test_control_characters_and_rtl_survive_extraction(nlp):
    from kg.types import Article

    text = "President Ahmed Saleh\u200f met officials in Cairo on Monday. Rebels\u0007 attacked the town."
    ex = next(extract([Article(id="ctl", text=text)], nlp=nlp))
    for r in ex.relations:
        assert text[r.provenance.start : r.provenance.end].strip() == r.provenance.sentence


@pytest.mark.slow
def test_a_100k_character_sentence_gives_a_clean_graph(tmp_path):
    words = [
        "the",
        "army",
        "said",
        "that",
        "rebels",
        "attacked",
        "the",
        "town",
        "of",
        "Homs",
        "and",
        "police",
        "arrested",
        "twelve",
        "people",
        "while",
        "officials",
        "in",
        "Damascus",
        "condemned",
        "the",
        "raid",
    ]
    sentence = " ".join(words[i % len(words)] for i in range(17000)) + "."
    assert len(sentence) > 100_000
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.txt").write_text("date 2024-01-01\n" + sentence, encoding="utf-8")
    with open_store(tmp_path / "s") as store:
        report = build([tmp_path / "in"], store)
        assert report.articles["long"] > 100
        rdflib.Dataset().parse(data=export(store, "trig"), format="trig")


def test_a_10_mb_article_is_one_clear_error_naming_the_file(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Rebels attacked the town. " * 400_000)
    proc = kg("extract", path)
    assert proc.exit_code == 1, proc.output
    assert proc.stderr.count("\n") == 1 and "huge.txt: too large for one article" in proc.stderr


@pytest.mark.parametrize(("name", "why"), [(k, v[1]) for k, v in BAD.items()])
def test_each_bad_file_alone_is_one_line_and_exit_1(tmp_path, name, why):
    path = tmp_path / name
    path.write_bytes(BAD[name][0])
    proc = kg("build", path, "--store", tmp_path / "s")
    assert proc.exit_code == 1, proc.output
    lines = [line for line in proc.stderr.splitlines() if line.startswith("kg:")]
    assert any(name in line and why in line for line in lines), proc.stderr


def test_query_is_read_only_unless_update(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rebels attacked the town.", encoding="utf-8")
    store = str(tmp_path / "s")
    assert kg("build", tmp_path / "in", "--store", store).exit_code == 0
    drop = "DROP ALL"
    proc = kg("query", drop, "--store", store)
    assert proc.exit_code == 1 and "--update" in proc.stderr
    with open_store(store, read_only=True) as s:
        assert s.graphs()
    proc = kg("query", drop, "--update", "--store", store)
    assert proc.exit_code == 0, proc.output
    with open_store(store, read_only=True) as s:
        assert not s.graphs()


def test_input_error_names_the_record(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"title": "no text"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r.jsonl:1: no text in field 'text'"):
        list(read_articles([path]))
