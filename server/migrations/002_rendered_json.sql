-- Each observation and target also keeps its answer as the contract's JSON, written by the server
-- (JSON.stringify of the object it reads) when the row is stored. GET /series then aggregates the
-- stored text instead of building thousands of JSON objects per request (the costliest part of a
-- national breakdown). The columns stay: imports compare and filters use them.
ALTER TABLE observations ADD COLUMN body json;
UPDATE observations SET body = json_build_object(
  'period', period, 'value', value, 'grade', grade, 'provenance', provenance, 'source', source,
  'citation', citation, 'method', method, 'releaseDate', release_date, 'provisional', provisional);
ALTER TABLE observations ALTER COLUMN body SET NOT NULL;

ALTER TABLE targets ADD COLUMN body json;
UPDATE targets SET body = json_build_object(
  'year', year, 'value', value, 'min', min, 'max', max, 'grade', grade, 'basis', basis,
  'provenance', provenance, 'source', source);
ALTER TABLE targets ALTER COLUMN body SET NOT NULL;

-- A trigram index on region names was dropped from migration 001 before release (a sequential
-- scan of 7,838 names is faster); databases made with the first draft lose it here.
DROP INDEX IF EXISTS regions_name_trgm;
