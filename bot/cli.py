"""The command line: `python -m bot serve`, `ask`, `provision`, `report` and `doctor`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Policy Steward, a Teams bot.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="run the bot's web server")
    serve.add_argument("--host", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port to listen on (default 3978, or $PORT)")
    commands.add_parser("ask", help="answer a question from the policy (see `ask --help`)", add_help=False)
    commands.add_parser("provision", help="create or update the SharePoint lists (safe to re-run)")
    commands.add_parser("report", help="build the Board report (see `report --help`)", add_help=False)
    doctor = commands.add_parser("doctor", help="check a configured deployment end to end")
    doctor.add_argument("--package", type=Path, help="the Teams app package (zip or folder) to compare")
    args, rest = parser.parse_known_args(argv)
    if args.command == "ask":
        return ask(rest)
    if args.command == "report":
        return report(rest)
    if args.command == "provision":
        if rest:
            parser.error(f"unrecognised arguments: {' '.join(rest)}")
        return provision()
    if rest:
        parser.error(f"unrecognised arguments: {' '.join(rest)}")
    if args.command == "doctor":
        return run_doctor(args.package)
    return serve_forever(host=args.host, port=args.port)


def ask(argv: list[str]) -> int:
    from bot.answers.cli import run_ask
    from bot.config import Settings
    from bot.org import OrgConfigError, Role
    from bot.org_file import load_org_config

    try:
        org = load_org_config(Settings().org_file)
    except OrgConfigError as exc:
        print(f"Policy Steward cannot read the organisation file: {exc}", file=sys.stderr)
        return 2
    return run_ask(
        argv,
        policy_path=org.policy_path,
        ask_title=org.title(Role.MANAGER),
        stdin=sys.stdin,
        stdout=sys.stdout,
    )


def report(argv: list[str]) -> int:
    from pydantic import ValidationError

    from bot.config import Settings
    from bot.org import OrgConfigError
    from bot.org_file import load_org_config
    from bot.report.cli import run_report

    try:
        settings = Settings()
        org = load_org_config(settings.org_file)
    except (ValidationError, OrgConfigError) as exc:
        print(f"Policy Steward cannot read its settings: {exc}", file=sys.stderr)
        return 2
    return run_report(argv, settings=settings, org=org, out=sys.stdout)


def provision() -> int:
    import asyncio

    from pydantic import ValidationError

    from bot.config import Settings
    from bot.provisioning import run_provision

    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"Policy Steward cannot read its settings: {exc}", file=sys.stderr)
        return 2
    return asyncio.run(run_provision(settings, out=sys.stdout, err=sys.stderr))


def run_doctor(package: Path | None) -> int:
    import asyncio
    import os

    from pydantic import ValidationError

    from bot.config import Settings
    from bot.doctor import run_doctor as check

    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"FAILED   Settings: they cannot be read: {exc}", file=sys.stdout)
        return 1
    return asyncio.run(check(settings, out=sys.stdout, environ=os.environ, package=package))


def serve_forever(*, host: str | None, port: int | None) -> int:
    from pydantic import ValidationError

    from bot.app import create_app
    from bot.config import Settings, UnsafeBindError
    from bot.log import configure_logging
    from bot.org import OrgConfigError
    from bot.serve import serve

    try:
        settings = Settings()
        settings = settings.model_copy(
            update={k: v for k, v in {"host": host, "port": port}.items() if v is not None}
        )
        configure_logging(settings.log_level)
        app = create_app(settings)
    except (ValidationError, UnsafeBindError, OrgConfigError) as exc:
        print(f"Policy Steward cannot start: {exc}", file=sys.stderr)
        return 2
    address = f"http://{settings.host}:{settings.port}"
    log.info("starting", extra={"event": "start", "reason": address})
    # `ready` is called once the socket is bound: that is the moment the bot is ready.
    serve(
        app,
        host=settings.host,
        port=settings.port,
        ready=lambda: log.info("ready", extra={"event": "ready", "reason": address}),
    )
    return 0
