-- claimgraph's SQLite schema: one row per document, and its entities, mentions, times, claims and
-- edges keyed by (document_id, node id). Entities carry the cross-document `key`: join on it to
-- follow one entity through many documents. Re-running a document replaces its rows (upsert).
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY,
  published_at TEXT,
  published_at_source TEXT NOT NULL,
  language TEXT NOT NULL,
  title TEXT,
  origin_file TEXT NOT NULL,
  origin_line INTEGER,
  text TEXT NOT NULL,
  meta TEXT NOT NULL,
  graph TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_published_at ON documents (published_at);

CREATE TABLE IF NOT EXISTS entities (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('person', 'group', 'place', 'weapon')),
  name TEXT NOT NULL,
  key TEXT NOT NULL,
  aliases TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS entities_key ON entities (key);
CREATE INDEX IF NOT EXISTS entities_type_name ON entities (type, name);

CREATE TABLE IF NOT EXISTS times (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('date', 'time', 'duration', 'set')),
  value TEXT NOT NULL,
  PRIMARY KEY (document_id, id)
);
CREATE INDEX IF NOT EXISTS times_value ON times (value);

-- Mentions of entities (node_kind 'entity') and of times (node_kind 'time').
CREATE TABLE IF NOT EXISTS mentions (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  node_kind TEXT NOT NULL CHECK (node_kind IN ('entity', 'time')),
  node_id TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (document_id, node_id, start, end)
);
CREATE INDEX IF NOT EXISTS mentions_node ON mentions (document_id, node_kind, node_id);

CREATE TABLE IF NOT EXISTS claims (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  mode TEXT NOT NULL CHECK (mode IN ('direct', 'indirect', 'mixed')),
  content_start INTEGER NOT NULL,
  content_end INTEGER NOT NULL,
  content TEXT NOT NULL,
  content_ranges TEXT,
  cue TEXT,
  source TEXT,
  source_entity TEXT,
  parent TEXT,
  made_at TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (document_id, id),
  FOREIGN KEY (document_id, source_entity) REFERENCES entities (document_id, id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (document_id, parent) REFERENCES claims (document_id, id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (document_id, made_at) REFERENCES times (document_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX IF NOT EXISTS claims_source_entity ON claims (document_id, source_entity);

CREATE TABLE IF NOT EXISTS edges (
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  from_id TEXT NOT NULL,
  to_id TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (document_id, from_id, to_id, type)
);
CREATE INDEX IF NOT EXISTS edges_to ON edges (document_id, to_id, type);

-- Records that could not become a graph; `key` is (file, line, id) as JSON.
CREATE TABLE IF NOT EXISTS errors (
  key TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  line INTEGER,
  record_id TEXT,
  reason TEXT NOT NULL
);
