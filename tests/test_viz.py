"""The graph page: selection on the fixture corpus, escaping, and the page in a real Chromium.

The browser tests open the written file the way an analyst would (file://, no network) and check
what vis-network actually drew, that nothing was fetched from outside the page, and that names
taken from a hostile document never run as code, not even in a hover tooltip.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
import pyvis

from kg.graph import read_graph, to_networkx
from kg.pipeline import ingest
from kg.store import GraphStore
from kg.viz import (
    MAX_NODES_WARN,
    VizError,
    find_document,
    render_html,
    select_subgraph,
    size_warning,
    write_graph_page,
)

from .conftest import SEED

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
VIS_JS = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
SEED_ID = "17ec3055213a706c"
SEED_NUMBER = "沪科建复〔2025〕40号"
SCIENCE_COMMISSION = "上海市科学技术委员会"

HOSTILE_NAMES = (
    "<script>alert(1)</script>办法",
    "<img src=x onerror=alert(2)>计划",
    "<img src=y onerror=alert(4) alt=href>规定",
)
# A reply whose policy and program names are markup; the third name also contains "href", which
# would switch pyvis to its innerHTML tooltip template if the page let it.
HOSTILE_REPLY = """上海市科学技术委员会

沪科复〔2025〕99号

对市十六届人大三次会议第9999号代表建议的答复

张三代表：

您提出的“关于加强网页安全的建议”收悉，现答复如下：

一、市科委会同市财政局制定《<script>alert(1)</script>办法》，并组织实施“<img src=x onerror=alert(2)>计划”。

二、市科委落实《<img src=y onerror=alert(4) alt=href>规定》。

上海市科学技术委员会

2025年8月1日
"""


# -- fixtures ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph(corpus_store: Path) -> nx.MultiDiGraph:
    with GraphStore(corpus_store, read_only=True) as store:
        return to_networkx(read_graph(store))


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "hostile.txt").write_text(HOSTILE_REPLY, encoding="utf-8")
    path = folder / "store"
    with GraphStore(path) as store:
        report = ingest([folder / "hostile.txt"], store)
    assert not report.failed, [o.reason for o in report.failed]
    return path


def _names(graph: nx.MultiDiGraph) -> set[str]:
    return {name for _, name in graph.nodes(data="name")}


def _node(graph: nx.MultiDiGraph, name: str) -> str:
    return next(n for n, attrs in graph.nodes(data=True) if attrs["name"] == name)


# -- selection ---------------------------------------------------------------------------------
def test_no_options_select_the_whole_graph(graph):
    selected = select_subgraph(graph)
    assert (selected.number_of_nodes(), selected.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())
    assert selected.graph["selection"] == []


def test_focus_by_alias_and_depth_is_the_undirected_neighbourhood(graph):
    centre = _node(graph, SCIENCE_COMMISSION)
    neighbours = set(graph.predecessors(centre)) | set(graph.successors(centre))
    assert set(select_subgraph(graph, focus="市科委", depth=0)) == {centre}
    one = select_subgraph(graph, focus="市科委", depth=1)
    assert set(one) == {centre} | neighbours
    assert one.number_of_edges() == graph.subgraph(set(one)).number_of_edges()
    two = select_subgraph(graph, focus=SCIENCE_COMMISSION, depth=2)
    assert set(one) < set(two) < set(graph)
    assert any(SCIENCE_COMMISSION in part for part in two.graph["selection"])


def test_an_exact_name_wins_over_longer_names_containing_it(graph):
    assert {"上海市人民政府", "上海市人民政府办公厅建议提案处"} <= _names(graph)
    selected = select_subgraph(graph, focus="上海市人民政府", depth=0)
    assert _names(selected) == {"上海市人民政府"}


def test_a_unique_substring_finds_a_node(graph):
    holders = [n for n, attrs in graph.nodes(data=True) if any("黄浦区科学技术" in x for x in [attrs["name"], *attrs["aliases"]])]
    assert len(holders) == 1
    assert set(select_subgraph(graph, focus="黄浦区科学技术", depth=0)) == set(holders)


def test_an_ambiguous_focus_lists_at_most_five_candidates_on_one_line(graph):
    with pytest.raises(VizError) as shared_alias:
        select_subgraph(graph, focus="区政府")
    assert "上海市松江区人民政府" in str(shared_alias.value) and "上海市黄浦区人民政府" in str(shared_alias.value)
    with pytest.raises(VizError) as many:
        select_subgraph(graph, focus="科")
    message = str(many.value)
    assert "\n" not in message and "ambiguous" in message and "more" in message
    assert message.count("(Agency)") + message.count("(Policy)") + message.count("(Organization)") <= 5


def test_an_unknown_focus_or_depth_is_a_one_line_error(graph):
    with pytest.raises(VizError, match="no node"):
        select_subgraph(graph, focus="不存在的委员会")
    with pytest.raises(VizError, match="depth"):
        select_subgraph(graph, focus="市科委", depth=-1)


def test_type_filter_keeps_only_those_types_and_their_edges(graph):
    selected = select_subgraph(graph, types={"agency", "Measure"})
    kinds = {kind for _, kind in selected.nodes(data="type")}
    assert kinds == {"Agency", "Measure"}
    expected = sum(1 for n, kind in graph.nodes(data="type") if kind in kinds)
    assert selected.number_of_nodes() == expected
    assert selected.number_of_edges() == graph.subgraph(set(selected)).number_of_edges() > 0
    with pytest.raises(VizError, match="unknown entity type Ministry"):
        select_subgraph(graph, types={"Ministry"})


def test_focus_then_type_shows_agencies_reached_through_other_nodes(graph):
    selected = select_subgraph(graph, focus="市科委", depth=2, types={"Agency"})
    assert {kind for _, kind in selected.nodes(data="type")} == {"Agency"}
    assert len(selected) > 1


@pytest.mark.parametrize(
    "query",
    [SEED_ID, SEED_NUMBER, "对市十六届人大三次会议 第1310号代表建议的答复", SEED.name, f"corpus/{SEED.name}", str(SEED.resolve())],
)
def test_a_document_is_found_by_id_number_title_or_path(graph, query):
    assert find_document(graph, query) == SEED_ID


def test_document_selection_is_that_documents_facts_only(graph):
    selected = select_subgraph(graph, document=str(SEED))
    assert {d for _, _, d in selected.edges(data="document")} == {SEED_ID}
    assert selected.number_of_edges() == sum(1 for *_, d in graph.edges(data="document") if d == SEED_ID)
    assert all(SEED_ID in docs for _, docs in selected.nodes(data="documents"))
    shared = _node(graph, "上海市人民政府")
    assert len(graph.nodes[shared]["documents"]) > 1 and shared in selected
    assert selected.degree(shared) < graph.degree(shared)


def test_document_focus_and_type_combine(graph):
    selected = select_subgraph(graph, focus="市科委", depth=1, types={"Measure", "Agency"}, document=SEED.name)
    assert {d for _, _, d in selected.edges(data="document")} == {SEED_ID}
    assert {kind for _, kind in selected.nodes(data="type")} == {"Measure", "Agency"}
    assert len(selected.graph["selection"]) == 3


def test_an_unknown_document_lists_what_is_stored(graph):
    with pytest.raises(VizError) as error:
        select_subgraph(graph, document="nope.txt")
    assert "not in the store" in str(error.value) and SEED.name in str(error.value)


# -- the page ----------------------------------------------------------------------------------
def _hostile_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("https://w3id.org/policykg/id/policy/x", type="Policy", name=HOSTILE_NAMES[0],
                   aliases=["<b>alias</b>"], documents=["d1"])
    graph.add_node("https://w3id.org/policykg/id/program/y", type="Program", name=HOSTILE_NAMES[1], aliases=[], documents=["d1"])
    graph.add_node("<img src=x onerror=alert(3)>", type="Policy", name=HOSTILE_NAMES[2], aliases=[], documents=["d1"])
    graph.add_edge("https://w3id.org/policykg/id/policy/x", "https://w3id.org/policykg/id/program/y", key="cites@d1",
                   predicate="cites", document="d1", evidence=["见<script>alert(5)</script>。"])
    return graph


def test_names_titles_and_heading_are_escaped():
    """Our own HTML is html.escape-d; node and edge data is JSON with ``<`` written as ``\\u003c``."""
    page = render_html(_hostile_graph(), "图谱 <script>alert('heading')</script>")
    lowered = page.lower()
    for raw in ("<script>alert", "<img src=x", "<img src=y", "<b>alias"):
        assert raw not in lowered
    assert "&lt;script&gt;alert(&#x27;heading&#x27;)&lt;/script&gt;" in page  # <title> and <h1>
    assert "\\u003cscript\\u003ealert(1)" in page  # the label, as JSON
    assert "w3id.org" not in page and re.findall(r'"id": "(n\d+)"', page) == ["n0", "n1", "n2"]
    assert "popup.innerHTML" not in page


def test_the_page_links_to_nothing_outside_itself(graph):
    page = render_html(select_subgraph(graph), "all")
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//|@import""", page, re.I)
    assert "cdn.jsdelivr.net" not in page and "bootstrap" not in page.lower()
    # The only absolute URLs left are the licence/SVG-namespace strings of the inlined vis-network.
    vis = VIS_JS.read_text(encoding="utf-8")
    assert all(url in vis for url in re.findall(r"https?://[^\s\"'<>)]+", page))


def test_a_big_graph_still_renders_with_a_warning(monkeypatch, corpus_store, tmp_path):
    big = nx.MultiDiGraph()
    big.add_nodes_from((f"x{i}", {"type": "Agency", "name": f"机构{i}", "aliases": [], "documents": []}) for i in range(MAX_NODES_WARN + 1))
    assert size_warning(big) is not None and "--focus" in size_warning(big)
    assert size_warning(select_subgraph(big, types={"Agency"})) is not None
    assert '"id": "n1500"' in render_html(big, "big")
    monkeypatch.setattr("kg.viz.MAX_NODES_WARN", 10)
    with GraphStore(corpus_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "all.html")
    assert result.warning and "--focus" in result.warning


def test_write_graph_page_reports_what_it_drew(graph, corpus_store, tmp_path):
    output = tmp_path / "nested" / "seed.html"
    with GraphStore(corpus_store, read_only=True) as store:
        result = write_graph_page(store, output, focus="市科委", depth=1, document=SEED.name)
    expected = select_subgraph(graph, focus="市科委", depth=1, document=SEED.name)
    assert (result.path, result.nodes, result.edges, result.warning) == (output, len(expected), expected.number_of_edges(), None)
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and SCIENCE_COMMISSION in page


@pytest.mark.parametrize(("focus", "depth", "types"), [
    ("市科委", 0, None), ("市科委", 1, None), (SCIENCE_COMMISSION, 2, None), ("上海技术交易所", 2, ("Agency",)),
    ("黄浦区科学技术", 3, None), ("https://w3id.org/policykg/id/agency/上海市科学技术委员会", 1, None),
])
def test_focus_reads_only_the_neighbourhood_and_draws_the_same_page(graph, corpus_store, tmp_path, focus, depth, types):
    """--focus walks out from the entity in the store; the page must equal the cut of the whole graph."""
    expected = select_subgraph(graph, focus=focus, depth=depth, types=types)
    with GraphStore(corpus_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "focus.html", focus=focus, depth=depth, types=types)
    title = " · ".join(["policy-kg 知识图谱", *expected.graph["selection"]])
    assert result.path.read_text(encoding="utf-8") == render_html(expected, title)


@pytest.mark.parametrize("focus", ["区政府", "科", "不存在的委员会", "科学技术委员"])
def test_focus_errors_are_those_of_the_whole_graph(graph, corpus_store, tmp_path, focus):
    with pytest.raises(VizError) as expected:
        select_subgraph(graph, focus=focus)
    with GraphStore(corpus_store, read_only=True) as store, pytest.raises(VizError) as found:
        write_graph_page(store, tmp_path / "x.html", focus=focus)
    assert str(found.value) == str(expected.value)


def test_an_empty_selection_is_an_error(corpus_store, tmp_path):
    with GraphStore(corpus_store, read_only=True) as store, pytest.raises(VizError, match="nothing to draw"):
        write_graph_page(store, tmp_path / "x.html", focus="市科委", depth=0, types={"Figure"})
    with GraphStore(tmp_path / "empty") as empty, pytest.raises(VizError, match="no facts"):
        write_graph_page(empty, tmp_path / "y.html")


def test_a_hostile_document_yields_an_escaped_page(hostile_store, tmp_path):
    with GraphStore(hostile_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "hostile.html", focus=HOSTILE_NAMES[0], depth=2)
    page = result.path.read_text(encoding="utf-8").lower()
    assert result.nodes > 3
    assert "<script>alert" not in page and "<img src=" not in page and "popup.innerhtml" not in page


# -- in Chromium -------------------------------------------------------------------------------
@pytest.fixture()
def chromium(tmp_path: Path) -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium chromium-driver fonts-noto-cjk)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     "--no-first-run", f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1400, "height": 900, "deviceScaleFactor": 1, "mobile": False})
        yield driver
    finally:
        driver.quit()


def _open(driver, page: Path) -> None:
    """Load the page after draining the logs of the browser's own start-up pages."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(page.resolve().as_uri())
    WebDriverWait(driver, 90).until(lambda d: d.execute_script("return document.body.dataset.stabilized === 'true'"))


def _drawn(driver) -> tuple[int, int]:
    return tuple(driver.execute_script("return [network.body.data.nodes.length, network.body.data.edges.length]"))


def _outside_requests(driver) -> list[str]:
    messages = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    urls = [m["params"]["request"]["url"] for m in messages if m["method"] == "Network.requestWillBeSent"]
    assert urls, "the performance log recorded no request at all: the check would be vacuous"
    return [url for url in urls if not url.startswith(("file://", "data:"))]


def _severe(driver) -> list[dict]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def _assert_screenshot(driver, path: Path) -> None:
    assert driver.save_screenshot(str(path))
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


def _assert_no_alert(driver) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    with pytest.raises(NoAlertPresentException):
        driver.switch_to.alert  # noqa: B018 - the property raises when no alert is open


@pytest.mark.browser
@pytest.mark.timeout(120)
@pytest.mark.parametrize("document", [None, SEED.name], ids=["whole-graph", "seed-document"])
def test_the_page_draws_the_selection_offline(chromium, graph, corpus_store, tmp_path, document):
    with GraphStore(corpus_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "graph.html", document=document)
    expected = select_subgraph(graph, document=document)
    assert (result.nodes, result.edges) == (expected.number_of_nodes(), expected.number_of_edges())
    _open(chromium, result.path)
    assert _drawn(chromium) == (expected.number_of_nodes(), expected.number_of_edges())
    assert chromium.execute_script("return network.physics.options.enabled") is False  # frozen
    assert _outside_requests(chromium) == []
    assert _severe(chromium) == []
    _assert_screenshot(chromium, tmp_path / "graph.png")


@pytest.mark.browser
@pytest.mark.timeout(120)
def test_the_search_box_selects_and_focuses_a_node_by_alias(chromium, corpus_store, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    with GraphStore(corpus_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "seed.html", document=SEED.name)
    _open(chromium, result.path)
    chromium.find_element(By.ID, "pk-query").send_keys("市科委", Keys.ENTER)
    selected = chromium.execute_script("return network.getSelectedNodes().map(function (id) { return nodes.get(id).pkNames[0]; })")
    assert selected == [SCIENCE_COMMISSION]
    assert SCIENCE_COMMISSION in chromium.find_element(By.ID, "pk-status").text
    chromium.find_element(By.ID, "pk-query").clear()
    chromium.find_element(By.ID, "pk-query").send_keys("没有这个名字", Keys.ENTER)
    assert "not found" in chromium.find_element(By.ID, "pk-status").text
    assert _severe(chromium) == []


@pytest.mark.browser
@pytest.mark.timeout(120)
def test_a_hostile_document_runs_no_code_even_when_hovered(chromium, hostile_store, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    with GraphStore(hostile_store, read_only=True) as store:
        result = write_graph_page(store, tmp_path / "hostile.html")
    _open(chromium, result.path)
    _assert_no_alert(chromium)
    container = chromium.find_element(By.ID, "mynetwork")
    width, height = container.size["width"], container.size["height"]
    for name in HOSTILE_NAMES:
        x, y = chromium.execute_script(
            "var name = arguments[0];"
            "var id = nodes.get().filter(function (n) { return n.pkNames[0] === name; })[0].id;"
            "var p = network.canvasToDOM(network.getPosition(id)); return [p.x, p.y];", name)
        ActionChains(chromium).move_to_element_with_offset(container, int(x - width / 2), int(y - height / 2)).perform()
        time.sleep(0.6)
        tooltip = chromium.execute_script("var t = document.querySelector('div.vis-tooltip'); return t ? t.textContent : '';")
        assert name.replace("href", "hre\u200bf") in tooltip  # shown as text, not parsed
        _assert_no_alert(chromium)
    assert chromium.execute_script("return document.querySelectorAll('img[src=x], img[src=y], [onerror]').length") == 0
    assert _outside_requests(chromium) == []
    assert _severe(chromium) == []
    _assert_screenshot(chromium, tmp_path / "hostile.png")
