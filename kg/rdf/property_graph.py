"""The store as a property graph for the tools that live outside RDF: GraphML (Gephi, networkx,
yEd) and the CSV files of Neo4j's `neo4j-admin database import`.

    write_graphml(store, "graph.graphml")          # nx.read_graphml("graph.graphml") reads it back
    write_csv(store, "neo4j")                      # neo4j/nodes.csv and neo4j/edges.csv
    write_csv(store, "bbc.csv")                    # bbc-nodes.csv and bbc-edges.csv

Nodes are the entities (actors, places, concepts; one node per IRI across articles, under its most
frequent label and class) and the events. Edges are the roles (event → participant, typed by the
role: agent, target, …) and the facts between two entities that are not part of an event (subject →
object, typed by the predicate's local name; the event already holds the others). Facts reviewers
judged wrong, and events all of whose facts are, are left out unless `include_rejected`.

One schema (`NODE_FIELDS`, `EDGE_FIELDS`) names every attribute and its type; GraphML declares it as
`<key>`s, the CSV headers as `name:type` (`aliases:string[]` uses `;` between values, as Neo4j's
default array delimiter).
"""

from __future__ import annotations

import csv
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from kg.errors import StoreError
from kg.rdf import vocab
from kg.rdf.store import Store
from kg.rdf.verdicts import Rejections, rejections

__all__ = [
    "EDGE_FIELDS",
    "NODE_FIELDS",
    "PropertyGraph",
    "csv_paths",
    "property_graph",
    "write_csv",
    "write_graphml",
]

#: node attributes and their types (string, boolean, int, double, date, string[])
NODE_FIELDS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("class", "string"),
    ("kind", "string"),
    ("aliases", "string[]"),
    ("country", "string"),
    ("articles", "int"),
    ("date", "date"),
    ("trigger", "string"),
    ("negated", "boolean"),
    ("modality", "string"),
    ("attribution", "string"),
    ("confidence", "double"),
    ("doc", "string"),
    ("sentence", "string"),
)
#: edge attributes and their types; the edge's type (role or predicate) is `:TYPE` in the CSV
EDGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("label", "string"),
    ("kind", "string"),
    ("fact", "string"),
    ("asserted", "boolean"),
    ("negated", "boolean"),
    ("modality", "string"),
    ("confidence", "double"),
    ("date", "date"),
    ("doc", "string"),
    ("sentence", "string"),
)
_GRAPHML_TYPES = {
    "string": "string",
    "string[]": "string",
    "boolean": "boolean",
    "int": "int",
    "double": "double",
    "date": "string",
}
# XML 1.0 forbids most control characters, which a scraped article may still hold
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _among(variable: str, names: Iterable[str]) -> str:
    # a FILTER, not VALUES: with a VALUES of classes Oxigraph starts from every instance of them
    return f"FILTER(?{variable} IN ({', '.join(f'kg:{name}' for name in sorted(names))}))"


def _local(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


@dataclass
class PropertyGraph:
    """Nodes (IRI → attributes) and edges (source, target, type, attributes), attributes as in
    `NODE_FIELDS` / `EDGE_FIELDS` (a missing one is absent, not None)."""

    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)
    edges: list[tuple[str, str, str, dict[str, Any]]] = field(default_factory=list)


class _Reader:
    def __init__(self, store: Store, graph: str | None, rejected: Rejections) -> None:
        self.store = store
        self.where = f"VALUES ?g {{ <{graph}> }}" if graph else f"FILTER(?g != <{vocab.ONTOLOGY_GRAPH}>)"
        self.gone = rejected.facts | rejected.events
        self.docs: dict[str, str] = {}

    def rows(self, body: str) -> list[dict[str, str | None]]:
        return self.store.query(
            self.store.base.sparql_prefixes + body.replace("%WHERE%", self.where)
        ).records()

    def read(self) -> PropertyGraph:
        for row in self.rows(
            "SELECT ?g ?doc WHERE { GRAPH ?g { ?a a kg:Article ; kg:documentId ?doc } %WHERE% }"
        ):
            self.docs[row["g"] or ""] = row["doc"] or ""
        pg = PropertyGraph()
        self.entities(pg)
        self.events(pg)
        self.facts(pg)
        return pg

    def entities(self, pg: PropertyGraph) -> None:
        classes: dict[str, Counter[str]] = defaultdict(Counter)
        labels: dict[str, Counter[str]] = defaultdict(Counter)
        docs: dict[str, set[str]] = defaultdict(set)
        for row in self.rows(f"""SELECT ?g ?node ?type ?label WHERE {{
  GRAPH ?g {{ ?node a ?type . {_among("type", vocab.entity_classes())} OPTIONAL {{ ?node rdfs:label ?label }} }} %WHERE%
}}"""):
            node = row["node"] or ""
            classes[node][_local(row["type"] or "")] += 1
            if row["label"]:
                labels[node][row["label"]] += 1
            docs[node].add(row["g"] or "")
        names: dict[str, set[str]] = defaultdict(set)
        codes: dict[str, str] = {}
        for row in self.rows("""SELECT DISTINCT ?node ?alias ?code WHERE {
  GRAPH ?g { { ?node skos:altLabel ?alias } UNION { ?node kg:countryCode ?code } } %WHERE%
}"""):
            node = row["node"] or ""
            if row["alias"]:
                names[node].add(row["alias"])
            if row["code"]:
                codes[node] = row["code"]
        for node, counts in classes.items():
            ranked = sorted(labels[node].items(), key=lambda kv: (-kv[1], kv[0]))
            label = ranked[0][0] if ranked else _local(node)
            attrs: dict[str, Any] = {
                "label": label,
                "class": min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0],
                "kind": "entity",
                "aliases": sorted((names[node] | {name for name, _ in ranked}) - {label}),
                "articles": len(docs[node]),
            }
            if node in codes:
                attrs["country"] = codes[node]
            pg.nodes[node] = attrs

    def events(self, pg: PropertyGraph) -> None:
        for row in self.rows(f"""SELECT ?g ?event ?type ?label ?date ?trigger ?negated ?modality ?attribution
       ?confidence ?sentence WHERE {{
  GRAPH ?g {{
    ?event a ?type . {_among("type", vocab.event_classes())}
    OPTIONAL {{ ?event rdfs:label ?label }}
    OPTIONAL {{ ?event kg:date ?date }}
    OPTIONAL {{ ?event kg:trigger ?trigger }}
    OPTIONAL {{ ?event kg:negated ?negated }}
    OPTIONAL {{ ?event kg:modality ?modality }}
    OPTIONAL {{ ?event kg:attribution ?attribution }}
    OPTIONAL {{ ?event kg:confidence ?confidence }}
    OPTIONAL {{ ?event prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }} %WHERE%
}}"""):
            event = row["event"] or ""
            if event in self.gone or event in pg.nodes:
                continue
            attrs: dict[str, Any] = {
                "class": _local(row["type"] or ""),
                "kind": "event",
                "doc": self.docs.get(row["g"] or "", ""),
            }
            for name in ("label", "date", "trigger", "modality", "attribution", "sentence"):
                if row[name]:
                    attrs[name] = row[name]
            attrs["negated"] = row["negated"] in ("true", "1")
            if row["confidence"]:
                attrs["confidence"] = float(row["confidence"])
            pg.nodes[event] = attrs
        for row in self.rows(f"""SELECT ?g ?event ?role ?filler WHERE {{
  GRAPH ?g {{ ?event ?role ?filler . {_among("role", vocab.role_properties())} FILTER(isIRI(?filler)) }} %WHERE%
}}"""):
            event, filler = row["event"] or "", row["filler"] or ""
            if event in pg.nodes and filler in pg.nodes:
                attrs = {
                    "label": _local(row["role"] or ""),
                    "kind": "role",
                    "doc": self.docs.get(row["g"] or "", ""),
                }
                if "date" in pg.nodes[event]:
                    attrs["date"] = pg.nodes[event]["date"]
                pg.edges.append((event, filler, attrs["label"], attrs))

    def facts(self, pg: PropertyGraph) -> None:
        # kg:partOfEvent, or kg:restates (the lean facts of ontology 0.3): the event's roles say it
        of_event = "kg:partOfEvent|kg:restates"
        facts: list[tuple[str, str, str, dict[str, Any]]] = []
        for row in self.rows(f"""SELECT ?g ?fact ?s ?p ?o ?attribution ?negated ?modality ?confidence ?date ?sentence WHERE {{
  GRAPH ?g {{
    ?fact a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER(isIRI(?o))
    FILTER NOT EXISTS {{ ?fact {of_event} ?event }}
    OPTIONAL {{ ?fact kg:attribution ?attribution }}
    OPTIONAL {{ ?fact kg:negated ?negated }}
    OPTIONAL {{ ?fact kg:modality ?modality }}
    OPTIONAL {{ ?fact kg:confidence ?confidence }}
    OPTIONAL {{ ?fact kg:date ?date }}
    OPTIONAL {{ ?fact prov:wasDerivedFrom ?evidence . ?evidence kg:text ?sentence }}
  }} %WHERE%
}}"""):
            fact, s, o, p = row["fact"] or "", row["s"] or "", row["o"] or "", row["p"] or ""
            if fact in self.gone or s not in pg.nodes or o not in pg.nodes:
                continue
            attrs: dict[str, Any] = {
                "kind": "fact",
                "fact": fact,
                # in the article's own voice: no attribution, modality or negation
                "asserted": not (row["attribution"] or row["modality"] or row["negated"] in ("true", "1")),
                "negated": row["negated"] in ("true", "1"),
                "doc": self.docs.get(row["g"] or "", ""),
            }
            for name in ("modality", "date", "sentence"):
                if row[name]:
                    attrs[name] = row[name]
            if row["confidence"]:
                attrs["confidence"] = float(row["confidence"])
            facts.append((s, o, p, attrs))
        predicates = " ".join(sorted({f"<{p}>" for _, _, p, _ in facts}))
        labels = {
            row["p"]: row["label"]
            for row in self.rows(
                f"SELECT DISTINCT ?p ?label WHERE {{ GRAPH ?h {{ VALUES ?p {{ {predicates} }} ?p rdfs:label ?label }} }}"
            )
        }
        for s, o, p, attrs in facts:
            pg.edges.append((s, o, _local(p), {"label": labels.get(p) or _local(p), **attrs}))


def property_graph(
    store: Store, *, graph: str | None = None, include_rejected: bool = False
) -> PropertyGraph:
    """The entities, events, roles and facts of `store` (or of one article graph, by IRI) as a
    property graph (see the module docstring)."""
    return _Reader(store, graph, Rejections() if include_rejected else rejections(store)).read()


def _text(value: Any, kind: str, one_line: bool = False) -> str:
    """An attribute as text; CSV keeps to one line per row (Neo4j reads newlines only when told to)."""
    if kind == "string[]":
        return ";".join(_text(v, "string", one_line).replace(";", ",") for v in value)
    if kind == "boolean":
        return "true" if value else "false"
    text = _NOT_XML.sub("", str(value))
    return " ".join(text.split()) if one_line else text


def _graphml(pg: PropertyGraph) -> Iterator[str]:
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation='
        '"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
    )
    for prefix, owner, fields in (
        ("n", "node", NODE_FIELDS),
        ("e", "edge", EDGE_FIELDS + (("type", "string"),)),
    ):
        for name, kind in fields:
            yield f'  <key id="{prefix}_{name}" for="{owner}" attr.name="{name}" attr.type="{_GRAPHML_TYPES[kind]}"/>\n'
    yield '  <graph id="kg" edgedefault="directed">\n'
    for node, attrs in pg.nodes.items():
        yield f"    <node id={quoteattr(node)}>"
        for name, kind in NODE_FIELDS:
            if attrs.get(name, "") not in ("", []):
                yield f'<data key="n_{name}">{escape(_text(attrs[name], kind))}</data>'
        yield "</node>\n"
    for i, (source, target, type_, attrs) in enumerate(pg.edges):
        yield f'    <edge id="e{i}" source={quoteattr(source)} target={quoteattr(target)}>'
        yield f'<data key="e_type">{escape(_text(type_, "string"))}</data>'
        for name, kind in EDGE_FIELDS:
            if name in attrs:
                yield f'<data key="e_{name}">{escape(_text(attrs[name], kind))}</data>'
        yield "</edge>\n"
    yield "  </graph>\n</graphml>\n"


def write_graphml(store: Store, output: str | Path | IO[bytes], **options: Any) -> PropertyGraph:
    """Write the property graph of `store` as GraphML to a path or a binary file; `options` as for
    `property_graph`. Returns what was written."""
    pg = property_graph(store, **options)
    if isinstance(output, (str, Path)):
        with open(output, "w", encoding="utf-8") as out:
            out.writelines(_graphml(pg))
    else:
        for chunk in _graphml(pg):
            output.write(chunk.encode("utf-8"))
    return pg


def csv_paths(output: str | Path) -> tuple[Path, Path]:
    """Where `write_csv` writes: NAME-nodes.csv and NAME-edges.csv for `NAME.csv`, else DIR/nodes.csv
    and DIR/edges.csv (the directory is made if missing)."""
    path = Path(output)
    if path.suffix.lower() == ".csv":
        stem = path.with_suffix("")
        return Path(f"{stem}-nodes.csv"), Path(f"{stem}-edges.csv")
    return path / "nodes.csv", path / "edges.csv"


def write_csv(store: Store, output: str | Path, **options: Any) -> PropertyGraph:
    """Write the property graph of `store` as nodes.csv and edges.csv with Neo4j's import headers
    (`id:ID,label,:LABEL,…` and `:START_ID,:END_ID,:TYPE,…`), where `csv_paths(output)` says;
    `options` as for `property_graph`. Returns what was written.

    Load them with `neo4j-admin database import full --nodes=nodes.csv --relationships=edges.csv`.

    Raises:
        StoreError: the files cannot be written.
    """
    pg = property_graph(store, **options)
    nodes_path, edges_path = csv_paths(output)
    partial = [Path(f"{path}.partial") for path in (nodes_path, edges_path)]
    try:
        nodes_path.parent.mkdir(parents=True, exist_ok=True)
        with open(partial[0], "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(
                ["id:ID", "label", ":LABEL", *(f"{n}:{k}" for n, k in NODE_FIELDS if n != "label")]
            )
            for node, attrs in pg.nodes.items():
                labels = f"{attrs['class']};{'Event' if attrs['kind'] == 'event' else 'Entity'}"
                writer.writerow(
                    [node, _text(attrs.get("label", ""), "string", True), labels]
                    + [_text(attrs[n], k, True) if n in attrs else "" for n, k in NODE_FIELDS if n != "label"]
                )
        with open(partial[1], "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([":START_ID", ":END_ID", ":TYPE", *(f"{n}:{k}" for n, k in EDGE_FIELDS)])
            for source, target, type_, attrs in pg.edges:
                writer.writerow(
                    [source, target, type_]
                    + [_text(attrs[n], k, True) if n in attrs else "" for n, k in EDGE_FIELDS]
                )
        for done, path in zip(partial, (nodes_path, edges_path)):
            os.replace(done, path)
    except OSError as exc:
        raise StoreError(f"cannot write {nodes_path} and {edges_path}: {exc}; choose another -o") from None
    finally:
        for path in partial:
            path.unlink(missing_ok=True)
    return pg
