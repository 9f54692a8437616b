package dev.briefing.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;

import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Num;
import dev.briefing.report.WeekData.Mention;

/**
 * {@code 本周要点}: the week's headline figures in a few Chinese sentences, most important
 * first, each naming the article its figures come from. Numbers are written with the
 * formats of the overview's cells ({@link Num}), so a sentence and its row in the table
 * always show the same digits.
 */
final class WeekHighlights {

	/** Sentences at most; further figures are left to the table. */
	static final int MAX_SENTENCES = 6;

	/** Sentences wanted at least, when there are figures enough. */
	static final int MIN_SENTENCES = 3;

	/** Figures of one article one sentence carries at most. */
	static final int MAX_FIGURES_PER_SENTENCE = 3;

	/** The one sentence of a week without headline figures. */
	static final String NONE = "本周文章中没有重点指标的数字，详见「指标」表。";

	private final ArticleRows articles;

	WeekHighlights(ArticleRows articles) {
		this.articles = articles;
	}

	/**
	 * How much a figure's change this week stands out against its own history: the size
	 * of the change divided by the mean size of the figure's changes from one reported
	 * week to the next over the weeks the report looks back on, this week's change
	 * included. 1 is an ordinary week for the figure and more is a larger move than
	 * usual; a figure with a single change so far scores 1; a figure that did not move,
	 * or has no previous value, scores 0. The sentences follow this order, figures of
	 * equal weight in the catalog's order.
	 * @param series the figure's comparable values by week
	 * ({@link IndicatorValues#series})
	 */
	static double importance(HeadlineFigure figure, NavigableMap<IsoWeek, Mention> series) {
		if (!figure.hasChange()) {
			return 0;
		}
		IsoWeek week = figure.current().get().week();
		double sum = 0;
		int changes = 0;
		BigDecimal last = null;
		for (Mention m : series.headMap(week, true).values()) {
			if (last != null) {
				sum += m.value().subtract(last).abs().doubleValue();
				changes++;
			}
			last = m.value();
		}
		double size = Math.abs(figure.change()) * figure.measure().divisor();
		return changes == 0 || sum == 0 ? 0 : size / (sum / changes);
	}

	/**
	 * The week's sentences: the figures with a value this week by {@link #importance},
	 * figures next to each other in that order and from one article sharing a sentence.
	 * Each sentence is one cell of {@code 概览}.
	 * @param figures the headline figures in the catalog's order
	 */
	List<String> sentences(List<HeadlineFigure> figures, IndicatorValues values, IsoWeek week) {
		List<HeadlineFigure> ranked = new ArrayList<>();
		List<Double> weights = new ArrayList<>();
		for (HeadlineFigure f : figures) {
			if (f.current().isPresent()) {
				ranked.add(f);
				weights.add(importance(f, values.series(f.indicator().id())));
			}
		}
		if (ranked.isEmpty()) {
			return List.of(NONE);
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < ranked.size(); i++) {
			order.add(i);
		}
		// a stable sort: equal weights keep the catalog's order
		order.sort(Comparator.comparingDouble(weights::get).reversed());
		// as many figures to a sentence as still leaves three sentences should they all
		// come from one article
		int perSentence = Math.max(1, Math.min(MAX_FIGURES_PER_SENTENCE, (ranked.size() - 1) / (MIN_SENTENCES - 1)));
		List<List<HeadlineFigure>> groups = new ArrayList<>();
		for (int i : order) {
			HeadlineFigure f = ranked.get(i);
			List<HeadlineFigure> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && last.size() < perSentence
					&& last.get(0).current().get().articleId() == f.current().get().articleId()) {
				last.add(f);
			}
			else if (groups.size() < MAX_SENTENCES) {
				groups.add(new ArrayList<>(List.of(f)));
			}
			else {
				break;
			}
		}
		return groups.stream().map(g -> sentence(g, week)).toList();
	}

	/**
	 * {@code 据《…》（11月20日），获得贷款企业数为19家，较上周增加5家（+35.7%）；…。}
	 */
	private String sentence(List<HeadlineFigure> figures, IsoWeek week) {
		Mention first = figures.get(0).current().get();
		String title = first.articleTitle() != null ? first.articleTitle() : articles.title(first.articleId());
		StringBuilder s = new StringBuilder("据");
		s.append(title == null || title.isBlank() ? "一篇无标题的文章" : "《" + title.strip().replaceAll("\\s+", " ") + "》");
		if (first.published() != null) {
			s.append("（")
				.append(first.published().getMonthValue())
				.append("月")
				.append(first.published().getDayOfMonth())
				.append("日）");
		}
		s.append("，");
		for (int i = 0; i < figures.size(); i++) {
			s.append(i > 0 ? "；" : "").append(clause(figures.get(i), week));
		}
		return s.append("。").toString();
	}

	/**
	 * One figure: {@code 走访小微企业数为33,207家，较上周增加1,393家（+4.4%）}; without a previous value
	 * the value alone.
	 */
	static String clause(HeadlineFigure f, IsoWeek week) {
		StringBuilder s = new StringBuilder(f.name()).append("为").append(value(f, f.now()));
		if (!f.hasChange()) {
			return s.toString();
		}
		IsoWeek then = f.previous().get().week();
		String since = then.equals(week.previous()) ? "上周"
				: then.year() == week.year() ? "第" + then.week() + "周" : then.chinese();
		double change = f.change();
		if (change == 0) {
			return s.append("，与").append(since).append("持平").toString();
		}
		s.append("，较").append(since).append(verb(f.unit(), change > 0));
		s.append(f.changeNum().digits(Math.abs(change))).append(changeUnit(f));
		OptionalDouble ratio = f.ratio();
		if (ratio.isPresent()) {
			s.append("（")
				.append(ratio.getAsDouble() < 0 ? "-" : "+")
				.append(Num.RATIO.digits(Math.abs(ratio.getAsDouble())))
				.append("）");
		}
		return s.toString();
	}

	/** The value as its cell shows it, with the unit of the table's unit column. */
	private static String value(HeadlineFigure f, double shown) {
		Num num = f.measure().num();
		return num.text(shown) + (num.showsUnit() ? "" : f.measure().unit());
	}

	private static String changeUnit(HeadlineFigure f) {
		return switch (f.unit().kind()) {
			case PERCENT, PERCENT_POINT -> "个百分点";
			case RANK -> "位";
			case INDEX -> "点";
			default -> f.measure().unit();
		};
	}

	/**
	 * A rise or a fall in words that fit the unit: counts and amounts 增加, rates 提高, ranks
	 * 上升.
	 */
	private static String verb(Unit unit, boolean up) {
		return switch (unit.kind()) {
			case RANK -> up ? "上升" : "下降";
			case PERCENT, PERCENT_POINT, BASIS_POINT, INDEX, POINT, TIMES -> up ? "提高" : "下降";
			default -> up ? "增加" : "减少";
		};
	}

}
