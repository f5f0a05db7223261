from __future__ import annotations

import pytest

from graph.sharepoint.schema import (
    IDEMPOTENCY_COLUMN,
    Column,
    ListSchema,
    column_type_of,
    fields_eq,
    odata_literal,
)


def test_every_list_gets_an_indexed_idempotency_key() -> None:
    schema = ListSchema("L", (Column("Status", "choice", indexed=True, choices=("Open",)),))
    body = schema.to_graph()
    assert body["list"] == {"template": "genericList"}
    assert body["columns"][0] == {
        "name": "Status",
        "displayName": "Status",
        "choice": {"choices": ["Open"]},
        "indexed": True,
    }
    assert body["columns"][-1] == {
        "name": IDEMPOTENCY_COLUMN,
        "displayName": IDEMPOTENCY_COLUMN,
        "text": {},
        "indexed": True,
    }


@pytest.mark.parametrize(
    "make",
    [
        lambda: Column("has space", "text"),
        lambda: Column("Title", "text"),
        lambda: Column("C", "choice"),
        lambda: Column("C", "text", choices=("a",)),
        lambda: ListSchema("L", (Column("A", "text"), Column("A", "number"))),
        lambda: ListSchema("L", (Column(IDEMPOTENCY_COLUMN, "text"),)),
    ],
)
def test_bad_definitions_are_refused(make: object) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - each case has its own message
        make()  # type: ignore[operator]


def test_filter_literals_escape_quotes() -> None:
    assert (
        fields_eq({"Note": "it's", "N": 2, "B": False})
        == "fields/Note eq 'it''s' and fields/N eq 2 and fields/B eq false"
    )
    assert odata_literal(1.5) == "1.5"
    with pytest.raises(ValueError, match="column name"):
        fields_eq({"x eq 1 or y": 1})


def test_column_type_of_reads_graph_definitions() -> None:
    assert column_type_of({"name": "X", "dateTime": {}}) == "dateTime"
    assert column_type_of({"name": "X", "personOrGroup": {}}) is None


def test_multi_line_text_columns() -> None:
    assert Column("Note", "text", multiline=True).to_graph()["text"] == {"allowMultipleLines": True}
    with pytest.raises(ValueError, match="multi-line"):
        Column("Note", "text", multiline=True, indexed=True)
    with pytest.raises(ValueError, match="multi-line"):
        Column("N", "number", multiline=True)
