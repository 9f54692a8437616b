package dev.briefing.extract;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One mention of a quantity in an article, with the fields of DESIGN.md's extraction
 * output. Money is in base units of its currency, counts are multiplied out, percentages
 * as written.
 *
 * @param indicator the catalog id where a catalog entry matched, else null; always null
 * for a target
 * @param label the catalog's Chinese label, else a short label taken from the text, or
 * null
 * @param period what the figure refers to ({@code 2024}, {@code 2024-Q3},
 * {@code 2024-10}, {@code 2024-11-20}, {@code 2024-Q1..2024-Q3}), or null
 * @param direction {@code up} or {@code down} where the text says the figure is a change,
 * else null
 * @param text the quantity as it stands in the article
 * @param sentence the sentence it stands in
 * @param start offset of {@code text} in the article's cleaned text
 * @param end offset after {@code text}
 * @param target the figure is a goal, plan or forecast ({@code 力争…达到95%}, {@code 预计全年…}),
 * not a reported value: it keeps its category but gets no catalog indicator, so the
 * workbook never shows a goal as the week's figure; written to JSON only when true
 * @param where {@code title} for a figure of the headline ({@code text}, {@code start}
 * and {@code end} are then in the headline and {@code sentence} is the headline),
 * {@code body} otherwise
 * @param why with {@code extract --explain}: the words that decided {@code category} and
 * {@code indicator}; else null and not written
 */
public record Quantity(String file, int article, String title, LocalDate published, Category category, String indicator,
		String label, BigDecimal value, BigDecimal valueMax, Unit unit, String counter, Qualifier qualifier,
		String period, String region, String direction, String text, String sentence, @JsonIgnore int start,
		@JsonIgnore int end, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean target, String where,
		@JsonInclude(JsonInclude.Include.NON_NULL) String why) {

	/** Where a figure of the headline stands. */
	public static final String TITLE = "title";

	/** Where a figure of the article's text stands. */
	public static final String BODY = "body";

	/** A reported figure (not a target) of the article's text. */
	public Quantity(String file, int article, String title, LocalDate published, Category category, String indicator,
			String label, BigDecimal value, BigDecimal valueMax, Unit unit, String counter, Qualifier qualifier,
			String period, String region, String direction, String text, String sentence, int start, int end) {
		this(file, article, title, published, category, indicator, label, value, valueMax, unit, counter, qualifier,
				period, region, direction, text, sentence, start, end, false, BODY, null);
	}

	/** Whether the figure stands in the headline. */
	@JsonIgnore
	public boolean inTitle() {
		return TITLE.equals(where);
	}
}
