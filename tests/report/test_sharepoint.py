"""Board reports in the SharePoint document library, through the loopback Graph's drive.

Small files in one PUT, large ones through an upload session; a failed upload leaves the
report on disk, the card says it is not in SharePoint yet, and a scheduled job retries.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from docx import Document

from bot.clock import ManualClock
from bot.report.sharepoint import DriveUploader, UploadFailed
from bot.storage import graph_access
from cards.verbs import ReportVerb
from graph.msgraph.client import open_graph
from graph.sharepoint.lists import SharePointLists
from tests.builders import ALEX, card_texts
from tests.fakes.connector import FakeConnector
from tests.fakes.graph import FakeGraph
from tests.incidents.test_sharepoint import SITE_URL, ctx_of, fake, provisioned, running, sp_settings
from tests.nudges.steps import cards_to, texts_to

__all__ = ["fake", "provisioned", "sp_settings"]  # fixtures shared with the incident log's tests
FOLDER = "Board reports"


@pytest.fixture
async def uploader(sp_settings: Any) -> AsyncIterator[DriveUploader]:
    async with open_graph(graph_access(sp_settings, "tenant"), max_retries=0) as transport:
        yield DriveUploader(transport, SharePointLists(transport, SITE_URL).site_id)


def stored(fake: FakeGraph, name: str) -> bytes:
    [site] = fake.sites.sites.values()
    found = fake.drive.file(site.id, f"{FOLDER}/{name}")
    assert found is not None, sorted(path for _, path in fake.drive.files)
    return found.content


async def test_a_small_report_is_one_put_and_never_overwrites(
    uploader: DriveUploader, fake: FakeGraph
) -> None:
    link = await uploader.upload("board-report-2026-07-01-to-2026-09-30.docx", b"first")
    assert link == f"{SITE_URL}/Shared%20Documents/Board%20reports/board-report-2026-07-01-to-2026-09-30.docx"
    again = await uploader.upload("board-report-2026-07-01-to-2026-09-30.docx", b"second")
    assert again.endswith("board-report-2026-07-01-to-2026-09-30%201.docx")
    assert stored(fake, "board-report-2026-07-01-to-2026-09-30.docx") == b"first"
    assert stored(fake, "board-report-2026-07-01-to-2026-09-30 1.docx") == b"second"
    assert fake.count("PUT", ":/content") == 2


async def test_a_large_report_goes_through_an_upload_session(
    uploader: DriveUploader, fake: FakeGraph
) -> None:
    content = bytes(range(256)) * 3200  # 819,200 bytes: three fragments of up to 327,680
    large = DriveUploader(uploader.transport, uploader.site_id, simple_limit=100_000, fragment=327_680)
    await large.upload("big.docx", content)
    assert stored(fake, "big.docx") == content
    assert fake.count("POST", ":/createUploadSession") == 1
    assert fake.count("PUT", "/_upload/") == 3
    assert fake.count("PUT", ":/content") == 0


async def test_the_upload_url_keeps_graphs_rules(uploader: DriveUploader, fake: FakeGraph) -> None:
    url = uploader.transport.url(
        f"/sites/{await uploader.site_id()}/drive/root:/{FOLDER}/x.docx:/createUploadSession"
    )
    session = await uploader.transport.send("POST", url, body={"item": {}})
    upload = session.body["uploadUrl"]
    assert session.body["nextExpectedRanges"] == ["0-"]
    async with aiohttp.ClientSession() as http:
        for headers, data, status in (
            ({"Content-Range": "bytes 0-9/20", "Authorization": "Bearer x"}, b"0" * 10, 401),
            ({"Content-Range": "bytes 10-19/20"}, b"0" * 10, 416),  # not where the session is
            ({"Content-Range": "bytes 0-9/20"}, b"0" * 10, 400),  # not a multiple of 320 KiB
            ({"Content-Range": "bytes 0-19/20"}, b"1" * 20, 201),
        ):
            async with http.put(upload, data=data, headers=headers) as response:
                assert response.status == status, headers
    assert stored(fake, "x.docx") == b"1" * 20


async def test_failures_raise_upload_failed(uploader: DriveUploader, fake: FakeGraph) -> None:
    fake.inject(503, match=":/content")
    with pytest.raises(UploadFailed):
        await uploader.upload("board-report-2026-01-01-to-2026-03-31.docx", b"x")


async def test_fault_drill_the_card_says_not_there_yet_and_the_upload_is_retried(
    provisioned: Any, clock: ManualClock, connector: FakeConnector, fake: FakeGraph, tmp_path: Path
) -> None:
    async with running(provisioned, clock, connector) as teams:
        ctx = ctx_of(teams)
        await teams.say("help")
        fake.inject(503, match=":/content", count=2)  # the first upload and the first retry fail
        body = await teams.click(ReportVerb.BUILD, {"period": "last_quarter"})
        assert "Building the report" in card_texts(body["value"])
        await ctx.tasks.drain()
        first = cards_to(connector, ALEX)[-1]
        assert "The document is not in the SharePoint site's documents (Board reports folder) yet" in first
        assert list((tmp_path / "reports").glob("*/board-report-2026-07-01-to-2026-09-30.docx"))
        [job] = await ctx.scheduler.pending("report.upload")
        seen = len(connector.posted)
        await clock.advance(timedelta(minutes=5))
        assert await ctx.scheduler.run_due(ctx) == 0  # failed again: retried later
        assert len(connector.posted) == seen
        await clock.advance(timedelta(minutes=15))
        assert await ctx.scheduler.run_due(ctx) == 1
        ready = cards_to(connector, ALEX)[-1]
        assert "The document is in the SharePoint site's documents (Board reports folder)" in ready
        assert "Shared%20Documents/Board%20reports/board-report-2026-07-01-to-2026-09-30.docx" in str(
            connector.posted[-1].card
        )
        doc = Document(io.BytesIO(stored(fake, "board-report-2026-07-01-to-2026-09-30.docx")))
        assert doc.paragraphs[0].text.endswith("Board report")
        assert not await ctx.scheduler.pending("report.upload")
        assert job.key.startswith("report:upload:")


async def test_when_sharepoint_cannot_be_read_the_person_is_told_not_left_waiting(
    provisioned: Any, clock: ManualClock, connector: FakeConnector, fake: FakeGraph
) -> None:
    async with running(provisioned, clock, connector) as teams:
        ctx = ctx_of(teams)
        await teams.say("help")
        fake.down()
        body = await teams.click(ReportVerb.BUILD, {"period": "last_quarter"})
        assert "Building the report" in card_texts(body["value"])
        await ctx.tasks.drain()
        assert texts_to(connector, ALEX)[-1].startswith("I couldn't build the Board report just now")
        since = await teams.click(ReportVerb.BUILD, {"period": "since_review"})  # needs the review record
        assert "couldn't read the policy review record just now" in card_texts(since["value"])
        fake.up()
