"""Organisation files for tests that need other people in the roles than the demo file has."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.app import Overrides, create_app
from bot.clock import ManualClock
from bot.config import DEFAULT_ORG_FILE, Settings
from tests.builders import User


def write_org(tmp_path: Path, people: Iterable[tuple[User, Iterable[str], bool]], extra: str = "") -> Path:
    """The demo organisation file with its people replaced by ``(user, roles, by_upn_only)``."""
    text = DEFAULT_ORG_FILE.read_text(encoding="utf-8")
    head = text[: text.index("[[people]]")]
    head = head.replace('policy = "policy.md"', f'policy = "{DEFAULT_ORG_FILE.parent / "policy.md"}"')
    blocks = []
    for user, roles, upn_only in people:
        ident = "" if upn_only else f'aad_object_id = "{user.aad_object_id}"\n'
        listed = ", ".join(f'"{r}"' for r in roles)
        blocks.append(f'[[people]]\nname = "{user.name}"\n{ident}upn = "{user.upn}"\nroles = [{listed}]\n')
    path = tmp_path / "org.toml"
    path.write_text(head + extra + "\n" + "\n".join(blocks), encoding="utf-8")
    return path


@asynccontextmanager
async def client_with_org(
    settings: Settings, clock: ManualClock, org: Path
) -> AsyncIterator[TestClient[Any, Any]]:
    """The app on ``org``, its scheduler driven by the test."""
    app = create_app(
        settings.model_copy(update={"org_file": org}), Overrides(clock=clock, run_scheduler=False)
    )
    async with TestClient(TestServer(app, host="127.0.0.1", port=0)) as test_client:
        yield test_client
