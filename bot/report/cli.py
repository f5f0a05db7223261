"""`python -m bot report`: the Board report from the command line, or from a made-up demo year."""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.org import OrgConfig
from bot.report.build import BuiltReport, build
from bot.report.records import Period, platforms_of, read_records, working_day_rule

DEMO_AS_OF = datetime(2026, 12, 1, 10, tzinfo=UTC)  # the demo year's report is the same every time


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date such as 2026-04-01") from None


def parser() -> argparse.ArgumentParser:
    found = argparse.ArgumentParser(
        prog="python -m bot report", description="Build the Board report as a Word document."
    )
    found.add_argument("--from", dest="start", type=_day, help="first day, e.g. 2026-01-01 (UK dates)")
    found.add_argument("--to", dest="end", type=_day, help="last day, included")
    found.add_argument("--out", type=Path, required=True, help="the .docx file to write")
    found.add_argument(
        "--demo",
        action="store_true",
        help="use a realistic made-up year in a temporary store, not real records",
    )
    return found


def run_report(argv: Sequence[str], *, settings: Settings, org: OrgConfig, out: TextIO) -> int:
    args = parser().parse_args(argv)
    if not args.demo and (args.start is None or args.end is None):
        parser().error("--from and --to are needed (or --demo)")
    if args.start and args.end and args.end < args.start:
        parser().error("--to is before --from")
    built = asyncio.run(_build(args, settings, org))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(built.docx)
    print(f"Board report, {built.period.title}: {args.out}", file=out)
    for name, value in built.headline:
        print(f"  {name}: {value}", file=out)
    for status in built.statuses:
        print(f"  {status.area}: {status.rag.value}. {status.because}", file=out)
    return 0


async def _build(args: argparse.Namespace, settings: Settings, org: OrgConfig) -> BuiltReport:
    if args.demo:
        return await build_demo(org, start=args.start, end=args.end)
    from bot.storage import store_config
    from graph.stores import open_stores

    period = Period(args.start, args.end)
    async with open_stores(store_config(settings, org.tenant_id)) as (stores, _):
        now = datetime.now(UTC)
        records = await read_records(
            stores,
            period,
            as_of=now,
            timezone=org.timezone,
            is_working_day=working_day_rule(org),
            platforms=platforms_of(org),
        )
    return await asyncio.to_thread(build, records, org, built_at=now)


async def build_demo(org: OrgConfig, *, start: date | None = None, end: date | None = None) -> BuiltReport:
    """The report of the made-up demo year (or part of it), from a temporary store."""
    from bot.report.demo import DEMO_PERIOD, write_demo_year
    from graph.stores import open_local_stores

    with tempfile.TemporaryDirectory(prefix="policy-steward-demo-") as folder:
        async with open_local_stores(Path(folder) / "demo.sqlite3") as stores:
            await write_demo_year(stores, org)
            period = Period(start, end) if start and end else DEMO_PERIOD
            records = await read_records(
                stores,
                period,
                as_of=DEMO_AS_OF,
                timezone=org.timezone,
                is_working_day=working_day_rule(org),
                platforms=platforms_of(org),
            )
    return await asyncio.to_thread(build, records, org, built_at=DEMO_AS_OF)
