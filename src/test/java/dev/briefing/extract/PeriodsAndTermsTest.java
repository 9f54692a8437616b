package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Periods named by a bare day or by 当月, and bond terms written as lists or with 期. */
class PeriodsAndTermsTest {

	@Test
	void aBareDayIsTheLastSuchDayUpToPublication() {
		assertThat(Extraction.of("我省21日发行政府债券128.55亿元。").get(0).period()).isEqualTo("2024-11-21");
		assertThat(Extraction.of("省财政厅28日公布，全省发行政府债券50亿元。").get(0).period()).isEqualTo("2024-10-28");
		assertThat(Extraction.of("地铁7号线二期工程全长约12.8公里。").get(0).period()).isNull();
		assertThat(Extraction.of("企业申请后5日内即可获得贷款300万元。").get(0).period()).isNull();
	}

	@Test
	void theMonthOfDangYueIsTheMonthNamedBefore() {
		List<Quantity> found = Extraction.of("1-10月，全省进出口6800亿元；10月份当月，进出口712亿元。");
		assertThat(found).extracting(Quantity::period).containsExactly("2024-01..2024-10", "2024-10");
		assertThat(Extraction.of("2023年，全市外贸进出口800亿元，当年新增外贸企业120家。").get(1).period()).isEqualTo("2023");
	}

	@Test
	void readsBondTermsInListsAndWithQi() {
		assertThat(values(Extraction.of("专项债券发行期限分别为10年和20年。"))).containsExactly("10 YEAR", "20 YEAR");
		assertThat(values(Extraction.of("期限分别为7年、10年、20年和30年。"))).containsExactly("7 YEAR", "10 YEAR", "20 YEAR",
				"30 YEAR");
		assertThat(values(Extraction.of("本期债券期限为10年期，票面利率2.15%。"))).containsExactly("10 YEAR", "2.15 PERCENT");
		assertThat(Extraction.of("2019年和2020年全省经济稳中向好。")).isEmpty();
	}

	private static List<String> values(List<Quantity> found) {
		return found.stream().map(q -> q.value().toPlainString() + " " + q.unit()).toList();
	}

}
