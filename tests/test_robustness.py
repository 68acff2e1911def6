"""Fault tests: concurrent writers, a killed ingest, hostile names, random and mutated text."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.pipeline import ingest
from kg.store import GraphStore, StoreError
from loaders.extract import extract_text
from loaders.structure import parse

from .conftest import SEED

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_TEXT = SEED.read_text(encoding="utf-8")

HOLD_LOCK = """
import sys, time
from kg.store import GraphStore
store = GraphStore(sys.argv[1])
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
store.close()
"""


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "locked"
    return holder


def _policykg(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


@pytest.mark.timeout(60)
def test_a_second_writer_gives_a_clear_error_when_the_lock_is_held_too_long(store_path):
    holder = _hold_lock(store_path, 10)
    try:
        result = _policykg("ingest", str(SEED), "--store", str(store_path), env={"POLICYKG_LOCK_WAIT": "1"})
    finally:
        holder.kill()
    assert result.returncode == 1
    assert "in use by another policykg process" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.timeout(60)
def test_two_writers_run_one_after_the_other(store_path):
    holder = _hold_lock(store_path, 2)
    result = _policykg("ingest", str(SEED), "--store", str(store_path), env={"POLICYKG_LOCK_WAIT": "30"})
    holder.wait()
    assert result.returncode == 0, result.stderr
    with GraphStore(store_path, read_only=True) as store:
        assert len(store.document_ids()) == 1


def test_readers_do_not_wait_for_a_writer(corpus_store):
    with GraphStore(corpus_store) as writer:
        with GraphStore(corpus_store, read_only=True) as reader:
            assert len(reader.document_ids()) == len(writer.document_ids()) == 4


def test_store_error_names_the_folder(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="file-not-folder"):
        GraphStore(blocker)


def _consistent(store_path: Path) -> tuple[int, int]:
    """Every document graph in the store is whole: its document node, hash and facts are there."""
    with GraphStore(store_path, read_only=True) as store:
        rows = store.select("""
            SELECT ?g (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?sha) AS ?hashes) (COUNT(DISTINCT ?a) AS ?assertions)
            WHERE { GRAPH ?g { ?doc a pk:Document ; pk:sha256 ?sha . OPTIONAL { ?a a pk:Assertion } } } GROUP BY ?g
        """, union=False)
        graphs = len(store.document_ids())
    assert len(rows) == graphs
    assert all(r["docs"] == 1 and r["hashes"] == 1 and r["assertions"] > 0 for r in rows), rows
    return graphs, sum(r["assertions"] for r in rows)


INGEST_AND_REPORT = """
import sys
from pathlib import Path
from kg.pipeline import ingest
from kg.store import GraphStore
store = GraphStore(sys.argv[1])
ingest([Path(sys.argv[2])], store, workers=2, batch_quads=int(sys.argv[3]), on_file=lambda o: print(o.status, flush=True))
"""


@pytest.mark.timeout(300)
def test_an_ingest_killed_midway_leaves_only_whole_documents(tmp_path, store_path):
    """Killed after a third of the files: batches of ~8 documents were written, more were in flight."""
    docs = tmp_path / "docs"
    for copy in range(10):
        shutil.copytree(SAMPLES, docs / f"copy{copy}")
    total = sum(1 for _ in docs.rglob("*.txt"))
    process = subprocess.Popen([sys.executable, "-c", INGEST_AND_REPORT, str(store_path), str(docs), "3000"],
                               stdout=subprocess.PIPE, text=True, start_new_session=True)
    for _ in range(total // 3):
        assert process.stdout.readline(), "the ingest stopped before it was killed"
    os.killpg(process.pid, signal.SIGKILL)  # the writer and its extraction workers
    process.wait()
    graphs, _ = _consistent(store_path)
    assert 0 < graphs < total, "the kill came before the first write or after the last; the test proved nothing"

    with GraphStore(store_path) as store:
        report = ingest([docs], store)
    assert len(report.with_status("unchanged")) == graphs
    assert not report.failed
    assert _consistent(store_path)[0] == total


HOSTILE = ['" } UNION { ?s ?p ?o } #', "' OR 1=1 --", "}\n;DROP ALL", "<script>alert(1)</script>", "{{x}}", "\\u0022"]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_on_the_command_line_are_just_names(corpus_store, name):
    before = _consistent(corpus_store)
    for command in (["owns", name], ["show", name], ["query", "mentions", "-p", f"name={name}"]):
        result = _policykg(*command, "--store", str(corpus_store), "--format", "json")
        assert result.returncode in (0, 1), result.stderr
        assert "Traceback" not in result.stderr
        if result.returncode == 0:
            assert json.loads(result.stdout) == []
        else:
            assert len(result.stderr.strip().splitlines()) == 1
    assert _consistent(corpus_store) == before


def test_hostile_text_inside_a_document_is_stored_as_text(tmp_path, store_path):
    doc = tmp_path / "hostile.txt"
    doc.write_text(SEED_TEXT.replace("探索者计划", "探索者\"} UNION {计划").replace("上海国际技术交易市场", "<script>alert(1)</script>市场"),
                   encoding="utf-8")
    with GraphStore(store_path) as store:
        report = ingest([doc], store)
        assert not report.failed
        names = {r["n"] for r in store.select("SELECT ?n WHERE { ?x skos:prefLabel ?n }")}
    assert any("<script>alert(1)</script>" in n for n in names)


# -- property-based: the parser and the extractor never crash and never point outside the text

SEED_LINES = SEED_TEXT.splitlines()
mutated = st.builds(
    lambda lines, cut, junk: "\n".join(lines)[:cut] + junk,
    st.lists(st.sampled_from(SEED_LINES), min_size=1, max_size=25),
    st.integers(min_value=0, max_value=4000),
    st.text(alphabet=st.sampled_from(list("一二三是、（）()《》“”。；：\n*#0123456789 市区委局办号〔〕")), max_size=60),
)


def _check(text: str) -> None:
    extraction = extract_text(text, "fuzz.txt")
    for item in [*extraction.entities, *extraction.relations]:
        for evidence in item.evidence:
            assert 0 <= evidence.start <= evidence.end <= len(extraction.text)
            assert extraction.text[evidence.start : evidence.end] == evidence.text
    ids = {e.id for e in extraction.entities}
    for relation in extraction.relations:
        assert relation.subject in ids and relation.object in ids


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated)
def test_mutated_replies_extract_without_crashing(text):
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_random_text_extracts_without_crashing(text):
    _check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_parser_blocks_and_sentences_stay_inside_the_text(text):
    parsed = parse(text)
    for sentence in parsed.sentences:
        assert parsed.text[sentence.start : sentence.end] == sentence.text
    for block in parsed.all_blocks():
        assert 0 <= block.start <= block.heading_start <= block.heading_end <= len(parsed.text)
        assert block.start <= block.end <= len(parsed.text)
