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
 * JioNLP's money parsing and money extraction cases through {@code extract}: the amount
 * (or both ends of a range) in the same currency, and the same money mentions. Where
 * JioNLP reads a vague amount as a range ({@code 3000多欧元} → 3000..4000) we give the
 * stated figure with the qualifier {@code over}.
 */
class JioNlpMoneySpecTest {

	static final Map<String, Unit> CURRENCY = Map.of("元", Unit.CNY, "港元", Unit.HKD, "美元", Unit.USD, "日元", Unit.JPY,
			"欧元", Unit.EUR, "新台币", Unit.valueOf("TWD"), "泰铢", Unit.valueOf("THB"), "卢布", Unit.valueOf("RUB"), "韩元",
			Unit.valueOf("KRW"), "澳元", Unit.valueOf("AUD"));

	/** Text → why our contract differs. */
	static final Map<String, String> DIFFERENT = Map.ofEntries(
			Map.entry("233,333，333,434.344元", "we keep the amount as written; JioNLP rounds it to cents"),
			Map.entry("15k左右", "no currency named: a bare number is no amount of money for us"),
			Map.entry("30w上下", "no currency named, and w for 万 is not written in news"),
			Map.entry("三百万", "no currency named: a bare number is no amount of money for us"),
			Map.entry("肆佰叁拾萬", "no currency named: a bare number is no amount of money for us"),
			Map.entry("小于40万", "no currency named: a bare number is no amount of money for us"),
			Map.entry("几十万块", "几十万 names no figure; JioNLP guesses 10万..100万"),
			Map.entry("人民币数十亿元", "数十亿 names no figure; JioNLP guesses 10亿..100亿"),
			Map.entry("数十亿元人民币", "数十亿 names no figure; JioNLP guesses 10亿..100亿"),
			Map.entry("我们薪酬能给到10k~15k。", "no currency named: a bare number is no amount of money for us"));

	static Stream<Arguments> parsing() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", null, null, "元"));
		}
		List<Arguments> out = new ArrayList<>();
		for (JsonNode c : PeerSpecs.read("JioNLP/test/test_money_parser.cases.json").get("cases")) {
			String text = c.get("text").asString();
			if (DIFFERENT.containsKey(text)) {
				continue;
			}
			JsonNode e = c.get("expected");
			JsonNode num = e.get("num");
			String lo = num.isArray() ? num.get(0).asString() : num.asString();
			String hi = num.isArray() ? num.get(1).asString() : null;
			if (hi != null && (text.contains("多") || text.contains("几"))) {
				hi = null;
			}
			out.add(Arguments.of(text, lo, hi, e.get("case").asString()));
		}
		return out.stream();
	}

	static Stream<Arguments> extraction() {
		if (!PeerSpecs.present()) {
			return Stream.of(Arguments.of("(peer specs absent)", List.of()));
		}
		List<Arguments> out = new ArrayList<>();
		for (JsonNode c : PeerSpecs.read("JioNLP/test/test_money_extractor.cases.json").get("cases")) {
			String text = c.get("text").asString();
			if (DIFFERENT.containsKey(text)) {
				continue;
			}
			List<String> expected = new ArrayList<>();
			for (JsonNode e : c.get("expected")) {
				expected.add(e.get("text").asString());
			}
			out.add(Arguments.of(text, expected));
		}
		return out.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("parsing")
	void parsesTheAmount(String text, String lo, String hi, String currency) {
		PeerSpecs.assumePresent();
		List<Quantity> money = Extraction.of(text).stream().filter(q -> q.unit().isMoney()).toList();
		assertThat(money).as(text).hasSize(1);
		Quantity q = money.get(0);
		assertThat(q.unit()).as(text).isEqualTo(CURRENCY.get(currency));
		assertThat(q.value()).as(text).isEqualByComparingTo(new BigDecimal(lo));
		if (hi == null) {
			assertThat(q.valueMax()).as(text).isNull();
		}
		else {
			assertThat(q.valueMax()).as(text).isEqualByComparingTo(new BigDecimal(hi));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("extraction")
	void findsTheMoneyMentions(String text, List<String> expected) {
		PeerSpecs.assumePresent();
		List<String> found = Extraction.of(text).stream().filter(q -> q.unit().isMoney()).map(Quantity::text).toList();
		assertThat(found).as(text).containsExactlyElementsOf(expected);
	}

}
