package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures said in words or in forms beside the usual ones: money without 元 where the
 * words make it money, durations and ranks in words, fractions, a percentage right after
 * a Latin name; and numerals that are parts of names.
 */
class WordFormsTest {

	@ParameterizedTest(name = "{0} → {2} {1}")
	@CsvSource(delimiter = '|',
			value = { "该项目带来了15亿的投资收益。|CNY|1500000000|15亿", "银行发放了一笔500万贷款。|CNY|5000000|500万",
					"今年下达1.6万亿的直达资金。|CNY|1600000000000|1.6万亿", "公司拟融资2.4亿。|CNY|240000000|2.4亿",
					"该公司估值30亿美金。|USD|3000000000|30亿美金", "完成3000万天使轮融资。|CNY|30000000|3000万",
					"总投资50亿的项目落地。|CNY|5000000000|50亿", "营收突破10亿大关。|CNY|1000000000|10亿", "公司募资8亿用于扩产。|CNY|800000000|8亿",
					"政府奖补500万。|CNY|5000000|500万", "该企业成立不到两年。|YEAR|2|两年", "该企业已连续四年实现增长。|YEAR|4|四年",
					"全省税收收入三年平均增长4.1%。|YEAR|3|三年", "美国是我省第二大出口市场。|RANK|2|第二大", "该市经济总量居全省第3位。|RANK|3|第3位",
					"超过一半的企业实现盈利。|PERCENT|50|一半", "小微企业贷款占全部贷款的三分之一。|PERCENT|33.33|三分之一",
					"出口占全省的1/3以上。|PERCENT|33.33|1/3", "公司持有ABC100%的股权。|PERCENT|100|100%" })
	void readsTheFigure(String sentence, String unit, String value, String text) {
		List<Quantity> found = Extraction.of(sentence);
		assertThat(found).as(sentence).anySatisfy(q -> {
			assertThat(q.unit().code()).isEqualTo(unit);
			assertThat(q.value().subtract(new BigDecimal(value)).abs()).isLessThan(new BigDecimal("0.000001"));
			assertThat(q.text()).contains(text);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "陆家嘴金融城举办论坛。", "伍家岗区召开会议。", "柒牌男装举行发布会。", "11月财新PMI创五个月新高。", "另一半企业仍在观望。", "美国第五大道商铺租金上涨。",
			"观众达到1600万的演出。", "天使投资人张某出席。" })
	void findsNoFigureInNamesAndPhrases(String sentence) {
		assertThat(Extraction.of(sentence)).as(sentence).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "超过一半的企业实现盈利。|over", "一半以上的企业实现盈利。|over", "该企业成立不到两年。|under" })
	void readsTheQualifierOfAFigureInWords(String sentence, String qualifier) {
		assertThat(Extraction.of(sentence).get(0).qualifier().code()).isEqualTo(qualifier);
	}

}
