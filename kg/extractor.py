"""The extraction stage: `Article`s in, `Extraction`s out. The only module that runs spaCy.

Long articles are parsed in segments of at most `SEGMENT_CHARS` characters, cut at paragraph, line or
sentence ends, and joined back into one `Doc` (`Doc.from_docs`), so a 10 MB article neither hits spaCy's
length limit nor its memory cost, and offsets still point into the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ExtractionError
from kg.nlp.entities import find_entities, slug
from kg.nlp.patterns import DocumentReader
from kg.nlp.pipeline import load
from kg.nlp.precision import DEFAULT_MIN_CONFIDENCE, calibrate
from kg.nlp.settle import settle
from kg.nlp.verbs import SOURCE_TEXT
from kg.types import Article, Entity, Extraction, Literal

__all__ = ["SEGMENT_CHARS", "extract", "extract_doc", "segments"]

SEGMENT_CHARS = 50_000
_CUTS = (
    re.compile(r"\n\s*\n\s*"),
    re.compile(r"\n\s*"),
    re.compile(r"[.!?][\"')\]]*\s+"),
    re.compile(r"\s+"),
)


def segments(text: str, limit: int = SEGMENT_CHARS) -> list[str]:
    """Cut `text` into pieces of at most about `limit` characters whose concatenation is `text`.

    Cuts fall after a blank line if there is one in the second half of the window, else after a line
    break, a sentence end or any space; a text with no space at all is cut hard.
    """
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for pattern in _CUTS:
            ends = [m.end() for m in pattern.finditer(window, limit // 2)]
            if ends:
                cut = ends[-1]
                break
        out.append(text[start : start + cut])
        start += cut
    out.append(text[start:])
    return out


def extract_doc(
    doc: Doc, article: Article, classifier: bool = False, min_confidence: float = DEFAULT_MIN_CONFIDENCE
) -> Extraction:
    """Read entities, events and relations from one parsed article (see `extract` for the options)."""
    _index_sentences(doc)
    index = find_entities(doc)
    events, relations = DocumentReader(doc, article, index, classifier).read()
    events, relations = settle(doc, events, relations)
    scoped = _scope_single_names(index.entities, article.id)
    if scoped:

        def swap(node: Entity | Literal) -> Entity | Literal:
            return scoped.get(node.id, node) if isinstance(node, Entity) else node

        events = [replace(ev, roles=tuple((role, swap(n)) for role, n in ev.roles)) for ev in events]
        relations = [
            replace(r, subject=scoped.get(r.subject.id, r.subject), object=swap(r.object)) for r in relations
        ]
    all_entities = [scoped.get(e.id, e) for e in index.entities]
    used = {r.subject.id for r in relations} | {getattr(r.object, "id", None) for r in relations}
    entities = tuple(e for e in all_entities if e.id in used) + tuple(
        e for e in all_entities if e.id not in used
    )
    sentences = tuple((sent.start_char, sent.end_char) for sent in doc.sents)
    return calibrate(
        Extraction(article, entities, tuple(events), tuple(relations), sentences), min_confidence
    )


def _index_sentences(doc: Doc) -> None:
    """Make `Token.sent` and `Span.sent` look-ups (as hooks on `doc`): spaCy finds a sentence by walking
    to its ends on every call, and the rules ask for thousands of sentences an article."""
    sents = [sent for sent in doc.sents for _ in range(len(sent))]
    doc.user_token_hooks["sent"] = lambda tok: sents[tok.i]
    doc.user_span_hooks["sent"] = lambda span: sents[span.start]


def _scope_single_names(entities: list[Entity], doc_id: str) -> dict[str, Entity]:
    """People known in this article by one name only get an article-scoped id.

    Two unrelated "Smith"s must not merge just because they share a name; `kg.rdf.resolve` links a
    scoped "Petro" to "Gustavo Petro" when the store holds exactly one full name that fits.
    """
    return {
        e.id: replace(e, id=f"{e.id}~{slug(doc_id)}")
        for e in entities
        if e.type == "Person" and len(e.label.split()) == 1
    }


#: a hyphen with a space on each side and no number on either ("X - Y's head of press - said"), not "3 - 1"
_SPACED_HYPHEN = re.compile(r"(?<=[^\d\s] )-(?= [^\d\s])")


def _dashes(text: str) -> str:
    """The text with each spaced hyphen read as the dash it is: the tagger takes a hyphen for a word joiner
    and the parser then glues the names around it ("Rob Partridge - Marley's former head of press" made
    Marley the head of press). An en dash has the same length, so every offset stays the article's."""
    return _SPACED_HYPHEN.sub("\u2013", text)


#: a wire dateline opening an article: the place in capitals, or a place before its agency in brackets, with
#: its state or country and a date, then a dash ("NEW YORK, March 2 - ", "STAMFORD, Conn., March 2 - ",
#: "WASHINGTON (AP) — ", "Washington (CNN) — ")
_DATELINE = re.compile(
    r"\A\s*(?:[A-Z][A-Z'.-]*[A-Z.](?: [A-Z][A-Z'.-]*[A-Z.])*(?=[ ,(])|[A-Z][a-z]+(?: [A-Z][a-z]+)*(?= \())"
    r"(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)*"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?: ?\([A-Z][A-Za-z .-]*\))?"
    r" ?[-\u2013\u2014]+ "
)


def _undated(text: str) -> str:
    """The text with a wire dateline blanked out, offsets kept: the models read "NEW YORK, March 2 - Acme
    said" as a body called New York that says what Acme said, and the dateline states no fact of the
    story (the article's date is its own field)."""
    found = _DATELINE.match(text)
    if found is None or not re.search(r"[A-Z]{3}|\(", found.group()):
        return text
    return " " * found.end() + text[found.end() :]


#: a wire's mark on a company's name or its ticker: "<Woodco Inc>", "<TOSS.T>"
_TAGGED_NAME = re.compile(r"<([A-Z][^<>\n]{0,60}[^<>\s])>")
_TICKER = re.compile(r"[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?")


def _untagged(text: str) -> str:
    """The text with a wire's angle brackets around names blanked, offsets kept: "sold the rights to
    <Woodco Inc> of Houston" reads as "sold the rights to Woodco Inc of Houston"; a ticker in them after
    a name ("Toshin Steel Co Ltd <TOSS.T>") is blanked whole, as no word of the name."""

    def blank(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - 40) : m.start()].split()
        after_name = bool(before) and before[-1][:1].isupper()
        return " " * len(m.group()) if after_name and _TICKER.fullmatch(m.group(1)) else f" {m.group(1)} "

    return _TAGGED_NAME.sub(blank, text)


def _parsed(
    nlp: Language, articles: Iterable[Article], batch_size: int, n_process: int
) -> Iterator[tuple[Doc, Article]]:
    """Parse articles with `nlp.pipe`, segmenting long ones and joining their pieces back."""
    stream = (
        (seg, (art, i, len(parts)))
        for art in articles
        for parts in (segments(_untagged(_undated(_dashes(art.text)))),)
        for i, seg in enumerate(parts)
    )
    pieces: list[Doc] = []
    for doc, (art, i, total) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process):
        if total > 1:
            pieces.append(doc)
            if i < total - 1:
                continue
            doc, pieces = Doc.from_docs(pieces, ensure_whitespace=False), []
        if doc.text != art.text:
            doc.user_data[SOURCE_TEXT] = art.text
        yield doc, art


def extract(
    articles: Iterable[Article],
    nlp: Language | None = None,
    model: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    on_error: Callable[[ExtractionError], None] | None = None,
    classifier: bool = False,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Iterator[Extraction]:
    """Stream `Extraction`s for `articles`, parsing them in batches with `nlp.pipe`.

    Args:
        articles: the articles, any iterable (a generator keeps memory flat).
        nlp: a pipeline from `kg.nlp.pipeline.load`; loaded from `model` when not given.
        model: name of an installed spaCy pipeline (default: the small English model).
        batch_size: documents per `nlp.pipe` batch.
        n_process: parser processes (spaCy multiprocessing).
        on_error: called with the error when reading one document fails, which is then skipped;
            without it the error is raised.
        classifier: also read the trained CoNLL04 relation classifier's facts (killed, works for,
            lives in, located in, based in). It was trained on one-sentence items like CoNLL04's;
            on news articles blind audits found most of its facts wrong, so it is off by default.
        min_confidence: leave out the facts that the precision model (`kg.nlp.precision`) finds less
            likely right than this; 0 keeps every fact.
    """
    nlp = nlp or load(model)
    for doc, article in _parsed(nlp, articles, batch_size, n_process):
        try:
            yield extract_doc(doc, article, classifier, min_confidence)
        except Exception as exc:  # a defect on one document must not lose the rest of the batch
            err = ExtractionError(
                f"{article.source or article.id}: extraction failed ({type(exc).__name__}: "
                f"{exc}); please report this document",
                article.id,
            )
            if on_error is None:
                raise err from exc
            on_error(err)
