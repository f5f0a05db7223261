"""Incidents and audit entries as flat rows of plain values, shared by every store.

SQLite rows and SharePoint list items hold the same fields (text, numbers, booleans, UTC
times); lists of decisions, ticks and notes are JSON text. Keeping one codec means the two
stores cannot drift apart, and the contract tests check both against the same records.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from graph.records.incidents import (
    REFERENCE,
    Affected,
    Assessment,
    AuditEntry,
    Category,
    Decision,
    Harm,
    Incident,
    Note,
    Report,
    Route,
    Severity,
    Status,
    Step,
    Tick,
)
from graph.records.times import graph_time, parse_time

Row = dict[str, Any]


def _csv(values: Any) -> str:
    return ",".join(str(v) for v in values)


def _split(value: Any) -> list[str]:
    return [v for v in str(value or "").split(",") if v]


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def year_and_number(reference: str) -> tuple[int, int]:
    match = REFERENCE.match(reference)
    if not match:
        raise ValueError("not an incident reference")
    return int(match.group(1)), int(match.group(2))


def incident_row(incident: Incident) -> Row:
    report, plan = incident.report, incident.assessment
    year, number = year_and_number(incident.reference)
    return {
        "reference": incident.reference,
        "year": year,
        "number": number,
        "version": incident.version,
        "status": incident.status.value,
        "category": report.category.value,
        "reporter_id": report.reporter_id,
        "reporter_name": report.reporter_name,
        "reported_at": graph_time(report.reported_at),
        "platform": report.platform,
        "happened_at": graph_time(report.happened_at),
        "aware_at": graph_time(report.aware_at),
        "summary": report.summary,
        "link": report.link,
        "affected": _csv(report.affected),
        "content_removed": report.content_removed,
        "reported_to_platform": report.reported_to_platform,
        "actions_taken": report.actions_taken,
        "harms": _csv(sorted(report.harms)),
        "crime_suspected": report.crime_suspected,
        "routes": _csv(plan.routes),
        "ico_deadline": graph_time(plan.ico_deadline),
        "runbook": _csv(plan.runbook),
        "support_offered": plan.support_offered,
        "severity": incident.severity.value if incident.severity else "",
        "owner_id": incident.owner_id,
        "owner_name": incident.owner_name,
        "acknowledged_by": incident.acknowledged_by,
        "acknowledged_at": graph_time(incident.acknowledged_at),
        "decisions": json.dumps([_decision(d) for d in incident.decisions]),
        "ticks": json.dumps(
            [{"step": t.step.value, "by": t.by, "at": graph_time(t.at)} for t in incident.ticks]
        ),
        "notes": json.dumps(
            [{"kind": n.kind, "text": n.text, "by": n.by, "at": graph_time(n.at)} for n in incident.notes]
        ),
        "support_requested": incident.support_requested,
        "outcome": incident.outcome,
        "closed_by": incident.closed_by,
        "closed_at": graph_time(incident.closed_at),
    }


def _decision(d: Decision) -> dict[str, Any]:
    return {
        "route": d.route.value,
        "reported": d.reported,
        "recorded_by": d.recorded_by,
        "recorded_at": graph_time(d.recorded_at),
        "reported_on": graph_time(d.reported_on),
        "reported_by": d.reported_by,
        "reason": d.reason,
    }


def _required_ts(value: Any) -> datetime:
    parsed = parse_time(value)
    if parsed is None:
        raise ValueError("a stored incident time is missing")
    return parsed


def incident_from_row(row: Mapping[str, Any]) -> Incident:
    report = Report(
        category=Category(row["category"]),
        reporter_id=row["reporter_id"] or "",
        reporter_name=row["reporter_name"] or "",
        reported_at=_required_ts(row["reported_at"]),
        platform=row.get("platform") or "",
        happened_at=parse_time(row.get("happened_at")),
        aware_at=parse_time(row.get("aware_at")),
        summary=row.get("summary") or "",
        link=row.get("link") or "",
        affected=tuple(Affected(v) for v in _split(row.get("affected"))),
        content_removed=_bool(row.get("content_removed")),
        reported_to_platform=_bool(row.get("reported_to_platform")),
        actions_taken=row.get("actions_taken") or "",
        harms=frozenset(Harm(v) for v in _split(row.get("harms"))),
        crime_suspected=bool(row.get("crime_suspected")),
    )
    assessment = Assessment(
        routes=tuple(Route(v) for v in _split(row.get("routes"))),
        ico_deadline=parse_time(row.get("ico_deadline")),
        runbook=tuple(Step(v) for v in _split(row.get("runbook"))),
        support_offered=bool(row.get("support_offered")),
    )
    return Incident(
        reference=row["reference"],
        report=report,
        assessment=assessment,
        version=int(row["version"]),
        status=Status(row["status"]),
        severity=Severity(row["severity"]) if row.get("severity") else None,
        owner_id=row.get("owner_id") or "",
        owner_name=row.get("owner_name") or "",
        acknowledged_by=row.get("acknowledged_by") or "",
        acknowledged_at=parse_time(row.get("acknowledged_at")),
        decisions=tuple(_decision_from(d) for d in json.loads(row.get("decisions") or "[]")),
        ticks=tuple(
            Tick(Step(t["step"]), t["by"], _required_ts(t["at"]))
            for t in json.loads(row.get("ticks") or "[]")
        ),
        notes=tuple(
            Note(n["kind"], n["text"], n["by"], _required_ts(n["at"]))
            for n in json.loads(row.get("notes") or "[]")
        ),
        support_requested=bool(row.get("support_requested")),
        outcome=row.get("outcome") or "",
        closed_by=row.get("closed_by") or "",
        closed_at=parse_time(row.get("closed_at")),
    )


def _decision_from(raw: Mapping[str, Any]) -> Decision:
    return Decision(
        route=Route(raw["route"]),
        reported=bool(raw["reported"]),
        recorded_by=raw.get("recorded_by") or "",
        recorded_at=_required_ts(raw["recorded_at"]),
        reported_on=parse_time(raw.get("reported_on")),
        reported_by=raw.get("reported_by") or "",
        reason=raw.get("reason") or "",
    )


def audit_row(entry: AuditEntry) -> Row:
    return {
        "reference": entry.reference,
        "version": entry.version,
        "at": graph_time(entry.at),
        "actor_id": entry.actor_id,
        "actor_name": entry.actor_name,
        "action": entry.action,
        "detail": entry.detail,
    }


def audit_from_row(row: Mapping[str, Any]) -> AuditEntry:
    return AuditEntry(
        reference=row["reference"],
        version=int(row["version"]),
        at=_required_ts(row["at"]),
        actor_id=row.get("actor_id") or "",
        actor_name=row.get("actor_name") or "",
        action=row["action"],
        detail=row.get("detail") or "",
    )
