"""The graph as CSV files for ``neo4j-admin database import full``.

For corpora too large to push over Bolt in reasonable time, the offline importer builds a fresh
database from CSV at millions of rows a minute.  The files hold the same model as
:func:`kg.neo4j.push_graph` (one node file per type, one relationship file per relation type),
so a later ``policykg neo4j push`` into the imported database finds every node by ``id``; as the
files carry no fingerprints, that first push rewrites each document's relationships once.

Load them with the command :func:`import_command` prints, e.g.::

    neo4j-admin database import full --array-delimiter=";" --multiline-fields=true \\
        --nodes=nodes_Agency.csv … --relationships=relationships_OWNS.csv … neo4j
"""

from __future__ import annotations

import csv
import shlex
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kg.graph import Edge, GraphData, Node
from kg.neo4j import RELATIONSHIP_TYPES, edge_row, node_labels

ARRAY_DELIMITER = ";"
NODE_COLUMNS = ["id:ID", "name", "aliases:string[]", "documents:string[]"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "document", "sentences:string[]", "starts:int[]", "ends:int[]"]


def export_neo4j_csv(data: GraphData, directory: Path, array_delimiter: str = ARRAY_DELIMITER) -> list[Path]:
    """Write ``nodes_<Label>.csv`` and ``relationships_<TYPE>.csv`` into ``directory``; return their paths.

    Raises ``ValueError`` when a list value contains ``array_delimiter`` (the importer would
    split it): pass another delimiter, and the same one to :func:`import_command`.
    """
    if len(array_delimiter) != 1:
        raise ValueError("the array delimiter must be a single character")
    directory.mkdir(parents=True, exist_ok=True)
    by_type: dict[str, list[Node]] = defaultdict(list)
    for node in data.nodes.values():
        by_type[node.type].append(node)
    by_relation: dict[str, list[Edge]] = defaultdict(list)
    for edge in data.edges:
        by_relation[edge.predicate].append(edge)
    paths = [_write_nodes(directory, node_type, nodes, array_delimiter) for node_type, nodes in sorted(by_type.items())]
    paths += [_write_relationships(directory, predicate, edges, array_delimiter) for predicate, edges in sorted(by_relation.items())]
    return paths


def import_command(paths: Iterable[Path], database: str = "neo4j", array_delimiter: str = ARRAY_DELIMITER) -> str:
    """The ``neo4j-admin`` command line that loads the exported files into a new database."""
    parts = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={array_delimiter}", "--multiline-fields=true"]
    for path in paths:
        kind = "--relationships" if path.name.startswith("relationships_") else "--nodes"
        parts.append(f"{kind}={path}")
    parts.append(database)
    return shlex.join(parts)


def _write_nodes(directory: Path, node_type: str, nodes: list[Node], delimiter: str) -> Path:
    columns = _property_columns(nodes)
    labels = _join(node_labels(node_type), delimiter)
    path = directory / f"nodes_{node_type}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([*NODE_COLUMNS, *(header for _, header in columns), ":LABEL"])
        for node in nodes:
            values = [_cell(node.properties.get(name)) for name, _ in columns]
            writer.writerow([node.id, node.name, _join(node.aliases, delimiter), _join(node.documents, delimiter), *values, labels])
    return path


def _write_relationships(directory: Path, predicate: str, edges: list[Edge], delimiter: str) -> Path:
    rel_type = RELATIONSHIP_TYPES[predicate]
    path = directory / f"relationships_{rel_type}.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(RELATIONSHIP_HEADER)
        for edge in edges:
            row = edge_row(edge)
            writer.writerow([row["s"], row["o"], rel_type, row["doc"], _join(row["sentences"], delimiter),
                             _join(row["starts"], delimiter), _join(row["ends"], delimiter)])
    return path


def _property_columns(nodes: list[Node]) -> list[tuple[str, str]]:
    """(property, header) for every attribute of these nodes, typed so numbers import as numbers."""
    values: dict[str, list[Any]] = defaultdict(list)
    for node in nodes:
        for name, value in node.properties.items():
            if value is not None:
                values[name].append(value)
    return [(name, name + _type_suffix(found)) for name, found in sorted(values.items())]


def _type_suffix(values: list[Any]) -> str:
    if all(isinstance(v, bool) for v in values):
        return ":boolean"
    if any(isinstance(v, bool) for v in values):
        return ""
    if all(isinstance(v, int) for v in values):
        return ":long"
    if all(isinstance(v, (int, float)) for v in values):
        return ":double"
    return ""


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _join(items: Iterable[Any], delimiter: str) -> str:
    texts = [str(item) for item in items]
    for text in texts:
        if delimiter in text:
            raise ValueError(f"the value {text[:40]!r} contains the array delimiter {delimiter!r}; choose another delimiter")
    return delimiter.join(texts)
