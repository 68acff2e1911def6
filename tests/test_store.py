"""The embedded store: idempotent re-ingest, document replacement, failures that lose nothing."""

from pathlib import Path

from kg.pipeline import ingest
from kg.store import GraphStore

from .conftest import SEED

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
