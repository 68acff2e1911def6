"""``policykg``: a thin typer shell over the library API (kg.pipeline, kg.store, queries …).

Every command parses its arguments, calls one library function and prints.  Errors the user
can fix are printed as one line naming the file or name and the reason, with exit code 1.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.analytics import graph_stats
from kg.export import ALL_FORMATS, export_graphml, export_rdf
from kg.graph import read_graph
from kg.lookup import NameLookupError, describe, find_one
from kg.pipeline import ExtractionError, FileOutcome, extract_path, ingest
from kg.rdf import extraction_quads
from kg.store import GraphStore, StoreError, default_store_path
from loaders.read import ReadError, iter_document_paths
from queries import QueryError, get_query, load_queries

app = typer.Typer(
    help="policy-kg: turn Chinese government replies, notices and plans into a knowledge graph and question it.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
console = Console()
err = Console(stderr=True)

UriOption = Annotated[str, typer.Option("--uri", envvar="NEO4J_URI", help="Bolt URI ($NEO4J_URI).")]
UserOption = Annotated[str, typer.Option("--user", envvar="NEO4J_USER", help="User ($NEO4J_USER).")]
DatabaseOption = Annotated[str | None, typer.Option("--database", help="Database name (Neo4j 4+).")]
StoreOption = Annotated[
    Path | None,
    typer.Option("--store", help="Store folder (default: $POLICYKG_STORE or ./policykg-data).", show_default=False),
]
FormatOption = Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")]
TABLE_LIMIT = 100  # rows a table shows unless --limit says otherwise


class UserError(Exception):
    """Anything the user can fix; printed as one line."""


def _fail(message: str) -> None:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True, soft_wrap=True)
    raise typer.Exit(1)


def _open_store(path: Path | None, *, write: bool = False) -> GraphStore:
    try:
        return GraphStore(path or default_store_path(), read_only=not write)
    except StoreError as error:
        _fail(str(error))
        raise  # unreachable; keeps type checkers calm


def _params(pairs: list[str] | None) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            _fail(f"--param takes NAME=VALUE, got {pair!r}")
        params[key.strip()] = value
    return params


def print_rows(rows: list[dict[str, Any]], fmt: str, title: str | None = None) -> None:
    """Rows as a rich table, JSON (a list of objects) or CSV with a header."""
    if fmt == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        sys.stdout.write(buffer.getvalue())
        return
    if fmt != "table":
        _fail(f"unknown format {fmt!r}; use table, json or csv")
    if not rows:
        console.print("(no rows)")
        return
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
    console.print(table)


# ------------------------------------------------------------------------------------ ingest


@app.command("ingest")
def ingest_command(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (read recursively).")],
    store: StoreOption = None,
    force: Annotated[bool, typer.Option(help="Re-extract files even when unchanged.")] = False,
    strict: Annotated[bool, typer.Option(help="Stop at the first file that fails.")] = False,
    workers: Annotated[int | None, typer.Option(min=1, help="Extraction processes (default: one per CPU; 1 = in this process).",
                                                show_default=False)] = None,
) -> None:
    """Read documents into the store and print what was found.

    Example: [bold]policykg ingest ../shared/seed ../shared/corpus/shanghai[/bold]

    Unchanged files are skipped; a changed file replaces that document's facts; files that
    fail are listed with the reason and the rest still load.  Exit code 1 if any file failed.
    """
    graph_store = _open_store(store, write=True)
    try:
        files = list(iter_document_paths(paths))
    except ReadError as error:
        _fail(str(error))
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("ingesting", total=len(files))

        def advance(outcome: FileOutcome) -> None:
            progress.update(task, advance=1, description=outcome.path.name[:40])
            if outcome.status == "failed":
                progress.console.print(f"[red]failed:[/red] {outcome.reason}", highlight=False, soft_wrap=True)
            for warning in outcome.warnings:
                progress.console.print(f"[yellow]warning:[/yellow] {warning}", highlight=False, soft_wrap=True)

        try:
            report = ingest(files, graph_store, force=force, strict=strict, on_file=advance, workers=workers)
        except StoreError as error:
            _fail(str(error))
    graph_store.close()

    table = Table(title="ingest summary")
    table.add_column("what")
    table.add_column("count", justify="right")
    for status in ("loaded", "unchanged", "failed"):
        table.add_row(f"documents {status}", str(len(report.with_status(status))))
    table.add_row("warnings", str(len(report.warnings)))
    for entity_type, count in sorted(report.entity_counts().items()):
        table.add_row(f"  {entity_type}", str(count))
    table.add_row("relations", str(report.relation_count))
    console.print(table)
    if report.failed:
        raise typer.Exit(1)


# ------------------------------------------------------------------------------------ extract


@app.command("extract")
def extract_command(
    file: Annotated[Path, typer.Argument(help="One document.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="json, ttl or table.")] = "json",
) -> None:
    """Print what one file yields, without touching the store.

    Example: [bold]policykg extract ../shared/seed/000_efadf02fe7c23abc.txt --format table[/bold]
    """
    try:
        extraction = extract_path(file)
    except (ReadError, ExtractionError) as error:
        _fail(str(error))
    if fmt == "json":
        sys.stdout.write(json.dumps(extraction.to_json(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "ttl":
        import pyoxigraph

        from ontology import PREFIXES

        triples = [pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in extraction_quads(extraction)]
        sys.stdout.write(pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=dict(PREFIXES)).decode())
    elif fmt == "table":
        meta = extraction.document
        console.print(f"[bold]{meta.title or meta.source}[/bold]  {meta.doc_number}  {meta.kind}  {meta.date}", highlight=False)
        names = {e.id: e.name for e in extraction.entities}
        print_rows([{"type": e.type, "name": e.name, "aliases": "、".join(e.aliases)}
                    for e in extraction.entities if e.type not in ("Figure",)], "table", "entities")
        print_rows([{"subject": names.get(r.subject, r.subject), "relation": r.predicate, "object": names.get(r.object, r.object)}
                    for r in extraction.relations if r.predicate not in ("mentions", "part_of")], "table", "relations")
    else:
        _fail(f"unknown format {fmt!r}; use json, ttl or table")


# ------------------------------------------------------------------------------------ questions


LimitOption = Annotated[int | None, typer.Option(
    "--limit", help=f"At most N rows (default: {TABLE_LIMIT} in a table, all in csv/json; 0 = all).", show_default=False)]


def _row_limit(limit: int | None, fmt: str) -> int | None:
    """The rows to show: a table is read by a person, so it pages by default; csv/json are exports."""
    if limit is None:
        return TABLE_LIMIT if fmt == "table" else None
    if limit < 0:
        _fail(f"--limit takes 0 (all rows) or a positive number, not {limit}")
    return limit or None


def _print_limited(rows: list[dict[str, Any]], limit: int | None, fmt: str, title: str) -> None:
    """``rows`` were asked for with one row over ``limit``: that row only says there are more."""
    if limit is not None and len(rows) > limit:
        print_rows(rows[:limit], fmt, title)
        err.print(f"showing the first {limit} rows; more match: --limit N shows more, --limit 0 all", highlight=False)
    else:
        print_rows(rows, fmt, title)


def _run_named(name: str, params: dict[str, str], store: Path | None, limit: int | None = None) -> list[dict[str, Any]]:
    """A named query's rows; with ``limit``, only the first ``limit + 1`` (one more tells there are more)."""
    named = get_query(name)
    named.bindings(params)  # a wrong parameter fails before the store is opened
    graph_store = _open_store(store)
    try:
        return named.select(graph_store, params, None if limit is None else limit + 1)
    finally:
        graph_store.close()


def _canonical_agency(name: str, store: Path | None) -> str:
    """An alias or part of a name → the agency's canonical name (exact labels pass through)."""
    graph_store = _open_store(store)
    try:
        return find_one(graph_store, name, ("Agency", "Organization")).name
    except NameLookupError as error:
        _fail(str(error))
        raise
    finally:
        graph_store.close()


@app.command("owns")
def owns_command(
    agency: Annotated[str | None, typer.Argument(help="An agency's name or any alias (市科委).")] = None,
    store: StoreOption = None,
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """Which bureau owns which measure, with the source document of each row.

    Example: [bold]policykg owns 市科委[/bold]   ·   [bold]policykg owns --format csv > owns.csv[/bold]
    """
    rows_wanted = _row_limit(limit, fmt)
    params = {"agency": _canonical_agency(agency, store)} if agency else {}
    try:
        rows = _run_named("owns", params, store, rows_wanted)
    except QueryError as error:
        _fail(str(error))
    _print_limited(rows, rows_wanted, fmt, f"measures owned by {agency}" if agency else "measures by owner")


@app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(help="Any entity's name or alias.")],
    store: StoreOption = None,
    fmt: FormatOption = "table",
) -> None:
    """One entity: type, aliases, every relation and the evidence sentences.

    Example: [bold]policykg show 探索者计划[/bold]
    """
    graph_store = _open_store(store)
    try:
        view = describe(graph_store, find_one(graph_store, name))
    except NameLookupError as error:
        _fail(str(error))
    finally:
        graph_store.close()
    if fmt == "json":
        sys.stdout.write(json.dumps({
            "id": view.iri, "name": view.name, "type": view.type, "aliases": view.aliases,
            "properties": view.properties, "relations": [vars(r) for r in view.relations],
            "evidence": [{"document": d, "sentence": s} for d, s in view.evidence],
        }, ensure_ascii=False, indent=2) + "\n")
        return
    console.print(f"[bold]{view.name}[/bold]  ({view.type})  {view.iri}", highlight=False)
    if view.aliases:
        console.print("aliases: " + "、".join(view.aliases), highlight=False)
    for key, value in sorted(view.properties.items()):
        console.print(f"{key}: {value}", highlight=False)
    print_rows([{"relation": r.relation, "direction": "→" if r.direction == "out" else "←", "other": r.other,
                 "type": r.other_type, "document": r.document, "sentence": r.sentence} for r in view.relations],
               "table", "relations")
    print_rows([{"document": d, "sentence": s} for d, s in view.evidence], "table", "evidence")


@app.command("queries")
def queries_command() -> None:
    """List the named queries and their parameters.

    Example: [bold]policykg queries[/bold]
    """
    rows = []
    for named in load_queries().values():
        params = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in named.params)
        rows.append({"name": named.name, "parameters": params, "description": named.description,
                     "backends": "sparql" + (", neo4j" if named.cypher else "")})
    print_rows(rows, "table", "named queries")


@app.command("query")
def query_command(
    name: Annotated[str, typer.Argument(help="A named query (see `policykg queries`).")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE, repeatable.")] = None,
    backend: Annotated[str, typer.Option(help="sparql (the embedded store) or neo4j (a Bolt server).")] = "sparql",
    store: StoreOption = None,
    uri: UriOption = "bolt://localhost:7687",
    user: UserOption = "neo4j",
    database: DatabaseOption = None,
    fmt: FormatOption = "table",
    limit: LimitOption = None,
) -> None:
    """Run a named query with bound parameters, on the embedded store or on Neo4j.

    Example: [bold]policykg query measures_of_agency --param agency=上海市科学技术委员会[/bold]
    ·   [bold]policykg query owns -p agency=市科委 --backend neo4j[/bold]
    """
    rows_wanted = _row_limit(limit, fmt)
    try:
        if backend == "neo4j":
            from kg.neo4j import run_named_cypher

            with _bolt(uri, user, database) as driver:
                rows = run_named_cypher(driver, get_query(name), _params(param), database,
                                        None if rows_wanted is None else rows_wanted + 1)
        elif backend == "sparql":
            rows = _run_named(name, _params(param), store, rows_wanted)
        else:
            _fail(f"unknown backend {backend!r}; use sparql or neo4j")
    except QueryError as error:
        _fail(str(error))
    _print_limited(rows, rows_wanted, fmt, name)


@app.command("sparql")
def sparql_command(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or a file holding one.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE bound to ?NAME.")] = None,
    store: StoreOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Run any SPARQL SELECT over all documents (prefixes pk:, skos:, dcterms:, prov: … predefined).

    A --param NAME=VALUE is bound to ?NAME (the query must SELECT ?NAME; it is left out of the output).

    Example: [bold]policykg sparql 'SELECT ?name WHERE { ?a a pk:Agency ; skos:prefLabel ?name }'[/bold]
    """
    text = Path(query).read_text(encoding="utf-8") if query.endswith((".rq", ".sparql")) and Path(query).exists() else query
    graph_store = _open_store(store)
    try:
        rows = graph_store.select(text, _params(param))
    except (SyntaxError, ValueError, RuntimeError, StoreError) as error:
        _fail(f"SPARQL: {str(error).splitlines()[0]}")
    finally:
        graph_store.close()
    print_rows(rows, fmt)


# ------------------------------------------------------------------------------------ export / stats


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help=f"One of: {', '.join(ALL_FORMATS)}.")] = "trig",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout; required for graphml).")] = None,
    store: StoreOption = None,
) -> None:
    """Write the whole graph out.

    Example: [bold]policykg export --format graphml -o policykg.graphml[/bold]  (open in Gephi)
    ·   [bold]policykg export --format neo4j-csv -o import/[/bold]  (for neo4j-admin database import)
    """
    if fmt not in (*ALL_FORMATS, "neo4j-csv"):
        _fail(f"unknown format {fmt!r}; use one of {', '.join(ALL_FORMATS)}, neo4j-csv")
    graph_store = _open_store(store)
    try:
        if fmt == "neo4j-csv":
            from kg.neo4j_csv import export_neo4j_csv, import_command

            if output is None:
                _fail("neo4j-csv needs --output DIR")
            paths = export_neo4j_csv(read_graph(graph_store), output)
            console.print(f"wrote {len(paths)} CSV files to {output}; load them with:", highlight=False)
            console.print(import_command(paths), highlight=False, soft_wrap=True)
        elif fmt == "graphml":
            if output is None:
                _fail("graphml needs --output FILE")
            export_graphml(graph_store, output)
        else:
            data = export_rdf(graph_store, fmt)
            if output:
                output.write_bytes(data)
            else:
                sys.stdout.buffer.write(data)
    finally:
        graph_store.close()
    if output and fmt != "neo4j-csv":
        err.print(f"wrote {output}", highlight=False)


@app.command("stats")
def stats_command(store: StoreOption = None, top: Annotated[int, typer.Option(help="How many hubs to list.")] = 10) -> None:
    """Counts by type and relation, and the most connected entities.

    Example: [bold]policykg stats --top 5[/bold]
    """
    graph_store = _open_store(store)
    try:
        stats = graph_stats(read_graph(graph_store), top)
    finally:
        graph_store.close()
    print_rows([{"what": "documents", "count": stats.documents}]
               + [{"what": t, "count": c} for t, c in sorted(stats.entities.items())]
               + [{"what": f"relation {p}", "count": c} for p, c in sorted(stats.relations.items())], "table", "graph")
    print_rows([{"entity": n, "type": t, "degree": d} for n, t, d in stats.most_connected], "table", "most connected")


# ------------------------------------------------------------------------------------ viz


@app.command("viz")
def viz_command(
    output: Annotated[Path, typer.Option("--output", "-o", help="The HTML page to write.")] = Path("graph.html"),
    focus: Annotated[str | None, typer.Option(help="Only the neighbourhood of this entity (any alias).")] = None,
    depth: Annotated[int, typer.Option(help="How many steps around --focus.")] = 2,
    types: Annotated[str | None, typer.Option("--type", help="Only these types, comma-separated (Agency,Measure).")] = None,
    document: Annotated[str | None, typer.Option(help="Only one document's facts (path, title or number).")] = None,
    store: StoreOption = None,
) -> None:
    """Write one self-contained HTML page of the graph that works offline.

    Example: [bold]policykg viz --focus 市科委 --depth 2 -o kexin.html[/bold]
    """
    from kg.viz import VizError, write_graph_page

    graph_store = _open_store(store)
    try:
        result = write_graph_page(graph_store, output, focus=focus, depth=depth,
                                  types=types.split(",") if types else None, document=document)
    except VizError as error:
        _fail(str(error))
    finally:
        graph_store.close()
    if result.warning:
        err.print(f"[yellow]warning:[/yellow] {result.warning}", highlight=False, soft_wrap=True)
    console.print(f"wrote {result.path}: {result.nodes} nodes, {result.edges} edges", highlight=False)


# ------------------------------------------------------------------------------------ neo4j

neo4j_app = typer.Typer(help="Push the graph to Neo4j (or any Bolt server) and query it there.", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")


def _password() -> str:
    """From $NEO4J_PASSWORD, else a hidden prompt: never a command-line argument."""
    password = os.environ.get("NEO4J_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            _fail("set NEO4J_PASSWORD (no terminal to prompt for it)")
        password = typer.prompt("Neo4j password", hide_input=True)
    return password


@contextmanager
def _bolt(uri: str, user: str, database: str | None) -> Iterator[Any]:
    from kg.neo4j import Neo4jBackendError, connect

    try:
        driver = connect(uri, user, _password(), database)
    except Neo4jBackendError as error:
        _fail(str(error))
    try:
        yield driver
    except Neo4jBackendError as error:
        _fail(str(error))
    finally:
        driver.close()


@neo4j_app.command("push")
def neo4j_push_command(
    uri: UriOption = "bolt://localhost:7687",
    user: UserOption = "neo4j",
    database: DatabaseOption = None,
    batch_size: Annotated[int, typer.Option(help="Rows per UNWIND batch.")] = 1000,
    store: StoreOption = None,
) -> None:
    """Write every entity and relation (with evidence) to a Bolt server; pushing twice changes nothing.

    Only documents whose content changed since the last push are read from the store and written.

    Example: [bold]NEO4J_PASSWORD=… policykg neo4j push --uri bolt://localhost:7687 --user neo4j[/bold]
    """
    from kg.neo4j import push_store, rich_progress

    graph_store = _open_store(store)
    try:
        with _bolt(uri, user, database) as driver, rich_progress() as progress:
            report = push_store(graph_store, driver, database, batch_size, progress)
    finally:
        graph_store.close()
    print_rows([
        {"what": "server dialect", "value": report.dialect},
        {"what": "nodes written", "value": report.nodes},
        {"what": "relationships written", "value": report.relationships},
        {"what": "documents replaced", "value": len(report.documents_replaced)},
        {"what": "documents unchanged", "value": report.documents_unchanged},
        {"what": "nodes deleted", "value": report.nodes_deleted},
        {"what": "relationships deleted", "value": report.relationships_deleted},
        {"what": "rows/s", "value": round(report.rows_per_second)},
    ], "table", "neo4j push")


@app.command("cypher")
def cypher_command(
    query: Annotated[str, typer.Argument(help="A Cypher statement, or a .cypher file.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="NAME=VALUE bound to $NAME.")] = None,
    uri: UriOption = "bolt://localhost:7687",
    user: UserOption = "neo4j",
    database: DatabaseOption = None,
    fmt: FormatOption = "table",
) -> None:
    """Run any Cypher on a Bolt server with bound parameters.

    Example: [bold]policykg cypher 'MATCH (a:Agency) WHERE $name IN a.aliases RETURN a.name' -p name=市科委[/bold]
    """
    from kg.neo4j import run_cypher

    text = Path(query).read_text(encoding="utf-8") if query.endswith(".cypher") and Path(query).exists() else query
    with _bolt(uri, user, database) as driver:
        rows = run_cypher(driver, text, _params(param), database)
    print_rows(rows, fmt)


# ------------------------------------------------------------------------------------ eval


@app.command("eval")
def eval_command(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSON files, or folders of them.")],
    docs: Annotated[list[Path] | None, typer.Option("--docs", help="Folder to look for the documents in (repeatable).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    details: Annotated[bool, typer.Option(help="Also list false positives and negatives.")] = False,
) -> None:
    """Score extraction against gold annotations: P/R/F1 per entity type and for owners.

    Example: [bold]policykg eval tests/fixtures/gold --docs ../shared/corpus[/bold]
    """
    from kg.evaluate import EvalError, META_ROW_HEADER, ROW_HEADER, evaluate, explain, meta_rows, report_rows, report_to_json

    try:
        report = evaluate(gold, docs or [])
    except (EvalError, ReadError, ExtractionError) as error:
        _fail(str(error))
    if fmt == "json":
        sys.stdout.write(json.dumps(report_to_json(report, details=details), ensure_ascii=False, indent=2) + "\n")
        return
    print_rows([dict(zip(ROW_HEADER, row)) for row in report_rows(report)], "table", "extraction quality")
    print_rows([dict(zip(META_ROW_HEADER, row)) for row in meta_rows(report)], "table", "metadata")
    if details:
        for doc_score in report.documents:
            console.print_json(data=explain(doc_score))


def main() -> None:  # pragma: no cover - console script entry
    app()
