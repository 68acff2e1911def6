"""Shared fixtures: the real documents under tests/fixtures and stores built from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.store import GraphStore

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = FIXTURES / "corpus"
SEED = CORPUS / "000_efadf02fe7c23abc.txt"


@pytest.fixture()
def corpus_copy(tmp_path: Path) -> Path:
    """A private copy of the fixture corpus that a test may modify."""
    target = tmp_path / "docs"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the whole fixture corpus ingested once per test session (read it only)."""
    path = tmp_path_factory.mktemp("corpus-store") / "store"
    with GraphStore(path) as store:
        report = ingest([CORPUS], store)
    assert not report.failed, [o.reason for o in report.failed]
    return path
