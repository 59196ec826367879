"""SPARQL over the store: named queries shipped in kg/rdf/queries/*.rq, parameters, result tables.

A named query is a file `NAME.rq`. Its first comment line describes it; lines `# param NAME: text`
declare parameters. A parameter is bound through a placeholder `VALUES ?param_NAME { UNDEF }`, filled
with a properly escaped literal (never pasted into the query logic), a placeholder
`VALUES ?key_NAME { UNDEF }` with its look-up key (`kg.rdf.summary.name_key`), and lines starting `#?NAME `
are switched on only when it is given: the join that filters by it. (A `FILTER(!BOUND(..) ||
EXISTS {..})` would need no switch, but Oxigraph evaluates EXISTS row by row: 100x slower.) The file
without parameters is plain SPARQL that runs unchanged on any SPARQL 1.1 endpoint.

On the local store such a join is also run first, on its own (index hits: the actor by its name key,
then the triples naming it), and its rows are given to the whole query as a `VALUES` block (`pin`).
The answer is the same, the join still being in the query; but Oxigraph, which plans a query by the
shape of its patterns and not by the data, then looks every other pattern up row by row, where it
would otherwise build hash tables over every article graph (seconds at 100 k facts, for tens of rows).
Lines starting `#!NAME ` are switched on only then: a `LATERAL` (Oxigraph's SEP-0006) before the
group that follows, so that group is evaluated once per pinned row whatever the planner estimates.
Without it a block of more than 1,000 rows lost to the planner's guess for a pattern like `?fact a
kg:Fact` (1,000 rows, whatever the store holds): it scanned every fact and joined each with the
block (who-did-what-to-whom --actor: 0.4 s for 920 rows, 73 s for 1,123 at 100 k facts).
A line `#^NAME ?g` is never switched on: it names the join's article graph, by whose document the
answer is ordered first, so that a page pins only the rows it can come from (`kg.rdf.pages`) and
only they are described.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import QueryError
from kg.rdf import vocab
from kg.rdf.pages import Row, first_rows
from kg.rdf.summary import name_key
from kg.rdf.verdicts import _REJECTED

__all__ = [
    "RESULT_FORMATS",
    "NamedQuery",
    "Table",
    "fill_parameters",
    "named_queries",
    "pin",
    "resolve_query",
    "rows_of",
    "run_query",
    "run_update",
    "serialize_results",
    "stream_query",
    "table_of",
    "write_csv",
    "write_json",
]

#: the W3C SPARQL query results formats `serialize_results` writes
RESULT_FORMATS = ("csv", "tsv", "json", "xml")

_QUERY_DIR = Path(__file__).with_name("queries")
_NAME = re.compile(r"^[A-Za-z][\w-]*$")
_PAGE = re.compile(r"(?m)^(\s*)#page$")
_TOP = re.compile(r"(?m)^(\s*)#top$")
_PARAM_DECL = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$", re.MULTILINE)
_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedQuery:
    """A query shipped with kg: name, one-line description, parameters and SPARQL text."""

    name: str
    description: str
    params: dict[str, str]
    sparql: str


@cache
def named_queries() -> dict[str, NamedQuery]:
    """All named queries, by name (sorted)."""
    found = {}
    for path in sorted(_QUERY_DIR.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0] if text else ""
        found[path.stem] = NamedQuery(
            name=path.stem,
            description=first.lstrip("# ").strip(),
            params={m[1]: m[2].strip() for m in _PARAM_DECL.finditer(text)},
            sparql=text,
        )
    return found


def _sparql_string(value: str) -> str:
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    ).replace("\t", "\\t")
    return f'"{escaped}"'


def _fill(text: str, variable: str, term: str) -> str:
    """`text` with its placeholder `VALUES ?variable { UNDEF }` bound to the SPARQL term `term`."""
    placeholder = re.compile(r"VALUES\s+\?" + re.escape(variable) + r"\s*\{\s*UNDEF\s*\}")
    filled = f"VALUES ?{variable} {{ {term} }}"
    return placeholder.sub(filled.replace("\\", "\\\\"), text)  # in a template only \ is special


def _bind(text: str, variable: str, value: str) -> str:
    """`text` with its placeholder `VALUES ?variable { UNDEF }` bound to the literal `value`."""
    return _fill(text, variable, _sparql_string(value))


def _switch(name: str, mark: str = "?") -> re.Pattern[str]:
    """The lines switched on when parameter `name` is given (`#?name ` and what follows), or with
    `mark="!"` when its join is pinned (`#!name `)."""
    return re.compile(r"(?m)^(\s*)#" + re.escape(mark) + re.escape(name) + r" (.*)$")


def fill_parameters(query: NamedQuery, params: dict[str, str], pins: dict[str, str] | None = None) -> str:
    """The query text with `params` bound; a parameter in `pins` gets that text (a VALUES block of
    its filtering join's rows, see `pin`) where its join would be switched on.

    Raises:
        QueryError: a parameter the query does not declare.
    """
    text = query.sparql
    for name, value in params.items():
        if value is None:
            continue
        if name not in query.params:
            declared = ", ".join(query.params) or "none"
            raise QueryError(f"query {query.name!r} has no parameter {name!r} (it takes: {declared})")
        text = _bind(text, f"param_{name}", str(value))
        # and its look-up key, for queries that match names by an index hit (kg.rdf.summary)
        text = _bind(text, f"key_{name}", name_key(str(value)))
        if pins and name in pins:
            text = _switch(name, "!").sub(r"\1\2", _replace_join(text, name, pins[name]))
        else:
            text = _switch(name).sub(r"\1\2", text)
    return text


def _runs(text: str, name: str) -> list[list[re.Match[str]]]:
    """The runs of consecutive lines switched on by parameter `name`: each the same join (a query
    that filters in two subqueries repeats it)."""
    runs: list[list[re.Match[str]]] = []
    for m in _switch(name).finditer(text):
        if runs and not text[runs[-1][-1].end() : m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _replace_join(text: str, name: str, block: str) -> str:
    """`text` with each run of the join switched on by parameter `name` replaced by `block`."""
    out, end = [], 0
    for run in _runs(text, name):
        out += [text[end : run[0].start()], run[0][1], block]
        end = run[-1].end()
    return "".join([*out, text[end:]])


#: the most rows a filtering join gives a query as VALUES (more would cost more to parse than it saves)
PIN_ROWS = 20_000


def _rows(store: ox.Store, sparql: str) -> list[Row] | None:
    """The rows of a SELECT; None when one holds a blank node or there are more than `PIN_ROWS`."""
    rows: set[Row] = set()
    result = store.query(sparql)
    # a solution iterates over its values in the order of the SELECT's variables (faster than by name)
    for row in map(tuple, result):  # type: ignore[arg-type]
        if not all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in row) or len(rows) == PIN_ROWS:
            return None
        rows.add(row)
    return list(rows)


def _rejected(store: ox.Store, prefixes: str) -> int:
    """How many facts reviewers judged wrong: the most answer rows of a pinned page a query with the
    `rejected` parameter may leave out (one a fact, or an event when all of its facts are)."""
    sparql = f"{prefixes}SELECT (COUNT(*) AS ?n) WHERE {{ {_REJECTED} }}"
    return int(next(iter(store.query(sparql)))[0].value)  # type: ignore[arg-type, index, union-attr]


def pin(
    store: ox.Store,
    query: NamedQuery,
    params: dict[str, str],
    base: vocab.Base | None = None,
    page_end: int | None = None,
) -> dict[str, str]:
    """Run the filtering joins that `params` switch on in `query` on their own, each as a VALUES
    block over the variables it shares with the rest of the query (see the module docstring), by
    parameter name; a join whose rows hold a blank node or are too many is left out.

    With `page_end` (the page's offset plus its limit), a join whose query orders its answer by the
    document of an article graph the join gives (`#^NAME ?g`, `kg.rdf.pages`) keeps only the rows
    the first `page_end` answer rows can come from, unless another parameter filters the answer.

    `resolve_query(..., pins=pin(...))` puts each block in place of its join.
    """
    base = base or vocab.Base()
    prefixes = f"PREFIX data: <{base.iri}>\n" + "".join(
        re.findall(r"(?mi)^\s*PREFIX\s[^\n]*\n", query.sparql)
    )
    blocks = {}
    for name, value in params.items():
        switch = _switch(name)
        runs = _runs(query.sparql, name)
        if value is None or not runs:
            continue
        lines = [m[2] for m in runs[0]]
        join = _bind(
            _bind("\n".join(lines), f"param_{name}", str(value)), f"key_{name}", name_key(str(value))
        )
        rest = switch.sub("", query.sparql)
        shared = sorted(v for v in set(re.findall(r"\?(\w+)", join)) if re.search(rf"\?{v}\b", rest))
        head = " ".join(f"?{v}" for v in shared)
        rows = _rows(store, f"{prefixes}SELECT DISTINCT {head} WHERE {{\n{join}\n}}")
        if not shared or rows is None:
            continue
        graph = next((m[2].strip().lstrip("?") for m in _switch(name, "^").finditer(query.sparql)), None)
        given = {k for k, v in params.items() if v is not None}
        if page_end is not None and graph in shared and not given - {name, "rejected"}:
            leaves_out = "rejected" in query.params and "rejected" not in given
            wanted = page_end + (_rejected(store, prefixes) if leaves_out else 0)
            rows = first_rows(rows, shared.index(graph), base.graph_document, wanted)
        values = sorted(" ".join(map(str, row)) for row in rows)
        blocks[name] = f"VALUES ({head}) {{ " + " ".join(f"({r})" for r in values) + " }"
    return blocks


def _count(value: object, what: str) -> int:
    """A page bound as a non-negative int: only digits ever reach the query text."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise QueryError(f"{what} must be a whole number >= 0, not {value!r}")
    return value


def resolve_query(
    query: str,
    params: dict[str, str] | None = None,
    base: vocab.Base | None = None,
    limit: int | None = None,
    offset: int = 0,
    pins: dict[str, str] | None = None,
) -> str:
    """SPARQL text for a named query (with `params`, and `pins` from `pin`) or the SPARQL text itself.

    A named query names the store's own graphs with the prefix `data:` (`GRAPH data:verdicts`),
    never with a literal IRI; it is declared here as `base`, the store's base IRI. `limit` and
    `offset` page a named query: they become its LIMIT and OFFSET (its ORDER BY makes pages stable),
    at its end or on its `#page` line (a subquery that picks the page before the rest is read);
    each `#top` line gets a LIMIT of the page's end, and a placeholder `VALUES ?page_end { UNDEF }`
    that end as an integer (left UNDEF without a limit).

    Raises:
        QueryError: an unknown query name, parameters or a page given with raw SPARQL, or a page
            bound that is not a whole number >= 0.
    """
    params = {k: v for k, v in (params or {}).items() if v is not None}
    stripped = query.strip()
    if _NAME.match(stripped):
        queries = named_queries()
        if stripped not in queries:
            raise QueryError(
                f"unknown named query {stripped!r}; `kg query --list` shows: " + ", ".join(queries)
            )
        data = (base or vocab.Base()).iri
        text = f"PREFIX data: <{data}>\n" + fill_parameters(queries[stripped], params, pins)
        page = [f"LIMIT {_count(limit, 'the limit')}"] if limit is not None else []
        page += [f"OFFSET {_count(offset, 'the offset')}"] if offset else []
        # a query that picks its page in a subquery marks the place; the others end with it. `#top`
        # marks a subquery that reads as far as the page's end
        end = [f"LIMIT {_count(offset, 'the offset') + limit}"] if limit is not None else []
        text = _TOP.sub(lambda m: m[1] + " ".join(end), text)
        if limit is not None:
            text = _fill(text, "page_end", str(offset + limit))
        text, marked = _PAGE.subn(lambda m: m[1] + " ".join(page), text, count=1)
        return text if marked else "".join([text, *(f"\n{line}" for line in page)])
    if params:
        raise QueryError(f"parameters {sorted(params)} only apply to named queries (`kg query --list`)")
    if limit is not None or offset:
        raise QueryError("--limit and --offset page the named queries; write LIMIT/OFFSET in your SPARQL")
    return query


def is_update(sparql: str) -> bool:
    """True if `sparql` looks like a SPARQL Update rather than a query."""
    without_comments = re.sub(r"(?m)^\s*#.*$", "", sparql)
    return bool(_UPDATE.match(without_comments))


def _short(term: object) -> str | None:
    if term is None:
        return None
    if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return term.value
    return str(term)


@dataclass(frozen=True)
class Table:
    """Query results as text: `columns` and `rows` of strings (None where a variable is unbound).

    IRIs are full IRI strings and literals their lexical value, so the table reads the same from the
    local store and from any endpoint."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str | None, ...], ...]

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list[str | None]:
        """All values of one column."""
        index = self.columns.index(name)
        return [row[index] for row in self.rows]

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dictionaries (handy for pandas: `pd.DataFrame(table.records())`)."""
        return [dict(zip(self.columns, row)) for row in self.rows]

    def to_csv(self) -> str:
        """CSV with a header row."""
        out = io.StringIO()
        write_csv(self.columns, iter(self.rows), out)
        return out.getvalue()

    def to_json(self) -> str:
        """A JSON array of objects, one per row."""
        out = io.StringIO()
        write_json(self.columns, iter(self.rows), out)
        return out.getvalue()


def write_csv(columns: tuple[str, ...], rows: Iterator[tuple[str | None, ...]], out: IO[str]) -> int:
    """Write a header and then each row as it comes (CSV, "" for unbound); returns the row count."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for count, row in enumerate(rows, 1):
        writer.writerow(["" if v is None else v for v in row])
    return count


def write_json(columns: tuple[str, ...], rows: Iterator[tuple[str | None, ...]], out: IO[str]) -> int:
    """Write a JSON array of objects, one per row, each as it comes; returns the row count."""
    count = 0
    for count, row in enumerate(rows, 1):
        record = json.dumps(dict(zip(columns, row)), ensure_ascii=False, indent=1)
        out.write(("[\n " if count == 1 else ",\n ") + record.replace("\n", "\n "))
    out.write("\n]" if count else "[]")
    return count


def _syntax_error(exc: Exception, what: str) -> QueryError:
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return QueryError(f"{what} is not valid SPARQL: {message}; fix it (named queries: `kg query --list`)")


def run_query(
    store: ox.Store,
    query: str,
    params: dict[str, str] | None = None,
    base: vocab.Base | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> Table:
    """Run a named query or SPARQL text on a pyoxigraph store (data under `base`), with the union
    default graph; `limit`/`offset` page a named query (see `resolve_query`).

    Raises:
        QueryError: unknown name or parameter, an update passed as a query, or a syntax error.
    """
    return table_of(_execute(store, query, params, base, limit, offset))


def stream_query(
    store: ox.Store,
    query: str,
    params: dict[str, str] | None = None,
    base: vocab.Base | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[tuple[str, ...], Iterator[tuple[str | None, ...]]]:
    """As `run_query`, but the rows come as Oxigraph finds them: (columns, iterator of rows).

    Raises:
        QueryError: as `run_query`.
    """
    return rows_of(_execute(store, query, params, base, limit, offset))


def serialize_results(
    store: ox.Store,
    query: str,
    params: dict[str, str] | None = None,
    format: str = "csv",
    base: vocab.Base | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> bytes:
    """Run a SELECT or ASK (named or SPARQL text) and write its results in a W3C SPARQL results
    format: csv, tsv, json or xml (Oxigraph writes them, terms typed as the standards say).

    Raises:
        QueryError: as `run_query`; an unknown format; a CONSTRUCT or DESCRIBE (they return triples).
    """
    fmt = ox.QueryResultsFormat.from_extension(format) if format in RESULT_FORMATS else None
    if fmt is None:
        raise QueryError(f"unknown results format {format!r}; use one of: " + ", ".join(RESULT_FORMATS))
    result = _execute(store, query, params, base, limit, offset)
    if isinstance(result, ox.QueryTriples):
        raise QueryError("a CONSTRUCT or DESCRIBE returns triples, not results; use a SELECT or ASK")
    return result.serialize(format=fmt) or b""


def _execute(
    store: ox.Store,
    query: str,
    params: dict[str, str] | None,
    base: vocab.Base | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    sparql = resolve_query(query, params, base, limit, offset)
    if is_update(sparql):
        raise QueryError(
            "this is a SPARQL update, not a query; pass --update (Store.update) to change the store"
        )
    named = named_queries().get(query.strip())
    try:
        if named is not None and params:
            pins = pin(store, named, params, base, None if limit is None else offset + limit)
            sparql = resolve_query(query, params, base, limit, offset, pins) if pins else sparql
        result = store.query(sparql, use_default_graph_as_union=True)
    except SyntaxError as exc:
        raise _syntax_error(exc, "the query") from None
    except OSError as exc:
        raise QueryError(f"the query failed while reading the store: {exc}") from None
    return result


def rows_of(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
) -> tuple[tuple[str, ...], Iterator[tuple[str | None, ...]]]:
    """A pyoxigraph query result as (columns, a lazy iterator of rows of strings)."""
    if isinstance(result, ox.QueryBoolean):
        return ("ask",), iter([("true" if bool(result) else "false",)])
    if isinstance(result, ox.QueryTriples):
        triples = ((_short(t.subject), _short(t.predicate), _short(t.object)) for t in result)
        return ("subject", "predicate", "object"), triples
    columns = tuple(v.value for v in result.variables)
    # a solution iterates over its values in the order of the variables (faster than by name)
    return columns, (tuple(map(_short, solution)) for solution in result)


def table_of(result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples) -> Table:
    """A pyoxigraph query result (from a store, or parsed from an endpoint's answer) as a `Table`."""
    columns, rows = rows_of(result)
    return Table(columns, tuple(rows))


def run_update(store: ox.Store, sparql: str) -> None:
    """Run a SPARQL Update on a pyoxigraph store (atomically).

    Raises:
        QueryError: the update is malformed.
    """
    try:
        store.update(sparql)
    except SyntaxError as exc:
        raise _syntax_error(exc, "the update") from None
    except OSError as exc:
        raise QueryError(f"the update failed while writing the store: {exc}") from None
