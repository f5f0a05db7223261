"""The local database as the first release created it (schema version 1). Never edit this text:
databases made by that release already hold exactly these tables; change the schema by adding a
migration to :mod:`graph.sqlite.migrations` instead."""

V1 = """
-- people
CREATE TABLE IF NOT EXISTS people (
    aad_object_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    teams_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL DEFAULT '',
    upn TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX IF NOT EXISTS people_upn ON people (lower(upn));
CREATE TABLE IF NOT EXISTS personal_chats (
    aad_object_id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    service_url TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    bot_id TEXT NOT NULL,
    bot_name TEXT NOT NULL,
    user_teams_id TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE IF NOT EXISTS welcomed (conversation_id TEXT PRIMARY KEY);
-- jobs
CREATE TABLE IF NOT EXISTS jobs (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    due_at TEXT NOT NULL,
    payload TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    claimed_by TEXT,
    claimed_until TEXT,
    done_at TEXT
);
CREATE INDEX IF NOT EXISTS jobs_due ON jobs (status, due_at);
-- questions
CREATE TABLE IF NOT EXISTS policy_questions (
    id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    answered INTEGER NOT NULL,
    sections TEXT NOT NULL,
    asked_at TEXT NOT NULL,
    helpful INTEGER,
    feedback_at TEXT
);
CREATE INDEX IF NOT EXISTS policy_questions_asked_at ON policy_questions (asked_at);
-- approvals
CREATE TABLE IF NOT EXISTS approval_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    form_token TEXT NOT NULL UNIQUE,
    requester_aad TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    state TEXT NOT NULL,
    draft TEXT NOT NULL,
    revision INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    decision TEXT,
    ceo_unavailable INTEGER NOT NULL DEFAULT 0,
    version INTEGER NOT NULL DEFAULT 1,
    -- the change that produced this version; the triggers below copy it into the audit trail
    change_actor_aad TEXT NOT NULL,
    change_actor_name TEXT NOT NULL,
    change_action TEXT NOT NULL,
    change_comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS approval_requests_requester ON approval_requests (requester_aad, id);
CREATE INDEX IF NOT EXISTS approval_requests_state ON approval_requests (state, id);
CREATE TABLE IF NOT EXISTS approval_revisions (
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    number INTEGER NOT NULL,
    draft TEXT NOT NULL,
    by_aad TEXT NOT NULL,
    by_name TEXT NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (request_id, number)
);
CREATE TABLE IF NOT EXISTS approval_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    at TEXT NOT NULL,
    actor_aad TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS approval_audit_request ON approval_audit (request_id, seq);
CREATE TABLE IF NOT EXISTS approval_copies (
    request_id INTEGER NOT NULL REFERENCES approval_requests (id),
    aad_object_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    audience TEXT NOT NULL,
    PRIMARY KEY (request_id, conversation_id, activity_id)
);
CREATE TABLE IF NOT EXISTS approval_forms (
    form_token TEXT PRIMARY KEY,
    aad_object_id TEXT NOT NULL,
    conversation_id TEXT NOT NULL,
    activity_id TEXT NOT NULL
);
CREATE TRIGGER IF NOT EXISTS approval_created AFTER INSERT ON approval_requests BEGIN
    INSERT INTO approval_revisions VALUES (
        NEW.id, NEW.revision, NEW.draft, NEW.change_actor_aad, NEW.change_actor_name, NEW.updated_at);
    INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
    VALUES (NEW.id, NEW.updated_at, NEW.change_actor_aad, NEW.change_actor_name, NEW.change_action,
            NEW.change_comment, NEW.revision);
END;
CREATE TRIGGER IF NOT EXISTS approval_changed AFTER UPDATE ON approval_requests BEGIN
    INSERT INTO approval_revisions
    SELECT NEW.id, NEW.revision, NEW.draft, NEW.change_actor_aad, NEW.change_actor_name, NEW.updated_at
    WHERE NEW.revision > OLD.revision;
    INSERT INTO approval_audit (request_id, at, actor_aad, actor_name, action, comment, revision)
    VALUES (NEW.id, NEW.updated_at, NEW.change_actor_aad, NEW.change_actor_name, NEW.change_action,
            NEW.change_comment, NEW.revision);
END;
CREATE TRIGGER IF NOT EXISTS approval_audit_no_update BEFORE UPDATE ON approval_audit BEGIN
    SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;
CREATE TRIGGER IF NOT EXISTS approval_audit_no_delete BEFORE DELETE ON approval_audit BEGIN
    SELECT RAISE(ABORT, 'the approval audit trail is append-only');
END;
-- register
CREATE TABLE IF NOT EXISTS register_grants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    resource TEXT NOT NULL,
    person_email TEXT NOT NULL,
    person_name TEXT NOT NULL,
    person_aad TEXT NOT NULL DEFAULT '',
    level TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    trained_on TEXT,
    holds_recovery INTEGER NOT NULL DEFAULT 0,
    last_reviewed TEXT,
    reviewed_by TEXT NOT NULL DEFAULT '',
    revoked_at TEXT,
    revoked_by TEXT NOT NULL DEFAULT '',
    revoke_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS register_grants_person ON register_grants (person_email, revoked_at);
CREATE TABLE IF NOT EXISTS register_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    platform TEXT NOT NULL,
    moderator TEXT NOT NULL DEFAULT '',
    risk_assessed_on TEXT,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL
);
-- reviews
CREATE TABLE IF NOT EXISTS review_cycles (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    cadence TEXT NOT NULL,
    next_due TEXT NOT NULL,
    snoozed_until TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS review_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    cycle_key TEXT NOT NULL,
    action TEXT NOT NULL,
    due TEXT NOT NULL,
    by_name TEXT NOT NULL,
    by_aad TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    until TEXT
);
CREATE INDEX IF NOT EXISTS review_records_cycle ON review_records (cycle_key, id);
-- leavers
CREATE TABLE IF NOT EXISTS leavers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    name TEXT NOT NULL,
    aad TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    leave_date TEXT,
    closed_at TEXT,
    ceo_told_at TEXT
);
CREATE TABLE IF NOT EXISTS leaver_items (
    leaver_id INTEGER NOT NULL REFERENCES leavers (id),
    resource TEXT NOT NULL,
    task TEXT NOT NULL,
    done_by TEXT NOT NULL DEFAULT '',
    done_at TEXT,
    PRIMARY KEY (leaver_id, resource, task)
);
CREATE TABLE IF NOT EXISTS leaver_markers (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- incidents
CREATE TABLE IF NOT EXISTS incidents (
    reference TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    category TEXT NOT NULL,
    reporter_id TEXT NOT NULL,
    reporter_name TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    platform TEXT NOT NULL DEFAULT '',
    happened_at TEXT,
    aware_at TEXT,
    summary TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    affected TEXT NOT NULL DEFAULT '',
    content_removed INTEGER,
    reported_to_platform INTEGER,
    actions_taken TEXT NOT NULL DEFAULT '',
    harms TEXT NOT NULL DEFAULT '',
    crime_suspected INTEGER NOT NULL DEFAULT 0,
    routes TEXT NOT NULL DEFAULT '',
    ico_deadline TEXT,
    runbook TEXT NOT NULL DEFAULT '',
    support_offered INTEGER NOT NULL DEFAULT 0,
    severity TEXT NOT NULL DEFAULT '',
    owner_id TEXT NOT NULL DEFAULT '',
    owner_name TEXT NOT NULL DEFAULT '',
    acknowledged_by TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT,
    decisions TEXT NOT NULL DEFAULT '[]',
    ticks TEXT NOT NULL DEFAULT '[]',
    notes TEXT NOT NULL DEFAULT '[]',
    support_requested INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    closed_by TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    UNIQUE (year, number)
);
CREATE INDEX IF NOT EXISTS incidents_open ON incidents (status, reported_at);
CREATE TABLE IF NOT EXISTS incident_audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL,
    version INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS incident_audit_reference ON incident_audit (reference, seq);
CREATE TABLE IF NOT EXISTS incident_sync (
    reference TEXT PRIMARY KEY,
    version INTEGER NOT NULL
);
CREATE TRIGGER IF NOT EXISTS incident_audit_no_update BEFORE UPDATE ON incident_audit
BEGIN SELECT RAISE(ABORT, 'the incident audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS incident_audit_no_delete BEFORE DELETE ON incident_audit
BEGIN SELECT RAISE(ABORT, 'the incident audit log is append-only'); END;
"""
