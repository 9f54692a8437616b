package dev.briefing.job;

import java.util.List;

import dev.briefing.extract.Quantity;

/** The figures found in one stored article. */
record ExtractedArticle(long articleId, String week, List<Quantity> figures) {
}
