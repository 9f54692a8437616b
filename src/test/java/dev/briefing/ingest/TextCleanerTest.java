package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			根 据 天 气 变 化 合 理 安 排 浇 灌 工 作 ，坚 持 | 根据天气变化合理安排浇灌工作，坚持
			截至 11月 20 日下午                           | 截至11月20日下午
			发行政府债券 165.8789 亿元。                   | 发行政府债券165.8789亿元。
			共走访小微企业 32 375家                       | 共走访小微企业32375家
			覆盖率达到 86.7 %                             | 覆盖率达到86.7%
			本报讯（记者 王译博 王梦琪）                   | 本报讯（记者王译博王梦琪）
			2024 全国劳务协作暨劳务品牌发展大会            | 2024全国劳务协作暨劳务品牌发展大会
			记者 Tom Smith 报道                           | 记者Tom Smith报道
			Apple Inc. 发布 iPhone 16 Pro                 | Apple Inc.发布iPhone 16 Pro
			3月制造业 PMI 50.1，前值 PMI 49.8             | 3月制造业PMI 50.1，前值PMI 49.8
			""")
	void dropsLayoutSpacesAndKeepsWordSpaces(String raw, String clean) {
		assertThat(TextCleaner.clean(raw).text()).isEqualTo(clean);
	}

	@Test
	void foldsFullWidthFormsButKeepsChinesePunctuation() {
		String clean = TextCleaner.clean("６０亿元，增长１２﹒１％；ＧＤＰ：“好”（约）？！。、《通则》").text();

		assertThat(clean).isEqualTo("60亿元，增长12.1%；GDP：“好”（约）？！。、《通则》");
	}

	@Test
	void dropsIndentationInvisibleCharactersAndControlCharacters() {
		String clean = TextCleaner.clean("\u3000\u3000\uFEFF近日，\u200B经开区\u00A0召开\u0007会议。\t").text();

		assertThat(clean).isEqualTo("近日，经开区召开会议。");
	}

	@Test
	void joinsLinesBrokenByTheLayoutAndKeepsBreaksAfterSentences() {
		String raw = "本报讯（记者 王译博）“绿色家\n\n底”如何才能更厚实？\r\n社会事业专项债券 27.153亿\n元，增长 3\n.5%。\nApple\nInc. 在华销售\n";

		assertThat(TextCleaner.clean(raw).text())
			.isEqualTo("本报讯（记者王译博）“绿色家底”如何才能更厚实？\n社会事业专项债券27.153亿元，增长3.5%。\nApple Inc.在华销售");
	}

	@Test
	void keepsTheWayBackToTheOriginalText() {
		String raw = "昨日，我省发行政府债券 165.8789 亿元。其中专项债券２６．５５７８亿\n元，期限为 5年。";
		CleanText clean = TextCleaner.clean(raw);
		String text = clean.text();

		int bond = text.indexOf("165.8789亿元");
		assertThat(clean.originalSpan(bond, bond + "165.8789亿元".length())).isEqualTo("165.8789 亿元");
		int special = text.indexOf("26.5578亿元");
		assertThat(clean.originalSpan(special, special + "26.5578亿元".length())).isEqualTo("２６．５５７８亿\n元");
		for (int i = 0; i < text.length(); i++) {
			char original = raw.charAt(clean.originOf(i));
			assertThat(Chars.fold(original) == text.charAt(i) || Character.isWhitespace(original))
				.as("character %d (%s) comes from %s", i, text.charAt(i), original)
				.isTrue();
		}
	}

	@Test
	void aSpaceInsideANumberAfterALatinWordIsAWordSpace() {
		assertThat(TextCleaner.clean("PMI 50 51").text()).isEqualTo("PMI 50 51");
		assertThat(TextCleaner.clean("共 50 51家").text()).isEqualTo("共5051家");
	}

}
