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

import tools.jackson.databind.JsonNode;

/**
 * The numeral reader against Recognizers-Text's Chinese NumberModel results and cn2an's
 * conversion tables: each number text must be read whole, to the same value. Forms that
 * are no part of our contract (fractions, powers, scientific notation, dozens, Latin
 * suffixes) are named below.
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
				if (!DIFFERENT.containsKey(text) && !FRACTIONS.contains(text)) {
					out.add(Arguments.of(text, r.get("Resolution").get("value").asString()));
				}
			}
		}
		return out.stream();
	}

	/**
	 * Fractions and mixed numbers (五分之一, 3/5, 一又二分之一): a share, not an amount of ours;
	 * the percent forms 百分之/千分之/万分之 are read by the extractor, not by the numeral reader.
	 */
	static final Set<String> FRACTIONS = Set.of("一百分之五十五点五七九", "一百分之十万零六百五十一", "一千分之一", "壹仟分之贰", "一万分之三", "壹萬分之肆",
			"一百万分之五", "一千万分之六", "一万万分之七", "五 分之 一", "三 百 五 又 三 分之 一", "4 6/3", "-3/2", "五分之一", "一百万又五十万分之二十五", "一百分之二",
			"四千二分之三", "一百分之2", "五百分之2333", "3又一千分之23", "3/5", "1 3/5", "16/5", "16分之5", "16分之2225", "负一又二分之一", "二分之一",
			"三百 五又三分之一", "三百五十又3分之1", "3分之一百五十七", "负3分之负一百五十七", "二十五分之一百四十四", "十一又十四分之一", "1 4/3", "1/2", "二分 之一",
			"三百 五 又 三分  之一", "三百五十 又 3分  之1", "3 分  之 一百五十七", "负3 分  之 负一百五十七", "五 分之 壹", "三 百 五 又 三 分之 壹", "五分之壹",
			"壹百萬又五十萬分之二十五", "壹百分之二", "壹百分之2", "3又壹千分之23", "負壹又二分之壹", "二分之壹", "三百 五又三分之壹", "3分之壹百五十七", "負3分之負壹百五十七",
			"二十五分之壹百四十四", "十壹又十四分之壹", "二分 之壹", "三百 五 又 三分  之壹", "3 分  之 壹百五十七", "負3 分  之 負壹百五十七", "二十五分之一千零拾肆",
			"一千零十又3分之1");

	static Stream<Arguments> cn2an() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", "0"));
		}
		List<Arguments> out = new ArrayList<>();
		JsonNode tables = PeerSpecs.read("cn2an/cn2an_test.cases.json").get("tables");
		// "direct" returns digit strings with their leading zeros and the error tables
		// check cn2an's strict
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

	/**
	 * The value of {@code text} read as one number from its first to its last character,
	 * else null.
	 */
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
