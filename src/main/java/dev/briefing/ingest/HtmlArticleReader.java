package dev.briefing.ingest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page (a news site's article or an e-paper page) as one article: the
 * headline from {@code
 *
<h1>} or {@code <title>}, the text from the article's markup (navigation, scripts, styles,
 * headers and footers left out), the date from {@code article:published_time},
 * {@code publishdate}, {@code pubdate} meta tags or {@code <time>}, the charset from the
 * byte order mark, the meta tag or the bytes. jsoup's parser caps the element depth
 * (512), and the text is collected without recursion, so deeply nested markup cannot
 * overflow the stack.
 */
final class HtmlArticleReader {

	private static final Pattern META_CHARSET = Pattern
		.compile("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);

	private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
			+ "iframe, svg, button, select, textarea, object, embed";

	/**
	 * Boxes inside an article's container that are not the article: related links, share
	 * bars, comments.
	 */
	private static final Pattern NOT_ARTICLE = Pattern
		.compile("(?i)(?:^|[\\s_-])(?:related\\w*|relate|recommend\\w*|tuijian|"
				+ "xg|xgxw|xgyd|xgwz|xglj|xgnr|hot\\w*|rank\\w*|share\\w*|bdshare\\w*|fenxiang|fx|comments?|pinglun|"
				+ "kr-comment|tags?)(?:$|[\\s_-])");

	/** Where sites put the article, most specific first. */
	private static final String[] CONTENT = { "[itemprop=articleBody]", "article", "#ozoom", "#zoom", "founder-content",
			".TRS_Editor", "#detail", "#p-detail", ".article-content", "#article", ".article", "#content", ".content",
			"main" };

	private static final String[] DATE_META = { "meta[property=article:published_time]", "meta[name=publishdate]",
			"meta[name=pubdate]", "meta[name=PubDate]", "meta[itemprop=datePublished]",
			"meta[name=article:published_time]" };

	private static final String BLOCKS = "|p|div|br|h1|h2|h3|h4|h5|h6|li|ul|ol|tr|table|section|article|blockquote|"
			+ "pre|dd|dt|dl|figure|figcaption|header|footer|main|center|hr|";

	SourceDocument read(byte[] bytes, String name, LocalDate dateInName)
			throws TextDecoder.NotTextException, UnreadableFileException {
		TextDecoder.Decoded decoded = TextDecoder.decode(bytes, declaredCharset(bytes));
		Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser());
		String title = title(doc);
		LocalDate published = date(doc);
		if (published == null) {
			published = dateInName;
		}
		doc.select(DROPPED).remove();
		Element root = content(doc);
		for (Element e : root.select("[class], [id]")) {
			if (e != root && NOT_ARTICLE.matcher(e.className() + " " + e.id()).find()) {
				e.remove();
			}
		}
		for (Element h1 : root.select("h1")) {
			h1.remove();
		}
		HtmlTables.flatten(root);
		String original = withoutFurniture(text(root));
		CleanText body = TextCleaner.cleanBlocks(original);
		if (body.text().isBlank()) {
			throw new UnreadableFileException(name, "no article text found in the HTML");
		}
		String source = meta(doc, "meta[property=og:site_name]", "meta[name=source]", "meta[name=author]");
		Article article = new Article(name, 1, title, published, null, source, body.text(), body);
		List<ReadProblem> problems = new ArrayList<>();
		if (published == null) {
			problems.add(InboxFileReader.undated(name));
		}
		return new SourceDocument(name, decoded.encoding(), published, List.of(article), problems);
	}

	private static String declaredCharset(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
		Matcher m = META_CHARSET.matcher(head);
		return m.find() ? m.group(1) : null;
	}

	private static String title(Document doc) {
		Element h1 = doc.selectFirst("h1");
		if (h1 != null && !h1.text().isBlank()) {
			return TextCleaner.cleanHeadline(h1.text());
		}
		String t = doc.title();
		if (t.isBlank()) {
			return null;
		}
		// "headline - site name" / "headline_site": keep the headline
		// (a limit of -1: a title of separators alone, "___", still has a first part)
		String[] parts = t.split("\\s+[-|–—]\\s+|_", -1);
		return TextCleaner.cleanHeadline(parts[0].isBlank() ? t : parts[0]);
	}

	private static LocalDate date(Document doc) {
		for (String query : DATE_META) {
			Element meta = doc.selectFirst(query);
			LocalDate d = meta == null ? null : PublicationDates.fromValue(meta.attr("content"));
			if (d != null) {
				return d;
			}
		}
		for (Element time : doc.select("time")) {
			LocalDate d = PublicationDates.fromValue(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
			if (d != null) {
				return d;
			}
		}
		return null;
	}

	private static String meta(Document doc, String... queries) {
		for (String q : queries) {
			Element e = doc.selectFirst(q);
			if (e != null && !e.attr("content").isBlank()) {
				return e.attr("content").trim();
			}
		}
		return null;
	}

	/**
	 * The element holding the article: a known container, else the one with most
	 * paragraph text.
	 */
	private static Element content(Document doc) {
		for (String query : CONTENT) {
			Element e = doc.selectFirst(query);
			if (e != null && e.text().length() >= 20) {
				return e;
			}
		}
		Element best = null;
		int bestLength = 0;
		for (Element p : doc.select("p")) {
			Element parent = p.parent();
			if (parent == null) {
				continue;
			}
			int length = 0;
			for (Element child : parent.children()) {
				if (child.nameIs("p")) {
					length += child.text().length();
				}
			}
			if (length > bestLength) {
				best = parent;
				bestLength = length;
			}
		}
		return best != null ? best : doc.body();
	}

	/**
	 * The text of an element, a blank line between blocks, a line break for {@code <br>
	 * }; no recursion.
	 */
	private static String text(Element root) {
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {
			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					out.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
				}
				else if (node instanceof Element e && isBlock(e)) {
					out.append(e.nameIs("br") ? "\n" : "\n\n");
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element e && isBlock(e) && !e.nameIs("br")) {
					out.append("\n\n");
				}
			}
		}, root);
		return out.toString();
	}

	/**
	 * The text without its blocks of page furniture (source and date lines, editor lines,
	 * photo credits).
	 */
	private static String withoutFurniture(String text) {
		Bylines patterns = new Bylines();
		StringBuilder kept = new StringBuilder(text.length());
		for (String block : text.split("\n\n+")) {
			String clean = TextCleaner.clean(block).text();
			if (!clean.isEmpty() && !patterns.isFurniture(clean) && !patterns.isCredit(clean)) {
				kept.append(block).append("\n\n");
			}
		}
		return kept.toString();
	}

	private static boolean isBlock(Element e) {
		return BLOCKS.contains("|" + e.normalName() + "|");
	}

}
