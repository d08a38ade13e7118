-- The local cache: a copy of the server rows the signed-in person may see (SQLite).
--
-- Each cached relation has the name and the column names of the server relation its sync query
-- reads, so the sync copies values without converting them. Values are stored as the sync contract
-- encodes them: text and enums as TEXT, integers as INTEGER, double precision as REAL, booleans as
-- INTEGER 0/1, dates as TEXT 'YYYY-MM-DD', timestamp(3) as TEXT 'YYYY-MM-DDTHH:MM:SS.mmm' (UTC,
-- no zone), arrays and jsonb as TEXT holding JSON.
--
-- No NOT NULL beyond the keys the pages join on, and no foreign keys between cached relations:
-- the server already enforced both, and a cache that refuses a row the server sent would only
-- stop the sync. WITHOUT ROWID where rows are small and many, so the primary key is the table.

CREATE TABLE users (
    id TEXT NOT NULL PRIMARY KEY,
    email TEXT,
    name TEXT,
    role TEXT,
    department_id TEXT,
    is_active INTEGER
);

CREATE TABLE departments (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT,
    code TEXT,
    parent_id TEXT
);

CREATE TABLE student_progress (
    id TEXT NOT NULL PRIMARY KEY,
    student_id TEXT NOT NULL,
    instructor_id TEXT,
    overall_score REAL,
    completion_rate REAL,
    current_streak INTEGER,
    longest_streak INTEGER,
    quiz_accuracy REAL,
    voice_accuracy REAL,
    codes_progress REAL,
    phonetic_progress REAL,
    protocol_progress REAL,
    total_time_spent INTEGER,
    average_session_time REAL,
    last_active_at TEXT,
    improvement_rate REAL,
    consistency_score REAL,
    difficulty_level TEXT,
    risk_score REAL,
    risk_factors TEXT,
    last_risk_evaluation TEXT,
    target_score REAL,
    target_date TEXT,
    goal_achieved INTEGER,
    created_at TEXT,
    updated_at TEXT
);

CREATE UNIQUE INDEX student_progress_student_id_key ON student_progress (student_id);

CREATE TABLE progress_snapshots (
    id TEXT NOT NULL PRIMARY KEY,
    student_id TEXT NOT NULL,
    snapshot_date TEXT NOT NULL,
    sessions_completed INTEGER,
    total_time_spent INTEGER,
    questions_answered INTEGER,
    correct_answers INTEGER,
    daily_accuracy REAL,
    overall_score REAL,
    improvement_delta REAL,
    peak_activity_hour INTEGER,
    session_count INTEGER,
    avg_session_length REAL
) WITHOUT ROWID;

CREATE UNIQUE INDEX progress_snapshots_student_id_snapshot_date_key ON progress_snapshots (student_id, snapshot_date);

CREATE TABLE assignments (
    id TEXT NOT NULL PRIMARY KEY,
    instructor_id TEXT,
    title TEXT,
    description TEXT,
    instructions TEXT,
    modules TEXT,
    target_score REAL,
    max_attempts INTEGER,
    allow_retakes INTEGER,
    assigned_at TEXT,
    due_date TEXT,
    available_from TEXT,
    available_until TEXT,
    status TEXT,
    priority TEXT,
    is_template INTEGER,
    estimated_duration INTEGER,
    tags TEXT,
    category TEXT,
    created_at TEXT,
    updated_at TEXT
);

CREATE TABLE assignment_submissions (
    id TEXT NOT NULL PRIMARY KEY,
    assignment_id TEXT,
    student_id TEXT NOT NULL,
    status TEXT,
    attempt_number INTEGER,
    score REAL,
    completed_at TEXT,
    sessions TEXT,
    total_time INTEGER,
    instructor_feedback TEXT,
    auto_feedback TEXT,
    started_at TEXT,
    submitted_at TEXT,
    created_at TEXT,
    updated_at TEXT
);

CREATE INDEX idx_assignment_submission_student ON assignment_submissions (student_id);

CREATE TABLE messages (
    id TEXT NOT NULL PRIMARY KEY,
    sender_id TEXT,
    subject TEXT,
    content TEXT,
    content_type TEXT,
    category TEXT,
    priority TEXT,
    recipients TEXT,
    delivery_method TEXT,
    scheduled_at TEXT,
    expires_at TEXT,
    status TEXT,
    read_receipts TEXT,
    delivery_status TEXT,
    parent_id TEXT,
    sent_at TEXT,
    created_at TEXT,
    updated_at TEXT
);

CREATE TABLE notifications (
    id TEXT NOT NULL PRIMARY KEY,
    user_id TEXT NOT NULL,
    title TEXT,
    message TEXT,
    action_url TEXT,
    type TEXT,
    category TEXT,
    priority TEXT,
    is_read INTEGER,
    is_archived INTEGER,
    metadata TEXT,
    expires_at TEXT,
    read_at TEXT,
    created_at TEXT
);

CREATE INDEX idx_notification_user_read ON notifications (user_id, is_read);

CREATE TABLE analytics_daily (
    id TEXT NOT NULL PRIMARY KEY,
    date TEXT,
    instructor_id TEXT,
    department_id TEXT,
    total_students INTEGER,
    active_students INTEGER,
    new_registrations INTEGER,
    at_risk_students INTEGER,
    total_sessions INTEGER,
    completed_sessions INTEGER,
    average_score REAL,
    total_time_spent INTEGER,
    quiz_sessions INTEGER,
    voice_sessions INTEGER,
    average_session_length REAL,
    assignments_created INTEGER,
    assignments_completed INTEGER,
    assignments_overdue INTEGER,
    unique_active_users INTEGER,
    total_logins INTEGER,
    bounce_rate REAL,
    retention_rate REAL
) WITHOUT ROWID;

CREATE TABLE student_notes (
    id TEXT NOT NULL PRIMARY KEY,
    student_id TEXT NOT NULL,
    author_id TEXT,
    body TEXT,
    flag TEXT,
    created_at TEXT,
    updated_at TEXT,
    deleted_at TEXT
);

CREATE INDEX idx_student_notes_student ON student_notes (student_id);

-- Where each table's incremental sync resumes: the server's change cursor (an xid8 in text form)
-- and the server time of the last sync that committed this table.
CREATE TABLE sync_state (
    table_name TEXT NOT NULL PRIMARY KEY,
    cursor TEXT NOT NULL,
    synced_at TEXT NOT NULL
) WITHOUT ROWID;

-- The students visible to the signed-in person as of the last complete sync: a student who
-- appears in the server's list and not here is new, and their rows are fetched whole.
CREATE TABLE known_students (
    id TEXT NOT NULL PRIMARY KEY
) WITHOUT ROWID;

-- Facts about this cache: who it belongs to (login, server) and when the last full sync ended.
-- Never a password.
CREATE TABLE meta (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;
