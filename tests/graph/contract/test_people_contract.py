"""People and their 1:1 chats: upserts that keep a known UPN, welcomes sent once."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from graph.records.people import ChatAddress, PeopleStore, Person
from graph.sqlite.people import SqlitePeopleStore
from tests.graph.contract.conftest import Backend, local_backend

JO = Person("aad-jo", "Jo Bloggs", "29:" + "j" * 120, "tenant-1", "Jo.Bloggs@example.org")
SAM = Person("aad-sam", "Sam", "29:sam", "tenant-1")
LONG_ID = "a:1" + "x" * 300
JO_CHAT = ChatAddress(
    LONG_ID, "https://smba.trafficmanager.net/uk/", "tenant-1", "28:bot", "Policy Steward", JO.teams_id
)
SAM_CHAT = ChatAddress(
    "a:sam", "https://smba.trafficmanager.net/uk/", "tenant-1", "28:bot", "Policy Steward", "29:sam"
)


@pytest.fixture
async def backend(tmp_path: Path) -> AsyncIterator[Backend]:
    """Kept only locally: every message touches it, and answers must not stop when Graph does."""
    async with local_backend(tmp_path) as local:
        yield local


async def open_people(backend: Backend) -> PeopleStore:
    store: PeopleStore = await backend.open(SqlitePeopleStore)
    return store


@pytest.fixture
async def people(backend: Backend) -> PeopleStore:
    return await open_people(backend)


async def test_people_are_remembered_and_refreshed(people: PeopleStore) -> None:
    assert await people.get(JO.aad_object_id) is None
    await people.remember(JO)
    await people.remember(SAM)
    assert await people.get(JO.aad_object_id) == JO
    assert await people.get(SAM.aad_object_id) == SAM
    renamed = replace(JO, name="Jo B", teams_id="29:new", tenant_id="tenant-2")
    await people.remember(renamed)
    assert await people.get(JO.aad_object_id) == renamed


async def test_a_known_upn_is_never_replaced_by_an_empty_one(people: PeopleStore) -> None:
    await people.remember(JO)
    await people.remember(replace(JO, name="Jo B", upn=""))
    assert await people.get(JO.aad_object_id) == replace(JO, name="Jo B")
    await people.remember(replace(JO, upn="jo@example.org"))
    assert await people.get(JO.aad_object_id) == replace(JO, upn="jo@example.org")


async def test_find_by_upn_ignores_case(people: PeopleStore) -> None:
    await people.remember(JO)
    await people.remember(SAM)
    assert await people.find_by_upn("jo.bloggs@EXAMPLE.org") == JO
    assert await people.find_by_upn("nobody@example.org") is None
    assert await people.find_by_upn("") is None


async def test_two_instances_remembering_one_person_keep_one(people: PeopleStore, backend: Backend) -> None:
    other = await open_people(backend)
    await asyncio.gather(people.remember(JO), other.remember(JO), people.remember(JO))
    assert await other.get(JO.aad_object_id) == JO
    assert await people.find_by_upn(JO.upn) == JO


async def test_personal_chats_and_the_latest_one(people: PeopleStore) -> None:
    assert await people.latest_chat() is None
    assert await people.personal_chat(JO.aad_object_id) is None
    await people.save_personal_chat(JO.aad_object_id, JO_CHAT)
    await people.save_personal_chat(SAM.aad_object_id, SAM_CHAT)
    assert await people.personal_chat(JO.aad_object_id) == JO_CHAT
    assert await people.latest_chat() == SAM_CHAT
    moved = replace(JO_CHAT, service_url="https://smba.trafficmanager.net/emea/", channel_id="msteams")
    await people.save_personal_chat(JO.aad_object_id, moved)
    assert await people.latest_chat() == moved
    assert await people.personal_chat(JO.aad_object_id) == moved
    await people.save_personal_chat(SAM.aad_object_id, SAM_CHAT)
    assert await people.latest_chat() == SAM_CHAT


async def test_a_conversation_is_welcomed_once(people: PeopleStore, backend: Backend) -> None:
    other = await open_people(backend)
    assert await people.mark_welcomed(LONG_ID)
    assert not await people.mark_welcomed(LONG_ID)
    results = await asyncio.gather(*(s.mark_welcomed("19:team@thread.tacv2") for s in [people, other] * 3))
    assert results.count(True) == 1
    assert not await other.mark_welcomed("19:team@thread.tacv2")
