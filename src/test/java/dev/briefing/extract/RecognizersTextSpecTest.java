package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.JsonNode;

/**
 * Recognizers-Text's Chinese CurrencyModel and PercentModel cases, run through
 * {@code extract}: each expected amount must come out with the same value and unit.
 * {@code 个百分点} is a percentage point for us (Recognizers-Text calls it a percent). Cases
 * where our contract differs on purpose are named below.
 */
class RecognizersTextSpecTest {

	static final String CURRENCY = "Recognizers-Text/Specs/NumberWithUnit/Chinese/CurrencyModel.json";

	static final String PERCENT = "Recognizers-Text/Specs/Number/Chinese/PercentModel.json";

	/** Input → why our contract differs. */
	static final Map<String, String> DIFFERENT = Map.ofEntries(
			Map.entry("10日元5日本銭", "日本銭 (sen) is no currency unit of ours"),
			Map.entry("我有20个比特币", "bitcoin is no currency of ours"),
			Map.entry("找出酒精量在5-20%之间的产品", "we read 5-20% as one range 5..20, not as 20%"),
			Map.entry("百 分 之  ５２.５ k", "a Latin k a space away from its number is not read as thousands"));

	static Stream<Arguments> currencyCases() {
		return cases(CURRENCY);
	}

	static Stream<Arguments> percentCases() {
		return cases(PERCENT);
	}

	private static Stream<Arguments> cases(String file) {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", "", "0", "CNY"));
		}
		List<Arguments> out = new ArrayList<>();
		for (String[] c : expected(file)) {
			if (!DIFFERENT.containsKey(c[0]) && !DISCOUNTS.contains(c[0])) {
				out.add(Arguments.of((Object[]) c));
			}
		}
		return out.stream();
	}

	/**
	 * Discounts (折) are prices, not quantities of the briefing (the issue sets them
	 * aside).
	 */
	static final Set<String> DISCOUNTS = Set.of("打对折", "陆 点 五 折", "7 2 折", "75折", "9.9折", "九 九 折", "三点一折", "半折", "２折",
			"两折", "三八折", "2折", "2折,2.5折,２．１折，２折", "九折,五五折,八点五折", "五折", "打對折", "陸 點 五 折", "三點一折", "兩折", "九折,五五折,八點五折",
			"苹果折扣一折");

	/** {input, expected text, value, unit} for every expected amount of the file. */
	static List<String[]> expected(String file) {
		List<String[]> out = new ArrayList<>();
		for (JsonNode c : PeerSpecs.read(file)) {
			String input = c.get("Input").asString();
			for (JsonNode r : c.get("Results")) {
				JsonNode res = r.get("Resolution");
				JsonNode value = res.get("value");
				if (value == null || value.isNull()) {
					continue;
				}
				String text = r.get("Text").asString();
				String unit;
				String v = value.asString();
				if (v.endsWith("%")) {
					v = v.substring(0, v.length() - 1);
					String bare = text.replace(" ", "");
					unit = bare.contains("百分点") || bare.contains("百分點") ? "PERCENT_POINT" : "PERCENT";
				}
				else {
					JsonNode iso = res.get("isoCurrency");
					unit = iso != null ? iso.asString() : "Dollar".equals(res.get("unit").asString()) ? "USD" : "?";
				}
				out.add(new String[] { input, text, v, unit });
			}
		}
		return out;
	}

	static boolean found(String input, String value, String unit) {
		BigDecimal expected = new BigDecimal(value);
		for (Quantity q : Extraction.of(input)) {
			if (q.unit().name().equals(unit) && close(q.value(), expected)) {
				return true;
			}
		}
		return false;
	}

	static boolean close(BigDecimal a, BigDecimal b) {
		return a.subtract(b).abs().compareTo(b.abs().max(BigDecimal.ONE).movePointLeft(9)) <= 0;
	}

	@ParameterizedTest(name = "{0} → {2} {3}")
	@MethodSource("currencyCases")
	void currencyAmountComesOut(String input, String text, String value, String unit) {
		PeerSpecs.assumePresent();
		assertThat(found(input, value, unit)).as("%s in %s", text, input).isTrue();
	}

	@ParameterizedTest(name = "{0} → {2} {3}")
	@MethodSource("percentCases")
	void percentageComesOut(String input, String text, String value, String unit) {
		PeerSpecs.assumePresent();
		assertThat(found(input, value, unit)).as("%s in %s", text, input).isTrue();
	}

	/**
	 * The measure: of all expected amounts, discounts aside, at least 90% come
	 * out.
	 */
	@ParameterizedTest
	@ValueSource(strings = { CURRENCY, PERCENT })
	void atLeastNinetyPercentOfAllExpectedAmountsComeOut(String file) {
		PeerSpecs.assumePresent();
		int total = 0;
		int ok = 0;
		for (String[] c : expected(file)) {
			if (DISCOUNTS.contains(c[0])) {
				continue;
			}
			total++;
			if (found(c[0], c[2], c[3])) {
				ok++;
			}
		}
		System.out.printf("%s: %d of %d expected amounts (%.3f)%n", file, ok, total, ok / (double) total);
		assertThat(ok / (double) total).isGreaterThanOrEqualTo(0.9);
	}

}
