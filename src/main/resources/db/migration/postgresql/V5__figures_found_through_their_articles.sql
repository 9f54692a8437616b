-- A week's figures are found through the week's articles (article week index, then the unique key's
-- article id): one index less to keep up on the table that takes the most rows.
DROP INDEX BRIEFING_FIGURE_WEEK_IX;
