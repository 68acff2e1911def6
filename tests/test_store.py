"""The embedded store: idempotent re-ingest, document replacement, failures that lose nothing."""

from pathlib import Path

import pyoxigraph

import kg.pipeline
from kg.pipeline import extract_path, ingest
from kg.rdf import extraction_quads
from kg.store import GraphStore, encode_document
from loaders.read import iter_document_paths
from queries import load_queries

from .conftest import CORPUS, SEED

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

OWNS_MEASURES = "SELECT ?m WHERE { ?a pk:owns ?m }"


def _snapshot(path: Path) -> set[str]:
    with GraphStore(path, read_only=True) as store:
        return {str(q) for q in store.quads()}


def test_reingesting_an_unchanged_file_changes_nothing(corpus_copy, store_path):
    with GraphStore(store_path) as store:
        first = ingest([corpus_copy], store)
    before = _snapshot(store_path)
    with GraphStore(store_path) as store:
        second = ingest([corpus_copy], store)
    assert len(first.with_status("loaded")) == 4
    assert len(second.with_status("unchanged")) == 4
    assert _snapshot(store_path) == before


def test_forced_reingest_writes_the_same_quads(corpus_copy, store_path):
    with GraphStore(store_path) as store:
        ingest([corpus_copy], store)
    before = _snapshot(store_path)
    with GraphStore(store_path) as store:
        report = ingest([corpus_copy], store, force=True)
    assert len(report.with_status("loaded")) == 4
    assert _snapshot(store_path) == before


def test_a_changed_file_replaces_that_documents_facts(corpus_copy, store_path):
    seed = corpus_copy / SEED.name
    with GraphStore(store_path) as store:
        ingest([corpus_copy], store)
        assert store.select("SELECT ?x WHERE { ?x skos:prefLabel ?n . FILTER(STR(?n) = \"推进国资企业创新发展\") }")
    seed.write_text(seed.read_text(encoding="utf-8").replace("推进国资企业创新发展", "推进国有企业改革深化"), encoding="utf-8")
    with GraphStore(store_path) as store:
        report = ingest([corpus_copy], store)
        assert [o.path.name for o in report.with_status("loaded")] == [SEED.name]
        assert not store.select("SELECT ?x WHERE { ?x skos:prefLabel ?n . FILTER(STR(?n) = \"推进国资企业创新发展\") }")
        assert store.select("SELECT ?x WHERE { ?x skos:prefLabel ?n . FILTER(STR(?n) = \"推进国有企业改革深化\") }")


def test_a_failing_file_is_reported_and_the_rest_still_load(corpus_copy, store_path):
    (corpus_copy / "empty.txt").write_bytes(b"")
    (corpus_copy / "binary.txt").write_bytes(bytes(range(256)) * 4)
    with GraphStore(store_path) as store:
        report = ingest([corpus_copy], store)
    failed = {o.path.name: o.reason for o in report.failed}
    assert set(failed) == {"empty.txt", "binary.txt"}
    assert all(str(corpus_copy) in reason and "\n" not in reason for reason in failed.values())
    assert len(report.with_status("loaded")) == 4


def test_a_file_that_becomes_unreadable_keeps_its_stored_facts(corpus_copy, store_path):
    with GraphStore(store_path) as store:
        ingest([corpus_copy], store)
    before = _snapshot(store_path)
    (corpus_copy / SEED.name).write_bytes(b"\x00\x01\x02" * 100)
    with GraphStore(store_path) as store:
        report = ingest([corpus_copy], store)
    assert [o.path.name for o in report.failed] == [SEED.name]
    assert _snapshot(store_path) == before


def test_parameters_are_bound_not_pasted(corpus_store):
    nasty = ['" } UNION { ?s ?p ?o } #', "' OR 1=1 --", "}\n;DROP ALL", "<script>alert(1)</script>"]
    with GraphStore(corpus_store, read_only=True) as store:
        for value in nasty:
            rows = store.select("SELECT ?x ?name WHERE { ?x skos:prefLabel ?l . FILTER(STR(?l) = STR(?name)) }", {"name": value})
            assert rows == []
        assert len(store) > 0


def _extracted_quads(*roots: Path) -> set[str]:
    """What the store must hold: every file's quads, extracted one by one, put in a memory store
    (which writes numbers in canonical form, ``12.0`` as ``12``, as the disk store does)."""
    memory = pyoxigraph.Store()
    for path in iter_document_paths(roots):
        memory.extend(extraction_quads(extract_path(path)))
    return {str(q) for q in memory}


def test_workers_and_batches_change_neither_the_quads_nor_the_report(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "MIN_FILES_PER_WORKER", 1)  # a pool even for 28 files
    runs = {}
    for name, options in {"in-process": {"workers": 1}, "2 workers, small batches": {"workers": 2, "batch_quads": 3000}}.items():
        seen = []
        with GraphStore(tmp_path / name) as store:
            report = ingest([SAMPLES, CORPUS], store, on_file=seen.append, **options)
        assert seen == report.outcomes
        runs[name] = ([(o.path, o.status, o.quads, o.warnings) for o in report.outcomes], _snapshot(tmp_path / name))
    assert runs["in-process"] == runs["2 workers, small batches"]
    outcomes, quads = runs["in-process"]
    assert [o[0] for o in outcomes] == list(iter_document_paths([SAMPLES, CORPUS]))
    assert quads == _extracted_quads(SAMPLES, CORPUS)


def test_a_batch_adds_new_documents_and_replaces_stored_ones(corpus_copy, store_path):
    seed = corpus_copy / SEED.name
    others = sorted(p for p in corpus_copy.iterdir() if p != seed)
    old_seed = encode_document(extract_path(seed))
    seed.write_text(seed.read_text(encoding="utf-8").replace("推进国资企业创新发展", "推进国有企业改革深化"), encoding="utf-8")
    new_seed = encode_document(extract_path(seed))
    with GraphStore(store_path) as store:
        store.write_documents([old_seed, encode_document(extract_path(others[0]))])
        # the seed is stored, others[1] is new and comes twice: the later copy of each wins
        store.write_documents([encode_document(extract_path(others[1])), old_seed, new_seed,
                               encode_document(extract_path(others[1]))])
    assert _snapshot(store_path) == _extracted_quads(seed, others[0], others[1])



def test_text_with_quotes_backslashes_and_line_breaks_is_stored_as_written(tmp_path):
    text = ('上海市科学技术委员会关于“探索者计划”的答复\n沪科〔2025〕1号\n'
            '一、我委将推进\\"引号\\"与反斜杠\\工作。\r\n二、我委将开展"试点"。\n上海市科学技术委员会\n2025年1月2日\n')
    source = tmp_path / "quotes.txt"
    source.write_text(text, encoding="utf-8")
    extraction = extract_path(source)
    labels = {e.name for e in extraction.entities} | {ev.text for e in extraction.entities for ev in e.evidence}
    stored = {q.object.value for q in extraction_quads(extraction) if isinstance(q.object, pyoxigraph.Literal)}
    assert labels <= stored  # every name and sentence, quotes and backslashes included, parses back unchanged
    assert any("\\" in value and '"' in value for value in stored)


def test_named_queries_sort_their_rows_as_their_order_by_says(corpus_store):
    given = {"agency": "市科委", "name": "上海技术交易所", "document": "沪科建复〔2025〕40号", "deputy": "贺仁龙"}
    with GraphStore(corpus_store, read_only=True) as store:
        for query in load_queries().values():
            params = {p.name: given[p.name] for p in query.params}
            for asked in (params, {k: v for k, v in params.items() if any(p.name == k and p.required for p in query.params)}):
                by_sparql = store.select(query.sparql, query.bindings(asked))  # ORDER BY run by Oxigraph
                assert query.select(store, asked) == by_sparql, query.name
                assert query.select(store, asked, limit=2) == by_sparql[:2], query.name
