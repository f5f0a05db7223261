"""The register of official accounts in SharePoint lists: grants and private groups.

A grant's id is its SharePoint item id. ``GrantStatus`` is an indexed choice kept next to
``RevokedAt`` so the active grants of a platform or of a person are one indexed query.
Revoking and marking reviewed are conditional writes: a grant revoked by one manager is not
revoked again (or re-dated) by another pressing the same button a moment later.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any

from graph.records.register import GRANT_ROWS, GROUP_ROWS, Grant, NewGrant, PrivateGroup
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    Columns,
    columns_of,
    create,
    get_by_id,
    number,
    to_fields,
    to_row,
    update_if,
)

ACTIVE, REVOKED = "active", "revoked"

# Codec names (graph.records.register.GRANT_ROWS) and their columns; the id is the item's id.
GRANT_COLUMNS: Columns = (
    ("resource", Column("Resource", "text", indexed=True)),
    ("person_email", Column("PersonEmail", "text", indexed=True)),
    ("person_name", Column("PersonName", "text")),
    ("person_aad", Column("PersonAad", "text", indexed=True)),
    ("level", Column("Level", "text")),
    ("granted_by", Column("GrantedBy", "text")),
    ("granted_at", Column("GrantedAt", "dateTime")),
    ("trained_on", Column("TrainedOn", "text")),
    ("holds_recovery", Column("HoldsRecovery", "boolean")),
    ("last_reviewed", Column("LastReviewed", "dateTime")),
    ("reviewed_by", Column("ReviewedBy", "text")),
    ("status", Column("GrantStatus", "choice", indexed=True, choices=(ACTIVE, REVOKED))),
    ("revoked_at", Column("RevokedAt", "dateTime")),
    ("revoked_by", Column("RevokedBy", "text")),
    ("revoke_reason", Column("RevokeReason", "text", multiline=True)),
)
# Codec names (graph.records.register.GROUP_ROWS) and their columns; the id is the item's id.
GROUP_COLUMNS: Columns = (
    ("name", Column("GroupName", "text")),
    ("platform", Column("Platform", "text")),
    ("moderator", Column("Moderator", "text")),
    ("risk_assessed_on", Column("RiskAssessedOn", "text")),
    ("created_by", Column("CreatedBy", "text")),
    ("created_at", Column("CreatedAt", "dateTime")),
)
GRANTS_LIST = ListSchema(
    "Policy Steward access register",
    columns_of(GRANT_COLUMNS),
    description="Who can get into each official account and private group, with the history (§2.6).",
)
GROUPS_LIST = ListSchema(
    "Policy Steward private groups",
    columns_of(GROUP_COLUMNS),
    description="Private community groups: each needs a risk assessment and a moderator (§2.1).",
)

SCHEMAS = (GRANTS_LIST, GROUPS_LIST)


def _grant(item: ListItem) -> Grant:
    return GRANT_ROWS.record(to_row(GRANT_COLUMNS, item, id=number(item)))


def _group(item: ListItem) -> PrivateGroup:
    return GROUP_ROWS.record(to_row(GROUP_COLUMNS, item, id=number(item)))


def _revocation(by: str, at: datetime, reason: str) -> dict[str, Any]:
    change = {"status": REVOKED, "revoked_at": at, "revoked_by": by, "revoke_reason": reason}
    return to_fields(GRANT_COLUMNS, change)


def _is_active(item: ListItem) -> bool:
    return item.fields.get("GrantStatus") == ACTIVE


class SharePointRegisterStore:
    def __init__(self, lists: SharePointLists) -> None:
        self._lists = lists
        self._grants = GRANTS_LIST.name
        self._groups = GROUPS_LIST.name

    async def create_schema(self) -> None:
        for schema in SCHEMAS:
            await self._lists.ensure_list(schema)

    async def _query(self, **conditions: object) -> list[Grant]:
        found = await self._lists.query(self._grants, filter=fields_eq(conditions) or None)
        return sorted((_grant(i) for i in found), key=lambda g: g.id)

    async def grant(self, new: NewGrant, by: str, at: datetime) -> Grant:
        grant = new.granted(by, at)
        email = grant.person_email
        fields = to_fields(GRANT_COLUMNS, GRANT_ROWS.row(grant) | {"status": ACTIVE})
        created = await create(self._lists, self._grants, fields, f"grant:{uuid.uuid4().hex}")
        # Created first, so a failure in between leaves two entries rather than none; only
        # older grants are replaced, so two managers granting at once leave the newer one.
        for old in await self._query(Resource=new.resource, PersonEmail=email, GrantStatus=ACTIVE):
            if old.id < number(created):
                await self._revoke_item(old.id, _revocation(by, at, "replaced"))
        return _grant(created)

    async def _revoke_item(self, grant_id: int, fields: dict[str, Any]) -> ListItem | None:
        return await update_if(
            self._lists,
            self._grants,
            self._reader(self._grants, grant_id),
            lambda item: fields if _is_active(item) else None,
        )

    def _reader(self, list_name: str, item_id: int) -> Callable[[], Awaitable[ListItem | None]]:
        return lambda: get_by_id(self._lists, list_name, item_id)

    async def revoke(self, grant_id: int, by: str, at: datetime, reason: str) -> Grant | None:
        done = await self._revoke_item(grant_id, _revocation(by, at, reason))
        return _grant(done) if done else None

    async def get(self, grant_id: int) -> Grant | None:
        found = await get_by_id(self._lists, self._grants, grant_id)
        return _grant(found) if found else None

    async def active(self, resource: str | None = None) -> list[Grant]:
        if resource is None:
            return await self._query(GrantStatus=ACTIVE)
        return await self._query(Resource=resource, GrantStatus=ACTIVE)

    async def history(self, resource: str | None = None) -> list[Grant]:
        return await (self._query() if resource is None else self._query(Resource=resource))

    async def of_person(self, email: str = "", aad: str = "") -> list[Grant]:
        found: dict[int, Grant] = {}
        if email:
            found |= {g.id: g for g in await self._query(PersonEmail=email.lower(), GrantStatus=ACTIVE)}
        if aad:
            found |= {g.id: g for g in await self._query(PersonAad=aad, GrantStatus=ACTIVE)}
        return [found[k] for k in sorted(found)]

    async def mark_reviewed(self, grant_ids: list[int], by: str, at: datetime) -> int:
        fields = to_fields(GRANT_COLUMNS, {"last_reviewed": at, "reviewed_by": by})
        total = 0
        for grant_id in grant_ids:
            done = await update_if(
                self._lists,
                self._grants,
                self._reader(self._grants, grant_id),
                lambda item: fields if _is_active(item) else None,
            )
            total += done is not None
        return total

    async def add_group(
        self, name: str, platform: str, moderator: str, risk_assessed_on: date | None, by: str, at: datetime
    ) -> PrivateGroup:
        group = PrivateGroup(0, name, platform, moderator, risk_assessed_on, by, at)
        fields = to_fields(GROUP_COLUMNS, GROUP_ROWS.row(group))
        return _group(await create(self._lists, self._groups, fields, f"group:{uuid.uuid4().hex}"))

    async def update_group(
        self, group_id: int, *, moderator: str | None = None, risk_assessed_on: date | None = None
    ) -> PrivateGroup | None:
        change: dict[str, Any] = {"moderator": moderator, "risk_assessed_on": risk_assessed_on}
        fields = to_fields(GROUP_COLUMNS, {k: v for k, v in change.items() if v is not None})
        if fields:
            await update_if(
                self._lists,
                self._groups,
                self._reader(self._groups, group_id),
                lambda item: fields,
            )
        return await self.group(group_id)

    async def group(self, group_id: int) -> PrivateGroup | None:
        found = await get_by_id(self._lists, self._groups, group_id)
        return _group(found) if found else None

    async def groups(self) -> list[PrivateGroup]:
        return sorted((_group(i) for i in await self._lists.query(self._groups)), key=lambda g: g.id)
