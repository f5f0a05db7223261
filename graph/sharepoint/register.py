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

from graph.records.register import Grant, NewGrant, PrivateGroup
from graph.sharepoint.lists import ListItem, SharePointLists
from graph.sharepoint.schema import Column, ListSchema, fields_eq
from graph.sharepoint.values import (
    create,
    get_by_id,
    number,
    read_day,
    read_time,
    sp_time,
    text,
    update_if,
)
from graph.sqlite.values import day_or_none

ACTIVE, REVOKED = "active", "revoked"

GRANTS_LIST = ListSchema(
    "Policy Steward access register",
    (
        Column("Resource", "text", indexed=True),
        Column("PersonEmail", "text", indexed=True),
        Column("PersonName", "text"),
        Column("PersonAad", "text", indexed=True),
        Column("Level", "text"),
        Column("GrantedBy", "text"),
        Column("GrantedAt", "dateTime"),
        Column("TrainedOn", "text"),
        Column("HoldsRecovery", "boolean"),
        Column("LastReviewed", "dateTime"),
        Column("ReviewedBy", "text"),
        Column("GrantStatus", "choice", indexed=True, choices=(ACTIVE, REVOKED)),
        Column("RevokedAt", "dateTime"),
        Column("RevokedBy", "text"),
        Column("RevokeReason", "text", multiline=True),
    ),
    description="Who can get into each official account and private group, with the history (§2.6).",
)

GROUPS_LIST = ListSchema(
    "Policy Steward private groups",
    (
        Column("GroupName", "text"),
        Column("Platform", "text"),
        Column("Moderator", "text"),
        Column("RiskAssessedOn", "text"),
        Column("CreatedBy", "text"),
        Column("CreatedAt", "dateTime"),
    ),
    description="Private community groups: each needs a risk assessment and a moderator (§2.1).",
)

SCHEMAS = (GRANTS_LIST, GROUPS_LIST)


def _grant(item: ListItem) -> Grant:
    f = item.fields
    granted_at = read_time(f.get("GrantedAt"))
    assert granted_at is not None
    return Grant(
        id=number(item),
        resource=text(f.get("Resource")),
        person_email=text(f.get("PersonEmail")),
        person_name=text(f.get("PersonName")),
        person_aad=text(f.get("PersonAad")),
        level=text(f.get("Level")),
        granted_by=text(f.get("GrantedBy")),
        granted_at=granted_at,
        trained_on=read_day(f.get("TrainedOn")),
        holds_recovery=bool(f.get("HoldsRecovery")),
        last_reviewed=read_time(f.get("LastReviewed")),
        reviewed_by=text(f.get("ReviewedBy")),
        revoked_at=read_time(f.get("RevokedAt")),
        revoked_by=text(f.get("RevokedBy")),
        revoke_reason=text(f.get("RevokeReason")),
    )


def _group(item: ListItem) -> PrivateGroup:
    f = item.fields
    created_at = read_time(f.get("CreatedAt"))
    assert created_at is not None
    return PrivateGroup(
        id=number(item),
        name=text(f.get("GroupName")),
        platform=text(f.get("Platform")),
        moderator=text(f.get("Moderator")),
        risk_assessed_on=read_day(f.get("RiskAssessedOn")),
        created_by=text(f.get("CreatedBy")),
        created_at=created_at,
    )


def _revocation(by: str, at: datetime, reason: str) -> dict[str, Any]:
    return {"GrantStatus": REVOKED, "RevokedAt": sp_time(at), "RevokedBy": by, "RevokeReason": reason}


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
        email = new.person_email.strip().lower()
        fields = {
            "Resource": new.resource,
            "PersonEmail": email,
            "PersonName": new.person_name,
            "PersonAad": new.person_aad,
            "Level": new.level,
            "GrantedBy": by,
            "GrantedAt": sp_time(at),
            "TrainedOn": day_or_none(new.trained_on),
            "HoldsRecovery": new.holds_recovery,
            "GrantStatus": ACTIVE,
        }
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
        fields = {"LastReviewed": sp_time(at), "ReviewedBy": by}
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
        fields = {
            "GroupName": name,
            "Platform": platform,
            "Moderator": moderator,
            "RiskAssessedOn": day_or_none(risk_assessed_on),
            "CreatedBy": by,
            "CreatedAt": sp_time(at),
        }
        return _group(await create(self._lists, self._groups, fields, f"group:{uuid.uuid4().hex}"))

    async def update_group(
        self, group_id: int, *, moderator: str | None = None, risk_assessed_on: date | None = None
    ) -> PrivateGroup | None:
        fields: dict[str, Any] = {}
        if moderator is not None:
            fields["Moderator"] = moderator
        if risk_assessed_on is not None:
            fields["RiskAssessedOn"] = risk_assessed_on.isoformat()
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
