"""Turn paths into `Article`s, one at a time.

Plain text and Markdown files may start with a `date YYYY-MM-DD` line or a `---` front-matter block
(`date:`, `title:`, `id:`); the first remaining non-empty line is the title. The header is metadata:
`Article.text` starts after it and `Article.offset` says where, so offsets map back to the file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.errors import InputError
from kg.types import Article

__all__ = ["read_articles", "read_path", "parse_text"]

TEXT_SUFFIXES = {".txt", ".md", ".text"}
_DATE_LINE = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})[ \t]*\r?\n", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_FIELD = re.compile(r"^\s*(\w+)\s*:\s*(.*?)\s*$", re.MULTILINE)


def parse_date(value: str, where: str) -> dt.date:
    """Parse an ISO date (`YYYY-MM-DD`), naming `where` it came from on failure."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"{where}: '{value}' is not a date; write it as YYYY-MM-DD") from None


def decode(data: bytes, where: str) -> str:
    """Decode article bytes as UTF-8 (a BOM is allowed); reject binary data with a clear message."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{where}: looks like a binary file, not an article; give a text file")
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where}: not UTF-8 text (bad byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it, e.g. `iconv -f latin1 -t utf-8`"
        ) from None


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
        first = body.lstrip().split("\n", 1)[0].strip()
        title = first.lstrip("# ").strip()
    if meta.get("date"):  # the article's own date wins over a default given by the caller
        date = parse_date(meta["date"], source or doc_id)
    return Article(
        id=meta.get("id") or doc_id,
        text=body,
        title=title,
        date=date,
        source=source,
        offset=offset,
    )


def doc_id_for(path: Path) -> str:
    """A stable document id from a file name: lowercase stem, safe characters only."""
    stem = re.sub(r"[^\w.-]+", "-", path.stem.lower(), flags=re.UNICODE).strip("-")
    return stem or "article"


def read_path(path: Path, date: dt.date | None = None) -> Article:
    """Read one text article from `path`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror}); check the path") from None
    return parse_text(decode(data, str(path)), doc_id_for(path), str(path), date)


def _expand(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
            if not found:
                raise InputError(
                    f"{p}: no articles found (looked for {', '.join(sorted(TEXT_SUFFIXES))} files)"
                )
            yield from found
        elif p.exists():
            yield p
        else:
            raise InputError(f"{p}: no such file or directory")


def read_articles(paths: Iterable[str | Path], date: dt.date | None = None) -> Iterator[Article]:
    """Stream `Article`s from files and directories (recursively), in a stable order.

    Args:
        paths: files or directories.
        date: the publication date to use when a file does not carry one.
    """
    for path in _expand(paths):
        yield read_path(path, date)
