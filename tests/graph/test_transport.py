from __future__ import annotations

from datetime import UTC, datetime

import pytest

from graph.msgraph.errors import BadRequest, Conflict, NotFound, PermissionDenied, StoreError, Unavailable
from graph.msgraph.transport import error_for, parse_retry_after


def graph_error(code: str) -> dict[str, object]:
    return {"error": {"code": code, "message": "m", "innerError": {}}}


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, BadRequest),
        (401, PermissionDenied),
        (403, PermissionDenied),
        (404, NotFound),
        (409, Conflict),
        (412, Conflict),
        (418, StoreError),
        (429, Unavailable),
        (503, Unavailable),
        (504, Unavailable),
    ],
)
def test_statuses_map_to_domain_errors(status: int, kind: type[StoreError]) -> None:
    error = error_for(status, graph_error("someCode"), {})
    assert type(error) is kind
    assert error.code == "someCode"
    assert error.status == status


def test_throttling_is_not_ambiguous_but_gateway_errors_are() -> None:
    throttled = error_for(429, graph_error("TooManyRequests"), {"retry-after": "5"})
    gateway = error_for(504, None, {})
    assert isinstance(throttled, Unavailable)
    assert isinstance(gateway, Unavailable)
    assert (throttled.ambiguous, throttled.retry_after) == (False, 5.0)
    assert (gateway.ambiguous, gateway.retry_after) == (True, None)


def test_retry_after_accepts_seconds_and_dates() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after("Thu, 01 Jan 2026 12:00:10 GMT", now=now) == 10.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None
