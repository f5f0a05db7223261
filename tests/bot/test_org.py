"""The organisation file: read correctly, and mistakes reported with the line to fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_ORG_FILE
from bot.org import OrgConfigError, Role, load_org_config

GOOD = DEFAULT_ORG_FILE.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "org.toml"
    path.write_text(text, encoding="utf-8")
    (tmp_path / "policy.md").write_text("# Policy\n", encoding="utf-8")
    return path


def test_home_start_file_loads() -> None:
    org = load_org_config(DEFAULT_ORG_FILE)
    assert org.name == "Home-Start in Suffolk"
    assert [p.name for p in org.platforms][:3] == ["Facebook", "LinkedIn", "Instagram"]
    assert org.title(Role.MANAGER) == "Fundraising & Partnerships Manager"
    assert org.policy_path.is_file()
    assert str(org.timezone) == "Europe/London"


def test_roles_match_by_object_id_or_upn() -> None:
    org = load_org_config(DEFAULT_ORG_FILE)
    assert Role.CEO in org.roles_of("00000000-0000-4000-8000-000000000001")
    assert Role.BOARD in org.roles_of(upn="MEGAN.BOWEN@homestartsuffolk.example")
    assert org.roles_of("someone-else") == frozenset()
    assert [m.name for m in org.holders(Role.BOARD)] == ["Megan Bowen"]


def test_bad_toml_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('name = "Facebook"', 'name = "Facebook'))
    with pytest.raises(OrgConfigError, match=r"line \d+"):
        load_org_config(path)


def test_unknown_role_names_its_line(tmp_path: Path) -> None:
    text = GOOD.replace('roles = ["volunteer"]', 'roles = ["volunter"]')
    line = next(i for i, row in enumerate(text.splitlines(), 1) if "volunter" in row)
    with pytest.raises(OrgConfigError, match=rf"line {line}: unknown role 'volunter'"):
        load_org_config(write(tmp_path, text))


def test_person_without_identity_is_refused(tmp_path: Path) -> None:
    text = GOOD.replace(
        'aad_object_id = "00000000-0000-4000-8000-000000000004"\nupn = "lee.gu@homestartsuffolk.example"\n',
        "",
    )
    with pytest.raises(OrgConfigError, match="Lee Gu needs an aad_object_id or a upn"):
        load_org_config(write(tmp_path, text))


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(OrgConfigError, match="cannot read"):
        load_org_config(tmp_path / "nope.toml")


def test_bad_working_hours(tmp_path: Path) -> None:
    with pytest.raises(OrgConfigError, match="working_hours"):
        load_org_config(write(tmp_path, GOOD.replace('end = "17:00"', 'end = "08:00"')))


def test_missing_policy_file_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD.replace('policy = "policy.md"', 'policy = "missing.md"'))
    with pytest.raises(OrgConfigError, match=r"line 11: the policy file .*missing.md does not exist"):
        load_org_config(path)
