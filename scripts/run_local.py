"""`make run`: start Policy Steward and, where Node.js is installed, a local Teams to chat with it.

The local Teams is the Microsoft 365 Agents Playground, pinned in package-lock.json and configured by
.m365agentsplayground.yml with the demo people of the Home-Start in Suffolk organisation file. The
bot starts first (the Playground waits for it on its first page load), then the Playground; Ctrl-C
or SIGTERM stops both. The exit code is non-zero if either stops on its own.

Run it as `python -m scripts.run_local` from the project folder, with the project's virtualenv.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import FrameType

from scripts.local_stack import (
    ROOT,
    Cancelled,
    Child,
    StartupError,
    bot_env,
    free_loopback_port,
    free_playground_port,
    node_modules_current,
    npm_ci,
    port_is_free,
    start_bot,
    start_playground,
    wait_until_ok,
)

DEFAULT_BOT_PORT = 3978
DEFAULT_PLAYGROUND_PORT = 61150


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="make run", description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--port", type=int, help=f"bot port (default $PORT or {DEFAULT_BOT_PORT})")
    parser.add_argument(
        "--playground-port",
        type=int,
        default=DEFAULT_PLAYGROUND_PORT,
        help=f"preferred Playground port, 61000 or above (default {DEFAULT_PLAYGROUND_PORT})",
    )
    parser.add_argument("--no-playground", action="store_true", help="start only the bot")
    parser.add_argument(
        "--as",
        dest="persona",
        default="",
        help="who you are in the local Teams: volunteer, staff, ceo or manager (default: Alex, every role)",
    )
    return parser.parse_args(argv)


def choose_bot_port(requested: int | None) -> int:
    """The asked-for port must be free; the default moves aside if something else holds it."""
    if requested is not None:
        if not port_is_free(requested, "127.0.0.1"):
            raise StartupError(f"port {requested} is already in use; choose another with PORT=…")
        return requested
    if port_is_free(DEFAULT_BOT_PORT, "127.0.0.1"):
        return DEFAULT_BOT_PORT
    port = free_loopback_port()
    say(f"Port {DEFAULT_BOT_PORT} is in use, so the bot listens on {port} instead.")
    return port


def say(message: str) -> None:
    print(message, flush=True)


def no_node_help(bot_port: int) -> str:
    return (
        "Node.js/npm is not installed, so the local Teams (Microsoft 365 Agents Playground) was not "
        "started.\nTo chat with the bot, either install Node.js 20 or later and run `make run` again, "
        "or point a Bot Framework client (the Agents Playground, or the Bot Framework Emulator) at\n"
        f"  http://127.0.0.1:{bot_port}/api/messages  (no app id or password).\n"
        "The bot keeps running; press Ctrl-C to stop it."
    )


def ensure_node_modules(npm: str) -> None:
    if node_modules_current():
        return
    say("Installing the pinned Microsoft 365 Agents Playground (npm ci)…")
    npm_ci(ROOT, npm)


def launch(args: argparse.Namespace, stop: threading.Event, children: list[Child]) -> None:
    """Start the bot, then the Playground; append each to `children` as soon as it exists."""
    config, who, org_file = persona_config(args.persona)
    requested = args.port if args.port is not None else _env_port()
    bot_port = choose_bot_port(requested)
    env = bot_env(os.environ, BOT_ORG_FILE=str(org_file))
    if org_file.parent == ROOT / "devTools":
        say(f"The bot reads {org_file.relative_to(ROOT)}, where you hold only this view's roles.")
    bot = start_bot(bot_port, python=sys.executable, cwd=ROOT, env=env)
    children.append(bot)
    wait_until_ok(bot, f"http://127.0.0.1:{bot_port}/healthz", 60.0, cancelled=stop.is_set)
    say(f"Policy Steward is listening on http://127.0.0.1:{bot_port}/api/messages")
    npm = shutil.which("npm")
    if args.no_playground:
        say("The bot keeps running; press Ctrl-C to stop it.")
        return
    if npm is None:
        say(no_node_help(bot_port))
        return
    ensure_node_modules(npm)
    if stop.is_set():
        raise Cancelled("stopped before the Playground started")
    port = free_playground_port(args.playground_port)
    playground, actual = start_playground(
        bot_port,
        port,
        cwd=ROOT,
        base_env=os.environ,
        log_file=ROOT / "devTools" / "m365agentsplayground.log",
        echo=lambda line: say(f"[playground] {line}"),
        config=config,
    )
    children.append(playground)
    if stop.is_set():
        raise Cancelled("stopped while the Playground started")
    say(
        f"\nOpen http://localhost:{actual} in your browser to chat with Policy Steward as {who}."
        "\nPress Ctrl-C to stop both."
    )


def persona_config(persona: str, folder: Path = ROOT / "devTools") -> tuple[Path | None, str, Path]:
    """For ``--as``: the Playground configuration, who that makes you (in words) and the
    organisation file the bot loads, a copy under ``folder`` when the person holds other offices."""
    from bot.config import DEFAULT_ORG_FILE
    from bot.org import role_titles
    from bot.org_file import load_org_config
    from scripts.persona_org import PersonaOrgError, persona_org_file
    from scripts.personas import UnknownPersona, persona_member, write_persona_config

    org_file = Path(os.environ.get("BOT_ORG_FILE") or DEFAULT_ORG_FILE)
    if not persona:
        return None, "Alex Wilber (who holds every role)", org_file
    try:
        bot_org_file = persona_org_file(org_file, persona, folder)
        org = load_org_config(bot_org_file)
        member = persona_member(org, persona)
    except (UnknownPersona, PersonaOrgError) as exc:
        raise StartupError(str(exc)) from None
    path = write_persona_config(org, persona, folder)
    titles = ", ".join(role_titles(org, member.roles))
    return path, f"{member.name} ({titles})", bot_org_file


def _env_port() -> int | None:
    value = os.environ.get("PORT", "").strip()
    return int(value) if value.isdigit() else None


def watch(children: Sequence[Child], stop: threading.Event) -> int:
    """Wait for Ctrl-C/SIGTERM (exit 0) or for a child to die on its own (exit 1)."""
    while not stop.wait(0.5):
        for child in children:
            if not child.alive():
                say(f"{child.name} stopped unexpectedly (exit code {child.process.returncode}).")
                return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    stop = threading.Event()

    def request_stop(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    children: list[Child] = []
    try:
        launch(args, stop, children)
        return watch(children, stop)
    except Cancelled:
        return 0
    except (StartupError, subprocess.CalledProcessError) as exc:
        if stop.is_set():
            return 0
        say(f"Could not start: {exc}")
        return 1
    finally:
        if children:
            say("Stopping…")
        for child in reversed(children):
            child.stop()


if __name__ == "__main__":
    sys.exit(main())
