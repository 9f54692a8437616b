package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Figures of a headline come out with {@code where} {@code title} unless the text repeats
 * them, and {@code extract --explain} says which words decided each category and
 * indicator.
 */
class HeadlinesAndExplanationsTest {

	@Test
	void aFigureOnlyInTheHeadlineIsReadAsATitleFigure() {
		List<Quantity> found = Extraction.titled("某集团子公司中标12亿元数据中心项目", "项目位于经开区，建设周期较长。");
		assertThat(found).hasSize(1);
		Quantity q = found.get(0);
		assertThat(q.where()).isEqualTo("title");
		assertThat(q.unit()).isEqualTo(Unit.CNY);
		assertThat(q.value()).isEqualByComparingTo("1200000000");
		assertThat(q.text()).isEqualTo("12亿元");
		assertThat(q.sentence()).isEqualTo("某集团子公司中标12亿元数据中心项目");
	}

	@Test
	void aHeadlineFigureTheTextRepeatsIsListedOnceFromTheText() {
		List<Quantity> found = Extraction.titled("全省税收收入三年平均增长4.1%", "今年以来，全省税收收入平均增长4.1%，财政运行平稳。");
		assertThat(found).extracting(Quantity::text).containsExactly("三年", "4.1%");
		assertThat(found).extracting(Quantity::where).containsExactly("title", "body");
		assertThat(found.get(1).sentence()).startsWith("今年以来");
	}

	@Test
	void bodyFiguresAreMarkedAsSuch() {
		assertThat(Extraction.of("全区新增授信2.3亿元。")).extracting(Quantity::where).containsExactly("body");
	}

	@Test
	void anExplanationNamesTheWordsThatDecided() {
		Quantity byEntry = Extraction.EXTRACTOR
			.extract(new dev.briefing.ingest.Article("case.txt", 1, null, Extraction.PUBLISHED, null, null,
					"10月末，本外币贷款余额258.3万亿元。"), true)
			.get(0);
		assertThat(byEntry.indicator()).isEqualTo("financing.loan_balance");
		assertThat(byEntry.why()).contains("financing.loan_balance").contains("贷款余额");
		Quantity byWords = Extraction.EXTRACTOR
			.extract(new dev.briefing.ingest.Article("case.txt", 1, null, Extraction.PUBLISHED, null, null,
					"全区外贸企业新签合同3.2亿元。"), true)
			.get(0);
		assertThat(byWords.category()).isEqualTo(Category.TRADE);
		assertThat(byWords.why()).startsWith("category by").contains("外贸");
		assertThat(Extraction.of("10月末，本外币贷款余额258.3万亿元。").get(0).why()).isNull();
	}

}
