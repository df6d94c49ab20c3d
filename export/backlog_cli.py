"""`wayline backlog`: the ranked backlog to a tracker's CSV or Markdown, and a
tracker's CSV back into the map's action items (see `export.backlog`)."""
from __future__ import annotations

from pathlib import Path

from model.errors import JourneyError, Sentence, QT_TRANSLATE_NOOP
from model.plain import PlainDocument

from . import backlog


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", metavar="OUT", help="write the backlog here (CSV, or Markdown for .md)")
    p.add_argument("--format", choices=backlog.FORMATS,
                   help="jira (the default for .csv), gitlab, or markdown (the default for .md)")
    p.add_argument("--update-from", metavar="CSV", dest="update_from",
                   help="set action items' status and issue keys from a tracker's CSV export")
    p.add_argument("--dry-run", action="store_true", dest="dry_run",
                   help="with --update-from: say what would change, write nothing")


def refuse_rows(problems) -> None:
    """Every bad row of an import, a line each, then the refusal: nothing is written."""
    if problems:
        for problem in problems:
            print(f"wayline: {problem}")
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Nothing was changed: correct the rows "
                                                                 "above and import again.")))


def run(args, fail) -> int:
    path = Path(args.file)
    if bool(args.out) == bool(args.update_from):
        return fail("give either --out FILE or --update-from CSV")
    if args.out:
        out = Path(args.out)
        fmt = args.format or ("markdown" if out.suffix.lower() in (".md", ".markdown") else "jira")
        with PlainDocument.open(path) as doc:
            n = backlog.write(doc.journey, out, fmt, path.name, path)
        print(f"{out}: {n} rows ({fmt})")
        return 0
    # the ORM only for an edit: every command's arguments are read on each start,
    # and `wayline export` must not pay for SQLAlchemy (bench/README.md, "Export")
    from model.document import Document
    table = backlog.read_table(Path(args.update_from))
    with Document.open(path, read_only=args.dry_run) as doc:
        found = backlog.updates(doc.journey, table)
        refuse_rows(found.problems)
        if not args.dry_run:
            for op in found.ops:
                doc.apply(op)
    verb = "would change" if args.dry_run else "changed"
    print(f"{path.name}: {found.matched} rows of this map's backlog, {len(found.ops)} action items {verb}, "
          f"{found.elsewhere} rows from elsewhere left alone")
    return 0
