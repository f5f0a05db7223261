from __future__ import annotations

import pytest

from graph.msgraph.errors import GraphConfigError
from graph.msgraph.transport import GraphTransport
from graph.sharepoint.lists import SharePointLists
from graph.sharepoint.provision import provision
from graph.sharepoint.schema import Column, ListSchema
from tests.graph.support import TEST_LIST


async def test_provision_creates_then_reports_up_to_date(lists: SharePointLists) -> None:
    other = ListSchema("Other Records", (Column("Done", "boolean"),))
    first = await provision(lists, [TEST_LIST, other])
    assert first.changed
    assert first.lines()[1:] == [
        "  Test Records: created with 6 columns",
        "  Other Records: created with 2 columns",
    ]
    again = await provision(lists, [TEST_LIST, other])
    assert not again.changed
    assert again.lines()[1:] == ["  Test Records: up to date", "  Other Records: up to date"]


async def test_provision_reports_added_and_mismatched_columns(lists: SharePointLists) -> None:
    await provision(lists, [ListSchema("Other Records", (Column("Done", "text"),))])
    report = await provision(
        lists, [ListSchema("Other Records", (Column("Done", "boolean"), Column("N", "number")))]
    )
    assert report.mismatched == ("Other Records.Done",)
    assert report.lines()[1] == "  Other Records: added N; WRONG TYPE (left alone) Done"


async def test_provision_names_a_missing_site(transport: GraphTransport) -> None:
    lists = SharePointLists(transport, "https://contoso.sharepoint.com/sites/typo")
    with pytest.raises(GraphConfigError, match="sites/typo"):
        await provision(lists, [TEST_LIST])
