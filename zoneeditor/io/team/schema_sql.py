"""The team server's schema, as SQL text run by ``zoneeditor team init`` (io/team/schema.py).

Everything is idempotent (``IF NOT EXISTS``, ``CREATE OR REPLACE``, policies and triggers
dropped and made again), so ``init`` can be run again after an upgrade.

Shape (schema ``zoneeditor``):

- ``members``   who is on the team: database user, role, delegation.
- ``projects``  one row per project: name and details (title, parties) as JSON.
- ``versions``  the agreed baseline and the proposals of each project, with the delegation
                that owns each proposal (NULL: the coordinators') and whether it is tabled.
- ``changes``   the append-only log: server-assigned ``revision``, ``author`` (always the
                authenticated database user), server time, the client's ``changeset_id``
                (unique: a retried push is applied once), the change set itself as JSON,
                and who could read its version then (``owner``, ``shared``).
- ``features``  the current features of every version in a PostGIS column (SRID 4326, GiST
                index), derived from the log by a trigger: a row of ``changes`` is the only
                way to change them, so the log and the map can never disagree.

Who may do what is PostgreSQL's business: three group roles (``zoneeditor_coordinator``,
``zoneeditor_delegate``, ``zoneeditor_observer``) get column-level GRANTs, and row-level
security policies decide per row from the ``members`` table. Schema ``zoneeditor_maps`` holds
one ordinary view per version and layer for QGIS; a delegation's draft views are granted to
that delegation's own role (``zoneeditor_d_...``) only, and named by an opaque key
(``draft 3f9a0c2b71d4 / zones``), until the proposal is tabled.

Every text is a ``str.format`` template: ``{search_path}`` is filled in by schema.py with the
schemas of zoneeditor and PostGIS (security-definer functions must not trust the caller's
search path); literal braces are doubled.
"""

from __future__ import annotations

#: Bumped when the layout changes; stored in zoneeditor.schema_info.
SCHEMA_VERSION = 4  # 3: drafts' views named by versions.view_key; 4: my_versions

ROLES = ("coordinator", "delegate", "observer")

#: SQLSTATE raised when a change does not fit the server's current state (stale push).
STALE_SQLSTATE = "ZE001"
#: SQLSTATE raised when a change is malformed or impossible (not a question of timing).
INVALID_SQLSTATE = "ZE002"

ROLE_SQL = """
DO $$
DECLARE r text;
BEGIN
  FOREACH r IN ARRAY ARRAY['zoneeditor_coordinator', 'zoneeditor_delegate',
                           'zoneeditor_observer'] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
      EXECUTE format('CREATE ROLE %I NOLOGIN', r);
    END IF;
  END LOOP;
END $$;
"""

TABLES_SQL = """
CREATE SCHEMA IF NOT EXISTS zoneeditor;
CREATE SCHEMA IF NOT EXISTS zoneeditor_maps;

CREATE TABLE IF NOT EXISTS zoneeditor.schema_info (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE IF NOT EXISTS zoneeditor.members (
  username name PRIMARY KEY,
  role text NOT NULL CHECK (role IN ('coordinator', 'delegate', 'observer')),
  delegation text CHECK (delegation <> ''),
  added_at timestamptz NOT NULL DEFAULT now(),
  added_by name NOT NULL DEFAULT session_user,
  CHECK (role <> 'delegate' OR delegation IS NOT NULL)
);

CREATE TABLE IF NOT EXISTS zoneeditor.projects (
  name text PRIMARY KEY CHECK (name ~ '^[^/?#[:cntrl:]]+$' AND name = btrim(name)),
  meta jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by name NOT NULL DEFAULT session_user
);

CREATE TABLE IF NOT EXISTS zoneeditor.versions (
  project text NOT NULL REFERENCES zoneeditor.projects (name),
  name text NOT NULL CHECK (name <> ''),
  position integer NOT NULL DEFAULT 0,
  description text NOT NULL DEFAULT '',
  delegation text,
  tabled boolean NOT NULL DEFAULT false,
  tabled_at timestamptz,
  tabled_by name,
  dropped boolean NOT NULL DEFAULT false,
  created_revision bigint,
  PRIMARY KEY (project, name)
);

-- The opaque key a draft's views are named by (``refresh_views``): PostgreSQL shows every
-- login of the cluster the names and definitions of all views (pg_class, pg_views), so a
-- view named or defined with a draft's project and name told every other delegation, and
-- anyone else on the server, that the draft existed and what it was called (a tester
-- listed them all). Made anew when a removed version's name is taken again.
ALTER TABLE zoneeditor.versions ADD COLUMN IF NOT EXISTS view_key text NOT NULL
  DEFAULT substr(md5(random()::text || clock_timestamp()::text), 1, 12);

CREATE SEQUENCE IF NOT EXISTS zoneeditor.revisions;

CREATE TABLE IF NOT EXISTS zoneeditor.changes (
  revision bigint PRIMARY KEY,
  project text NOT NULL REFERENCES zoneeditor.projects (name),
  version text NOT NULL,
  changeset_id uuid NOT NULL UNIQUE,
  author name NOT NULL DEFAULT session_user,
  at timestamptz NOT NULL DEFAULT now(),
  label text NOT NULL DEFAULT '',
  change jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS changes_project_revision
  ON zoneeditor.changes (project, revision);
-- Who could read the version when the row was written (set by changes_before): a proposal
-- removed and made again under its name belongs to its new owner, and the rows of the old
-- one stay as readable as they were (a deleted draft of one delegation never becomes
-- readable by another that reuses its name). NULL on rows written before this column.
ALTER TABLE zoneeditor.changes ADD COLUMN IF NOT EXISTS owner text;
ALTER TABLE zoneeditor.changes ADD COLUMN IF NOT EXISTS shared boolean;

CREATE TABLE IF NOT EXISTS zoneeditor.features (
  project text NOT NULL,
  version text NOT NULL,
  zid text NOT NULL,
  layer text NOT NULL CHECK (layer IN ('zones', 'lines', 'points')),
  geom geometry NOT NULL CHECK (ST_SRID(geom) = 4326),
  attributes jsonb NOT NULL DEFAULT '{{}}',
  name text GENERATED ALWAYS AS (attributes ->> 'name') STORED,
  name_local text GENERATED ALWAYS AS (attributes ->> 'name_local') STORED,
  party text GENERATED ALWAYS AS (attributes ->> 'party') STORED,
  status text GENERATED ALWAYS AS (attributes ->> 'status') STORED,
  kind text GENERATED ALWAYS AS (attributes ->> 'kind') STORED,
  notes text GENERATED ALWAYS AS (attributes ->> 'notes') STORED,
  revision bigint NOT NULL,
  PRIMARY KEY (project, version, zid),
  FOREIGN KEY (project, version) REFERENCES zoneeditor.versions (project, name),
  CHECK (CASE layer
           WHEN 'zones' THEN ST_GeometryType(geom) IN ('ST_Polygon', 'ST_MultiPolygon')
           WHEN 'lines' THEN ST_GeometryType(geom) = 'ST_LineString'
           ELSE ST_GeometryType(geom) = 'ST_Point' END)
);
CREATE INDEX IF NOT EXISTS features_geom ON zoneeditor.features USING gist (geom);
"""

FUNCTIONS_SQL = """
CREATE OR REPLACE FUNCTION zoneeditor.my_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
  SELECT role FROM zoneeditor.members WHERE username = session_user
$$;

CREATE OR REPLACE FUNCTION zoneeditor.my_delegation() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
  SELECT delegation FROM zoneeditor.members WHERE username = session_user
$$;

-- The role that may read a delegation's draft views: readable, and unique per name.
CREATE OR REPLACE FUNCTION zoneeditor.delegation_role(d text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'zoneeditor_d_'
         || left(btrim(lower(regexp_replace(d, '[^A-Za-z0-9]+', '_', 'g')), '_'), 30)
         || '_' || left(md5(d), 6)
$$;

-- May the session's user read version v of project p?
CREATE OR REPLACE FUNCTION zoneeditor.may_read(p text, v text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
  SELECT EXISTS (
    SELECT 1 FROM zoneeditor.members m
      JOIN zoneeditor.versions x ON x.project = p AND x.name = v
     WHERE m.username = session_user
       AND (x.delegation IS NULL OR x.tabled OR x.delegation = m.delegation))
$$;

-- May the session's user read the change row of revision rev of version v? Rows of the
-- version as it is now follow may_read; rows of an earlier version of that name (removed,
-- then made again) are readable by all only when that version was (shared), else by its
-- owning delegation alone.
CREATE OR REPLACE FUNCTION zoneeditor.may_read_change(p text, v text, rev bigint,
                                                      was_owner text, was_shared boolean)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
  SELECT EXISTS (
    SELECT 1 FROM zoneeditor.members m
      JOIN zoneeditor.versions x ON x.project = p AND x.name = v
     WHERE m.username = session_user
       AND CASE WHEN x.created_revision IS NULL OR rev >= x.created_revision
                THEN x.delegation IS NULL OR x.tabled OR x.delegation = m.delegation
                ELSE was_shared IS TRUE OR (was_owner IS NOT NULL
                                            AND was_owner = m.delegation) END)
$$;

-- May the session's user append this change to version v of project p?
CREATE OR REPLACE FUNCTION zoneeditor.may_write(p text, v text, c jsonb) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
DECLARE
  r text; d text; owner text; gone boolean;
BEGIN
  SELECT role, delegation INTO r, d FROM zoneeditor.members WHERE username = session_user;
  IF r IS NULL OR r NOT IN ('coordinator', 'delegate') THEN
    RETURN false;
  END IF;
  IF jsonb_typeof(c -> 'meta') = 'object' AND r <> 'coordinator' THEN
    RETURN false;  -- project details (title, parties) are the coordinators'
  END IF;
  SELECT x.delegation, x.dropped INTO owner, gone
    FROM zoneeditor.versions x WHERE x.project = p AND x.name = v;
  IF NOT FOUND OR gone THEN
    RETURN c ->> 'structure' = 'create';  -- a new proposal: it will be the writer's
  END IF;
  IF r = 'coordinator' THEN
    RETURN owner IS NULL;
  END IF;
  RETURN owner = d;
END $$;

-- May the session's user put a proposal owned by delegation d on the table? The policy
-- versions_table asks this, and so does my_versions for the client.
CREATE OR REPLACE FUNCTION zoneeditor.may_table(d text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = {search_path} AS $$
  SELECT coalesce(zoneeditor.my_role() = 'delegate' AND d = zoneeditor.my_delegation(), false)
$$;

-- What the session's user may do with each version of project p that they may read, as the
-- policies decide it: the client keeps it in its working copy so that a version it may not
-- change is read-only there, offline too, instead of being refused at the next sync. It asks
-- the very functions the policies ask (may_write with a plain change, may_table) and the
-- column GRANT, so it cannot drift from them. Runs as the caller (not SECURITY DEFINER):
-- the versions it lists are those the caller's row-level security lets them read.
CREATE OR REPLACE FUNCTION zoneeditor.my_versions(p text)
RETURNS TABLE (name text, delegation text, tabled boolean, may_change boolean,
               may_table boolean)
LANGUAGE sql STABLE SET search_path = {search_path} AS $$
  SELECT x.name, x.delegation, x.tabled,
         coalesce(zoneeditor.may_write(p, x.name, '{{}}'::jsonb), false),
         NOT x.tabled AND zoneeditor.may_table(x.delegation)
           AND has_column_privilege('zoneeditor.versions', 'tabled', 'UPDATE')
    FROM zoneeditor.versions x
   WHERE x.project = p AND NOT x.dropped
   ORDER BY x.position, x.name
$$;

-- May the session's user make a new proposal in project p (may_write of a creation)?
CREATE OR REPLACE FUNCTION zoneeditor.may_propose(p text) RETURNS boolean
LANGUAGE sql STABLE SET search_path = {search_path} AS $$
  SELECT coalesce(zoneeditor.may_write(p, NULL, '{{"structure": "create"}}'::jsonb), false)
$$;

CREATE OR REPLACE FUNCTION zoneeditor.view_name(p text, v text, l text) RETURNS text
LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  n text := format('%s / %s / %s', p, v, l);
  h text := left(md5(n), 6);
BEGIN
  IF octet_length(n) <= 63 THEN
    RETURN n;
  END IF;
  WHILE octet_length(format('%s / %s / %s %s', p, v, l, h)) > 63 LOOP
    IF char_length(v) >= char_length(p) THEN v := left(v, -1); ELSE p := left(p, -1); END IF;
  END LOOP;
  RETURN format('%s / %s / %s %s', p, v, l, h);
END $$;

-- A draft's view: named by the version's opaque key alone (see versions.view_key).
CREATE OR REPLACE FUNCTION zoneeditor.draft_view_name(k text, l text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT format('draft %s / %s', k, l)
$$;

-- (Re)make the three views of a version and grant them to whoever may read it. A shared
-- version's views are named and defined by project and version; an untabled draft's by
-- its opaque key only, so the catalogue every login reads tells nothing of it.
CREATE OR REPLACE FUNCTION zoneeditor.refresh_views(p text, v text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
DECLARE
  x record; l text; vn text; other text; geom text; readers text; drole text;
  known boolean; live boolean; shared boolean; which text;
BEGIN
  SELECT * INTO x FROM zoneeditor.versions WHERE project = p AND name = v;
  known := FOUND;
  live := known AND NOT x.dropped;
  shared := known AND (x.delegation IS NULL OR x.tabled);
  FOREACH l IN ARRAY ARRAY['zones', 'lines', 'points'] LOOP
    IF shared OR NOT known THEN
      vn := zoneeditor.view_name(p, v, l);
      other := CASE WHEN known THEN zoneeditor.draft_view_name(x.view_key, l) END;
      which := format('f.project = %L AND f.version = %L', p, v);
    ELSE
      vn := zoneeditor.draft_view_name(x.view_key, l);
      other := zoneeditor.view_name(p, v, l);  -- as a draft was named before the key
      which := format('(f.project, f.version) IN (SELECT k.project, k.name FROM '
                     'zoneeditor.versions k WHERE k.view_key = %L)', x.view_key);
    END IF;
    IF other IS NOT NULL THEN  -- the draft's views once tabled, or a draft's old name
      EXECUTE format('DROP VIEW IF EXISTS zoneeditor_maps.%I', other);
    END IF;
    IF NOT live THEN
      EXECUTE format('DROP VIEW IF EXISTS zoneeditor_maps.%I', vn);
      CONTINUE;
    END IF;
    geom := CASE l
      WHEN 'zones' THEN 'ST_Multi(ST_Force2D(f.geom))::geometry(MultiPolygon, 4326)'
      WHEN 'lines' THEN 'ST_Force2D(f.geom)::geometry(LineString, 4326)'
      ELSE 'ST_Force2D(f.geom)::geometry(Point, 4326)' END;
    EXECUTE format(
      'CREATE OR REPLACE VIEW zoneeditor_maps.%I WITH (security_barrier) AS '
      'SELECT f.zid, f.name, f.name_local, f.party, f.status, f.kind, f.notes, '
      'f.attributes, f.revision, %s AS geom FROM zoneeditor.features f '
      'WHERE %s AND f.layer = %L '
      'AND zoneeditor.may_read(f.project, f.version)', vn, geom, which, l);
    EXECUTE format('REVOKE ALL ON zoneeditor_maps.%I FROM PUBLIC, zoneeditor_coordinator, '
                   'zoneeditor_delegate, zoneeditor_observer', vn);
    IF x.delegation IS NULL OR x.tabled THEN
      readers := 'zoneeditor_coordinator, zoneeditor_delegate, zoneeditor_observer';
    ELSE
      drole := zoneeditor.delegation_role(x.delegation);
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = drole) THEN
        CONTINUE;  -- nobody of that delegation has been added yet
      END IF;
      readers := quote_ident(drole);
    END IF;
    EXECUTE format('GRANT SELECT ON zoneeditor_maps.%I TO %s', vn, readers);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION zoneeditor.wkb_geom(f jsonb) RETURNS geometry
LANGUAGE sql IMMUTABLE SET search_path = {search_path} AS $$
  SELECT ST_SetSRID(ST_GeomFromEWKB(decode(f ->> 'wkb', 'hex')), 4326)
$$;

-- Before a change row is stored: one push at a time per project, then the revision (so
-- revisions of a project are handed out in commit order and a reader that saw revision N
-- has seen every earlier one), the author and the time. Nothing the client sent for these
-- columns is kept; the column GRANTs already refuse them.
CREATE OR REPLACE FUNCTION zoneeditor.changes_before() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
DECLARE
  owner text; tabled boolean; gone boolean;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'the change log is append-only: a change cannot be %',
      CASE TG_OP WHEN 'DELETE' THEN 'deleted' ELSE 'rewritten' END USING ERRCODE = '42501';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtextextended('zoneeditor:' || NEW.project, 0));
  NEW.revision := nextval('zoneeditor.revisions');
  NEW.author := session_user;
  NEW.at := now();
  SELECT x.delegation, x.tabled, x.dropped INTO owner, tabled, gone
    FROM zoneeditor.versions x WHERE x.project = NEW.project AND x.name = NEW.version;
  IF NEW.change ->> 'structure' = 'create' AND (NOT FOUND OR gone) THEN
    owner := CASE WHEN zoneeditor.my_role() = 'delegate' THEN zoneeditor.my_delegation() END;
    tabled := false;
  END IF;
  NEW.owner := owner;
  NEW.shared := owner IS NULL OR coalesce(tabled, false);
  IF NEW.version IS DISTINCT FROM NEW.change ->> 'version' THEN
    RAISE EXCEPTION 'the change names version % but was filed under %',
      NEW.change ->> 'version', NEW.version USING ERRCODE = 'ZE002';
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION zoneeditor.changes_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the change log is append-only: it cannot be truncated'
    USING ERRCODE = '42501';
END $$;

-- After a change row is stored (and passed the row-level security check): apply it to the
-- current features. Each delta's old feature must be exactly what is there, or the whole
-- push fails with ZE001 and the client pulls and retries.
CREATE OR REPLACE FUNCTION zoneeditor.changes_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
DECLARE
  c jsonb := NEW.change;
  s text := coalesce(NEW.change ->> 'structure', 'none');
  x record; d jsonb; o jsonb; n jsonb; cur record; owner text; pos integer;
BEGIN
  SELECT * INTO x FROM zoneeditor.versions
   WHERE project = NEW.project AND name = NEW.version FOR UPDATE;
  IF s = 'create' THEN
    IF FOUND AND NOT x.dropped THEN
      RAISE EXCEPTION 'version "%" already exists in project "%"', NEW.version, NEW.project
        USING ERRCODE = 'ZE001';
    END IF;
    owner := CASE WHEN zoneeditor.my_role() = 'delegate' THEN zoneeditor.my_delegation() END;
    SELECT coalesce(max(v.position), 0) + 1 INTO pos FROM zoneeditor.versions v
     WHERE v.project = NEW.project;
    INSERT INTO zoneeditor.versions AS v
      (project, name, position, description, delegation, tabled, dropped, created_revision)
    VALUES (NEW.project, NEW.version, pos, coalesce(c ->> 'description', ''), owner,
            false, false, NEW.revision)
    ON CONFLICT (project, name) DO UPDATE
      SET position = EXCLUDED.position, description = EXCLUDED.description,
          delegation = EXCLUDED.delegation, tabled = false, tabled_at = NULL,
          tabled_by = NULL, dropped = false, created_revision = EXCLUDED.created_revision,
          view_key = EXCLUDED.view_key;
    PERFORM zoneeditor.refresh_views(NEW.project, NEW.version);
  ELSIF NOT FOUND OR x.dropped THEN
    RAISE EXCEPTION 'no version "%" in project "%"', NEW.version, NEW.project
      USING ERRCODE = 'ZE001';
  END IF;

  IF jsonb_typeof(c -> 'meta') = 'object' THEN
    UPDATE zoneeditor.projects SET meta = c -> 'meta' -> 'after'
     WHERE name = NEW.project AND meta = c -> 'meta' -> 'before';
    IF NOT FOUND THEN
      RAISE EXCEPTION 'the details of project "%" were changed meanwhile', NEW.project
        USING ERRCODE = 'ZE001';
    END IF;
  END IF;

  FOR d IN SELECT value FROM jsonb_array_elements(coalesce(c -> 'deltas', '[]')) LOOP
    o := d -> 'old';
    n := d -> 'new';
    SELECT f.layer, f.attributes, ST_AsBinary(f.geom) AS wkb INTO cur
      FROM zoneeditor.features f
     WHERE f.project = NEW.project AND f.version = NEW.version AND f.zid = d ->> 'id'
       FOR UPDATE;
    IF o IS NULL OR jsonb_typeof(o) = 'null' THEN
      IF FOUND THEN
        RAISE EXCEPTION 'feature % already exists in "%"', d ->> 'id', NEW.version
          USING ERRCODE = 'ZE001';
      END IF;
    ELSIF NOT FOUND OR cur.layer <> o ->> 'layer' OR cur.attributes <> o -> 'attributes'
          OR cur.wkb <> ST_AsBinary(zoneeditor.wkb_geom(o)) THEN
      RAISE EXCEPTION 'feature % of "%" was changed meanwhile', d ->> 'id', NEW.version
        USING ERRCODE = 'ZE001';
    END IF;
    IF n IS NULL OR jsonb_typeof(n) = 'null' THEN
      DELETE FROM zoneeditor.features
       WHERE project = NEW.project AND version = NEW.version AND zid = d ->> 'id';
    ELSE
      INSERT INTO zoneeditor.features AS f
        (project, version, zid, layer, geom, attributes, revision)
      VALUES (NEW.project, NEW.version, d ->> 'id', n ->> 'layer', zoneeditor.wkb_geom(n),
              coalesce(n -> 'attributes', '{{}}'), NEW.revision)
      ON CONFLICT (project, version, zid) DO UPDATE
        SET layer = EXCLUDED.layer, geom = EXCLUDED.geom, attributes = EXCLUDED.attributes,
            revision = EXCLUDED.revision;
    END IF;
  END LOOP;

  IF s = 'drop' THEN
    IF NEW.version = 'agreed' THEN
      RAISE EXCEPTION 'the agreed baseline cannot be removed' USING ERRCODE = 'ZE002';
    END IF;
    IF EXISTS (SELECT 1 FROM zoneeditor.features
                WHERE project = NEW.project AND version = NEW.version) THEN
      RAISE EXCEPTION 'version "%" still has features', NEW.version USING ERRCODE = 'ZE001';
    END IF;
    UPDATE zoneeditor.versions SET dropped = true
     WHERE project = NEW.project AND name = NEW.version;
    PERFORM zoneeditor.refresh_views(NEW.project, NEW.version);
  END IF;
  RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION zoneeditor.projects_before() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
  NEW.created_by := session_user;
  NEW.created_at := now();
  RETURN NEW;
END $$;

-- A new project starts with its agreed baseline (the coordinators').
CREATE OR REPLACE FUNCTION zoneeditor.projects_after() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
  INSERT INTO zoneeditor.versions (project, name, position, delegation, tabled)
  VALUES (NEW.name, 'agreed', 0, NULL, true);
  PERFORM zoneeditor.refresh_views(NEW.name, 'agreed');
  RETURN NULL;
END $$;

-- Tabling: a delegation shares its proposal; it cannot be taken back.
CREATE OR REPLACE FUNCTION zoneeditor.versions_before_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
  IF OLD.tabled AND NOT NEW.tabled THEN
    RAISE EXCEPTION 'a tabled proposal cannot be withdrawn from the table'
      USING ERRCODE = 'ZE002';
  END IF;
  IF NEW.tabled AND NOT OLD.tabled THEN
    NEW.tabled_at := now();
    NEW.tabled_by := session_user;
  END IF;
  RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION zoneeditor.versions_after_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = {search_path} AS $$
BEGIN
  IF NEW.tabled IS DISTINCT FROM OLD.tabled THEN
    PERFORM zoneeditor.refresh_views(NEW.project, NEW.name);
  END IF;
  RETURN NULL;
END $$;

REVOKE ALL ON FUNCTION zoneeditor.refresh_views(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.changes_before() FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.changes_apply() FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.projects_before() FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.projects_after() FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.versions_before_update() FROM PUBLIC;
REVOKE ALL ON FUNCTION zoneeditor.versions_after_update() FROM PUBLIC;
"""

TRIGGERS_SQL = """
DROP TRIGGER IF EXISTS changes_before ON zoneeditor.changes;
CREATE TRIGGER changes_before BEFORE INSERT OR UPDATE OR DELETE ON zoneeditor.changes
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.changes_before();
DROP TRIGGER IF EXISTS changes_truncate ON zoneeditor.changes;
CREATE TRIGGER changes_truncate BEFORE TRUNCATE ON zoneeditor.changes
  FOR EACH STATEMENT EXECUTE FUNCTION zoneeditor.changes_truncate();
DROP TRIGGER IF EXISTS changes_apply ON zoneeditor.changes;
CREATE TRIGGER changes_apply AFTER INSERT ON zoneeditor.changes
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.changes_apply();
DROP TRIGGER IF EXISTS projects_before ON zoneeditor.projects;
CREATE TRIGGER projects_before BEFORE INSERT ON zoneeditor.projects
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.projects_before();
DROP TRIGGER IF EXISTS projects_after ON zoneeditor.projects;
CREATE TRIGGER projects_after AFTER INSERT ON zoneeditor.projects
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.projects_after();
DROP TRIGGER IF EXISTS versions_before_update ON zoneeditor.versions;
CREATE TRIGGER versions_before_update BEFORE UPDATE ON zoneeditor.versions
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.versions_before_update();
DROP TRIGGER IF EXISTS versions_after_update ON zoneeditor.versions;
CREATE TRIGGER versions_after_update AFTER UPDATE ON zoneeditor.versions
  FOR EACH ROW EXECUTE FUNCTION zoneeditor.versions_after_update();
"""

GRANTS_SQL = """
REVOKE ALL ON ALL TABLES IN SCHEMA zoneeditor FROM PUBLIC;
REVOKE ALL ON SCHEMA zoneeditor, zoneeditor_maps FROM PUBLIC;
GRANT USAGE ON SCHEMA zoneeditor, zoneeditor_maps
  TO zoneeditor_coordinator, zoneeditor_delegate, zoneeditor_observer;
GRANT SELECT ON zoneeditor.members, zoneeditor.projects, zoneeditor.versions,
                zoneeditor.changes, zoneeditor.features, zoneeditor.schema_info
  TO zoneeditor_coordinator, zoneeditor_delegate, zoneeditor_observer;
GRANT INSERT (name, meta) ON zoneeditor.projects TO zoneeditor_coordinator;
GRANT INSERT (project, version, changeset_id, label, change) ON zoneeditor.changes
  TO zoneeditor_coordinator, zoneeditor_delegate;
GRANT UPDATE (tabled) ON zoneeditor.versions TO zoneeditor_delegate;

ALTER TABLE zoneeditor.members ENABLE ROW LEVEL SECURITY;
ALTER TABLE zoneeditor.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE zoneeditor.versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE zoneeditor.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE zoneeditor.features ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS members_read ON zoneeditor.members;
CREATE POLICY members_read ON zoneeditor.members FOR SELECT
  USING (username = session_user OR zoneeditor.my_role() = 'coordinator');

DROP POLICY IF EXISTS projects_read ON zoneeditor.projects;
CREATE POLICY projects_read ON zoneeditor.projects FOR SELECT
  USING (zoneeditor.my_role() IS NOT NULL);
DROP POLICY IF EXISTS projects_publish ON zoneeditor.projects;
CREATE POLICY projects_publish ON zoneeditor.projects FOR INSERT
  WITH CHECK (zoneeditor.my_role() = 'coordinator');

DROP POLICY IF EXISTS versions_read ON zoneeditor.versions;
CREATE POLICY versions_read ON zoneeditor.versions FOR SELECT
  USING (zoneeditor.may_read(project, name));
DROP POLICY IF EXISTS versions_table ON zoneeditor.versions;
CREATE POLICY versions_table ON zoneeditor.versions FOR UPDATE
  USING (zoneeditor.may_table(delegation)) WITH CHECK (zoneeditor.may_table(delegation));

DROP POLICY IF EXISTS changes_read ON zoneeditor.changes;
CREATE POLICY changes_read ON zoneeditor.changes FOR SELECT
  USING (zoneeditor.may_read_change(project, version, revision, owner, shared));
DROP POLICY IF EXISTS changes_append ON zoneeditor.changes;
CREATE POLICY changes_append ON zoneeditor.changes FOR INSERT
  WITH CHECK (zoneeditor.may_write(project, version, change));

DROP POLICY IF EXISTS features_read ON zoneeditor.features;
CREATE POLICY features_read ON zoneeditor.features FOR SELECT
  USING (zoneeditor.may_read(project, version));
"""
