"""m365agents.yml against the Agents Toolkit's own schema, its variables, and `atk validate`."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from bot.conversation.examples import DATA as TRAINING
from bot.conversation.examples import EXAMPLE_FILES
from tests.deploy.infra import (
    DEPLOY_NODE,
    ENV_DEV,
    MAIN_BICEP,
    PARAMETERS,
    PLACEHOLDER,
    PROJECT_ROOT,
    TOOLKIT_YAML,
    env_file,
    node_env,
    parse,
    tool,
)

HOW = "run `make tools/deploy-check/node_modules/.installed` (make test does)"
SECRET_WORDS = ("SECRET", "PASSWORD", "KEY", "TOKEN")


def toolkit() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(TOOLKIT_YAML.read_text())
    return loaded


def schema_for(version: str) -> dict[str, Any]:
    base = tool(DEPLOY_NODE / "@microsoft" / "teamsfx-core" / "resource" / "yaml-schema", HOW)
    schema: dict[str, Any] = json.loads((base / version / "yaml.schema.json").read_text())
    return schema


def actions(doc: dict[str, Any]) -> list[str]:
    return [step["uses"] for stage in ("provision", "deploy", "publish") for step in doc.get(stage, [])]


def test_validates_against_the_toolkit_schema_of_its_declared_version() -> None:
    doc = toolkit()
    jsonschema.validate(doc, schema_for(doc["version"]))


def test_a_misspelt_or_unpublished_action_is_refused_by_that_schema() -> None:
    doc = toolkit()
    schema = schema_for(doc["version"])
    for wrong in ("teamsApp/creat", "cli/runCommand"):
        broken = {**doc, "deploy": [{"uses": wrong, "with": {"command": "true"}}]}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)


def test_the_lifecycle_steps() -> None:
    doc = toolkit()
    steps = {stage: [s["uses"] for s in doc[stage]] for stage in ("provision", "deploy", "publish")}
    assert steps["provision"][:2] == ["teamsApp/create", "arm/deploy"]
    assert steps["provision"][-4:] == [
        "teamsApp/validateManifest",
        "teamsApp/zipAppPackage",
        "teamsApp/validateAppPackage",
        "teamsApp/update",
    ]
    assert steps["deploy"] == ["azureAppService/zipDeploy"]
    assert steps["publish"][-1] == "teamsApp/publishAppPackage"
    arm = doc["provision"][1]["with"]["templates"][0]
    assert (PROJECT_ROOT / arm["path"]).resolve() == MAIN_BICEP
    assert (PROJECT_ROOT / arm["parameters"]).resolve() == PARAMETERS
    zip_deploy = doc["deploy"][0]["with"]
    assert (PROJECT_ROOT / zip_deploy["ignoreFile"]).is_file()


def test_every_placeholder_resolves_from_the_environment_file_or_a_bicep_output() -> None:
    known = set(env_file(ENV_DEV)) | set(parse(MAIN_BICEP)["outputs"])
    for step in toolkit().get("provision", []) + toolkit().get("publish", []):
        known |= set((step.get("writeToEnvironmentFile") or {}).values())
    text = TOOLKIT_YAML.read_text() + PARAMETERS.read_text()
    used = set(PLACEHOLDER.findall(text))
    assert used, "no placeholders found: the pattern is wrong"
    assert used <= known, f"not defined anywhere: {sorted(used - known)}"


def test_the_committed_environment_file_holds_no_secret() -> None:
    for name, value in env_file(ENV_DEV).items():
        assert not any(word in name for word in SECRET_WORDS) or not value, name
        assert not name.startswith("SECRET_"), name
    ignored = (PROJECT_ROOT / ".gitignore").read_text()
    assert "env/.env.*.user" in ignored


def test_the_deployed_zip_leaves_out_everything_but_the_bot(tmp_path: Path) -> None:
    ignored = {line.strip().rstrip("/") for line in (PROJECT_ROOT / ".webappignore").read_text().splitlines()}
    for needed in ("bot", "cards", "graph", "orgs", "requirements.txt"):
        assert needed not in ignored
    for private in (".env", "env", "var", ".venv", "node_modules", "tests", ".git"):
        assert private in ignored
    # The examples the conversation classifiers learn from at start-up go with the bot.
    assert TRAINING.relative_to(PROJECT_ROOT).parts[0] == "bot"
    assert all((TRAINING / name).is_file() for name in EXAMPLE_FILES)


def test_atk_validates_the_built_manifest_offline_and_refuses_a_broken_one(tmp_path: Path) -> None:
    """`atk validate --manifest-file` checks the manifest against its schema (no sign-in needed).

    Checking a zipped package against the Developer Portal's rules (`--package-file`,
    `validateAppPackage`) needs a Microsoft 365 sign-in, so it runs only in `atk provision`.
    """
    atk = tool(DEPLOY_NODE / ".bin" / "atk", HOW)
    good = tmp_path / "good"
    built = subprocess.run(
        [sys.executable, "-m", "scripts.build_app_package", "--release", "--folder", str(good)],
        cwd=PROJECT_ROOT,
        env={
            **node_env(),
            "BOT_APP_ID": "3f1b6a52-8c1e-4d0a-9a57-2b7d6c1e9f40",
            "BOT_PUBLIC_DOMAIN": "policysteward01.azurewebsites.net",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    bad = tmp_path / "bad.json"
    manifest = json.loads((good / "manifest.json").read_text())
    bad.write_text(json.dumps({**manifest, "accentColor": "teal"}))

    def validate(path: Path) -> subprocess.Popen[str]:
        command = [str(atk), "validate", "--manifest-file", str(path), "--telemetry", "false", "-i", "false"]
        return subprocess.Popen(command, cwd=tmp_path, env=node_env(), stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)  # fmt: skip

    runs = [validate(good / "manifest.json"), validate(bad)]  # side by side: ~3 s each
    (good_out, _), (bad_out, _) = (run.communicate(timeout=180) for run in runs)
    assert runs[0].returncode == 0, good_out
    assert "All passed" in good_out
    assert runs[1].returncode != 0
    assert "accentColor" in bad_out


def test_the_toolkit_cli_itself_accepts_the_project_and_rejects_an_unpublished_action(tmp_path: Path) -> None:
    """`atk deploy` parses m365agents.yml first, then stops at the unset resource id: no sign-in.

    The same command on a copy using the template's `cli/runCommand` fails on the file itself, so
    getting as far as the missing variable proves the CLI took our file.
    """
    atk = tool(DEPLOY_NODE / ".bin" / "atk", HOW)

    def deploy(project: Path, toolkit_yaml: str) -> subprocess.Popen[str]:
        project.mkdir()
        (project / "m365agents.yml").write_text(toolkit_yaml)
        shutil.copytree(PROJECT_ROOT / "env", project / "env")
        shutil.copytree(PROJECT_ROOT / "infra", project / "infra")
        env = {**node_env(), "HOME": str(project / "home")}
        command = [str(atk), "deploy", "--env", "dev", "-i", "false", "--telemetry", "false"]
        return subprocess.Popen(command, cwd=project, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT, text=True)  # fmt: skip

    text = TOOLKIT_YAML.read_text()
    runs = [
        deploy(tmp_path / "ours", text),
        deploy(tmp_path / "broken", text.replace("uses: azureAppService/zipDeploy", "uses: cli/runCommand")),
    ]
    accepted, refused = (run.communicate(timeout=180)[0] for run in runs)
    assert "MissingEnvironmentVariablesError" in accepted, accepted
    assert "BOT_AZURE_APP_SERVICE_RESOURCE_ID" in accepted
    assert "InvalidYamlSchemaError" not in accepted
    assert "InvalidYamlSchemaError" in refused
