"""`make run AS=…`: one Playground configuration per persona, generated from the organisation file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.approvals.rules import approvers, may_decide
from bot.config import DEFAULT_ORG_FILE, Settings
from bot.features import build_router
from bot.org import Role, role_titles
from bot.org_file import load_org_config
from bot.welcome import abilities
from scripts.local_stack import free_playground_port, start_playground
from scripts.persona_org import VIEW_ROLES, persona_org_file
from scripts.personas import PERSONAS, UnknownPersona, persona_member, playground_config, write_persona_config
from scripts.run_local import parse_args, persona_config
from tests.builders import ALEX, TeamsClient, card_texts
from tests.e2e.harness import missing_requirements
from tests.fakes.connector import FakeConnector
from tests.scripts.test_playground_config import read_config

ORG = load_org_config(DEFAULT_ORG_FILE)


@pytest.mark.parametrize(("persona", "name"), [("volunteer", "Lee Gu"), ("staff", "Nestor Wilke")])
def test_each_persona_is_the_person_with_that_role_and_fewest_others(persona: str, name: str) -> None:
    config = read_config(playground_config(ORG, persona))
    assert config["currentUser"]["name"] == name
    member = persona_member(ORG, persona)
    assert PERSONAS[persona] in member.roles
    assert Role.CEO not in member.roles


@pytest.mark.parametrize("persona", list(PERSONAS))
def test_every_persona_config_suits_the_playground(persona: str) -> None:
    config = read_config(playground_config(ORG, persona))
    ids = [config["currentUser"]["id"]] + [u["id"] for u in config["users"]]
    assert len(config["users"]) == 5
    assert len(set(ids)) == len(ids), "the Playground refuses repeated user ids"
    assert config["tenantId"] == ORG.tenant_id
    assert {u["aadObjectId"] for u in config["users"]} <= {m.aad_object_id for m in ORG.members}


def test_every_persona_has_a_view_for_make_run_as() -> None:
    assert set(VIEW_ROLES) == set(PERSONAS)


def test_an_unknown_persona_is_refused_with_the_choices() -> None:
    with pytest.raises(UnknownPersona, match="volunteer, staff, ceo, manager"):
        persona_member(ORG, "intern")


def test_make_run_as_passes_the_persona(tmp_path: Path) -> None:
    assert parse_args(["--as", "volunteer"]).persona == "volunteer"
    assert persona_config("", tmp_path) == (None, "Alex Wilber (who holds every role)", DEFAULT_ORG_FILE)


def test_the_real_playground_accepts_a_persona_config(tmp_path: Path) -> None:
    problems = missing_requirements()
    if problems:
        pytest.fail("the Playground cannot run: " + "; ".join(problems), pytrace=False)
    config = write_persona_config(ORG, "volunteer", tmp_path)
    child, port = start_playground(
        9,
        free_playground_port(),
        cwd=tmp_path,
        base_env=os.environ,
        log_file=tmp_path / "pg.log",
        config=config,
    )
    try:
        assert port > 0
        assert child.alive()
    finally:
        child.stop()


# AS=ceo and AS=manager: in the demo file one person holds both offices, so the local run gives the
# bot a copy of the organisation file in which that person holds only the chosen view's roles.

APPROVALS_LIST = "pending approvals"  # the approvers' command
MANAGER = "Fundraising & Partnerships Manager"


def _listed_commands(roles: frozenset[Role]) -> set[str]:
    return {c.name for c in build_router().commands if c.listed and c.allows(roles)}


def test_as_ceo_the_bot_sees_the_ceo_without_the_managers_roles(tmp_path: Path) -> None:
    derived = load_org_config(persona_org_file(DEFAULT_ORG_FILE, "ceo", tmp_path))
    me = persona_member(derived, "ceo")
    assert me.name == "Alex Wilber"
    assert me.roles == {Role.CEO, Role.STAFF, Role.SAFEGUARDING_LEAD}
    assert MANAGER not in role_titles(derived, me.roles)
    assert "decide on posts sent to you for sign-off" in abilities(me.roles)
    assert APPROVALS_LIST in _listed_commands(me.roles)
    assert not derived.holders(Role.MANAGER)
    assert not derived.holders(Role.ADMIN)


def test_as_manager_the_bot_sees_the_manager_who_is_no_approver(tmp_path: Path) -> None:
    derived = load_org_config(persona_org_file(DEFAULT_ORG_FILE, "manager", tmp_path))
    me = persona_member(derived, "manager")
    assert me.name == "Alex Wilber"
    assert me.roles == {Role.MANAGER, Role.ADMIN, Role.STAFF, Role.SAFEGUARDING_LEAD}
    assert not may_decide(me.roles)
    assert "decide on posts sent to you for sign-off" not in abilities(me.roles)
    assert APPROVALS_LIST not in _listed_commands(me.roles)
    assert "CEO" not in role_titles(derived, me.roles)


def test_as_manager_a_sign_off_still_goes_to_a_ceo(tmp_path: Path) -> None:
    derived = load_org_config(persona_org_file(DEFAULT_ORG_FILE, "manager", tmp_path))
    [ceo] = derived.holders(Role.CEO)
    assert ceo.name == "Megan Bowen"  # the Board approver, who stands in for the CEO anyway
    assert ceo.roles == {Role.CEO, Role.BOARD, Role.TRUSTEE}
    assert [m.name for m in approvers(derived, include_board=False)] == ["Megan Bowen"]


@pytest.mark.parametrize("persona", ["ceo", "manager"])
def test_the_derived_file_changes_only_that_persons_roles(persona: str, tmp_path: Path) -> None:
    before = DEFAULT_ORG_FILE.read_bytes()
    path = persona_org_file(DEFAULT_ORG_FILE, persona, tmp_path)
    assert DEFAULT_ORG_FILE.read_bytes() == before
    assert path.parent == tmp_path
    derived = load_org_config(path)
    me = persona_member(derived, persona)
    assert derived.policy_path == ORG.policy_path
    assert [m.name for m in derived.members] == [m.name for m in ORG.members]
    stand_in = {"ceo": set(), "manager": {"Megan Bowen"}}[persona]  # given the CEO's role
    unchanged = {me.name} | stand_in
    assert [m for m in derived.members if m.name not in unchanged] == [
        m for m in ORG.members if m.name not in unchanged
    ]
    assert (derived.name, derived.platforms, derived.titles) == (ORG.name, ORG.platforms, ORG.titles)


@pytest.mark.parametrize("persona", ["volunteer", "staff"])
def test_volunteer_and_staff_use_the_organisation_file_as_it_is(persona: str, tmp_path: Path) -> None:
    assert persona_org_file(DEFAULT_ORG_FILE, persona, tmp_path) == DEFAULT_ORG_FILE
    assert list(tmp_path.iterdir()) == []


def test_make_run_as_ceo_starts_the_bot_with_the_derived_file(tmp_path: Path) -> None:
    config, who, org_file = persona_config("ceo", tmp_path)
    assert config is not None
    assert config.parent == tmp_path
    assert org_file.parent == tmp_path
    assert who == "Alex Wilber (CEO, Safeguarding lead, Staff member)"
    assert persona_config("volunteer", tmp_path)[1:] == ("Lee Gu (Volunteer)", DEFAULT_ORG_FILE)


@pytest.fixture
def settings(tmp_path: Path, persona: str) -> Settings:
    """The shared bot fixtures (``teams``), loading ``persona``'s view as `make run AS=…` gives it."""
    org_file = persona_org_file(DEFAULT_ORG_FILE, persona, tmp_path / "devTools")
    return Settings(_env_file=None, data_dir=tmp_path, org_file=org_file)


@pytest.mark.parametrize(
    ("persona", "roles", "offered"),
    [
        ("ceo", "CEO, Safeguarding lead, Staff member", True),
        ("manager", f"{MANAGER}, Safeguarding lead, Bot administrator, Staff member", False),
    ],
)
async def test_the_running_bot_gives_the_persona_that_views_help(
    roles: str, offered: bool, teams: TeamsClient, connector: FakeConnector
) -> None:
    await teams.say("help", user=ALEX)
    lines = card_texts(connector.posted[-1].card).splitlines()
    assert f"Your roles: {roles}" in lines
    assert (APPROVALS_LIST in lines) is offered
    assert ("decide on posts sent to you for sign-off" in " ".join(lines)) is offered
