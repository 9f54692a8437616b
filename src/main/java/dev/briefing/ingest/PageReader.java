package dev.briefing.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a page of layout text into its articles: cleanup, segmentation, displaced
 * headlines matched back to their bodies, tentative segments without a headline merged
 * back into the article they interrupted. Thread-safe; every call works on its own state.
 */
final class PageReader {

	private final ThreadLocal<Bylines> patterns = ThreadLocal.withInitial(Bylines::new);

	/** The articles of a page and its publication date. */
	record Page(List<Article> articles, LocalDate published) {
	}

	/**
	 * @param published the publication date known from outside (the file name), or null:
	 * then the date of the page header, where there is one, is taken
	 */
	Page read(String text, String file, LocalDate published) {
		LayoutText layout = LayoutText.of(text);
		PageSegmenter.Page page = PageSegmenter.segment(layout, patterns.get());
		if (published == null) {
			published = page.headerDate();
		}
		List<PageSegmenter.Segment> segments = page.segments();
		boolean[] untitled = new boolean[segments.size()];
		for (int s = 0; s < segments.size(); s++) {
			untitled[s] = segments.get(s).title == null;
		}
		int[] given = HeadlineMatcher.match(layout, page.floating(), segments, untitled);
		List<PageSegmenter.Segment> kept = new ArrayList<>(segments.size());
		for (int s = 0; s < segments.size(); s++) {
			PageSegmenter.Segment seg = segments.get(s);
			if (given[s] >= 0) {
				seg.title = page.floating().get(given[s]);
			}
			if (seg.tentative && seg.title == null && seg.byline == null && seg.closing == null && !kept.isEmpty()) {
				kept.get(kept.size() - 1).addAll(seg);
			}
			else {
				kept.add(seg);
			}
		}
		List<Article> articles = new ArrayList<>(kept.size());
		for (PageSegmenter.Segment seg : kept) {
			articles.add(article(layout, seg, file, articles.size() + 1, published));
		}
		return new Page(articles, published);
	}

	private static Article article(LayoutText layout, PageSegmenter.Segment seg, String file, int number,
			LocalDate published) {
		int size = 0;
		for (int k = 0; k < seg.count; k++) {
			int line = seg.lines[k] < 0 ? ~seg.lines[k] : seg.lines[k];
			size += layout.length(line) + 1;
		}
		BodyBuilder body = new BodyBuilder(layout, size);
		for (int k = 0; k < seg.count; k++) {
			int line = seg.lines[k];
			if (line < 0) {
				body.add(~line, true);
			}
			else {
				body.add(line, false);
			}
		}
		CleanText clean = body.build();
		String title = seg.title == null ? null : Headlines.join(layout, seg.title, clean.text());
		Bylines.Byline by = seg.byline != null && seg.byline.month() > 0 ? seg.byline : seg.closing;
		LocalDate dateline = by == null ? null : by.date(published);
		String source = seg.byline != null && seg.byline.agency() != null ? seg.byline.agency()
				: seg.closing != null ? seg.closing.agency() : null;
		return new Article(file, number, title, published, dateline, source, clean.text(), clean);
	}

}
