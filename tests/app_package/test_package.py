"""``make package``: a zip Teams accepts, built from settings, the same bytes every time."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from scripts.app_package import APP_PACKAGE, PROJECT_ROOT, PackageError, write_package
from scripts.build_app_package import (
    DEFAULT_OUT,
    DEMO_APP_ID,
    DEMO_DOMAIN,
    PackageSettings,
    build,
    main,
    project_version,
)
from tests.app_package.manifest_schema import manifest_errors

BOT_ID = "9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
ENV_NAMES = (
    "BOT_APP_ID",
    "MicrosoftAppId",
    "BOT_TEAMS_APP_ID",
    "TEAMS_APP_ID",
    "BOT_PACKAGE_VERSION",
    "BOT_PUBLIC_DOMAIN",
    "BOT_WEBSITE_URL",
    "BOT_PRIVACY_URL",
    "BOT_TERMS_URL",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No package setting leaks in from the shell or a developer's .env."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)


def real_settings(**extra: str) -> PackageSettings:
    return PackageSettings(
        _env_file=None,
        app_id=BOT_ID,
        public_domain="https://policy-steward.azurewebsites.net/",
        package_version="2.3.4",
        **extra,  # type: ignore[arg-type]
    )


def read_zip(path: Path) -> tuple[list[str], dict[str, Any]]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist(), json.loads(archive.read("manifest.json"))


def test_zip_holds_the_manifest_and_icons_at_the_top(tmp_path: Path) -> None:
    path, demo = build(real_settings(), tmp_path / "appPackage.zip")
    names, manifest = read_zip(path)
    assert demo == []
    assert names == ["manifest.json", "color.png", "outline.png"]
    assert sorted(manifest["icons"].values()) == ["color.png", "outline.png"]
    assert manifest_errors(manifest) == []


def test_zip_icons_are_the_committed_ones(tmp_path: Path) -> None:
    path, _ = build(real_settings(), tmp_path / "appPackage.zip")
    with zipfile.ZipFile(path) as archive:
        for name in ("color.png", "outline.png"):
            assert archive.read(name) == (APP_PACKAGE / name).read_bytes()


def test_settings_fill_the_manifest(tmp_path: Path) -> None:
    path, _ = build(real_settings(privacy_url="https://www.example.org/privacy"), tmp_path / "p.zip")
    _, manifest = read_zip(path)
    assert manifest["id"] == manifest["bots"][0]["botId"] == BOT_ID
    assert manifest["version"] == "2.3.4"
    assert manifest["validDomains"] == ["policy-steward.azurewebsites.net"]
    assert manifest["developer"]["privacyUrl"] == "https://www.example.org/privacy"
    assert manifest["developer"]["termsOfUseUrl"] == "https://policy-steward.azurewebsites.net/terms"
    assert manifest["developer"]["name"] == "Home-Start in Suffolk"


def test_teams_app_id_can_differ_from_the_bot_id(tmp_path: Path) -> None:
    app_id = "4f1d2c3b-8a7e-4b6c-9d5e-1f2a3b4c5d6e"
    path, _ = build(real_settings(teams_app_id=app_id), tmp_path / "p.zip")
    _, manifest = read_zip(path)
    assert (manifest["id"], manifest["bots"][0]["botId"]) == (app_id, BOT_ID)


def test_rebuilding_gives_the_same_bytes(tmp_path: Path) -> None:
    first, _ = build(real_settings(), tmp_path / "one.zip")
    second, _ = build(real_settings(), tmp_path / "two.zip")
    assert first.read_bytes() == second.read_bytes()


def test_without_settings_a_demo_package_is_built(tmp_path: Path) -> None:
    path, demo = build(PackageSettings(_env_file=None), tmp_path / "demo.zip")
    _, manifest = read_zip(path)
    assert len(demo) == 2
    assert manifest["id"] == DEMO_APP_ID
    assert manifest["validDomains"] == [DEMO_DOMAIN]
    assert manifest["version"] == project_version()
    assert manifest_errors(manifest) == []


def test_release_refuses_demo_values(tmp_path: Path) -> None:
    with pytest.raises(PackageError, match="BOT_APP_ID"):
        build(PackageSettings(_env_file=None), tmp_path / "demo.zip", release=True)


def test_command_line_reads_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MicrosoftAppId", BOT_ID)
    monkeypatch.setenv("BOT_PUBLIC_DOMAIN", "bot.example.org")
    monkeypatch.setenv("BOT_PACKAGE_VERSION", "3.0.0")
    out = tmp_path / "build" / "appPackage.zip"
    assert main(["--out", str(out), "--release"]) == 0
    _, manifest = read_zip(out)
    assert (manifest["bots"][0]["botId"], manifest["version"]) == (BOT_ID, "3.0.0")
    assert "wrote" in capsys.readouterr().out


def test_command_line_explains_a_bad_setting(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_APP_ID", "not-a-guid")
    assert main(["--out", str(tmp_path / "p.zip")]) == 1
    assert "bot id 'not-a-guid' is not a GUID" in capsys.readouterr().err
    assert not (tmp_path / "p.zip").exists()


def test_command_line_warns_about_a_demo_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path / "p.zip")]) == 0
    assert "Demo package" in capsys.readouterr().err


def test_missing_icon_is_refused(tmp_path: Path) -> None:
    manifest = {"icons": {"color": "color.png", "outline": "outline.png"}}
    with pytest.raises(PackageError, match=r"missing .*outline\.png"):
        write_package(manifest, tmp_path / "p.zip", icons_dir=_only_color(tmp_path))


def test_default_output_is_build_app_package_zip() -> None:
    assert DEFAULT_OUT == PROJECT_ROOT / "build" / "appPackage.zip"


def _only_color(tmp_path: Path) -> Path:
    folder = tmp_path / "icons"
    folder.mkdir()
    (folder / "color.png").write_bytes((APP_PACKAGE / "color.png").read_bytes())
    return folder
