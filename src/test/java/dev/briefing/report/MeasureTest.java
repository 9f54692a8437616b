package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import dev.briefing.extract.Unit;
import dev.briefing.report.StyleLibrary.Num;

class MeasureTest {

	@Test
	void moneyIsShownInYiYuanOrWanYuanAsItReadsBest() {
		Measure bonds = Measure.of(Unit.CNY, null, new BigDecimal("16587890000"));
		assertThat(bonds.unit()).isEqualTo("亿元");
		assertThat(bonds.shown(new BigDecimal("16587890000"))).isEqualTo(165.8789);
		assertThat(bonds.num()).isEqualTo(Num.MONEY);
		assertThat(bonds.label(165.8789)).isEqualTo("165.88亿元");

		Measure purchase = Measure.of(Unit.CNY, null, new BigDecimal("4110000"));
		assertThat(purchase.unit()).isEqualTo("万元");
		assertThat(purchase.shown(new BigDecimal("4110000"))).isEqualTo(411);
		assertThat(purchase.num()).isEqualTo(Num.INT);

		assertThat(Measure.of(Unit.CNY, null, new BigDecimal("8000")).unit()).isEqualTo("元");
		assertThat(Measure.of(Unit.USD, null, new BigDecimal("250000000")).unit()).isEqualTo("亿美元");
	}

	@Test
	void aRangeIsShownInTheUnitOfItsUpperEnd() {
		Measure wage = Measure.of(Unit.CNY, null, new BigDecimal("8000"), new BigDecimal("20000"));
		assertThat(wage.unit()).isEqualTo("万元");
		assertThat(wage.shown(new BigDecimal("8000"))).isEqualTo(0.8);
		assertThat(wage.num()).isEqualTo(Num.MONEY);
	}

	@Test
	void otherUnitsKeepTheirValueAndSayTheirUnitInChinese() {
		assertThat(Measure.of(Unit.PERCENT, null, new BigDecimal("86.7"))).isEqualTo(new Measure(1, "%", Num.PERCENT));
		assertThat(Measure.of(Unit.COUNT, "家", new BigDecimal("32375"))).isEqualTo(new Measure(1, "家", Num.INT));
		assertThat(Measure.of(Unit.COUNT, null, new BigDecimal("2.5"))).isEqualTo(new Measure(1, "个", Num.DEC));
		assertThat(Measure.of(Unit.PERCENT_POINT, null, new BigDecimal("0.3")).unit()).isEqualTo("个百分点");
		assertThat(Measure.of(Unit.RANK, null, new BigDecimal("5")).label(5)).isEqualTo("第5名");
		assertThat(Measure.of(Unit.INDEX, null, new BigDecimal("89.2")).axisLabel()).isEqualTo("指数");
		assertThat(Measure.of(Unit.PERCENT, null, new BigDecimal("40")).label(40)).isEqualTo("40.0%");
		assertThat(Measure.of(Unit.PERCENT, null, new BigDecimal("1.76")).label(1.76)).isEqualTo("1.76%");
	}

	@Test
	void periodsReadInChinese() {
		assertThat(PeriodText.chinese("2024")).isEqualTo("2024年");
		assertThat(PeriodText.chinese("2024-H1")).isEqualTo("2024年上半年");
		assertThat(PeriodText.chinese("2024-Q3")).isEqualTo("2024年第3季度");
		assertThat(PeriodText.chinese("2024-10")).isEqualTo("2024年10月");
		assertThat(PeriodText.chinese("2024-W47")).isEqualTo("2024年第47周");
		assertThat(PeriodText.chinese("2024-11-20")).isEqualTo("2024年11月20日");
		assertThat(PeriodText.chinese("2024-01..2024-10")).isEqualTo("2024年1月至10月");
		assertThat(PeriodText.chinese("2023-12..2024-02")).isEqualTo("2023年12月至2024年2月");
		assertThat(PeriodText.chinese(null)).isEmpty();
		assertThat(PeriodText.chinese("去年同期")).isEqualTo("去年同期");
	}

	@Test
	void cellTextIsCappedAndCleaned() {
		String tooLong = "经".repeat(40_000);
		String capped = SheetWriter.clean(tooLong, false);
		assertThat(capped).hasSize(SheetWriter.MAX_CELL_CHARS).endsWith("…");
		String emoji = "😀".repeat(20_000);
		String cut = SheetWriter.clean(emoji, false);
		assertThat(cut.length()).isLessThanOrEqualTo(SheetWriter.MAX_CELL_CHARS);
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
		assertThat(SheetWriter.clean("第一行\n第二行\u0000\u0007", false)).isEqualTo("第一行 第二行");
		assertThat(SheetWriter.clean("第一行\n第二行", true)).isEqualTo("第一行\n第二行");
	}

	@Test
	void textThatWouldReadAsAFormulaNeedsAQuote() {
		assertThat(StyleLibrary.needsQuote("=SUM(A1)")).isTrue();
		assertThat(StyleLibrary.needsQuote("+5.1%")).isTrue();
		assertThat(StyleLibrary.needsQuote("-0.3个百分点")).isTrue();
		assertThat(StyleLibrary.needsQuote("@人民日报")).isTrue();
		assertThat(StyleLibrary.needsQuote("增长5.1%")).isFalse();
		assertThat(StyleLibrary.needsQuote("")).isFalse();
	}

}
