-- The dataset's tables for PostgreSQL (docs/data-format.md), created by `policybrief db init`
-- in the schema given by --db-schema. row_order keeps the order of the rows as given: SQL tables
-- have none, and the briefing lists categories and measures in the data's order.
CREATE TABLE categories (
  id        text PRIMARY KEY,
  name_zh   text,
  name_en   text,
  color     text CHECK (color ~ '^#[0-9A-Fa-f]{6}$'),
  row_order integer NOT NULL,
  CHECK (name_zh IS NOT NULL OR name_en IS NOT NULL)
);

CREATE TABLE documents (
  id        text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]+$'),
  country   text NOT NULL,
  title_zh  text,
  title_en  text,
  issuer    text,
  date      date NOT NULL,
  type      text,
  url       text,
  row_order integer NOT NULL,
  CHECK (title_zh IS NOT NULL OR title_en IS NOT NULL)
);

CREATE TABLE measures (
  id         text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]+$'),
  document   text NOT NULL REFERENCES documents (id),
  category   text NOT NULL REFERENCES categories (id),
  title_zh   text,
  title_en   text,
  summary_zh text,
  summary_en text,
  tags       text,
  date       date,
  row_order  integer NOT NULL,
  CHECK (title_zh IS NOT NULL OR title_en IS NOT NULL)
);
CREATE INDEX measures_document ON measures (document);
CREATE INDEX measures_category ON measures (category);

CREATE TABLE countries (
  code      text PRIMARY KEY,
  name_zh   text,
  name_en   text,
  row_order integer NOT NULL
);
