"""`wayline metrics`: a map's metrics and their latest readings, and metric
values imported from a CSV or XLSX table or computed from a survey's raw
answers (see `model.metric_import`). Every bad row is listed and nothing is
written; `--dry-run` says what an import would add."""
from __future__ import annotations

import datetime
from pathlib import Path

from model import metric_import, metrics
from model.errors import JourneyError
from model.plain import PlainDocument

from .backlog_cli import refuse_rows


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--import", dest="table", metavar="TABLE",
                   help="values from a CSV or XLSX table of metric, stage, date, value[, n]")
    p.add_argument("--survey", metavar="TABLE", help="raw survey answers, one row per respondent")
    p.add_argument("--kind", choices=tuple(k for k, v in metrics.KINDS.items() if v.survey),
                   help="with --survey: the score to compute")
    p.add_argument("--columns", default="", metavar="FIELD=COLUMN,...",
                   help="which column holds what: metric, stage, date, value, n (with --survey: stage, score)")
    p.add_argument("--metric", metavar="NAME", help="the metric, when the table has no metric column")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="with --survey: when it was taken (default: today)")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an XLSX workbook (default: the first)")
    p.add_argument("--dry-run", action="store_true", dest="dry_run", help="say what would be added, write nothing")


def _columns(text: str) -> dict[str, str]:
    out = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        field, sep, column = part.partition("=")
        if not sep or not column.strip():
            raise JourneyError(f"--columns takes FIELD=COLUMN pairs separated by commas, not “{part}”")
        out[field.strip().lower()] = column.strip()
    return out


def run(args, fail) -> int:
    path = Path(args.file)
    if args.table and args.survey:
        return fail("give --import or --survey, not both")
    if not (args.table or args.survey):
        with PlainDocument.open(path) as doc:
            _list(doc.journey)
        return 0
    # the ORM only for an edit, as in `backlog_cli`: `wayline export` must not pay for it
    from model.document import Document
    chosen = _columns(args.columns)
    with Document.open(path, read_only=args.dry_run) as doc:
        if args.table:
            header, rows = metric_import.read_table(Path(args.table), args.sheet)
            names = {f: chosen.get(f, f) for f in ("metric", "stage", "date", "value")}
            columns = metric_import.Columns(
                None if args.metric and "metric" not in chosen else names["metric"], names["stage"], names["date"],
                names["value"], chosen.get("n", "n" if "n" in [h.lower() for h in header] else None))
            plan = metric_import.plan_values(doc.journey, header, rows, columns, args.metric)
        else:
            if not args.kind:
                return fail("--survey needs --kind nps, csat or ces")
            header, rows = metric_import.read_table(Path(args.survey), args.sheet)
            plan = metric_import.plan_survey(doc.journey, header, rows, args.kind, chosen.get("stage", "stage"),
                                             chosen.get("score", "score"),
                                             args.date or datetime.date.today().isoformat(), args.metric)
        refuse_rows(plan.problems)
        if not args.dry_run:
            doc.apply(plan.op(doc.journey))
    made = ", ".join(f"“{m['name']}” ({m['kind']})" for m in plan.new_metrics)
    verb = "would add" if args.dry_run else "added"
    print(f"{path.name}: {verb} {len(plan.values)} values" + (f" and the metrics {made}" if made else ""))
    return 0


def _list(journey) -> None:
    today = datetime.date.today()
    stages = {s.id: s.name for s in journey.stages}
    for m in journey.metrics:
        goal = "" if m.target is None else f", target {m.target:g}{m.unit}" + (f" by {m.target_date}" if m.target_date else "")
        print(f"{m.name} ({m.kind}, {m.direction} is better{goal})")
        for stage_id, name in stages.items():
            r = metrics.reading(m, journey.metric_values, stage_id, today)
            if r is not None:
                change = "" if r.change is None else f", {r.change:+g} since the baseline"
                n = "" if r.n is None else f", n={r.n}"
                print(f"  {name}: {r.value:g}{m.unit} on {r.taken}{n}{change}{' (stale)' if r.stale else ''}")
