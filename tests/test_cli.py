"""Every CLI command on real files, through typer's runner."""

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app

from .conftest import CORPUS, SEED

runner = CliRunner()


def run(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    return result


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "store"
    result = run("ingest", CORPUS, "--store", path)
    assert result.exit_code == 0, result.output
    return path


def test_every_command_has_help_with_an_example():
    commands = ["ingest", "extract", "owns", "show", "queries", "query", "sparql", "export", "stats", "viz", "cypher", "eval"]
    for command in [*([c] for c in commands), ["neo4j", "push"]]:
        result = run(*command, "--help")
        assert result.exit_code == 0, command
        assert "Example" in result.output, command


def test_ingest_prints_a_summary(cli_store):
    result = run("ingest", CORPUS, "--store", cli_store)
    assert result.exit_code == 0
    assert "documents unchanged" in result.output


def test_ingest_lists_failures_and_exits_nonzero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("ingest", tmp_path, "--store", tmp_path / "store")
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "file is empty" in result.output


def test_extract_json_matches_the_contract():
    result = run("extract", SEED, "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"document", "entities", "relations"}
    assert data["document"]["issuer"] == ["上海市科学技术委员会"]
    entity = data["entities"][0]
    assert set(entity) >= {"id", "type", "name", "aliases", "evidence"}
    assert {"subject", "predicate", "object", "evidence"} <= set(data["relations"][0])


def test_extract_ttl_and_table():
    assert "@zh" in run("extract", SEED, "--format", "ttl").stdout
    assert "上海市科学技术委员会" in run("extract", SEED, "--format", "table").stdout


def test_owns_by_alias_lists_the_seed_measures(cli_store):
    result = run("owns", "市科委", "--store", cli_store, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    measures = {r["measure"] for r in rows}
    assert {"聚焦重点领域开展体系化布局", "强化上海技术交易所功能建设", "积极开展“非共识”选题机制探索实践"} <= measures
    assert all(r["agency"] == "上海市科学技术委员会" for r in rows)
    assert all(r["source"].endswith(SEED.name) for r in rows)


def test_owns_other_bureaus(cli_store):
    state = json.loads(run("owns", "市国资委", "--store", cli_store, "-f", "json").stdout)
    assert "推进国资企业创新发展" in {r["measure"] for r in state}
    econ = json.loads(run("owns", "市经济信息化委", "--store", cli_store, "-f", "json").stdout)
    assert "强化创新网络建设" in {r["measure"] for r in econ}


def test_owns_csv_has_a_header(cli_store):
    lines = run("owns", "--store", cli_store, "--format", "csv").stdout.splitlines()
    assert lines[0] == "agency,role,measure,commitment,document,doc_number,source"
    assert len(lines) > 20


def test_owns_unknown_agency_is_a_one_line_error(cli_store):
    result = run("owns", "不存在的委员会", "--store", cli_store)
    assert result.exit_code == 1
    assert "no Agency/Organization named" in result.output


def test_show_an_entity_with_relations_and_evidence(cli_store):
    result = run("show", "探索者计划", "--store", cli_store, "--format", "json")
    assert result.exit_code == 0, result.output
    view = json.loads(result.stdout)
    assert view["type"] == "Program"
    assert any(r["relation"] == "implements" for r in view["relations"])
    assert any("探索者计划" in e["sentence"] for e in view["evidence"])


def test_queries_lists_the_named_queries():
    result = run("queries")
    for name in ("owns", "measures_of_agency", "policies_cited", "co_owners", "figures", "replies_by_deputy", "mentions"):
        assert name in result.output


@pytest.mark.parametrize("name,params", [
    ("owns", []), ("measures_of_agency", ["-p", "agency=市科委"]), ("policies_cited", []),
    ("co_owners", []), ("figures", []), ("replies_by_deputy", []), ("mentions", ["-p", "name=上海技术交易所"]),
])
def test_every_named_query_runs_and_returns_rows(cli_store, name, params):
    result = run("query", name, *params, "--store", cli_store, "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout), name


def test_query_missing_required_parameter(cli_store):
    result = run("query", "measures_of_agency", "--store", cli_store)
    assert result.exit_code == 1
    assert "needs --param agency" in result.output


def test_replies_by_deputy(cli_store):
    rows = json.loads(run("query", "replies_by_deputy", "--store", cli_store, "-f", "json").stdout)
    assert rows == [{"deputy": "贺仁龙", "result": "解决采纳", "replies": 1}]


def test_sparql_with_a_bound_parameter(cli_store):
    result = run("sparql", "SELECT ?x ?alias WHERE { ?x skos:altLabel ?l . FILTER(STR(?l) = STR(?alias)) }",
                 "-p", "alias=市科委", "--store", cli_store, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == [{"x": "https://w3id.org/policykg/id/agency/上海市科学技术委员会"}]


def test_sparql_parameter_must_be_selected(cli_store):
    result = run("sparql", "SELECT ?x WHERE { ?x skos:altLabel ?alias }", "-p", "alias=市科委", "--store", cli_store)
    assert result.exit_code == 1
    assert "SELECT projection" in result.output


def test_sparql_syntax_error_is_one_line(cli_store):
    result = run("sparql", "SELECT WHERE {", "--store", cli_store)
    assert result.exit_code == 1
    assert "SPARQL" in result.output


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nquads", "jsonld"])
def test_export_rdf_formats(cli_store, tmp_path, fmt):
    out = tmp_path / f"graph.{fmt}"
    result = run("export", "--format", fmt, "-o", out, "--store", cli_store)
    assert result.exit_code == 0, result.output
    assert "上海市科学技术委员会" in out.read_text(encoding="utf-8")


def test_export_graphml_for_gephi(cli_store, tmp_path):
    import networkx as nx

    out = tmp_path / "graph.graphml"
    assert run("export", "--format", "graphml", "-o", out, "--store", cli_store).exit_code == 0
    graph = nx.read_graphml(out)
    assert any(d.get("name") == "上海市科学技术委员会" for _, d in graph.nodes(data=True))


def test_stats_counts_and_hubs(cli_store):
    result = run("stats", "--store", cli_store)
    assert result.exit_code == 0, result.output
    assert "most connected" in result.output and "Agency" in result.output


def test_missing_store_is_a_clear_error(tmp_path):
    result = run("owns", "--store", tmp_path / "nope")
    assert result.exit_code == 1
    assert "no store here yet" in result.output


def test_owns_rows_are_not_repeated_when_an_agency_appears_in_several_documents(cli_store):
    rows = json.loads(run("owns", "--store", cli_store, "-f", "json").stdout)
    keys = [tuple(r.values()) for r in rows]
    assert len(keys) == len(set(keys))


def test_ingest_warns_about_text_that_is_no_government_document(tmp_path):
    from .conftest import FIXTURES

    (tmp_path / "novel.txt").write_text((FIXTURES / "not-government-novel.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("ingest", tmp_path, "--store", tmp_path / "store")
    assert result.exit_code == 0
    assert "not a government document" in result.output


def test_a_big5_file_in_traditional_characters_is_found_by_either_scripts_name(tmp_path):
    text = ("國務院辦公廳關於落實有關政策措施分工的通知\n國辦函〔2014〕31號\n國務院各部委、各直屬機構:\n"
            "一、完善國家糧食安全保障體系\n(一)實施國家糧食安全戰略。(發展改革委、農業部、財政部負責)\n國務院辦公廳\n2014年2月23日\n")
    (tmp_path / "zh-hant.txt").write_bytes(text.encode("big5"))
    assert run("ingest", tmp_path / "zh-hant.txt", "--store", tmp_path / "store").exit_code == 0
    for name in ("国家发展改革委", "發展改革委"):
        result = run("owns", name, "--store", tmp_path / "store", "-f", "csv")
        assert result.exit_code == 0 and "實施國家糧食安全戰略" in result.output  # (the measure as written)
