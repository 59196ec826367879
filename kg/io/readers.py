"""Turn paths into a stream of `Article`s, one at a time, whatever the format.

- `.txt`, `.md`: may start with a `date YYYY-MM-DD` line or a `---` front-matter block (`date:`,
  `title:`, `id:`); the first remaining non-empty line is the title. The header is metadata:
  `Article.text` starts after it and `Article.offset` says where, so offsets map back to the file.
- `.html`, `.htm`: main text, title and date by trafilatura (navigation, scripts and ads dropped).
- `.jsonl`/`.ndjson`, `.json` (one object or a list), `.csv`: one article per record, with the
  text/title/date/id fields named by `Fields`; HTML character references left in them ("&#233;") are
  decoded, and offsets point into the decoded text.
Files are read lazily, so memory stays flat however large the corpus. Text in any common encoding is
read (`decode`); a note on the `kg` logger says when it was not UTF-8.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import glob
import hashlib
import html
import io
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import charset_normalizer

from kg.errors import InputError
from kg.types import Article

__all__ = ["SUFFIXES", "Fields", "content_hash", "parse_text", "read_articles", "read_path"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv"}
#: longer articles are refused: parsing 2 M characters already takes about a minute on one core
MAX_CHARS = 2_000_000
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
_DATE_LINE = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})[ \t]*\r?\n", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_FIELD = re.compile(r"^\s*(\w+)\s*:\s*(.*?)\s*$", re.MULTILINE)
#: the control bytes text files hold: tab, newline, vertical tab, form feed, carriage return, escape
_TEXT_CONTROLS = frozenset(b"\t\n\v\f\r\x1b")
#: control characters that are never article text (C0 but tab, newlines and feeds; DEL; C1)
_STRAY = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
#: the legacy encodings detection chooses from: Windows code pages, then Cyrillic and East Asian ones
_LEGACY = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "koi8_r",
    "cp932",
    "euc_jp",
    "gb18030",
    "big5",
    "euc_kr",
)
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fields:
    """Which record fields hold the article's parts (JSON Lines, JSON and CSV inputs)."""

    text: str = "text"
    title: str = "title"
    date: str = "date"
    id: str = "id"


def content_hash(article: Article) -> str:
    """A digest of what extraction reads (text, title, date): unchanged articles can be skipped."""
    h = hashlib.sha256()
    for part in (article.id, article.title, article.date.isoformat() if article.date else "", article.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def parse_date(value: str, where: str) -> dt.date:
    """Parse an ISO date (`YYYY-MM-DD`, a longer timestamp is cut), naming `where` it came from on failure."""
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise InputError(f"{where}: '{value}' is not a date; write it as YYYY-MM-DD") from None


def decode(data: bytes, where: str, declared: str | None = None) -> str:
    """Article bytes as text, whatever their encoding; only binary data is refused.

    A byte-order mark wins, then the `declared` charset (an HTML page's `<meta charset>`), then UTF-8;
    anything else is detected (old archives are mostly Windows-1252 or Latin-1) and the choice is
    logged as a note. Stray control characters (a NUL in otherwise good text) become spaces, so
    character offsets still point into the file, and are noted too.

    Raises:
        InputError: binary data, or a byte-order mark that does not match the bytes.
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                raise InputError(
                    f"{where}: starts with a {codec} byte-order mark but is not {codec}"
                ) from None
    head = data[:4096]
    controls = sum(1 for byte in head if byte < 32 and byte not in _TEXT_CONTROLS)
    if controls > 0.05 * len(head):
        raise InputError(
            f"{where}: looks like a binary file ({controls} control bytes in the first "
            f"{len(head)}), not an article; give a text file"
        )
    text, codec = _decoded(data, declared)
    if text is None:
        raise InputError(
            f"{where}: not text in any encoding kg knows; convert it to UTF-8, "
            "e.g. `iconv -f ENCODING -t utf-8`"
        )
    if codec != "utf-8":
        _log.info("%s decoded as %s", where, codec)
    text, stray = _STRAY.subn(" ", text)
    if stray:
        _log.info("%s: replaced %d control character(s) with spaces", where, stray)
    return text


def _decoded(data: bytes, declared: str | None) -> tuple[str | None, str]:
    """(text, codec): the declared charset if the bytes fit it, UTF-8, else the detected encoding."""
    for codec in filter(None, (_codec(declared), "utf-8")):
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None:
        return None, ""
    # Central European cp1250 and Windows-1252 give the same text for most Western bytes; name the
    # encoding archives really use
    codec = "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding
    return data.decode(codec, errors="replace"), codec


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset (None when unknown); Latin-1 is read as Windows-1252, as
    browsers do, since pages that say Latin-1 use its superset."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return {"iso8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252", "utf-8": "utf-8"}.get(codec, codec)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 kB (`<meta charset>` or `http-equiv`), if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None


def parse_text(raw: str, doc_id: str, source: str = "", date: dt.date | None = None) -> Article:
    """Split a text file's content into header metadata and body, and build the `Article`."""
    meta: dict[str, str] = {}
    offset = 0
    if m := _DATE_LINE.match(raw):
        meta["date"] = m.group(1)
        offset = m.end()
    elif m := _FRONT_MATTER.match(raw):
        meta = {k.lower(): v.strip("'\"") for k, v in _FIELD.findall(m.group(1))}
        offset = m.end()
    body = raw[offset:]
    if not body.strip():
        raise InputError(f"{source or doc_id}: the article is empty; give a file with text")
    title = meta.get("title", "")
    if not title:
        title = body.lstrip().split("\n", 1)[0].strip().lstrip("# ").strip()
    if meta.get("date"):  # the article's own date wins over a default given by the caller
        date = parse_date(meta["date"], source or doc_id)
    return Article(
        id=meta.get("id") or doc_id, text=body, title=title[:300], date=date, source=source, offset=offset
    )


def doc_id_for(path: Path) -> str:
    """A stable document id from a file name: lowercase stem, safe characters only."""
    stem = re.sub(r"[^\w.-]+", "-", path.stem.lower(), flags=re.UNICODE).strip("-.")
    return stem or "article"


def _read_html(raw: str, path: Path, date: dt.date | None) -> Article:
    import trafilatura  # heavy import, only for HTML inputs

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(f"{path}: no article text found in the HTML page")
    found = getattr(doc, "date", None)
    return Article(
        id=doc_id_for(path),
        text=text,
        title=(getattr(doc, "title", None) or "")[:300],
        date=parse_date(found, str(path)) if found else date,
        source=str(path),
    )


def _checked(article: Article, where: str) -> Article:
    if len(article.text) > MAX_CHARS:
        raise InputError(
            f"{where}: too large for one article ({len(article.text):,} characters; the limit "
            f"is {MAX_CHARS:,}); split it into articles"
        )
    return article


#: an HTML character reference ("&#233;", "&eacute;", "&amp;") left in a scraped record's text
_CHAR_REF = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


#: an inverted question mark between two letters: an apostrophe a legacy encoding lost ("Blair¿s")
_LOST_APOSTROPHE = re.compile(r"(?<=[^\W\d_])¿(?=[^\W\d_])")


def _characters(text: str) -> str:
    """A record's text with the HTML character references that scrapers leave in it decoded ("Jos&#233;
    Manuel Barroso" is José Manuel Barroso, no "Manuel Barroso" after a stray "Jos&#233;") and an
    apostrophe lost to an encoding ("Mr Blair&#191;s") put back, one character for one, so offsets
    point into the decoded text."""
    if "&" in text:
        text = _CHAR_REF.sub(lambda m: html.unescape(m.group(0)), text)
    return _LOST_APOSTROPHE.sub("'", text) if "¿" in text else text


def _record(rec: object, where: str, fallback_id: str, fields: Fields, date: dt.date | None) -> Article:
    if not isinstance(rec, dict):
        raise InputError(f"{where}: expected a JSON object with a '{fields.text}' field")
    text = rec.get(fields.text)
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: no text in field '{fields.text}'; name the field with --text-field")
    raw_date = rec.get(fields.date)
    return Article(
        id=str(rec.get(fields.id) or fallback_id),
        text=_characters(text),
        title=_characters(str(rec.get(fields.title) or ""))[:300],
        date=parse_date(raw_date, where) if raw_date else date,
        source=where.rsplit(":", 1)[0],
    )


def _raw_records(path: Path, raw: str) -> Iterator[tuple[str, str, object]]:
    """(where, fallback id, record) for every record of a JSON Lines, JSON or CSV file."""
    stem = doc_id_for(path)
    if path.suffix.lower() == ".csv":
        for n, row in enumerate(csv.DictReader(io.StringIO(raw)), start=2):
            yield f"{path}:{n}", f"{stem}-{n - 1}", row
    elif path.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: invalid JSON at line {exc.lineno} ({exc.msg})") from None
        for n, rec in enumerate(data if isinstance(data, list) else [data], start=1):
            yield f"{path}:{n}", f"{stem}-{n}", rec
    else:
        for n, line in enumerate(raw.splitlines(), start=1):
            if line.strip():
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    rec = InputError(f"{path}:{n}: invalid JSON ({exc.msg})")
                yield f"{path}:{n}", f"{stem}-{n}", rec


def read_path(
    path: Path,
    date: dt.date | None = None,
    fields: Fields = Fields(),
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """The articles in one file (several for JSON Lines, JSON lists and CSV).

    A bad record in a multi-record file goes to `on_error` and the other records are still read.
    """
    try:
        size = path.stat().st_size
        if size > 4 * MAX_CHARS and path.suffix.lower() not in RECORD_SUFFIXES:
            raise InputError(
                f"{path}: too large for one article ({size / 1e6:.1f} MB; the limit is "
                f"{MAX_CHARS:,} characters); split it into articles"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the path") from None
    suffix = path.suffix.lower()
    raw = decode(data, str(path), meta_charset(data) if suffix in HTML_SUFFIXES else None)
    if suffix in HTML_SUFFIXES:
        yield _checked(_read_html(raw, path, date), str(path))
    elif suffix in RECORD_SUFFIXES:
        for where, fallback, rec in _raw_records(path, raw):
            try:
                if isinstance(rec, InputError):
                    raise rec
                yield _checked(_record(rec, where, fallback, fields, date), where)
            except InputError as exc:
                if on_error is None:
                    raise
                on_error(exc)
    else:
        yield _checked(parse_text(raw, doc_id_for(path), str(path), date), str(path))


def expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named by `paths`: files as given, directories recursively, glob patterns expanded."""
    for p in paths:
        text = str(p)
        if any(ch in text for ch in "*?[") and not Path(text).exists():
            matches = sorted(Path(m) for m in glob.glob(text, recursive=True) if Path(m).is_file())
            if not matches:
                raise InputError(f"{text}: the pattern matches no files")
            yield from matches
            continue
        path = Path(text)
        if path.is_dir():
            found = sorted(
                f
                for f in path.rglob("*")
                if f.is_file()
                and f.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in f.relative_to(path).parts)
            )
            if not found:
                raise InputError(
                    f"{path}: no articles found (looked for {', '.join(sorted(SUFFIXES))} files)"
                )
            yield from found
        elif path.exists():
            yield path
        else:
            raise InputError(f"{path}: no such file or directory")


def read_articles(
    paths: Iterable[str | Path],
    date: dt.date | None = None,
    fields: Fields = Fields(),
    on_error: Callable[[InputError], None] | None = None,
) -> Iterator[Article]:
    """Stream `Article`s from files, directories (recursively) and glob patterns, in a stable order.

    Args:
        paths: files, directories or glob patterns.
        date: the publication date to use when an article does not carry one.
        fields: record field names for JSON Lines, JSON and CSV inputs.
        on_error: called with the error of each unreadable file or record, which is then skipped;
            without it the first error is raised.
    """
    for path in expand(paths):
        try:
            yield from read_path(path, date, fields, on_error)
        except InputError as exc:
            if on_error is None:
                raise
            on_error(exc)
