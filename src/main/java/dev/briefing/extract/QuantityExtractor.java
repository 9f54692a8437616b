package dev.briefing.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.briefing.config.BriefingConfig;
import dev.briefing.ingest.Article;

/**
 * Finds the quantities in an article. Placeholder: Arabic numbers with 亿元, 万元, 元, % or 家.
 * Thread-safe: one instance serves every thread.
 */
public final class QuantityExtractor {

	private static final Pattern NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(亿元|万元|元|%|家)");

	private final IndicatorCatalog catalog;

	private final BriefingConfig.Region region;

	public QuantityExtractor(IndicatorCatalog catalog, BriefingConfig.Region region) {
		this.catalog = catalog;
		this.region = region;
	}

	public List<Quantity> extract(Article article) {
		List<Quantity> out = new ArrayList<>();
		Matcher m = NUMBER.matcher(article.text());
		while (m.find()) {
			BigDecimal v = new BigDecimal(m.group(1));
			Unit unit = switch (m.group(2)) {
				case "%" -> Unit.PERCENT;
				case "家" -> Unit.COUNT;
				default -> Unit.CNY;
			};
			if (m.group(2).equals("亿元")) {
				v = v.multiply(BigDecimal.valueOf(100_000_000L));
			}
			else if (m.group(2).equals("万元")) {
				v = v.multiply(BigDecimal.valueOf(10_000L));
			}
			out.add(new Quantity(article.file(), article.number(), article.title(), article.published(),
					Category.OTHER, null, null, v.stripTrailingZeros(), null, unit,
					unit == Unit.COUNT ? "家" : null, Qualifier.EXACT, null, null, null, m.group(), m.group(),
					m.start(), m.end()));
		}
		return out;
	}
}
