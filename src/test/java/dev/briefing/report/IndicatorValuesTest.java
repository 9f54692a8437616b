package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.report.WeekData.Mention;

class IndicatorValuesTest {

	private static final String VISITED = "financing.enterprises_visited";

	private static final IsoWeek W46 = IsoWeek.parse("2024-W46");

	private static final IsoWeek W47 = IsoWeek.parse("2024-W47");

	@Test
	void theZonesOwnFigureWinsOverALaterOneOfTheProvince() {
		IndicatorValues values = values(mention(1, W47, "2024-11-20", "2024-11-20", "河南省", "400000"),
				mention(2, W47, "2024-11-19", "2024-11-18", "郑州经济技术开发区", "32375"),
				mention(3, W47, "2024-11-22", "2024-11-21", "郑州市", "90000"));
		assertThat(values.in(VISITED, W47).orElseThrow().value()).isEqualByComparingTo("32375");
	}

	@Test
	void withoutARegionTheFigureCountsAsLocalBeforeTheCityAndTheProvince() {
		IndicatorValues values = values(mention(1, W47, "2024-11-22", null, "河南省", "400000"),
				mention(2, W47, "2024-11-20", null, "郑州市", "90000"),
				mention(3, W47, "2024-11-19", null, null, "32000"));
		assertThat(values.in(VISITED, W47).orElseThrow().id()).isEqualTo(3);
	}

	@Test
	void amongEqualRegionsTheLatestPublicationThenTheLatestPeriodThenTheFirstMentionWins() {
		assertThat(values(mention(1, W47, "2024-11-19", "2024-11-18", "经开区", "1"),
				mention(2, W47, "2024-11-22", "2024-11-18", "经开区", "2"))
			.in(VISITED, W47)
			.orElseThrow()
			.id()).isEqualTo(2);
		assertThat(values(mention(1, W47, "2024-11-22", "2024-11-18", "经开区", "1"),
				mention(2, W47, "2024-11-22", "2024-11-20", "经开区", "2"))
			.in(VISITED, W47)
			.orElseThrow()
			.id()).isEqualTo(2);
		assertThat(values(mention(5, W47, "2024-11-22", null, "经开区", "139"),
				mention(6, W47, "2024-11-22", null, "经开区", "83"))
			.in(VISITED, W47)
			.orElseThrow()
			.id()).isEqualTo(5);
	}

	@Test
	void previousIsTheLatestEarlierWeekWithAValue() {
		IndicatorValues values = values(mention(1, IsoWeek.parse("2024-W44"), "2024-10-31", null, "经开区", "30000"),
				mention(2, W47, "2024-11-22", null, "经开区", "32375"));
		assertThat(values.before(VISITED, W47).orElseThrow().week()).isEqualTo(IsoWeek.parse("2024-W44"));
		assertThat(values.before(VISITED, IsoWeek.parse("2024-W44"))).isEmpty();
		assertThat(values.in(VISITED, W46)).isEmpty();
		assertThat(values.series(VISITED).keySet()).containsExactly(IsoWeek.parse("2024-W44"), W47);
	}

	@Test
	void anExactFigureWinsOverAGoalOrAnEstimate() {
		Mention goal = withQualifier(mention(1, W47, "2024-11-22", "2024-11", "经开区", "95"), Qualifier.OVER);
		Mention about = withQualifier(mention(2, W47, "2024-11-22", "2024-11", "经开区", "90"), Qualifier.APPROX);
		Mention actual = mention(3, W47, "2024-11-20", "2024-11-18", "经开区", "88");
		assertThat(values(goal, about, actual).in(VISITED, W47).orElseThrow().id()).isEqualTo(3);
		assertThat(values(goal, about).in(VISITED, W47).orElseThrow().id()).isEqualTo(2);
	}

	@Test
	void weeksAreComparedOnlyWithTheSameRegionAndUnit() {
		Mention zoneW45 = mention(1, IsoWeek.parse("2024-W45"), "2024-11-06", null, "经开区", "9386");
		Mention nationW46 = mention(2, W46, "2024-11-15", null, "全国", "11000000");
		Mention zoneW47 = mention(3, W47, "2024-11-20", null, "郑州经开区", "10300");
		IndicatorValues values = values(zoneW45, nationW46, zoneW47);
		assertThat(values.before(VISITED, W47).orElseThrow().id()).isEqualTo(1);
		assertThat(values.series(VISITED).values()).extracting(Mention::id).containsExactly(1L, 3L);
		assertThat(values.comparable(zoneW47, nationW46)).isFalse();
		assertThat(values.comparable(zoneW47, zoneW45)).isTrue();

		IndicatorValues nationOnly = values(zoneW45, nationW46);
		assertThat(nationOnly.before(VISITED, W46)).isEmpty();
		assertThat(nationOnly.before(VISITED, W47).orElseThrow().id()).isEqualTo(2);
	}

	@Test
	void mentionsWithoutIndicatorAreLeftOut() {
		Mention loose = new Mention(9, W47, 1, "t", "f", LocalDate.of(2024, 11, 22), Category.OTHER, null, null,
				BigDecimal.ONE, null, Unit.COUNT, "套", Qualifier.EXACT, null, null, "1套", "1套");
		assertThat(new IndicatorValues(List.of(loose), SampleWeeks.REGION).series(VISITED)).isEmpty();
	}

	private static Mention withQualifier(Mention m, Qualifier q) {
		return new Mention(m.id(), m.week(), m.articleId(), m.articleTitle(), m.file(), m.published(), m.category(),
				m.indicator(), m.label(), m.value(), m.valueMax(), m.unit(), m.counter(), q, m.period(), m.region(),
				m.text(), m.sentence());
	}

	@Test
	void theFirstMentionInReadingOrderWinsWhateverOrderTheFiguresWereWrittenIn() {
		// figure 9 of the article taken in first, figure 1 of a later article: written in
		// the other order by partitions running side by side
		Mention first = new Mention(9, W47, 100, "标题", "a.txt", LocalDate.parse("2024-11-22"), Category.FINANCING,
				VISITED, "走访小微企业数", new BigDecimal("139"), null, Unit.COUNT, "家", Qualifier.EXACT, null, "经开区", "139家",
				"走访139家");
		Mention later = new Mention(1, W47, 200, "标题", "b.txt", LocalDate.parse("2024-11-22"), Category.FINANCING,
				VISITED, "走访小微企业数", new BigDecimal("83"), null, Unit.COUNT, "家", Qualifier.EXACT, null, "经开区", "83家",
				"走访83家");
		assertThat(values(first, later).in(VISITED, W47).orElseThrow().value()).isEqualByComparingTo("139");
		assertThat(values(later, first).in(VISITED, W47).orElseThrow().value()).isEqualByComparingTo("139");
	}

	private static IndicatorValues values(Mention... mentions) {
		return new IndicatorValues(List.of(mentions), SampleWeeks.REGION);
	}

	private static Mention mention(long id, IsoWeek week, String published, String period, String region,
			String value) {
		return new Mention(id, week, 100 + id, "标题", "f.txt", LocalDate.parse(published), Category.FINANCING, VISITED,
				"走访小微企业数", new BigDecimal(value), null, Unit.COUNT, "家", Qualifier.EXACT, period, region, value + "家",
				"走访" + value + "家");
	}

}
