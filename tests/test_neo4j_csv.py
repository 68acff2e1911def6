"""kg.neo4j_csv: files in the shape ``neo4j-admin database import full`` reads, holding the whole graph."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

import pytest

from kg.graph import Edge, EvidenceRow, GraphData, Node, read_graph
from kg.neo4j_csv import export_neo4j_csv, import_command
from kg.pipeline import ingest
from kg.store import GraphStore

CORPUS = Path(__file__).parent / "fixtures" / "corpus"
AGENCY = "https://w3id.org/policykg/id/agency/上海市科学技术委员会"
MEASURE = "https://w3id.org/policykg/id/measure/d1-2"
FIGURE = "https://w3id.org/policykg/id/figure/d1/30%25"
REPLY = "https://w3id.org/policykg/id/document/d1"


def small_graph() -> GraphData:
    nodes = {
        AGENCY: Node(AGENCY, "Agency", "上海市科学技术委员会", ["市科委"], {"level": "municipal"}, ["d1", "d2"]),
        MEASURE: Node(MEASURE, "Measure", "强化功能建设", [], {"commitment": "done", "label": "二"}, ["d1"]),
        FIGURE: Node(FIGURE, "Figure", "30%", [], {"value": 30.0, "unit": "%"}, ["d1"]),
        REPLY: Node(REPLY, "Reply", "关于“链长”的答复", [], {"date": "2025-08-01", "doc_number": "沪科建复〔2025〕40号"}, ["d1"]),
    }
    edges = [
        Edge(AGENCY, "owns", MEASURE, "d1", [
            EvidenceRow("d1", "第二句，含\"引号\"\n和换行。", 20, 32),
            EvidenceRow("d1", "第一句。", 3, 7),
        ]),
        Edge(FIGURE, "measures", MEASURE, "d1", [EvidenceRow("d1", "不低于30%。", 40, 47)]),
        Edge(REPLY, "issued_by", AGENCY, "d1"),
    ]
    return GraphData(nodes, edges)


def read_csv(path: Path) -> tuple[list[str], list[list[str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_node_files_have_import_headers(tmp_path: Path) -> None:
    paths = export_neo4j_csv(small_graph(), tmp_path)
    assert sorted(p.name for p in paths) == sorted([
        "nodes_Agency.csv", "nodes_Figure.csv", "nodes_Measure.csv", "nodes_Reply.csv",
        "relationships_ISSUED_BY.csv", "relationships_MEASURES.csv", "relationships_OWNS.csv",
    ])
    header, rows = read_csv(tmp_path / "nodes_Agency.csv")
    assert header == ["id:ID", "name", "aliases:string[]", "documents:string[]", "level", ":LABEL"]
    assert rows == [[AGENCY, "上海市科学技术委员会", "市科委", "d1;d2", "municipal", "Agency"]]
    header, rows = read_csv(tmp_path / "nodes_Figure.csv")
    assert header == ["id:ID", "name", "aliases:string[]", "documents:string[]", "unit", "value:double", ":LABEL"]
    assert rows == [[FIGURE, "30%", "", "d1", "%", "30.0", "Figure"]]
    header, rows = read_csv(tmp_path / "nodes_Reply.csv")
    assert header[-3:] == ["date", "doc_number", ":LABEL"]
    assert rows[0][-1] == "Reply;Document"  # documents carry both labels, as push_graph writes them


def test_relationship_files_have_import_headers(tmp_path: Path) -> None:
    export_neo4j_csv(small_graph(), tmp_path)
    header, rows = read_csv(tmp_path / "relationships_OWNS.csv")
    assert header == [":START_ID", ":END_ID", ":TYPE", "document", "sentences:string[]", "starts:int[]", "ends:int[]"]
    assert rows == [[AGENCY, MEASURE, "OWNS", "d1", "第一句。;第二句，含\"引号\"\n和换行。", "3;20", "7;32"]]
    _, rows = read_csv(tmp_path / "relationships_ISSUED_BY.csv")
    assert rows == [[REPLY, AGENCY, "ISSUED_BY", "d1", "", "", ""]]


def test_the_corpus_round_trips(tmp_path: Path) -> None:
    store = GraphStore(tmp_path / "store")
    assert not ingest(sorted(CORPUS.glob("*.txt")), store).failed
    data = read_graph(store)
    paths = export_neo4j_csv(data, tmp_path / "csv")
    nodes: dict[str, tuple[str, list[str], str]] = {}
    edges = set()
    for path in paths:
        header, rows = read_csv(path)
        for row in rows:
            record = dict(zip(header, row, strict=True))
            if path.name.startswith("nodes_"):
                aliases = record["aliases:string[]"].split(";") if record["aliases:string[]"] else []
                nodes[record["id:ID"]] = (record["name"], aliases, record[":LABEL"])
            else:
                edges.add((record[":START_ID"], record[":TYPE"], record[":END_ID"], record["document"], record["sentences:string[]"]))
    assert {k: v[:2] for k, v in nodes.items()} == {n.id: (n.name, n.aliases) for n in data.nodes.values()}
    assert len(edges) == len(data.edges)
    assert {(e.subject, e.predicate.upper(), e.object, e.document) for e in data.edges} == {e[:4] for e in edges}


def test_delimiter_inside_a_value_is_refused(tmp_path: Path) -> None:
    data = small_graph()
    data.nodes[AGENCY].aliases.append("科委;市科委")
    with pytest.raises(ValueError, match="array delimiter"):
        export_neo4j_csv(data, tmp_path)
    paths = export_neo4j_csv(data, tmp_path, array_delimiter="|")
    _, rows = read_csv(tmp_path / "nodes_Agency.csv")
    assert rows[0][2] == "市科委|科委;市科委"
    assert "--array-delimiter=|" in shlex.split(import_command(paths, array_delimiter="|"))


def test_import_command_names_every_file(tmp_path: Path) -> None:
    paths = export_neo4j_csv(small_graph(), tmp_path / "out dir")
    words = shlex.split(import_command(paths, database="policykg"))
    assert words[:4] == ["neo4j-admin", "database", "import", "full"]
    assert "--array-delimiter=;" in words and "--multiline-fields=true" in words and words[-1] == "policykg"
    assert sorted(w.split("=", 1)[1] for w in words if w.startswith(("--nodes=", "--relationships="))) == sorted(map(str, paths))
    assert sum(w.startswith("--relationships=") for w in words) == 3
