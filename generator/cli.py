"""`factsheets` command line: argument parsing, printing and exit codes; no logic of its own.

Exit codes: 0 fine, 1 problems in the input, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import FactsheetsError
from .files import inside, write_atomic
from .settings import make_settings

if TYPE_CHECKING:
    from .pipeline import ExtractReport

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def _paths(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--seeds", default="seeds", help="folder of source texts (.txt, .md); default seeds/")
    parser.add_argument("--content", default="content", help="folder of fact sheets; default content/")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="factsheets", description="Source texts -> checked fact sheets -> site.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="extract facts from seeds and merge them into content/")
    _paths(p)
    p.add_argument("--dry-run", action="store_true", help="show the diff without writing anything")
    p.add_argument("--diff", action="store_true", help="print the full unified diff of the content files")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--max-source-bytes", type=int, default=None, metavar="N",
                   help="refuse source files larger than N bytes; default 10 MB")
    p.add_argument("--no-cache", action="store_true",
                   help="extract every source again, ignoring .cache/factsheets/ (unchanged sources are "
                        "otherwise taken from it)")

    p = sub.add_parser("check", help="validate every content file against the schema and its sources")
    _paths(p)

    p = sub.add_parser("build", help="extract what changed, check, then build the site with mkdocs")
    p.add_argument("-f", "--config-file", default="mkdocs.yml")
    p.add_argument("--no-extract", action="store_true", help="build from content/ as it is")

    p = sub.add_parser("serve", help="mkdocs serve with live reload of seeds, content and templates")
    p.add_argument("-f", "--config-file", default="mkdocs.yml")
    p.add_argument("-a", "--dev-addr", default=None, help="IP:PORT, default 127.0.0.1:8000")

    p = sub.add_parser("render", help="write the pages as Markdown plus a nav into a folder (for other engines)")
    _paths(p)
    p.add_argument("--templates", default="templates")
    p.add_argument("--out", required=True, help="folder to write into (created; only changed files rewritten)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(COMMANDS[args.command](args))
    except FactsheetsError as e:
        for d in e.diagnostics:
            print(d, file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130


def cmd_extract(args: argparse.Namespace) -> int:
    report = _extract_and_print(args.seeds, args.content, args.dry_run, args.diff,
                                getattr(args, "max_source_bytes", None), use_cache=not args.no_cache)
    if report.errors or (args.strict and report.diagnostics):
        return EXIT_INPUT
    return EXIT_OK


def _extract_and_print(seeds: str, content: str, dry_run: bool = False, diff: bool = False,
                       max_source_bytes: int | None = None, use_cache: bool = True) -> ExtractReport:
    from .ingest import DEFAULT_MAX_BYTES
    from .pipeline import extract_content

    settings = make_settings(".", seeds, content, max_source_bytes=max_source_bytes or DEFAULT_MAX_BYTES)
    report = extract_content(settings, dry_run=dry_run, use_cache=use_cache)
    for d in report.diagnostics:
        print(d, file=sys.stderr)
    verb = "would change" if dry_run else "changed"
    for theme in sorted(report.sheets):
        r = report.sheets[theme]
        print(f"content/{theme}.yml: {len(r.new)} new, {len(r.updated)} updated, {len(r.unchanged)} unchanged, "
              f"{len(r.kept)} kept (edited or reviewed), {len(r.stale)} stale, {len(r.removed)} removed, "
              f"{len(r.rejected)} rejected")
        for fact in r.new:
            print(f"  + {fact.id}: {fact.statement}")
        for fact in r.updated:
            print(f"  ~ {fact.id}: {fact.statement}")
        for fact in r.removed:
            print(f"  - {fact.id}: no longer found by the extractor")
        for fact in r.stale:
            print(f"  ! {fact.id}: stale, its sentence is no longer in {fact.source.document}")
        for fact in r.moved:
            print(f"  > {fact.id}: kept; its sentence moved, offsets updated")
    s = report.sources
    if s:
        print(f"content/sources.yml: {len(s.new)} new, {len(s.updated)} updated, {len(s.unchanged)} unchanged, "
              f"{len(s.kept)} kept (edited), {len(s.stale)} stale")
        for document in s.new:
            print(f"  + {document}")
        for document, fields in s.updated:
            print(f"  ~ {document}: {', '.join(fields)}")
        for document in s.stale:
            print(f"  ! {document}: stale, its seed file is gone (delete the record and its facts)")
    if dry_run or diff:
        for text in report.diffs:
            sys.stdout.write(text)
    print(f"{report.documents} sources; {len(report.changes)} content files {verb}.")
    return report


def cmd_check(args: argparse.Namespace) -> int:
    from .check import check_content

    problems = check_content(make_settings(".", args.seeds, args.content))
    for d in problems:
        print(d, file=sys.stderr)
    errors = [d for d in problems if d.severity == "error"]
    print(f"{len(errors)} problems." if errors else "content checks out.", file=sys.stderr if errors else sys.stdout)
    return EXIT_INPUT if errors else EXIT_OK


def _mkdocs_env() -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    os.environ.setdefault("DISABLE_MKDOCS_2_WARNING", "true")
    # The mkdocs CLI sets up its own logging; called as a library it logs nothing, and the
    # plugin's warnings and the server's address would be lost.
    import logging

    if not logging.getLogger("mkdocs").handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        logger = logging.getLogger("mkdocs")
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)


def _source_date_epoch(folder: Path) -> None:
    """Date the edition by the last commit (the reproducible-builds convention), never by the
    clock: the same commit builds the same bytes on any day."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return
    import subprocess

    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=folder, capture_output=True,
                             text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return
    if out.isdigit():
        os.environ["SOURCE_DATE_EPOCH"] = out


def _plugin_paths(config_file: Path) -> tuple[str, str]:
    """The seeds and content folders the plugin in that mkdocs.yml uses."""
    import yaml

    try:
        data = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return "seeds", "content"
    for entry in data.get("plugins") or []:
        if isinstance(entry, dict) and isinstance(entry.get("factsheets"), dict):
            options = entry["factsheets"]
            return str(options.get("seeds", "seeds")), str(options.get("content", "content"))
    return "seeds", "content"


def cmd_build(args: argparse.Namespace) -> int:
    config_file = Path(args.config_file)
    if not config_file.is_file():
        print(f"{config_file}: no such file (pass -f mkdocs.yml)", file=sys.stderr)
        return EXIT_USAGE
    status = EXIT_OK
    if not args.no_extract:
        seeds, content = _plugin_paths(config_file)
        report = _extract_and_print(str(config_file.parent / seeds), str(config_file.parent / content))
        # A bad source is reported and skipped, and the others still build (exit 1 at the
        # end); a broken content file stops the build: its facts could not be merged.
        if report.content_errors:
            return EXIT_INPUT
        status = EXIT_INPUT if report.errors else EXIT_OK
    _mkdocs_env()
    _source_date_epoch(config_file.resolve().parent)
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    try:
        build(load_config(str(config_file)))
    except MkDocsException as e:
        print(f"{config_file}: {e}", file=sys.stderr)
        return EXIT_INPUT
    return status


def cmd_serve(args: argparse.Namespace) -> int:
    _mkdocs_env()
    from mkdocs.commands.serve import serve

    # livereload passed explicitly: with some click versions it was silently off.
    serve(str(args.config_file), livereload=True, dev_addr=args.dev_addr)
    return EXIT_OK


def cmd_render(args: argparse.Namespace) -> int:
    """Pages as Markdown plus mkdocs-style nav, for engines that do not run our plugin."""
    import yaml

    from .site import build_site_files

    out = Path(args.out).resolve()
    build = build_site_files(Path.cwd(), args.seeds, args.content, args.templates, pdf_links=False)
    docs = out / "docs"
    changed = 0
    for rel, content in sorted(build.files.items()):
        target = docs / rel
        if not inside(docs, target):
            raise FactsheetsError(f"refusing to write outside {docs}: {rel}")
        changed += write_atomic(target, content)
    config = {
        "site_name": "Fact sheets",
        "docs_dir": "docs",
        "site_dir": "site",
        "theme": {"name": "material", "features": ["navigation.sections"]},
        "extra_css": ["assets/factsheets.css"],
        "not_in_nav": "/sources/*.md",
        "nav": build.nav,
    }
    changed += write_atomic(out / "mkdocs.yml", yaml.safe_dump(config, sort_keys=False, allow_unicode=True))
    print(f"{len(build.files)} files in {docs} ({changed} changed); {out / 'mkdocs.yml'} builds them "
          "with mkdocs, properdocs or zensical")
    return EXIT_OK


COMMANDS = {
    "extract": cmd_extract,
    "check": cmd_check,
    "build": cmd_build,
    "serve": cmd_serve,
    "render": cmd_render,
}
