"""The CLI commands that reach beyond the embedded store: neo4j push, cypher, query --backend, viz."""

import json

import neo4j
import pytest

from tests.neo4j_server import BoltServer, bolt_server  # noqa: F401  (bolt_server is a fixture)

from .test_cli import cli_store, run  # noqa: F401  (cli_store is a fixture)


@pytest.fixture()
def bolt_env(bolt_server: BoltServer, monkeypatch: pytest.MonkeyPatch) -> BoltServer:  # noqa: F811
    """A wiped server, with its password where the CLI reads it."""
    with neo4j.GraphDatabase.driver(bolt_server.uri, auth=(bolt_server.user, bolt_server.password)) as driver:
        driver.execute_query("MATCH (n) DETACH DELETE n")
    monkeypatch.setenv("NEO4J_PASSWORD", bolt_server.password)
    return bolt_server


@pytest.mark.neo4j
@pytest.mark.timeout(180)
def test_neo4j_push_then_query_and_cypher(cli_store, bolt_env):  # noqa: F811
    target = ["--uri", bolt_env.uri, "--user", bolt_env.user]
    first = run("neo4j", "push", *target, "--store", cli_store)
    assert first.exit_code == 0, first.output
    assert "relationships written" in first.output
    second = run("neo4j", "push", *target, "--store", cli_store)
    assert second.exit_code == 0, second.output
    assert "documents unchanged" in second.output

    on_neo4j = run("query", "owns", "-p", "agency=上海市国有资产监督管理委员会", "--backend", "neo4j", *target, "-f", "json")
    on_store = run("query", "owns", "-p", "agency=上海市国有资产监督管理委员会", "--store", cli_store, "-f", "json")
    assert on_neo4j.exit_code == 0, on_neo4j.output
    assert json.loads(on_neo4j.stdout) == json.loads(on_store.stdout)

    limited = run("query", "owns", "--backend", "neo4j", *target, "-f", "json", "--limit", "2")
    assert limited.exit_code == 0, limited.output
    assert json.loads(limited.stdout) == json.loads(run("query", "owns", "--store", cli_store, "-f", "json").stdout)[:2]
    assert "showing the first 2 rows" in limited.stderr

    cypher = run("cypher", "MATCH (a:Agency) WHERE $alias IN a.aliases RETURN a.name AS name", "-p", "alias=市科委",
                 *target, "-f", "json")
    assert cypher.exit_code == 0, cypher.output
    assert json.loads(cypher.stdout) == [{"name": "上海市科学技术委员会"}]


@pytest.mark.neo4j
@pytest.mark.timeout(120)
def test_neo4j_wrong_password_is_one_line(cli_store, bolt_env, monkeypatch):  # noqa: F811
    monkeypatch.setenv("NEO4J_PASSWORD", "not-the-password")
    result = run("neo4j", "push", "--uri", bolt_env.uri, "--user", bolt_env.user, "--store", cli_store)
    assert result.exit_code == 1
    assert "password" in result.output and len(result.output.strip().splitlines()) == 1


def test_neo4j_unreachable_server_is_one_line(cli_store, monkeypatch):  # noqa: F811
    monkeypatch.setenv("NEO4J_PASSWORD", "x")
    result = run("neo4j", "push", "--uri", "bolt://127.0.0.1:9", "--user", "neo4j", "--store", cli_store)
    assert result.exit_code == 1
    assert "cannot reach" in result.output


def test_limit_shows_the_first_rows_and_says_there_are_more(cli_store):  # noqa: F811
    everything = json.loads(run("owns", "--store", cli_store, "-f", "json").stdout)
    assert len(everything) > 100  # csv/json are exports: all rows unless --limit says otherwise
    first = run("query", "owns", "--store", cli_store, "-f", "json", "--limit", "3")
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == everything[:3]
    assert "showing the first 3 rows" in first.stderr
    table = run("owns", "--store", cli_store)  # a table pages by default
    assert table.exit_code == 0 and "showing the first 100 rows" in table.stderr
    assert "showing" not in run("owns", "--store", cli_store, "--limit", "0").stderr
    exact = run("query", "owns", "--store", cli_store, "-f", "json", "--limit", str(len(everything)))
    assert json.loads(exact.stdout) == everything and "showing" not in exact.stderr
    assert run("owns", "--store", cli_store, "--limit", "-1").exit_code == 1


def test_viz_writes_an_offline_page(cli_store, tmp_path):  # noqa: F811
    page = tmp_path / "graph.html"
    result = run("viz", "-o", page, "--focus", "市科委", "--depth", "1", "--store", cli_store)
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "上海市科学技术委员会" in html
    assert "cdn.jsdelivr.net" not in html


def test_viz_unknown_focus_is_an_error(cli_store, tmp_path):  # noqa: F811
    result = run("viz", "-o", tmp_path / "g.html", "--focus", "不存在的机构", "--store", cli_store)
    assert result.exit_code == 1


def test_export_neo4j_csv_prints_the_import_command(cli_store, tmp_path):  # noqa: F811
    result = run("export", "--format", "neo4j-csv", "-o", tmp_path / "csv", "--store", cli_store)
    assert result.exit_code == 0, result.output
    assert "neo4j-admin database import full" in result.output
    assert any(p.name.startswith("nodes_Agency") for p in (tmp_path / "csv").iterdir())
