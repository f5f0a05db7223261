"""The Dockerfile: hadolint-clean, non-root, and running exactly what App Service runs."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

from bot.conversation.examples import DATA as TRAINING
from bot.conversation.examples import EXAMPLE_FILES
from tests.deploy.infra import MAIN_BICEP, PROJECT_ROOT, app_settings, parse, resource, tool

DOCKERFILE = PROJECT_ROOT / "Dockerfile"


def instructions() -> list[tuple[str, str]]:
    text = DOCKERFILE.read_text().replace("\\\n", " ")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(line.split(None, 1)[0].upper(), line.split(None, 1)[1]) for line in lines]


def test_hadolint_is_clean() -> None:
    hadolint = tool(Path(sys.executable).parent / "hadolint", "pip install -r requirements-dev.txt")
    result = subprocess.run([str(hadolint), str(DOCKERFILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_slim_python_311_non_root_with_pinned_requirements() -> None:
    steps = instructions()
    assert steps[0] == ("FROM", "python:3.11-slim")
    assert ("RUN", "pip install --no-cache-dir -r requirements.txt") in steps
    user = [arg for op, arg in steps if op == "USER"]
    assert user == ["10001"]


def test_cmd_is_the_app_service_start_command_in_exec_form() -> None:
    cmd = [arg for op, arg in instructions() if op == "CMD"]
    assert len(cmd) == 1
    site = resource(parse(MAIN_BICEP), "Microsoft.Web/sites")
    assert json.loads(cmd[0]) == shlex.split(site["properties"]["siteConfig"]["appCommandLine"])


def test_healthcheck_is_exec_form_on_healthz() -> None:
    check = [arg for op, arg in instructions() if op == "HEALTHCHECK"]
    assert len(check) == 1
    exec_form = check[0].split("CMD", 1)[1].strip()
    command = json.loads(exec_form)
    assert command[0] == "python"
    assert "/healthz" in command[-1]


def test_only_the_bot_with_its_training_examples_goes_into_the_image() -> None:
    ignore = (PROJECT_ROOT / ".dockerignore").read_text().splitlines()
    assert "*" in ignore
    copied = {source.rstrip("/") for op, arg in instructions() if op == "COPY" for source in arg.split()[:-1]}
    assert copied == {"requirements.txt", "bot", "cards", "graph", "orgs"}
    # The examples the classifiers learn from ship inside bot/.
    assert all((TRAINING / name).is_file() for name in EXAMPLE_FILES)
    assert TRAINING.relative_to(PROJECT_ROOT).parts[0] == "bot"
    assert all(f"!{name}" in ignore or f"!{name}/" in ignore for name in copied)
    # The classifiers learn from the development sets only: the evaluation sets stay out.
    assert not any("eval" in name for name in copied | set(ignore))
    assert "BOT_STORAGE" in app_settings()  # the same settings come from the environment in both
