"""Benchmarks for policy-kg at the scale of a whole government: ``python -m bench``.

* :mod:`bench.corpus` — N distinct documents built from the real ones in ``../shared``;
* :mod:`bench.phases` — each measured phase, run in its own process (separate peak RSS);
* :mod:`bench.bolt` — the Neo4j push over Bolt (batched UNWIND vs per-row);
* :mod:`bench.profile` — pyinstrument/cProfile of the extract and ingest paths;
* :mod:`bench.run` — the driver; :mod:`bench.report` — the tables.
"""
