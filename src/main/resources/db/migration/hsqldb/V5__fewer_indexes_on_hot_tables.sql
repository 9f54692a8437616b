-- HSQLDB keeps an index of its own for every foreign key, even where the primary key or a unique key
-- already starts with the same column. Every row a night writes updated those copies too: the text, the
-- sketch and the extraction queue had two indexes on the one article id, figures and articles one more
-- beside their unique keys (article, position) and (file, position). The rows are written by one chunk
-- with their article, in one transaction, and no command deletes articles or files, so the keys hold
-- without the checks. (PostgreSQL builds no index for a foreign key; its tables keep theirs.)
ALTER TABLE BRIEFING_ARTICLE_TEXT DROP CONSTRAINT BRIEFING_ARTICLE_TEXT_FK;
ALTER TABLE BRIEFING_ARTICLE_SKETCH DROP CONSTRAINT BRIEFING_ARTICLE_SKETCH_FK;
ALTER TABLE BRIEFING_EXTRACT_QUEUE DROP CONSTRAINT BRIEFING_EXTRACT_QUEUE_FK;
ALTER TABLE BRIEFING_FIGURE DROP CONSTRAINT BRIEFING_FIGURE_ARTICLE_FK;
ALTER TABLE BRIEFING_ARTICLE DROP CONSTRAINT BRIEFING_ARTICLE_FILE_FK;

-- A week's figures are found through the week's articles (article week index, then the unique key's
-- article id): one index less on the table that takes the most rows.
DROP INDEX BRIEFING_FIGURE_WEEK_IX;
