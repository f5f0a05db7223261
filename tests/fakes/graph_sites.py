"""In-memory SharePoint sites, lists, columns and items for the Graph stand-in.

Behaviour copied from Graph v1.0 where our code depends on it: list items have string
ids and ``"{guid},{version}"`` eTags, ``If-Match`` mismatches give 412 and write nothing,
filters on non-indexed columns give 400 unless the Prefer header is sent, pages end with
an ``@odata.nextLink`` carrying an opaque ``$skiptoken``, a single line of text takes at
most 255 characters (multi-line text columns have no such limit and cannot be indexed),
and a Sites.Selected ``write`` grant can write items but cannot create lists or columns.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

from tests.fakes.graph_odata import GraphFault, decode_token, encode_token, now_iso, parse_expand_fields
from tests.fakes.graph_odata import parse_filter as parse_odata_filter

TYPES = ("text", "choice", "dateTime", "number", "boolean", "personOrGroup")
PREFER_NON_INDEXED = "HonorNonIndexedQueriesWarningMayFailRandomly"
BUILT_IN = ("Title", "ID", "Created", "Modified")
ROLES_MANAGE = frozenset({"fullcontrol", "owner"})
ROLES_WRITE = ROLES_MANAGE | {"write"}
SINGLE_LINE_MAX = 255  # a single line of text holds at most 255 characters


@dataclass
class Column:
    id: str
    name: str
    type: str
    indexed: bool = False
    required: bool = False
    read_only: bool = False
    choices: list[str] = field(default_factory=list)
    multiline: bool = False

    def to_json(self) -> dict[str, Any]:
        facet: dict[str, Any] = {"choices": self.choices} if self.type == "choice" else {}
        if self.multiline:
            facet["allowMultipleLines"] = True
        return {
            "id": self.id,
            "name": self.name,
            "displayName": self.name,
            "indexed": self.indexed,
            "required": self.required,
            "readOnly": self.read_only,
            self.type: facet,
        }


@dataclass
class Item:
    id: int
    fields: dict[str, Any]
    guid: str = field(default_factory=lambda: str(uuid.uuid4()))
    version: int = 1
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)
    web_url: str = ""

    @property
    def etag(self) -> str:
        return f'"{self.guid},{self.version}"'

    def all_fields(self) -> dict[str, Any]:
        extra = {"ID": self.id, "Created": self.created, "Modified": self.modified}
        return {"@odata.etag": self.etag, "id": str(self.id), **self.fields, **extra}


@dataclass
class SpList:
    id: str
    name: str
    columns: dict[str, Column]
    items: dict[int, Item] = field(default_factory=dict)
    next_id: int = 1

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "displayName": self.name,
            "list": {"template": "genericList"},
        }


@dataclass
class Site:
    id: str
    hostname: str
    path: str
    role: str | None = "fullcontrol"
    lists: dict[str, SpList] = field(default_factory=dict)

    def find_list(self, ref: str) -> SpList:
        found = self.lists.get(ref) or next((x for x in self.lists.values() if x.name == ref), None)
        if found is None:
            raise GraphFault(404, "itemNotFound", "The requested list was not found")
        return found


class SitesState:
    def __init__(self, page_size: int = 200) -> None:
        self.sites: dict[str, Site] = {}
        self.page_size = page_size

    def add_site(self, url: str, role: str | None = "fullcontrol") -> Site:
        parts = urlsplit(url)
        host = parts.hostname or ""
        site = Site(f"{host},{uuid.uuid4()},{uuid.uuid4()}", host, parts.path.rstrip("/"), role)
        self.sites[site.id] = site
        return site

    def resolve(self, head: str, tail: str) -> tuple[Site, str]:
        """Find the site a ``/sites/...`` path names and return the rest of the path."""
        if head.endswith(":"):
            host = head[:-1]
            end = tail.find(":")
            path, rest = (tail, "") if end < 0 else (tail[:end], tail[end + 1 :])
            site = next((s for s in self.sites.values() if (s.hostname, s.path) == (host, path)), None)
        else:
            rest = tail
            site = self.sites.get(head) or next(
                (s for s in self.sites.values() if s.hostname == head and not s.path), None
            )
        if site is None:
            raise GraphFault(404, "itemNotFound", "Requested site could not be found")
        if site.role is None:
            raise GraphFault(403, "accessDenied", "Access denied")
        return site, rest

    # --- lists and columns -------------------------------------------------------------

    def create_list(self, site: Site, body: Mapping[str, Any]) -> SpList:
        need_role(site, ROLES_MANAGE)
        name = body.get("displayName")
        if not isinstance(name, str) or not name:
            raise GraphFault(400, "invalidRequest", "displayName is required")
        if any(x.name == name for x in site.lists.values()):
            raise GraphFault(409, "nameAlreadyExists", "The specified name is already in use.")
        columns = {n: Column(str(uuid.uuid4()), n, "text" if n == "Title" else "dateTime") for n in BUILT_IN}
        columns["ID"] = Column(columns["ID"].id, "ID", "number", read_only=True)
        for name_ in ("Created", "Modified"):
            columns[name_].read_only = True
        new = SpList(str(uuid.uuid4()), name, columns)
        for raw in body.get("columns", []):
            self.add_column(site, new, raw)
        site.lists[new.id] = new
        return new

    def add_column(self, site: Site, target: SpList, raw: Mapping[str, Any]) -> Column:
        need_role(site, ROLES_MANAGE)
        name = raw.get("name")
        kinds = [t for t in TYPES if t in raw]
        if not isinstance(name, str) or len(kinds) != 1:
            raise GraphFault(400, "invalidRequest", "A column needs a name and exactly one type facet")
        if name in target.columns:
            raise GraphFault(409, "nameAlreadyExists", f"A field with the name {name} already exists")
        choices = list(raw[kinds[0]].get("choices", [])) if kinds[0] == "choice" else []
        column = Column(
            str(uuid.uuid4()), name, kinds[0], bool(raw.get("indexed")), bool(raw.get("required"))
        )
        column.choices = choices
        column.multiline = kinds[0] == "text" and bool(raw["text"].get("allowMultipleLines"))
        if column.multiline and column.indexed:
            raise GraphFault(400, "invalidRequest", "Multiple lines of text columns cannot be indexed")
        target.columns[name] = column
        return column

    def patch_column(self, site: Site, target: SpList, column_id: str, raw: Mapping[str, Any]) -> Column:
        need_role(site, ROLES_MANAGE)
        column = next((c for c in target.columns.values() if c.id == column_id), None)
        if column is None:
            raise GraphFault(404, "itemNotFound", "Column not found")
        if "indexed" in raw:
            column.indexed = bool(raw["indexed"])
        return column

    # --- items -------------------------------------------------------------------------

    def create_item(self, site: Site, target: SpList, body: Mapping[str, Any]) -> Item:
        need_role(site, ROLES_WRITE)
        fields = body.get("fields")
        if not isinstance(fields, dict):
            raise GraphFault(400, "invalidRequest", "Invalid request: fields is required")
        check_fields(target, fields)
        missing = [c.name for c in target.columns.values() if c.required and fields.get(c.name) is None]
        if missing:
            raise GraphFault(400, "invalidRequest", f"Field '{missing[0]}' is required")
        # Graph's listItem webUrl: the list's folder under the site, the item's id with "_.000".
        folder = quote(target.name.replace(" ", ""))
        web_url = f"https://{site.hostname}{site.path}/Lists/{folder}/{target.next_id}_.000"
        item = Item(target.next_id, dict(fields), web_url=web_url)
        target.next_id += 1
        target.items[item.id] = item
        return item

    def patch_fields(
        self, site: Site, target: SpList, item_id: str, body: Mapping[str, Any], if_match: str | None
    ) -> Item:
        need_role(site, ROLES_WRITE)
        item = find_item(target, item_id)
        if if_match and if_match != "*" and _bare(if_match) != _bare(item.etag):
            raise GraphFault(412, "preconditionFailed", "The provided eTag does not match the current eTag")
        check_fields(target, body)
        item.fields.update(body)
        item.version += 1
        item.modified = now_iso()
        return item

    def list_items(
        self, target: SpList, query: Mapping[str, str], prefer: str, next_base: str
    ) -> dict[str, Any]:
        expand, select = parse_expand_fields(query.get("$expand"))
        conditions = parse_odata_filter(query["$filter"], prefix="fields/") if "$filter" in query else []
        for condition in conditions:
            column = target.columns.get(condition.name)
            if column is None:
                raise GraphFault(400, "invalidRequest", f"Field '{condition.name}' is not recognized")
            if not column.indexed and condition.name != "ID" and PREFER_NON_INDEXED not in prefer:
                raise GraphFault(
                    400,
                    "invalidRequest",
                    f"Field '{condition.name}' cannot be referenced in filter or orderby as it is not "
                    f"indexed. Provide the 'Prefer: {PREFER_NON_INDEXED}' header to allow this, but be "
                    "warned that such queries may fail on large lists.",
                )
        top = int(query.get("$top", self.page_size))
        after = int(decode_token(query["$skiptoken"]).get("p_ID", 0)) if "$skiptoken" in query else 0
        matching = [
            i
            for i in sorted(target.items.values(), key=lambda i: i.id)
            if i.id > after and all(c.matches(i.all_fields().get(c.name)) for c in conditions)
        ]
        page = matching[:top]
        result: dict[str, Any] = {"value": [item_json(i, expand, select) for i in page]}
        if len(matching) > top:
            params = {k: v for k, v in query.items() if k != "$skiptoken"}
            params["$skiptoken"] = encode_token({"Paged": "TRUE", "p_ID": page[-1].id})
            result["@odata.nextLink"] = next_base + "?" + urlencode(params, safe="$,()/'=")
        return result


def item_json(item: Item, expand: bool = True, select: list[str] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "@odata.etag": item.etag,
        "id": str(item.id),
        "eTag": item.etag,
        "createdDateTime": item.created,
        "lastModifiedDateTime": item.modified,
    }
    if item.web_url:
        body["webUrl"] = item.web_url
    if expand:
        fields = item.all_fields()
        if select is not None:
            keep = {"@odata.etag", "id", *select}
            fields = {k: v for k, v in fields.items() if k in keep}
        body["fields"] = fields
    return body


def find_item(target: SpList, item_id: str) -> Item:
    item = target.items.get(int(item_id)) if item_id.isdigit() else None
    if item is None:
        raise GraphFault(404, "itemNotFound", "The specified list item was not found")
    return item


def check_fields(target: SpList, fields: Mapping[str, Any]) -> None:
    for name, value in fields.items():
        column = target.columns.get(name)
        if column is None:
            raise GraphFault(400, "invalidRequest", f"Field '{name}' is not recognized")
        if column.read_only:
            raise GraphFault(400, "invalidRequest", f"Field '{name}' is read-only")
        if value is not None and not _type_ok(column, value):
            raise GraphFault(400, "invalidRequest", f"Invalid value for field '{name}'")


def _type_ok(column: Column, value: Any) -> bool:
    if column.type == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if column.type == "boolean":
        return isinstance(value, bool)
    if column.type == "choice":
        return value in column.choices
    if column.type == "text" and not column.multiline and isinstance(value, str):
        return len(value) <= SINGLE_LINE_MAX
    return isinstance(value, str)


def need_role(site: Site, roles: frozenset[str]) -> None:
    if site.role not in roles:
        raise GraphFault(
            403, "accessDenied", "Access denied. You do not have permission to perform this action"
        )


def _bare(etag: str) -> str:
    return etag.removeprefix("W/").strip('"')
