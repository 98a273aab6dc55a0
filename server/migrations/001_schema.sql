-- Kinerja's schema, version 1. PostgreSQL 15+ and PGlite (PostgreSQL 18) both run it.
-- Texts the API gives in two languages, sources and citations are jsonb in the contract's shape;
-- what a query filters, joins or orders on is a column with an index.

-- Every load of figures: the demo or national dataset on first start (#1), then each
-- `npm run data:import`. The latest one's data_as_of is every response's dataAsOf, and its id the
-- data version in every ETag.
CREATE TABLE imports (
  id integer PRIMARY KEY,
  file_name text NOT NULL,
  sha256 text NOT NULL UNIQUE,
  row_count integer NOT NULL CHECK (row_count >= 0),
  imported_at timestamptz NOT NULL DEFAULT now(),
  -- ISO 8601 with the offset it was written in, exactly as the API gives it.
  data_as_of text NOT NULL
);

-- The nation, provinces, kab/kota and kecamatan, keyed by canonical code (BPS where known, else
-- Kemendagri, dotted). Either kind of code finds a region through bps_code or kemendagri_code.
CREATE TABLE regions (
  code text PRIMARY KEY,
  bps_code text UNIQUE,
  kemendagri_code text UNIQUE,
  name text NOT NULL,
  level text NOT NULL CHECK (
    level IN ('national', 'province', 'city', 'regency', 'admin_city', 'admin_regency', 'district')
  ),
  parent_code text REFERENCES regions (code),
  -- [{ code, name, level }], root first.
  ancestors jsonb NOT NULL,
  child_count integer NOT NULL CHECK (child_count >= 0),
  -- src/domain/region-search.ts: the normalised name, the name without a kab/kota level word,
  -- and the position in the one region order (children by name, search ties).
  name_search text NOT NULL,
  name_base text NOT NULL,
  name_rank integer NOT NULL UNIQUE
);
-- GET /regions?parent= and /series?parent=: the children of one region, by name.
CREATE INDEX regions_children ON regions (parent_code, name_rank);
-- GET /regions?q= scans name_search: 7,838 short names take ~2 ms, and a trigram index measured
-- slower (and the planner does not pick it) at this size. With villages (83,762) it would pay.

-- The catalogue, in its order.
CREATE TABLE indicators (
  id text PRIMARY KEY,
  position integer NOT NULL UNIQUE,
  body jsonb NOT NULL
);

-- A region × indicator pair that holds any figure or target: /series answers exactly these.
CREATE TABLE series (
  region_code text NOT NULL REFERENCES regions (code),
  indicator_id text NOT NULL REFERENCES indicators (id),
  PRIMARY KEY (region_code, indicator_id)
);

CREATE TABLE observations (
  region_code text NOT NULL,
  indicator_id text NOT NULL,
  period text NOT NULL,
  -- Months since year 0 of the period's first and last month (src/domain/periods.ts): the range
  -- filters compare period_end, the order is period_end then period_start descending.
  period_start integer NOT NULL,
  period_end integer NOT NULL,
  value double precision,
  grade text,
  provenance text NOT NULL CHECK (provenance IN ('official', 'synthetic')),
  source jsonb,
  citation jsonb,
  method jsonb,
  release_date date,
  provisional boolean NOT NULL,
  import_id integer NOT NULL REFERENCES imports (id),
  PRIMARY KEY (region_code, indicator_id, period),
  FOREIGN KEY (region_code, indicator_id) REFERENCES series (region_code, indicator_id),
  CHECK (value IS NOT NULL OR grade IS NOT NULL),
  CHECK (period_start <= period_end)
);
-- GET /series: one region × indicator, a range of period ends.
CREATE INDEX observations_by_end ON observations (region_code, indicator_id, period_end);

CREATE TABLE targets (
  region_code text NOT NULL,
  indicator_id text NOT NULL,
  position integer NOT NULL,
  year integer NOT NULL,
  value double precision,
  min double precision,
  max double precision,
  grade text,
  basis text NOT NULL CHECK (basis IN ('national', 'rpjmd', 'rkpd')),
  provenance text NOT NULL CHECK (provenance IN ('official', 'synthetic')),
  source jsonb NOT NULL,
  import_id integer NOT NULL REFERENCES imports (id),
  PRIMARY KEY (region_code, indicator_id, position),
  FOREIGN KEY (region_code, indicator_id) REFERENCES series (region_code, indicator_id)
);

-- Agencies (OPD) of a region, in the dataset's order.
CREATE TABLE agencies (
  id text PRIMARY KEY,
  region_code text NOT NULL REFERENCES regions (code),
  position integer NOT NULL UNIQUE,
  name text NOT NULL,
  abbreviation text,
  category text NOT NULL,
  source jsonb NOT NULL
);
CREATE INDEX agencies_by_region ON agencies (region_code, position);

CREATE TABLE agency_sakip (
  agency_id text NOT NULL REFERENCES agencies (id),
  year integer NOT NULL,
  score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
  predicate text NOT NULL,
  framework text NOT NULL,
  components jsonb,
  provenance text NOT NULL CHECK (provenance IN ('official', 'synthetic')),
  PRIMARY KEY (agency_id, year)
);

-- GET /agencies/:id: key indicators (IKU) and the catalogue indicators the agency owns.
CREATE TABLE agency_details (
  agency_id text PRIMARY KEY REFERENCES agencies (id),
  iku jsonb NOT NULL,
  indicator_ids jsonb NOT NULL
);

-- Programs: what /programs filters on and what the status rule reads are columns; the rest
-- (title, agency, completedOn, milestones, updates, provenance) is the body. The status is not
-- stored: it is computed on the day of the data (src/domain/program-status.ts).
CREATE TABLE programs (
  id text PRIMARY KEY,
  region_code text NOT NULL REFERENCES regions (code),
  agency_id text NOT NULL REFERENCES agencies (id),
  position integer NOT NULL UNIQUE,
  kind text NOT NULL CHECK (kind IN ('hundred-day', 'priority')),
  start_date date NOT NULL,
  due_date date NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  body jsonb NOT NULL
);
CREATE INDEX programs_by_region ON programs (region_code, position);

CREATE TABLE directives (
  id text PRIMARY KEY,
  region_code text NOT NULL REFERENCES regions (code),
  agency_id text NOT NULL REFERENCES agencies (id),
  position integer NOT NULL UNIQUE,
  body jsonb NOT NULL
);
CREATE INDEX directives_by_region ON directives (region_code, position);

-- The acting mayor's quarterly evaluations of a region (regions without a Pj have no row).
CREATE TABLE pj_evaluations (
  region_code text PRIMARY KEY REFERENCES regions (code),
  quarters jsonb NOT NULL,
  provenance text NOT NULL CHECK (provenance IN ('official', 'synthetic'))
);

-- Dataset-wide facts: 'sakip_years' (every SAKIP evaluation year) and 'pj_scheme' (the indicators
-- and evaluator of the Pj evaluation, the same for every region).
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);
