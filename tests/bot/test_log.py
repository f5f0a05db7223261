"""Log lines are JSON, carry ids, and cannot be forged by what people type."""

from __future__ import annotations

import io
import json
import logging

from bot.log import JsonFormatter, bound


def capture() -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("test.log")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, stream


def test_one_json_object_per_line_with_bound_ids() -> None:
    logger, stream = capture()
    with bound(activity_id="a1", conversation_id="c1", aad_id="u1"):
        logger.info("turn %s", 'done\r\n{"level": "ERROR"}', extra={"event": "x"})
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry["activity_id"] == "a1"
    assert entry["conversation_id"] == "c1"
    assert entry["event"] == "x"
    assert entry["level"] == "INFO"


def test_bound_ids_do_not_leak_out_of_their_block() -> None:
    logger, stream = capture()
    with bound(activity_id="a1"):
        pass
    logger.info("after")
    assert "activity_id" not in json.loads(stream.getvalue())
