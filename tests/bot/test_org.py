"""The organisation file: read correctly, and mistakes reported with the line to fix."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.config import DEFAULT_ORG_FILE
from bot.org import OrgConfigError, Role
from bot.org_file import load_org_config

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


def test_contact_details_are_read() -> None:
    org = load_org_config(DEFAULT_ORG_FILE)
    assert org.office.phone == "01632 960 100"
    assert org.office.email == "office@homestartsuffolk.example"
    assert org.safeguarding_phone == "01632 960 111"
    assert org.safeguarding_backup.startswith("If you can't reach the lead")
    lead = org.first_holder(Role.SAFEGUARDING_LEAD)
    assert lead is not None
    assert lead.name == "Alex Wilber"
    assert lead.phone == "01632 960 111"
    assert (
        lead.chat_link == "https://teams.microsoft.com/l/chat/0/0?users=alex.wilber@homestartsuffolk.example"
    )


def test_contact_details_are_optional(tmp_path: Path) -> None:
    before, after = GOOD.split("[office]")[0], GOOD.split("[approvals]")[1]
    org = load_org_config(write(tmp_path, f"{before}[safeguarding]\n[approvals]{after}"))
    assert org.office.phone == ""
    assert org.safeguarding_phone == ""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('phone = "01632 960 100"', 'phone = "call me"', "office.phone must be a phone number"),
        ('email = "office@', 'email = "office-at-', "office.email must be an email address"),
        ('phone = "01632 960 111"                  #', 'phone = "ring the office"  #', "safeguarding.phone"),
        ('email = "alex.wilber@', 'email = "alex.wilber-at-', "Alex Wilber.email must be an email"),
        ("backup = ", "backup = 3 #", "safeguarding.backup must be a text value"),
    ],
)
def test_bad_contact_details_name_their_line(tmp_path: Path, old: str, new: str, message: str) -> None:
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    line = next(i for i, row in enumerate(text.splitlines(), 1) if new.split("#")[0].strip() in row)
    with pytest.raises(OrgConfigError, match=rf"line {line}: {message}"):
        load_org_config(write(tmp_path, text))


def test_bank_holidays_default_to_england_and_wales() -> None:
    org = load_org_config(DEFAULT_ORG_FILE)
    assert org.working_hours.bank_holidays == "GB-ENG"
    assert not org.working_hours.is_working_day(date(2026, 12, 25))


def test_bank_holidays_region_is_configurable(tmp_path: Path) -> None:
    scotland = GOOD.replace('bank_holidays = "GB-ENG"', 'bank_holidays = "GB-SCT"')
    org = load_org_config(write(tmp_path, scotland))
    assert not org.working_hours.is_working_day(date(2026, 11, 30))  # St Andrew's Day, Monday
    assert not org.working_hours.is_working_day(date(2027, 1, 4))  # 2 January substitute day
    none = GOOD.replace('bank_holidays = "GB-ENG"', 'bank_holidays = "none"')
    assert load_org_config(write(tmp_path, none)).working_hours.is_working_day(date(2026, 12, 25))


def test_an_unknown_bank_holiday_region_names_the_line(tmp_path: Path) -> None:
    bad = GOOD.replace('bank_holidays = "GB-ENG"', 'bank_holidays = "GB-XYZ"')
    with pytest.raises(OrgConfigError, match=r"line \d+: .*bank_holidays"):
        load_org_config(write(tmp_path, bad))
