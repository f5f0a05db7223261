"""The site's document library (its default drive) in the loopback Graph: uploads only.

Follows the published contract of driveItem uploads:
- ``PUT /sites/{site-id}/drive/root:/{path}:/content`` (also ``/drive/items/{parent-id}:/{name}:/content``)
  with the file's bytes: 201 and the new driveItem, or 200 when an existing file was replaced.
  ``@microsoft.graph.conflictBehavior`` (query) is ``replace`` (the default), ``rename`` or
  ``fail`` (409 ``nameAlreadyExists``).
- ``POST …:/{path}:/createUploadSession`` with ``{"item": {"@microsoft.graph.conflictBehavior": …}}``:
  200 and an uploadSession (``uploadUrl``, ``expirationDateTime``, ``nextExpectedRanges``).
- ``PUT {uploadUrl}`` with ``Content-Range: bytes {start}-{end}/{total}`` and ``Content-Length``:
  202 with the next expected ranges until the last byte, then 201/200 and the driveItem. The
  upload URL is pre-authenticated: a request carrying an ``Authorization`` header gets 401.
  A fragment that is not where the session expects it gets 416; every fragment but the last
  must be a multiple of 320 KiB; a fragment over 60 MiB gets 413. ``DELETE {uploadUrl}`` cancels.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from tests.fakes.graph_odata import GraphFault, now_iso

FRAGMENT_UNIT = 320 * 1024
MAX_FRAGMENT = 60 * 1024 * 1024
_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_PATH = re.compile(r"^/drive/(?:root|items/root|items/([^/:]+)):/(.+?):/(content|createUploadSession)$")


@dataclass
class DriveFile:
    id: str
    folder: str
    name: str
    content: bytes
    version: int = 1
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)

    def to_json(self, site_url: str) -> dict[str, Any]:
        path = f"{self.folder}/{self.name}".lstrip("/")
        return {
            "id": self.id,
            "name": self.name,
            "eTag": f'"{{{self.id}}},{self.version}"',
            "cTag": f'"c:{{{self.id}}},{self.version}"',
            "size": len(self.content),
            "createdDateTime": self.created,
            "lastModifiedDateTime": self.modified,
            "webUrl": f"{site_url}/Shared%20Documents/{quote(path)}",
            "file": {"mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
            "parentReference": {
                "driveType": "documentLibrary",
                "path": f"/drive/root:/{self.folder}".rstrip("/"),
            },
        }


@dataclass
class UploadSession:
    id: str
    site_key: str
    folder: str
    name: str
    conflict: str
    expires: datetime
    received: bytearray = field(default_factory=bytearray)


class DriveState:
    """Files per site (keyed by site id and path) and open upload sessions."""

    def __init__(self) -> None:
        self.files: dict[tuple[str, str], DriveFile] = {}
        self.sessions: dict[str, UploadSession] = {}

    def file(self, site_id: str, path: str) -> DriveFile | None:
        return self.files.get((site_id, path.strip("/")))

    def route(
        self, site_id: str, site_url: str, rest: str, method: str, query: Any, body: bytes, upload_base: str
    ) -> tuple[int, Any]:
        match = _PATH.match(rest)
        if match is None:
            raise GraphFault(400, "invalidRequest", f"Resource not found for the segment '{rest}'.")
        parent, path, action = match[1], match[2], match[3]
        if parent is not None and parent != "root":
            raise GraphFault(404, "itemNotFound", "The resource could not be found.")
        folder, _, name = path.strip("/").rpartition("/")
        if not name:
            raise GraphFault(400, "invalidRequest", "A file name is required.")
        if action == "content" and method == "PUT":
            conflict = query.get("@microsoft.graph.conflictBehavior", "replace")
            return self._store(site_id, site_url, folder, name, bytes(body), conflict)
        if action == "createUploadSession" and method == "POST":
            item = (json.loads(body) if body else {}).get("item", {})
            conflict = item.get("@microsoft.graph.conflictBehavior", "fail")
            session = UploadSession(
                uuid.uuid4().hex,
                f"{site_id}|{site_url}",
                folder,
                name,
                conflict,
                datetime.now(UTC) + timedelta(hours=1),
            )
            self.sessions[session.id] = session
            return 200, {
                "uploadUrl": f"{upload_base}/{session.id}",
                "expirationDateTime": session.expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "nextExpectedRanges": ["0-"],
            }
        raise GraphFault(405, "BadRequest", f"{method} is not supported here")

    def _store(
        self, site_id: str, site_url: str, folder: str, name: str, content: bytes, conflict: str
    ) -> tuple[int, Any]:
        key = (site_id, f"{folder}/{name}".strip("/"))
        existing = self.files.get(key)
        if existing is not None and conflict == "fail":
            raise GraphFault(409, "nameAlreadyExists", "The specified item name already exists.")
        if existing is not None and conflict == "rename":
            stem, dot, ext = name.rpartition(".")
            number = 1
            while (site_id, f"{folder}/{stem} {number}{dot}{ext}".strip("/")) in self.files:
                number += 1
            return self._store(site_id, site_url, folder, f"{stem} {number}{dot}{ext}", content, "fail")
        if existing is not None:
            existing.content, existing.version, existing.modified = content, existing.version + 1, now_iso()
            return 200, existing.to_json(site_url)
        created = DriveFile(uuid.uuid4().hex.upper(), folder, name, content)
        self.files[key] = created
        return 201, created.to_json(site_url)

    def put_range(self, session_id: str, headers: Any, body: bytes) -> tuple[int, Any]:
        session = self.sessions.get(session_id)
        if session is None or session.expires < datetime.now(UTC):
            raise GraphFault(404, "itemNotFound", "The upload session was not found.")
        if "Authorization" in headers:
            raise GraphFault(401, "unauthenticated", "The upload URL is pre-authenticated; send no token.")
        found = _RANGE.match(headers.get("Content-Range", ""))
        if found is None or int(headers.get("Content-Length", "-1")) != len(body):
            raise GraphFault(
                400, "invalidRequest", "Content-Range and Content-Length must describe the fragment."
            )
        start, end, total = int(found[1]), int(found[2]), int(found[3])
        if end - start + 1 != len(body) or end >= total:
            raise GraphFault(400, "invalidRequest", "The Content-Range does not match the fragment.")
        if len(body) > MAX_FRAGMENT:
            raise GraphFault(413, "requestEntityTooLarge", "A fragment may be at most 60 MiB.")
        if start != len(session.received):
            raise GraphFault(
                416, "invalidRange", f"Expected the fragment starting at {len(session.received)}."
            )
        last = end == total - 1
        if not last and len(body) % FRAGMENT_UNIT:
            raise GraphFault(400, "invalidRequest", "Fragments must be a multiple of 320 KiB.")
        session.received += body
        session.expires = datetime.now(UTC) + timedelta(hours=1)
        if not last:
            return 202, {
                "expirationDateTime": session.expires.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "nextExpectedRanges": [f"{len(session.received)}-"],
            }
        del self.sessions[session_id]
        site_id, site_url = session.site_key.split("|", 1)
        return self._store(
            site_id, site_url, session.folder, session.name, bytes(session.received), session.conflict
        )

    def cancel(self, session_id: str) -> tuple[int, Any]:
        if self.sessions.pop(session_id, None) is None:
            raise GraphFault(404, "itemNotFound", "The upload session was not found.")
        return 204, None
