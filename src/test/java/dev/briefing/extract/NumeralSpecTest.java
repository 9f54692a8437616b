package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

/**
 * The numeral reader against Recognizers-Text's Chinese NumberModel results and cn2an's conversion
 * tables: each number text must be read whole, to the same value. Forms that are no part of our
 * contract (fractions, powers, scientific notation, dozens, Latin suffixes) are named below.
 */
class NumeralSpecTest {

	/** Number text → why we do not read it. */
	static final Map<String, String> DIFFERENT = Map.ofEntries(
			Map.entry("一打", "dozens (打) are no quantity of economic news"),
			Map.entry("壹打", "dozens (打) are no quantity of economic news"),
			Map.entry("十打", "dozens (打) are no quantity of economic news"),
			Map.entry("五十打", "dozens (打) are no quantity of economic news"),
			Map.entry("半百", "半百 is an idiom for fifty years of age"),
			Map.entry("2^5", "powers are not written in Chinese economic news"),
			Map.entry("2e5", "scientific notation is not written in Chinese economic news"),
			Map.entry("21.2e0", "scientific notation is not written in Chinese economic news"),
			Map.entry("2^-1", "powers are not written in Chinese economic news"),
			Map.entry("-1e1", "scientific notation is not written in Chinese economic news"),
			Map.entry("-2.5 m", "a Latin M (million) suffix is not Chinese economic text"),
			Map.entry(".23456000", "a number opening with its decimal point is read from the digits on"),
			Map.entry("2.7890e-1", "scientific notation is not written in Chinese economic news"),
			Map.entry(".5", "a number opening with its decimal point is read from the digits on"),
			Map.entry("-.5", "a number opening with its decimal point is read from the digits on"),
			Map.entry("1.1^+23", "powers are not written in Chinese economic news"),
			Map.entry("2.5^-1", "powers are not written in Chinese economic news"),
			Map.entry("-1.1^+23", "powers are not written in Chinese economic news"),
			Map.entry("-2.5^-1", "powers are not written in Chinese economic news"),
			Map.entry("-1.1^--23", "powers are not written in Chinese economic news"),
			Map.entry("-127.32e13", "scientific notation is not written in Chinese economic news"),
			Map.entry("12.32e+14", "scientific notation is not written in Chinese economic news"),
			Map.entry("-12e-1", "scientific notation is not written in Chinese economic news"),
			Map.entry("10.1万零100", "we read leniently: 10.1万 then 零100, as cn2an's normal mode does for 十万零一百"));

	static Stream<Arguments> numberModel() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", "0"));
		}
		List<Arguments> out = new ArrayList<>();
		for (JsonNode c : PeerSpecs.read("Recognizers-Text/Specs/Number/Chinese/NumberModel.json")) {
			for (JsonNode r : c.get("Results")) {
				String text = r.get("Text").asString();
				if (!DIFFERENT.containsKey(text) && !isFraction(text)) {
					out.add(Arguments.of(text, r.get("Resolution").get("value").asString()));
				}
			}
		}
		return out.stream();
	}

	/** Fractions (五分之一, 3/5, 一又二分之一): a share, not an amount of ours. */
	static boolean isFraction(String text) {
		String bare = text.replace(" ", "");
		return bare.contains("分之") || bare.contains("/") || bare.contains("又");
	}

	static Stream<Arguments> cn2an() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", "0"));
		}
		List<Arguments> out = new ArrayList<>();
		JsonNode tables = PeerSpecs.read("cn2an/cn2an_test.cases.json").get("tables");
		// "direct" returns digit strings with their leading zeros and the error tables check cn2an's strict
		// mode; neither is a value our reader gives
		for (String table : List.of("strict_data_dict", "normal_data_dict", "smart_data_dict")) {
			JsonNode data = tables.get(table).get("data");
			for (String key : data.propertyNames()) {
				if (!DIFFERENT.containsKey(key)) {
					out.add(Arguments.of(key, data.get(key).asString()));
				}
			}
		}
		return out.stream();
	}

	static Stream<Arguments> cn2anRejected() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)"));
		}
		List<Arguments> out = new ArrayList<>();
		JsonNode tables = PeerSpecs.read("cn2an/cn2an_test.cases.json").get("tables");
		for (String table : List.of("error_normal_datas", "error_smart_datas")) {
			for (JsonNode x : tables.get(table).get("data")) {
				if (!DIFFERENT.containsKey(x.asString())) {
					out.add(Arguments.of(x.asString()));
				}
			}
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("numberModel")
	void readsRecognizersTextNumbers(String text, String value) {
		PeerSpecs.assumePresent();
		assertThat(readWhole(text)).as(text).isNotNull().isEqualByComparingTo(new BigDecimal(value));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("cn2an")
	void readsCn2anNumbers(String text, String value) {
		PeerSpecs.assumePresent();
		BigDecimal got;
		if (text.contains("元") || text.contains("圆")) {
			List<Quantity> found = Extraction.of(text);
			assertThat(found).as(text).hasSize(1);
			assertThat(found.get(0).unit()).isEqualTo(Unit.CNY);
			got = found.get(0).value();
		}
		else {
			got = readWhole(text);
		}
		assertThat(got).as(text).isNotNull().isEqualByComparingTo(new BigDecimal(value));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cn2anRejected")
	void doesNotReadCn2anErrorsAsANumber(String text) {
		PeerSpecs.assumePresent();
		assertThat(readWhole(text)).as(text).isNull();
	}

	/** The value of {@code text} read as one number from its first to its last character, else null. */
	static BigDecimal readWhole(String text) {
		TextView v = TextView.of(text.strip());
		int start = 0;
		boolean negative = false;
		if (v.n > 1 && (v.c[0] == '-' || v.c[0] == '负')) {
			negative = true;
			start = 1;
		}
		if (v.n == start || !NumeralParser.canStart(v, start)) {
			return null;
		}
		Numeral num = NumeralParser.parse(v, start);
		if (num == null || num.end != v.n) {
			return null;
		}
		return negative ? num.value.negate() : num.value;
	}
}
