package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;

/**
 * The unit table ({@code src/main/resources/units/units.tsv}): checked against CLDR's
 * Simplified Chinese currency names (ICU4J), and every name of every currency read by the
 * extractor as its ISO 4217 code.
 */
class UnitTableTest {

	/**
	 * ISO 4217 codes that are no currency a paper prints an amount in: funds and units of
	 * account, precious metals, test and offshore codes.
	 */
	static final Set<String> NOT_CURRENCIES = Set.of("BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "UYW",
			"XAD", "XAG", "XAU", "XBA", "XBB", "XBC", "XBD", "XPD", "XPT", "XSU", "XTS", "XUA", "XXX", "CNH");

	@Test
	void everyCurrentIsoCurrencyIsInTheTableWithItsCldrName() {
		Date now = new Date();
		Set<String> missing = new TreeSet<>();
		List<String> wrongNames = new ArrayList<>();
		for (Currency c : Currency.getAvailableCurrencies()) {
			String code = c.getCurrencyCode();
			if (!Currency.isAvailable(code, now, now) || NOT_CURRENCIES.contains(code)) {
				continue;
			}
			Unit u = Unit.find(code).orElse(null);
			if (u == null) {
				missing.add(code);
				continue;
			}
			String cldr = c.getName(ULocale.SIMPLIFIED_CHINESE, Currency.LONG_NAME, new boolean[1]);
			if (!cldr.equals(u.cldrName())) {
				wrongNames.add(code + " " + u.cldrName() + " (CLDR: " + cldr + ")");
			}
		}
		assertThat(missing).as("current ISO 4217 currencies missing from the table").isEmpty();
		assertThat(wrongNames).as("names that differ from CLDR").isEmpty();
		assertThat(Unit.currencies()).hasSizeGreaterThan(150).allMatch(u -> u.code().matches("[A-Z]{3}"));
	}

	@Test
	void everyNameMeansOneCurrencyAndEveryUnitIsShown() {
		Map<String, String> owner = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (Unit u : Unit.currencies()) {
			for (String f : u.forms()) {
				String before = owner.put(f, u.code());
				if (before != null && !before.equals(u.code())) {
					clashes.add(f + ": " + before + " and " + u.code());
				}
			}
		}
		for (Unit u : Unit.currencies()) {
			for (String b : u.bareNames()) {
				if (owner.containsKey(b)) {
					clashes.add(b + " is both a bare name (" + u.code() + ") and a name of " + owner.get(b));
				}
			}
		}
		assertThat(clashes).isEmpty();
		for (Unit u : Unit.all()) {
			assertThat(u.shown().isEmpty()).as(u.code()).isEqualTo(u == Unit.INDEX);
			assertThat(Unit.valueOf(u.code())).isSameAs(u);
		}
	}

	@Test
	void anUnknownCodeIsRefusedWithTheTableNamed() {
		assertThat(Unit.find("XYZ")).isEmpty();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Unit.valueOf("XYZ"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("XYZ")
			.hasMessageContaining("units.tsv");
		assertThat(Unit.of("aud")).isSameAs(Unit.valueOf("AUD"));
	}

	static Stream<Arguments> everyName() {
		List<Arguments> out = new ArrayList<>();
		for (Unit u : Unit.currencies()) {
			for (String f : u.forms()) {
				out.add(Arguments.of(f, u.code()));
			}
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyName")
	void everyNameOfEveryCurrencyIsRead(String name, String code) {
		List<Quantity> found = Extraction.of("该项目总投资5000万" + name + "。");
		assertThat(found).as(name).hasSize(1);
		assertThat(found.get(0).unit().code()).as(name).isEqualTo(code);
		assertThat(found.get(0).value()).as(name).isEqualByComparingTo(new BigDecimal("50000000"));
	}

	@ParameterizedTest(name = "{0} → {2} {1}")
	@CsvSource(delimiter = '|',
			value = { "投资5000万澳元|AUD|50000000", "5亿韩元|KRW|500000000", "估值30亿美金|USD|3000000000", "2000万港币|HKD|20000000",
					"1.2亿瑞郎|CHF|120000000", "300万日币|JPY|3000000", "80亿印尼盾|IDR|8000000000", "15亿越南盾|VND|1500000000",
					"4000万卢布|RUB|40000000", "6亿卢比|INR|600000000", "900万泰铢|THB|9000000", "2亿林吉特|MYR|200000000",
					"3亿菲律宾比索|PHP|300000000", "1亿雷亚尔|BRL|100000000", "5亿兰特|ZAR|500000000", "7亿里拉|TRY|700000000",
					"2亿迪拉姆|AED|200000000", "8亿沙特里亚尔|SAR|800000000", "10亿瑞典克朗|SEK|1000000000", "3亿兹罗提|PLN|300000000",
					"20亿坦桑尼亚先令|TZS|2000000000", "50亿奈拉|NGN|5000000000", "600万新西兰元|NZD|6000000", "700万新加坡元|SGD|7000000",
					"800万新台币|TWD|8000000", "900万澳门元|MOP|9000000", "100万加元|CAD|1000000", "3000万英镑|GBP|30000000",
					"2亿欧元|EUR|200000000", "US$500万|USD|5000000", "HK$300万|HKD|3000000", "€80万|EUR|800000",
					"A$200万|AUD|2000000" })
	void theCurrenciesPapersPrintAreRead(String text, String code, String value) {
		List<Quantity> found = Extraction.of("该公司" + text + "。");
		assertThat(found).as(text).hasSize(1);
		assertThat(found.get(0).unit().code()).as(text).isEqualTo(code);
		assertThat(found.get(0).value()).as(text).isEqualByComparingTo(new BigDecimal(value));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|',
			value = { "挪威主权财富基金去年收益2.5万亿克朗。|NOK", "丹麦央行本周买入50亿克朗。|DKK", "该行向捷克客户发放贷款30亿克朗。|CZK", "公司在瑞典投资20亿克朗。|SEK",
					"某银行投资20亿克朗。|SEK", "坦桑尼亚政府发行债券5000亿先令。|TZS", "肯尼亚央行投放300亿先令。|KES", "墨西哥央行投放300亿比索。|MXN",
					"菲律宾一家银行贷款300亿比索。|PHP", "巴基斯坦获得贷款3000亿卢比。|PKR", "印度尼西亚公司融资3000亿卢比。|IDR" })
	void aBareNameTakesTheCurrencyOfTheCountryNamedBeforeIt(String text, String code) {
		List<Quantity> found = Extraction.of(text);
		assertThat(found).as(text).hasSize(1);
		assertThat(found.get(0).unit().code()).as(text).isEqualTo(code);
	}

}
