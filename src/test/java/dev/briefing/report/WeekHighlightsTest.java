package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.briefing.extract.Category;
import dev.briefing.extract.Indicator;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.report.WeekData.Mention;

/** The rules of {@code 本周要点}: order, grouping, wording of rises and falls. */
class WeekHighlightsTest {

	private static final IndicatorCatalog CATALOG = SampleWeeks.catalog();

	private static final IsoWeek W47 = SampleWeeks.W47;

	private final List<Mention> mentions = new ArrayList<>();

	private long id;

	/**
	 * One value a week, oldest first, ending in week 47, from article {@code article}.
	 */
	private void series(String indicator, Unit unit, String counter, long article, String... values) {
		for (int i = 0; i < values.length; i++) {
			IsoWeek week = W47.plusWeeks(i - values.length + 1);
			long a = week.equals(W47) ? article : 1000 + i;
			mentions.add(new Mention(++id, week, a, "文章" + a, "f.txt", week.monday().plusDays(2), Category.FINANCING,
					indicator, "l", new BigDecimal(values[i]), null, unit, counter, Qualifier.EXACT, null, "经开区", "t",
					"s"));
		}
	}

	private List<String> sentences() {
		IndicatorValues values = new IndicatorValues(mentions, SampleWeeks.REGION);
		List<HeadlineFigure> figures = CATALOG.headlines()
			.stream()
			.map(i -> HeadlineFigure.of(i, values, W47, SampleWeeks.REGION))
			.toList();
		return new WeekHighlights(ArticleRows.of(new InMemoryWeekData(W47, mentions, List.of(), List.of())))
			.sentences(figures, values, W47);
	}

	private HeadlineFigure figure(String indicator) {
		IndicatorValues values = new IndicatorValues(mentions, SampleWeeks.REGION);
		Indicator i = CATALOG.find(indicator).orElseThrow();
		return HeadlineFigure.of(i, values, W47, SampleWeeks.REGION);
	}

	@Test
	void importanceIsTheChangeAgainstTheFiguresMeanChange() {
		series("financing.enterprises_visited", Unit.COUNT, "家", 1, "100", "110", "120", "150");
		IndicatorValues values = new IndicatorValues(mentions, SampleWeeks.REGION);
		// changes 10, 10, 30: this week's 30 against a mean of 16.67
		assertThat(WeekHighlights.importance(figure("financing.enterprises_visited"),
				values.series("financing.enterprises_visited")))
			.isCloseTo(1.8, within(1e-9));

		mentions.clear();
		series("financing.intent", Unit.COUNT, "家", 1, "400", "380");
		values = new IndicatorValues(mentions, SampleWeeks.REGION);
		assertThat(WeekHighlights.importance(figure("financing.intent"), values.series("financing.intent")))
			.isEqualTo(1.0);

		mentions.clear();
		series("financing.applications", Unit.COUNT, "家", 1, "300");
		values = new IndicatorValues(mentions, SampleWeeks.REGION);
		assertThat(WeekHighlights.importance(figure("financing.applications"), values.series("financing.applications")))
			.isZero();
	}

	@Test
	void theFigureThatMovedMostAgainstItsHistoryComesFirstAndFallsReadAsFalls() {
		// visits grow as usual; the rank drops two places after single steps up; coverage
		// falls
		series("financing.enterprises_visited", Unit.COUNT, "家", 1, "100", "110", "120", "130");
		series("financing.city_rank", Unit.RANK, null, 2, "8", "7", "6", "8");
		series("financing.visit_coverage", Unit.PERCENT, null, 3, "80", "82", "84", "83.5");
		series("financing.intent", Unit.COUNT, "家", 4, "50");
		List<String> s = sentences();
		assertThat(s).containsExactly("据《文章2》（11月20日），融资申报企业数全市排名为第8，较上周下降2位。",
				"据《文章1》（11月20日），走访小微企业数为130家，较上周增加10家（+8.3%）。", "据《文章3》（11月20日），走访覆盖率为83.5%，较上周下降0.5个百分点。",
				"据《文章4》（11月20日），有融资意向企业数为50家。");
	}

	@Test
	void neighboursFromOneArticleShareASentenceWhenThereAreManyFigures() {
		String[] ids = { "financing.enterprises_visited", "financing.intent", "financing.applications",
				"financing.credit_granted", "financing.loans_granted" };
		for (String i : ids) {
			series(i, Unit.COUNT, "家", 7, "10", "12");
		}
		// five figures of one article: at least three sentences, so two at most in one
		List<String> five = sentences();
		assertThat(five).hasSize(3);
		assertThat(five.get(0)).isEqualTo("据《文章7》（11月20日），走访小微企业数为12家，较上周增加2家（+20.0%）；有融资意向企业数为12家，较上周增加2家（+20.0%）。");

		series("financing.city_rank", Unit.RANK, null, 7, "6", "5");
		series("financing.loan_balance", Unit.CNY, null, 7, "100000000000", "101000000000");
		series("fiscal_tax.tax_fee_relief", Unit.CNY, null, 7, "1000000000", "1200000000");
		series("employment.jobs_created", Unit.COUNT, "人", 7, "9000", "9500");
		// nine figures: three to a sentence
		List<String> nine = sentences();
		assertThat(nine).hasSize(3);
		assertThat(nine.get(2)).endsWith(
				"贷款余额为1,010亿元，较上周增加10亿元（+1.0%）；减税降费及退税为12亿元，较上周增加2亿元（+20.0%）；" + "新增就业人数为9,500人，较上周增加500人（+5.6%）。");
	}

	@Test
	void atMostSixSentences() {
		String[] ids = { "financing.enterprises_visited", "financing.intent", "financing.applications",
				"financing.credit_granted", "financing.loans_granted", "financing.city_rank", "financing.loan_balance",
				"fiscal_tax.tax_fee_relief" };
		long article = 1;
		for (String i : ids) {
			Unit unit = i.equals("financing.city_rank") ? Unit.RANK
					: i.endsWith("balance") || i.startsWith("fiscal") ? Unit.CNY : Unit.COUNT;
			series(i, unit, unit == Unit.COUNT ? "家" : null, article++, "10", "12");
		}
		assertThat(sentences()).hasSize(WeekHighlights.MAX_SENTENCES);
	}

	@Test
	void aWeekWithoutHeadlineFiguresSaysSo() {
		series("financing.enterprises_visited", Unit.COUNT, "家", 1, "100", "110");
		mentions.removeIf(m -> m.week().equals(W47));
		assertThat(sentences()).containsExactly(WeekHighlights.NONE);
	}

}
