-- Full-text and typo-tolerant search over services (queried by src/catalog/service-query.ts).
-- Written by hand: Prisma cannot express generated tsvector columns or GIN operator classes.
-- Tables are unqualified like in the generated migrations: they run in the subgraph's schema.

-- pg_trgm goes to `public`, never to a subgraph's schema: an extension exists once per
-- database, and one inside a subgraph schema would vanish for every user of it when that
-- schema is dropped (tests drop theirs). Its objects are named public.* wherever used.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- Russian morphology over the Russian texts, English stemming over the English ones.
-- Weights: A title, B description, C section; the ranking multiplies them (see RANK_WEIGHTS).
ALTER TABLE "service" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('russian'::regconfig, "title_ru"), 'A') ||
  setweight(to_tsvector('russian'::regconfig, "description_ru"), 'B') ||
  setweight(to_tsvector('russian'::regconfig, "subcategory_ru"), 'C') ||
  setweight(to_tsvector('english'::regconfig, "title_en"), 'A') ||
  setweight(to_tsvector('english'::regconfig, "description_en"), 'B')
) STORED;

CREATE INDEX "service_search_vector_idx" ON "service" USING GIN ("search_vector");

-- Trigram indexes for typo-tolerant title matching. They serve pg_trgm's operators
-- (`lower(title_ru) %> 'query'`, LIKE '%...%'). The search itself calls word_similarity()
-- with its own threshold (see service-query.ts), which no index serves: at a few hundred
-- services the sequential scan takes ~5 ms. Should the catalog grow, match with `%>` under
-- SET LOCAL pg_trgm.word_similarity_threshold and these indexes take over.
CREATE INDEX "service_title_ru_trgm_idx" ON "service" USING GIN (lower("title_ru") public.gin_trgm_ops);
CREATE INDEX "service_title_en_trgm_idx" ON "service" USING GIN (lower("title_en") public.gin_trgm_ops);
