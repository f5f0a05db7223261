"""The bot, the Microsoft 365 Agents Playground and a headless chromium, for end-to-end tests.

Each test gets its own bot (free loopback port, empty data folder) and its own Playground (free
port from 61000 up, so its in-memory chats start empty). The browser is driven by driver.mjs, one
scenario per call: steps go in as JSON, results come back as JSON. When a scenario fails, the
error carries what is needed to understand it without re-running: the failing step, the page's
text, page errors, the bot's stderr and the Playground's log, and a screenshot.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import CLASSIFIER_SNAPSHOT
from scripts.local_stack import (
    ROOT,
    Child,
    bot_env,
    free_loopback_port,
    free_playground_port,
    log_tail,
    node_modules_current,
    start_bot,
    start_playground,
    wait_until_ok,
)
from tests.pictures import compact_png

DRIVER = Path(__file__).with_name("driver.mjs")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SCENARIO_TIMEOUT = 120.0
Step = dict[str, Any]


def screens_dir() -> Path:
    """Where screenshots go: test-artifacts/, or the folder in E2E_SCREENS_DIR (`make screens`)."""
    configured = os.environ.get("E2E_SCREENS_DIR", "").strip()
    return (ROOT / configured) if configured else ARTIFACTS


def missing_requirements() -> list[str]:
    """What stops the end-to-end tests from running here, as instructions to fix it."""
    problems = []
    if shutil.which("node") is None:
        problems.append("Node.js is not installed (install Node.js 20 or later)")
    if not node_modules_current():
        problems.append("node_modules does not match package-lock.json (run `npm ci`)")
    if not Path(CHROMIUM).exists():
        problems.append(f"no chromium at {CHROMIUM} (run `apt-get install -y chromium`)")
    return problems


@dataclass
class BotProcess:
    child: Child
    port: int
    data_dir: Path
    stderr_path: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def stderr_tail(self, lines: int = 40) -> str:
        return log_tail(self.stderr_path, lines)


@dataclass
class PlaygroundProcess:
    child: Child
    port: int
    log_file: Path

    @property
    def url(self) -> str:
        return f"http://localhost:{self.port}"


def start_bot_process(
    workdir: Path, timeout: float = 120.0, org_file: Path | None = None, classifiers: Path | None = None
) -> BotProcess:
    """Start `python -m bot serve` in `workdir` (away from any .env) with its own data folder, and
    wait until its conversation classifiers are ready, so no story's first message waits for
    them; ``org_file``: a persona view's organisation file, as `make run AS=…` gives the bot;
    ``classifiers``: a snapshot of them to find in the data folder, as a restart finds its own."""
    data_dir = workdir / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    if classifiers is not None:
        shutil.copyfile(classifiers, data_dir / CLASSIFIER_SNAPSHOT)
    stderr_path = workdir / "bot-stderr.log"
    python_path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = bot_env(os.environ, BOT_DATA_DIR=str(data_dir), PYTHONPATH=python_path, PYTHONUNBUFFERED="1")
    if org_file is not None:
        env["BOT_ORG_FILE"] = str(org_file)
    port = free_loopback_port()
    with stderr_path.open("wb") as stderr:
        child = start_bot(port, python=sys.executable, cwd=workdir, env=env, stderr=stderr)
    bot = BotProcess(child, port, data_dir, stderr_path)
    try:
        wait_until_ok(
            child,
            f"{bot.url}/healthz",
            timeout,
            lambda: f"bot stderr:\n{bot.stderr_tail()}",
            ready=lambda health: health.get("conversation") == "ready",
        )
    except BaseException:
        child.stop()
        raise
    return bot


def start_playground_process(bot: BotProcess, workdir: Path, config: Path | None = None) -> PlaygroundProcess:
    """``config``: a persona's Playground configuration (default: Alex, who holds every role)."""
    log_file = workdir / "playground.log"
    child, port = start_playground(
        bot.port, free_playground_port(), cwd=workdir, base_env=os.environ, log_file=log_file, config=config
    )
    return PlaygroundProcess(child, port, log_file)


class ScenarioFailed(AssertionError):
    """A browser scenario failed; the message is a full report."""


@dataclass
class Browser:
    """Runs scenarios against one Playground, reporting failures with the bot's side of the story."""

    bot: BotProcess
    playground: PlaygroundProcess

    def run(self, name: str, steps: list[Step], *, viewport: tuple[int, int] | None = None) -> dict[str, Any]:
        """Run the steps in a fresh browser profile; return the driver's results or raise.

        A taller ``viewport`` (width, height) keeps long cards whole in screenshots.
        """
        __tracebackhide__ = True
        failure_png = ARTIFACTS / f"{name}-failure.png"
        scenario: dict[str, Any] = {
            "url": self.playground.url,
            "steps": steps,
            "failureScreenshot": str(failure_png),
        }
        if viewport:
            scenario["viewport"] = {"width": viewport[0], "height": viewport[1]}
        try:
            completed = subprocess.run(
                ["node", str(DRIVER)],
                input=json.dumps(scenario).encode(),
                capture_output=True,
                cwd=ROOT,
                timeout=SCENARIO_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise ScenarioFailed(self._report(name, steps, {"error": f"driver timed out: {exc}"})) from None
        try:
            result: dict[str, Any] = json.loads(completed.stdout.decode() or "null") or {}
        except ValueError:
            result = {}
        if not result:
            result = {"error": f"driver exit {completed.returncode}: {completed.stderr.decode()[-3000:]}"}
        if not result.get("ok"):
            result["driverStderr"] = completed.stderr.decode(errors="replace")[-4000:]
            raise ScenarioFailed(self._report(name, steps, result, failure_png))
        for step in steps:
            if step["do"] == "screenshot":
                compact_png(Path(step["path"]))
        return result

    def _report(
        self, name: str, steps: list[Step], result: dict[str, Any], screenshot: Path | None = None
    ) -> str:
        index = result.get("failedStep")
        step = json.dumps(steps[index]) if isinstance(index, int) and index < len(steps) else "?"
        parts = [
            f"scenario {name!r} failed at step {index}: {step}",
            f"error: {result.get('error')}",
            f"--- page text (end) ---\n{str(result.get('pageText', ''))[-2500:]}",
            f"--- page errors ---\n{result.get('pageErrors', [])}",
            f"--- driver stderr ---\n{result.get('driverStderr', '')}",
            f"--- bot ({_state(self.bot.child)}) stderr, last lines ---\n{self.bot.stderr_tail()}",
            f"--- Playground ({_state(self.playground.child)}) log ---\n{log_tail(self.playground.log_file)}",
        ]
        if screenshot is not None and screenshot.exists():
            parts.append(f"screenshot: {screenshot}")
        return "\n".join(parts)


def _state(child: Child) -> str:
    return "running" if child.alive() else f"exited with code {child.process.returncode}"


# Step builders, so scenarios read as stories.
def open_page() -> Step:
    return {"do": "open"}


def send(text: str) -> Step:
    return {"do": "send", "text": text}


def wait_card(contains: str) -> Step:
    return {"do": "waitCard", "contains": contains}


def wait_cards(contains: str, count: int) -> Step:
    """Wait until `count` cards anywhere in the chat contain the text (cards updated in place)."""
    return {"do": "waitCards", "contains": contains, "count": count}


def wait_text(contains: str) -> Step:
    return {"do": "waitText", "contains": contains}


def fill(label: str, value: str) -> Step:
    return {"do": "fill", "label": label, "value": value}


def choose(option: str) -> Step:
    return {"do": "choose", "option": option}


def click(button: str) -> Step:
    return {"do": "click", "button": button}


def screenshot(path: Path, *, of: str = "page") -> Step:
    return {"do": "screenshot", "path": str(path), "of": of}


def hide_log_panel() -> Step:
    return {"do": "hideLogPanel"}


def open_chat(name: str) -> Step:
    return {"do": "openChat", "name": name}
