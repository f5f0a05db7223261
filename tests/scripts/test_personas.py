"""`make run AS=…`: one Playground configuration per persona, generated from the organisation file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.config import DEFAULT_ORG_FILE
from bot.org import Role
from bot.org_file import load_org_config
from scripts.local_stack import free_playground_port, start_playground
from scripts.personas import PERSONAS, UnknownPersona, persona_member, playground_config, write_persona_config
from scripts.run_local import parse_args, persona_config
from tests.e2e.harness import missing_requirements
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


def test_an_unknown_persona_is_refused_with_the_choices() -> None:
    with pytest.raises(UnknownPersona, match="volunteer, staff, ceo, manager"):
        persona_member(ORG, "intern")


def test_make_run_as_passes_the_persona(tmp_path: Path) -> None:
    assert parse_args(["--as", "volunteer"]).persona == "volunteer"
    assert persona_config("") == (None, "Alex Wilber (who holds every role)")


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
