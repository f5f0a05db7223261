"""Board reports uploaded to the SharePoint site's document library through Microsoft Graph.

The same site and app grant as the lists (``Sites.Selected`` with write). Files up to 4 MiB go
in one ``PUT …:/content``; larger ones through an upload session in 320 KiB-multiple fragments,
sent to the session's pre-authenticated URL without a token, as Graph requires. An existing
file of the same name is never overwritten (``rename``): trustees may have annotated it.

The report is always saved under the data directory first; if the upload fails, the card says
the document is not in SharePoint yet, and a scheduled job retries until it is there.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import quote

import aiohttp

from bot.report.shelf import Kept, LocalShelf
from graph.msgraph.errors import StoreError, Unavailable
from graph.msgraph.transport import GraphTransport

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SIMPLE_UPLOAD_LIMIT = 4 * 1024 * 1024
FRAGMENT = 10 * 320 * 1024  # must be a multiple of 320 KiB
FOLDER = "Board reports"
WHERE = f"the SharePoint site's documents ({FOLDER} folder)"
RENAME = {"@microsoft.graph.conflictBehavior": "rename"}


class UploadFailed(Exception):
    """The file did not reach SharePoint; it is kept locally and tried again."""


@dataclass(frozen=True)
class DriveUploader:
    transport: GraphTransport
    site_id: Callable[[], Awaitable[str]]
    folder: str = FOLDER
    simple_limit: int = SIMPLE_UPLOAD_LIMIT
    fragment: int = FRAGMENT

    async def upload(self, filename: str, content: bytes) -> str:
        """Upload and return the file's ``webUrl``; :class:`UploadFailed` on any failure."""
        try:
            site = await self.site_id()
            item = quote(f"{self.folder}/{filename}")
            base = f"/sites/{site}/drive/root:/{item}:"
            if len(content) <= self.simple_limit:
                url = self.transport.url(base + "/content", RENAME)
                done = await self.transport.send(
                    "PUT", url, content=content, content_type=DOCX, sdk_retry=False
                )
                return str(done.body["webUrl"])
            url = self.transport.url(base + "/createUploadSession")
            session = await self.transport.send("POST", url, body={"item": RENAME}, sdk_retry=False)
            return await self._fragments(str(session.body["uploadUrl"]), content)
        except (StoreError, aiohttp.ClientError, KeyError, TypeError, ValueError) as exc:
            raise UploadFailed(type(exc).__name__) from exc

    async def _fragments(self, upload_url: str, content: bytes) -> str:
        total, offset = len(content), 0
        # The upload URL carries its own authorisation: sending the bearer token would fail.
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as http:
            while True:
                chunk = content[offset : offset + self.fragment]
                headers = {"Content-Range": f"bytes {offset}-{offset + len(chunk) - 1}/{total}"}
                async with http.put(upload_url, data=chunk, headers=headers) as response:
                    body = await response.json(content_type=None)
                    if response.status in (200, 201):
                        return str(body["webUrl"])
                    if response.status != 202:
                        raise Unavailable(f"upload fragment refused with {response.status}")
                    offset = int(str(body["nextExpectedRanges"][0]).split("-")[0])


class SharePointShelf:
    """Keeps a local copy, then uploads; ``Kept.ready`` is False when the upload must be retried."""

    def __init__(self, local: LocalShelf, uploader: DriveUploader) -> None:
        self._local = local
        self._uploader = uploader

    async def keep(self, filename: str, content: bytes) -> Kept:
        local = await self._local.keep(filename, content)
        try:
            link = await self._uploader.upload(filename, content)
        except UploadFailed:
            return Kept("", WHERE, False, token=local.token, filename=filename)
        return Kept(link, WHERE, True, token=local.token, filename=filename)
