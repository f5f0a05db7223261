"""Start, watch and stop the bot and the Microsoft 365 Agents Playground as child processes.

Shared by `make run` (scripts/run_local.py) and the end-to-end tests, so both start the two
programs the same way. Each child runs in its own process group: a Ctrl-C in the terminal reaches
only the parent, which then stops the children in order (Playground first, then the bot), and
anything a child started itself (npm and node wrappers) goes with it.

The Playground has three habits this module works around: it silently moves to a random port when
its port is taken (so the port is read from its `Listening on N` line), it prints that line even
when its config is invalid and then exits 1 (so it must still be alive once it answers), and on
its first page load it waits for the bot (so the bot is started and healthy first).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
PLAYGROUND_CONFIG = ROOT / ".m365agentsplayground.yml"
# Below 61000 the Playground competes with the kernel's ephemeral ports and may move silently.
PLAYGROUND_PORTS = range(61000, 65000)
LISTENING = re.compile(rb"Listening on (\d+)")
# Secrets and identities that would make the bot demand tokens the Playground never sends.
BOT_IDENTITY_VARS = ("MicrosoftAppId", "MicrosoftAppPassword", "BOT_APP_ID", "BOT_APP_PASSWORD")


class StartupError(RuntimeError):
    """A child did not come up; the message says which and what it printed."""


class Cancelled(StartupError):
    """Start-up was abandoned because the person pressed Ctrl-C (or the process got SIGTERM)."""


@dataclass
class Child:
    """A child process in its own process group, with the tail of what it printed."""

    name: str
    process: subprocess.Popen[bytes]
    output: deque[str] = field(default_factory=lambda: deque(maxlen=200))
    reader: threading.Thread | None = None

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def tail(self, lines: int = 40) -> str:
        return "\n".join(list(self.output)[-lines:])

    def stop(self, timeout: float = 5.0) -> int:
        """Ask the whole group to end, then insist; returns the exit code."""
        if self.alive():
            _signal_group(self.process, signal.SIGTERM)
            try:
                return self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                _signal_group(self.process, signal.SIGKILL)
        code = self.process.wait(timeout)
        # Leftovers of the group (a node started by a wrapper) must not outlive it.
        _signal_group(self.process, signal.SIGKILL)
        if self.reader is not None:
            self.reader.join(timeout)
        return code


def _signal_group(process: subprocess.Popen[bytes], sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, sig)


def free_loopback_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_free(port: int, host: str = "") -> bool:
    """True if `port` can be bound on `host` ("" = every interface, as the Playground binds)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # Servers set SO_REUSEADDR, so a port held only by TIME_WAIT sockets is free for them.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def free_playground_port(preferred: int | None = None) -> int:
    if preferred is not None and port_is_free(preferred):
        return preferred
    candidates = list(PLAYGROUND_PORTS)
    random.shuffle(candidates)
    for port in candidates:
        if port_is_free(port):
            return port
    raise StartupError("no free port from 61000 up for the Playground")


def bot_env(base: Mapping[str, str], **overrides: str) -> dict[str, str]:
    """The environment for a local bot: no Microsoft app identity, so no tokens are expected."""
    env = {k: v for k, v in base.items() if k not in BOT_IDENTITY_VARS}
    env.update(overrides)
    return env


def start_bot(
    port: int,
    *,
    python: str,
    cwd: Path,
    env: Mapping[str, str],
    stderr: IO[bytes] | None = None,
) -> Child:
    """Start `python -m bot serve` on 127.0.0.1:`port`; stderr goes to `stderr` (or the terminal)."""
    process = subprocess.Popen(
        [python, "-m", "bot", "serve", "--port", str(port)],
        cwd=cwd,
        env=dict(env),
        stdin=subprocess.DEVNULL,
        stderr=stderr,
        start_new_session=True,
    )
    return Child("bot", process)


def http_ok(url: str, timeout: float = 1.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return 200 <= int(response.status) < 300
    except (urllib.error.URLError, OSError):
        return False


def http_json(url: str, timeout: float = 1.0) -> dict[str, object] | None:
    """The JSON object of a 2xx answer, or None (no answer yet, another status, not an object)."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = json.loads(response.read())
    except (urllib.error.URLError, OSError, ValueError):
        return None
    return body if isinstance(body, dict) else None


def wait_until_ok(
    child: Child,
    url: str,
    timeout: float,
    describe: Callable[[], str] = lambda: "",
    cancelled: Callable[[], bool] = lambda: False,
    ready: Callable[[dict[str, object]], bool] | None = None,
) -> None:
    """Poll `url` until it answers 2xx (and, given ``ready``, a JSON body it accepts); fail fast if
    the child exits first."""
    deadline = time.monotonic() + timeout
    delay = 0.05
    while time.monotonic() < deadline:
        if cancelled():
            raise Cancelled(f"stopped while waiting for {child.name}")
        if not child.alive():
            raise StartupError(f"{child.name} exited with code {child.process.returncode}.\n{describe()}")
        if http_ok(url) if ready is None else ready(http_json(url) or {}):
            return
        time.sleep(delay)
        delay = min(delay * 2, 0.5)
    raise StartupError(f"{child.name} did not answer {url} within {timeout:.0f} s.\n{describe()}")


def playground_command(bot_port: int, port: int) -> list[str]:
    binary = ROOT / "node_modules" / ".bin" / "agentsplayground"
    return [
        str(binary),
        "--app-endpoint",
        f"http://127.0.0.1:{bot_port}/api/messages",
        "--channel-id",
        "msteams",
        "--port",
        str(port),
        "--disable-telemetry",
    ]


def playground_env(base: Mapping[str, str], *, log_file: Path, config: Path | None = None) -> dict[str, str]:
    """``config``: a persona's generated configuration (scripts/personas.py); default: everyone's."""
    env = dict(base)
    env["TEAMSAPPTESTER_BROWSER"] = "none"
    env["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = str(config or PLAYGROUND_CONFIG)
    env["M365_AGENTS_PLAYGROUND_LOGFILE"] = str(log_file)
    return env


def log_tail(log_file: Path, lines: int = 12) -> str:
    try:
        text = log_file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    # Its "debug Telemetry" lines repeat each error as a stack trace; the plain lines say enough.
    kept = [line for line in text.splitlines() if line.strip() and not line.startswith("debug ")]
    return "\n".join(kept[-lines:])


def start_playground(
    bot_port: int,
    port: int,
    *,
    cwd: Path,
    base_env: Mapping[str, str],
    log_file: Path,
    timeout: float = 30.0,
    echo: Callable[[str], None] | None = None,
    config: Path | None = None,
) -> tuple[Child, int]:
    """Start the Playground, return it with the port it actually listens on once it is usable.

    The Playground prints little; its reasons for failing go to `log_file`, which is quoted in
    the error. Its output is kept (and passed to `echo`) by a reader thread for as long as it
    runs, so its pipe never fills up.
    """
    log_file.parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        playground_command(bot_port, port),
        cwd=cwd,
        env=playground_env(base_env, log_file=log_file, config=config),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    child = Child("Playground", process)
    found: list[int] = []
    listening = threading.Event()
    child.reader = threading.Thread(target=_read_output, args=(child, found, listening, echo), daemon=True)
    child.reader.start()

    def describe() -> str:
        return f"{child.tail()}\n--- {log_file} ---\n{log_tail(log_file)}"

    try:
        if not listening.wait(timeout) or not found:
            reason = "exited" if not child.alive() else f"printed no 'Listening on' within {timeout:.0f} s"
            raise StartupError(f"the Playground {reason}.\n{describe()}")
        actual = found[0]
        wait_until_ok(child, f"http://127.0.0.1:{actual}/_debug/ping", timeout, describe)
        _confirm_alive(child, describe)
    except StartupError:
        child.stop()
        raise
    return child, actual


def _confirm_alive(child: Child, describe: Callable[[], str], grace: float = 0.3) -> None:
    """An invalid config is reported after `Listening on`: give the exit a moment to happen."""
    try:
        code = child.process.wait(grace)
    except subprocess.TimeoutExpired:
        return
    raise StartupError(f"the Playground exited with code {code}.\n{describe()}")


def _read_output(
    child: Child, found: list[int], listening: threading.Event, echo: Callable[[str], None] | None
) -> None:
    stream = child.process.stdout
    if stream is None:
        listening.set()
        return
    with stream:
        for raw in stream:
            match = LISTENING.search(raw)
            if match and not found:
                found.append(int(match.group(1)))
                listening.set()
            line = raw.decode("utf-8", "replace").rstrip()
            child.output.append(line)
            if echo is not None:
                echo(line)
    listening.set()


def node_modules_current(root: Path = ROOT) -> bool:
    """True if node_modules holds exactly the versions package-lock.json pins."""
    try:
        lock = json.loads((root / "package-lock.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    packages: dict[str, dict[str, object]] = lock.get("packages", {})
    for location, meta in packages.items():
        if not location or meta.get("optional") or meta.get("link"):
            continue
        manifest = root / location / "package.json"
        try:
            installed = json.loads(manifest.read_text(encoding="utf-8")).get("version")
        except (OSError, ValueError):
            return False
        if installed != meta.get("version"):
            return False
    return True


def npm_ci(root: Path = ROOT, npm: str | None = None) -> None:
    """Install the pinned Node packages exactly as locked (no lockfile changes, no audit)."""
    command: Sequence[str] = [npm or shutil.which("npm") or "npm", "ci", "--no-audit", "--no-fund"]
    subprocess.run(command, cwd=root, check=True, stdin=subprocess.DEVNULL)
