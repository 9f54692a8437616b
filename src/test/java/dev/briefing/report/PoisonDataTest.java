package dev.briefing.report;

import static dev.briefing.report.WorkbookFiles.open;
import static dev.briefing.report.WorkbookFiles.pictures;
import static dev.briefing.report.WorkbookFiles.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.report.WeekData.Mention;

/**
 * A figure the workbook cannot take is left out of each place it belongs to (its row in
 * {@code 指标}, its headline row, the charts drawn from it) and named in {@code 数据质量};
 * everything else is written.
 */
class PoisonDataTest {

	@TempDir
	Path reports;

	/** A number that fails whoever reads it as a double, as a value no sheet can hold. */
	static final class PoisonValue extends BigDecimal {

		private static final long serialVersionUID = 1L;

		PoisonValue(String value) {
			super(value);
		}

		@Override
		public double doubleValue() {
			throw new ArithmeticException("a value the workbook cannot take");
		}

	}

	@Test
	void aFigureThatCannotBeWrittenIsLeftOutOfEachPlaceAndNamedInDataQuality() throws IOException {
		InMemoryWeekData sample = SampleWeeks.week47();
		List<Mention> mentions = new ArrayList<>();
		Mention poisoned = null;
		for (Mention m : sample.mentions()) {
			if (m.week().equals(SampleWeeks.W47) && "financing.credit_granted".equals(m.indicator())) {
				poisoned = new Mention(m.id(), m.week(), m.articleId(), m.articleTitle(), m.file(), m.published(),
						m.category(), m.indicator(), m.label(), new PoisonValue(m.value().toPlainString()),
						m.valueMax(), m.unit(), m.counter(), m.qualifier(), m.period(), m.region(), m.text(),
						m.sentence());
				mentions.add(poisoned);
			}
			else {
				mentions.add(m);
			}
		}
		assertThat(poisoned).isNotNull();
		long weekMentions = mentions.stream().filter(m -> m.week().equals(SampleWeeks.W47)).count();

		Path written = SampleWeeks.writer()
			.write(new InMemoryWeekData(SampleWeeks.W47, mentions, sample.articles(), sample.problems()), reports);
		Path clean = SampleWeeks.writer().write(sample, reports.resolve("clean"));

		try (XSSFWorkbook wb = open(written); XSSFWorkbook before = open(clean)) {
			Sheet indicators = wb.getSheet("指标");
			assertThat(indicators.getLastRowNum()).as("every other figure has its row").isEqualTo(weekMentions - 1);
			assertThat(strings(indicators)).doesNotContain(poisoned.text()).contains("走访小微企业32375家", "18家");

			List<String> overview = strings(wb.getSheet("概览"));
			assertThat(overview).contains("走访小微企业数", "获得贷款企业数").doesNotContain("获得授信企业数");

			assertThat(pictures(wb)).as("the pipeline chart and the poisoned trend left out, the others drawn")
				.isEqualTo(pictures(before) - 2);

			List<String> quality = strings(wb.getSheet("数据质量"));
			String reason = "ArithmeticException: a value the workbook cannot take";
			assertThat(quality).contains("未写入")
				.anyMatch(s -> s.contains("「获得授信企业数」 26家企业") && s.contains("无法写入「指标」") && s.contains(reason))
				.anyMatch(s -> s.startsWith("重点指标「获得授信企业数」 无法写入「概览」") && s.contains(reason))
				.anyMatch(s -> s.startsWith("「小微企业融资服务进度」图 无法写入「图表」") && s.contains(reason))
				.anyMatch(s -> s.startsWith("走势图「获得授信企业数」 无法写入「图表」") && s.contains(reason));
			assertThat(strings(before.getSheet("数据质量"))).doesNotContain("未写入");
		}
	}

	@Test
	void aFailingDiskIsNoFaultOfTheItemAndStopsTheWorkbook() {
		LeftOut leftOut = new LeftOut();
		assertThat(leftOut.attempt("指标", () -> "x", () -> {
			throw new IllegalStateException("bad item");
		}, () -> {
		})).isEqualTo(Optional.empty());
		assertThatThrownBy(() -> leftOut.attempt("指标", () -> "y", () -> {
			throw new UncheckedIOException(new IOException("No space left on device"));
		}, () -> {
		})).isInstanceOf(UncheckedIOException.class);
		assertThat(leftOut.items()).extracting(LeftOut.Item::what).containsExactly("x");
	}

}
