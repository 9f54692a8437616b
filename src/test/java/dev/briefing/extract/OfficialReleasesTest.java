package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The forms of the releases the briefing reads most: central-bank monthly statistics,
 * PMI, customs, fiscal revenue, bond issue notices, financing rounds, employment and
 * prices, each in wording of its own kind. Every figure is checked with its value, unit,
 * category and indicator.
 */
class OfficialReleasesTest {

	@Test
	void readsCentralBankMonthlyStatistics() {
		List<Quantity> found = Extraction.titled("10月末M2同比增长7.5%",
				"中国人民银行15日发布的金融统计数据显示，10月末，本外币贷款余额258.3万亿元，同比增长7.7%。前十个月人民币贷款增加"
						+ "16.52万亿元。10月份，人民币贷款增加5000亿元，同比少增2384亿元。10月末，广义货币(M2)余额309.71万亿元，"
						+ "同比增长7.5%。狭义货币(M1)余额65.3万亿元，同比下降6.1%。");
		assertThat(rows(found)).containsExactly("258300000000000 CNY financing financing.loan_balance",
				"7.7 PERCENT financing financing.loan_growth", "16520000000000 CNY financing financing.new_loans",
				"500000000000 CNY financing financing.new_loans", "238400000000 CNY financing null",
				"309710000000000 CNY financing financing.m2_balance", "7.5 PERCENT financing financing.m2_growth",
				"65300000000000 CNY financing null", "6.1 PERCENT financing null");
		assertThat(found).extracting(Quantity::region).containsOnly("全国");
		assertThat(found.get(2).period()).isEqualTo("2024-01..2024-10");
		assertThat(found.get(0).period()).isEqualTo("2024-10-31");
	}

	@Test
	void tellsTheStockOfSocialFinancingFromItsIncrement() {
		assertThat(rows(Extraction.of("10月末社会融资规模存量为405.6万亿元，同比增长7.8%。前十个月社会融资规模增量累计为" + "27.06万亿元，比上年同期少5.8万亿元。")))
			.containsExactly("405600000000000 CNY financing financing.social_financing",
					"7.8 PERCENT financing financing.social_financing_growth",
					"27060000000000 CNY financing financing.social_financing_increment",
					"5800000000000 CNY financing null");
	}

	@Test
	void readsAPurchasingManagersRelease() {
		List<Quantity> found = Extraction.titled("10月份制造业PMI升至50.1%",
				"国家统计局服务业调查中心、中国物流与采购联合会31日发布数据显示，10月份，制造业采购经理指数（PMI）为50.1%，"
						+ "比上月上升0.3个百分点。从分类指数看，生产指数为52.0%，从业人员指数为48.2%。10月份，非制造业商务活动指数为" + "50.2%。综合PMI产出指数为50.8%。");
		assertThat(rows(found)).containsExactly("50.1 PERCENT macro macro.pmi", "0.3 PERCENT_POINT macro null",
				"52 PERCENT macro null", "48.2 PERCENT macro null", "50.2 PERCENT macro macro.non_manufacturing_pmi",
				"50.8 PERCENT macro macro.composite_pmi");
		assertThat(found).extracting(Quantity::region).containsOnly("全国");
	}

	@Test
	void readsACustomsRelease() {
		List<Quantity> found = Extraction.of("海关总署7日发布，今年前10个月，我国货物贸易进出口总值36.02万亿元，同比增长5.2%。"
				+ "其中，出口20.8万亿元，增长6.7%；进口15.22万亿元，增长3.2%；贸易顺差5.58万亿元。以美元计价，前10个月我国" + "进出口5.07万亿美元，增长3.7%。");
		assertThat(rows(found)).containsExactly("36020000000000 CNY trade trade.total",
				"5.2 PERCENT trade trade.total_growth", "20800000000000 CNY trade trade.exports",
				"6.7 PERCENT trade trade.export_growth", "15220000000000 CNY trade trade.imports",
				"3.2 PERCENT trade trade.import_growth", "5580000000000 CNY trade trade.surplus",
				"5070000000000 USD trade trade.total", "3.7 PERCENT trade trade.total_growth");
	}

	@Test
	void readsAFiscalRelease() {
		assertThat(rows(Extraction
			.of("1-10月，全国一般公共预算收入185981亿元，同比下降1.3%。其中，税收收入152158亿元；" + "非税收入33823亿元。全国一般公共预算支出221452亿元，同比增长2.7%。")))
			.containsExactly("18598100000000 CNY fiscal_tax fiscal_tax.revenue",
					"1.3 PERCENT fiscal_tax fiscal_tax.revenue_growth",
					"15215800000000 CNY fiscal_tax fiscal_tax.tax_revenue",
					"3382300000000 CNY fiscal_tax fiscal_tax.non_tax_revenue",
					"22145200000000 CNY fiscal_tax fiscal_tax.expenditure", "2.7 PERCENT fiscal_tax null");
	}

	@Test
	void readsABondIssueNotice() {
		List<Quantity> found = Extraction.titled("2024年某省政府一般债券（七期）发行结果公告",
				"本期债券计划发行规模为50亿元，实际发行规模50亿元，期限为10年期，票面利率为2.15%，全场认购倍数为28.36倍。");
		assertThat(rows(found)).containsExactly("5000000000 CNY debt null", "5000000000 CNY debt debt.bonds_issued",
				"10 YEAR debt debt.bond_term", "2.15 PERCENT debt debt.bond_rate",
				"28.36 TIMES debt debt.subscription_multiple");
		assertThat(found.get(0).target()).isTrue();
		assertThat(rows(Extraction.of("财政部发行2024年超长期特别国债（三期），发行规模450亿元，期限30年，票面利率2.3%。"))).containsExactly(
				"45000000000 CNY debt debt.treasury_bonds", "30 YEAR debt debt.bond_term",
				"2.3 PERCENT debt debt.bond_rate");
	}

	@Test
	void readsFinancingRounds() {
		assertThat(rows(
				Extraction.of("一家工业机器人企业宣布完成数亿元B轮融资，由产业基金领投。该公司此前累计融资金额" + "超过5亿元。另一家新能源企业近日获得2亿元A+轮投资，投后估值达到15亿元。")))
			.containsExactly("500000000 CNY financing null", "200000000 CNY financing financing.round_amount",
					"1500000000 CNY financing null");
	}

	@Test
	void readsAnEmploymentRelease() {
		List<Quantity> found = Extraction.of("人力资源和社会保障部22日发布，1-10月，全国城镇新增就业1100万人。10月份，全国城镇"
				+ "调查失业率为5.0%，其中，16-24岁劳动力失业率为17.1%。三季度末，农村外出务工劳动力总量19014万人。");
		assertThat(rows(found)).containsExactly("11000000 COUNT employment employment.jobs_created",
				"5 PERCENT employment employment.unemployment_rate", "17.1 PERCENT employment null",
				"190140000 COUNT employment null");
		assertThat(found.get(3).period()).isEqualTo("2024-09-30");
	}

	@Test
	void readsConsumerAndProducerPrices() {
		assertThat(rows(Extraction
			.of("10月份，全国居民消费价格同比上涨0.3%，环比下降0.3%。1-10月平均，全国居民消费价格比" + "上年同期上涨0.3%。10月份，全国工业生产者出厂价格同比下降2.9%。")))
			.containsExactly("0.3 PERCENT macro macro.cpi", "0.3 PERCENT macro null", "0.3 PERCENT macro macro.cpi",
					"2.9 PERCENT macro macro.ppi");
	}

	private static List<String> rows(List<Quantity> found) {
		return found.stream()
			.map(q -> q.value().toPlainString() + " " + q.unit() + " " + q.category().code() + " " + q.indicator())
			.toList();
	}

}
