"""What the bot writes to SharePoint text columns is safe in SharePoint's own "Export to Excel /
CSV": a value that would start a formula is stored with a leading apostrophe (which a
spreadsheet shows as text), and the bot reads back exactly what was written."""

from __future__ import annotations

import pytest

from graph.sharepoint.lists import SharePointLists
from tests.fakes.graph import FakeGraph
from tests.graph.support import TEST_LIST

NAME = TEST_LIST.name
DANGEROUS = [
    '=HYPERLINK("https://evil.example","Click")',
    "+44 1473 000000",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "  =1+1",
    "＝1+1",
    "'=already quoted",
    "''=twice quoted",
]
HARMLESS = ["A rude comment", "2026-12-01", "", "It's fine", "'quoted but harmless", "1+1="]


@pytest.fixture
async def ready(lists: SharePointLists) -> SharePointLists:
    await lists.ensure_list(TEST_LIST)
    return lists


@pytest.mark.parametrize("value", DANGEROUS)
async def test_a_formula_is_stored_as_text_and_read_back_as_written(
    value: str, ready: SharePointLists, fake: FakeGraph
) -> None:
    created = await ready.create_item(NAME, {"Note": value}, "k1")
    [stored] = fake.items(NAME)
    assert stored["Note"] == "'" + value
    assert created.fields["Note"] == value
    assert (await ready.get_item(NAME, created.id)).fields["Note"] == value
    updated = await ready.update_fields(NAME, created.id, {"Note": value + "!"}, created.etag)
    assert fake.items(NAME)[0]["Note"] == "'" + value + "!"
    assert updated.fields["Note"] == value + "!"
    [found] = await ready.query(NAME)
    assert found.fields["Note"] == value + "!"


@pytest.mark.parametrize("value", HARMLESS)
async def test_other_text_is_stored_unchanged(value: str, ready: SharePointLists, fake: FakeGraph) -> None:
    created = await ready.create_item(NAME, {"Note": value}, "k1")
    assert fake.items(NAME)[0].get("Note", "") == value
    assert (await ready.get_item(NAME, created.id)).fields.get("Note", "") == value
