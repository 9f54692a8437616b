package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityExtractorTest {

	/** text, expected value, expected max (or null), unit, qualifier. */
	static Stream<Arguments> quantities() {
		return Stream.of(
				// Arabic numbers: separators, decimals, layout spaces, full width, a unit
				// broken by a line end
				Arguments.of("营业收入达1,234.5万元", "12345000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("发行政府债券 165.8789 亿元", "16587890000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("社会事业专项债券 27.153亿\n元，", "2715300000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("新增贷款６０亿元", "6000000000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("增速为１２﹒１％", "12.1", null, Unit.PERCENT, Qualifier.EXACT),
				Arguments.of("生产指数为 50.7％", "50.7", null, Unit.PERCENT, Qualifier.EXACT),
				// Chinese numerals and multipliers
				Arguments.of("培育企业两千三百家", "2300", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("签约十九个项目", "19", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("利率上浮百分之十二点五", "12.5", null, Unit.PERCENT, Qualifier.EXACT),
				Arguments.of("销量增长三成", "30", null, Unit.PERCENT, Qualifier.EXACT),
				Arguments.of("收取壹佰元", "100", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("用户达到3.2万户", "32000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("贷款余额9.7万亿元", "9700000000000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("拨付5亿1万4千元", "500014000", null, Unit.CNY, Qualifier.EXACT),
				// shared units, ranges, qualifiers
				Arguments.of("优秀的月薪可达 1万元至2万元", "10000", "20000", Unit.CNY, Qualifier.RANGE),
				Arguments.of("单价8-10美元", "8", "10", Unit.USD, Qualifier.RANGE),
				Arguments.of("培育劳务品牌 2300多个", "2300", null, Unit.COUNT, Qualifier.OVER),
				Arguments.of("社会融资规模增量近7万亿元", "7000000000000", null, Unit.CNY, Qualifier.APPROX),
				Arguments.of("进出口总值超15万亿元", "15000000000000", null, Unit.CNY, Qualifier.OVER),
				Arguments.of("单户授信1000万元以下的小微企业", "10000000", null, Unit.CNY, Qualifier.UNDER),
				Arguments.of("融资金额约4.287亿美元", "428700000", null, Unit.USD, Qualifier.APPROX),
				Arguments.of("务工收入2000余元", "2000", null, Unit.CNY, Qualifier.OVER),
				// points, multiples, index levels, counts, durations, ranks
				Arguments.of("CPI同比下降0.3个百分点", "0.3", null, Unit.PERCENT_POINT, Qualifier.EXACT),
				Arguments.of("一年期LPR下调25个基点", "25", null, Unit.BASIS_POINT, Qualifier.EXACT),
				Arguments.of("出口额增长2.6倍", "2.6", null, Unit.TIMES, Qualifier.EXACT),
				Arguments.of("中小企业发展指数为89.2，", "89.2", null, Unit.INDEX, Qualifier.EXACT),
				Arguments.of("较上月上升0.2点", "0.2", null, Unit.POINT, Qualifier.EXACT),
				Arguments.of("城镇新增就业1100万人", "11000000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("累计发放贷款1.2万笔", "12000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("集中签约项目36项", "36", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("服务小微客户13.6万户", "136000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("为期3天的展会", "3", null, Unit.DAY, Qualifier.EXACT),
				Arguments.of("连续两个季度回升", "2", null, Unit.QUARTER, Qualifier.EXACT),
				Arguments.of("发行10年期国债", "10", null, Unit.YEAR, Qualifier.EXACT),
				Arguments.of("带动了266.2万农村群众务工就业", "2662000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("新增一般债券期限为 5年", "5", null, Unit.YEAR, Qualifier.EXACT),
				Arguments.of("已连续 6个月处于扩张区间", "6", null, Unit.MONTH, Qualifier.EXACT),
				Arguments.of("在全市排名第5。", "5", null, Unit.RANK, Qualifier.EXACT),
				Arguments.of("增速居全国第3位", "3", null, Unit.RANK, Qualifier.EXACT),
				Arguments.of("月末港币存款5000亿港元", "500000000000", null, Unit.HKD, Qualifier.EXACT),
				Arguments.of("负增长-3.9%", "-3.9", null, Unit.PERCENT, Qualifier.EXACT),
				Arguments.of("公司实现营收12.5亿，", "1250000000", null, Unit.CNY, Qualifier.EXACT),
				Arguments.of("销量达到2.5万台", "25000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("逾六成受访企业", "60", null, Unit.PERCENT, Qualifier.OVER),
				Arguments.of("增长一倍", "1", null, Unit.TIMES, Qualifier.EXACT),
				Arguments.of("位居全省第一", "1", null, Unit.RANK, Qualifier.EXACT),
				Arguments.of("本期债券全场倍数为3.5，", "3.5", null, Unit.TIMES, Qualifier.EXACT),
				Arguments.of("全社会用电量达120亿度", "12000000000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("新增光伏装机2.5GW", "2.5", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("公司拟发行不超过1亿股", "100000000", null, Unit.COUNT, Qualifier.UNDER),
				Arguments.of("港口完成集装箱吞吐量120万标准箱", "1200000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("全年新增经营主体1.2万，", "12000", null, Unit.COUNT, Qualifier.EXACT),
				Arguments.of("产业规模超万亿元", "1000000000000", null, Unit.CNY, Qualifier.OVER),
				Arguments.of("吸引逾百家企业入驻", "100", null, Unit.COUNT, Qualifier.OVER),
				Arguments.of("带动上千人就业", "1000", null, Unit.COUNT, Qualifier.OVER),
				Arguments.of("交易额近千亿元", "100000000000", null, Unit.CNY, Qualifier.APPROX),
				Arguments.of("增长了百分之五", "5", null, Unit.PERCENT, Qualifier.EXACT),
				Arguments.of("下降三个百分点", "3", null, Unit.PERCENT_POINT, Qualifier.EXACT),
				Arguments.of("约两成企业", "20", null, Unit.PERCENT, Qualifier.APPROX),
				Arguments.of("引进亿元及以上项目", "100000000", null, Unit.CNY, Qualifier.OVER),
				Arguments.of("社会融资规模存量为399.2万亿，", "399200000000000", null, Unit.CNY, Qualifier.EXACT));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("quantities")
	void readsTheQuantity(String text, String value, String max, Unit unit, Qualifier qualifier) {
		List<Quantity> found = Extraction.of(text);
		assertThat(found).hasSize(1);
		Quantity q = found.get(0);
		assertThat(q.value()).isEqualByComparingTo(value);
		if (max == null) {
			assertThat(q.valueMax()).isNull();
		}
		else {
			assertThat(q.valueMax()).isEqualByComparingTo(max);
		}
		assertThat(q.unit()).isEqualTo(unit);
		assertThat(q.qualifier()).isEqualTo(qualifier);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2019年全省经济稳中向好", "1月末", "前三季度", "郑州经开区党工委第一巡察组了解到", "二是加强监管", "贵州茅台(600519)股价",
			"咨询电话0371-12345678", "2024全国劳务协作暨劳务品牌发展大会", "通过“一站式”服务模式", "积极推出一揽子增量政策举措", "做好六稳六保工作", "“双一流”创建工程",
			"十四五规划", "做好三农工作", "做好“两张清单”", "按照“一网通办、一次办成”要求", "见本报第 3 版", "依据《民法典》第五百条", "第十届进博会", "第3次全体会议",
			"11月 20 日下午", "二〇二四年十一月", "我们一起努力", "实现一件事一次办", "“千企万户大走访”活动", "“万人助万企”活动", "1.加强领导；2.强化保障", "2023-2024年度",
			"1-10月", "今年前10个月", "订单号A202107211321363588510367", "十大水利工程", "数十家企业", "几百万元", "市民张先生今年65岁", "每天早上6点起床",
			"气温将下降8℃左右", "坚持“两个毫不动摇”", "宁德时代（300750.SZ）", "根据《中华人民共和国预算法》第四十六条规定", "“1+N”政策体系", "近3年来", "5年期LPR",
			"观众达到1600万，", "十四届全国人大二次会议", "二十届三中全会", "4A级景区", "PM2.5浓度", "<td width=\"100%\" style=\"font-size:16px\">",
			"<img src=\"a.png\" height=\"50%\"/>", "近百年来", "上千年的历史", "千家万户", "万众一心" })
	void passesOverWhatIsNotAQuantity(String text) {
		assertThat(Extraction.of(text)).isEmpty();
	}

	@Test
	void readsTextBetweenMarkupLeftInAFeed() {
		assertThat(values(Extraction.of("<p style=\"width:100%\">全年发行债券<b>120亿元</b>，增长5%。</p>")))
			.containsExactly("12000000000 CNY", "5 PERCENT");
	}

	@Test
	void givesNonEconomicFiguresTheCategoryOther() {
		assertThat(categories("全运会设34个大项、419个小项，已建成场馆15座。")).containsOnly(Category.OTHER);
		assertThat(categories("他每天步行5公里锻炼身体。")).containsExactly(Category.OTHER);
		assertThat(categories("在调查的21个行业中，有15个行业位于扩张区间。")).containsExactly(Category.OTHER, Category.OTHER);
		assertThat(categories("民警提醒，该团伙涉案金额达120万元。")).containsExactly(Category.OTHER);
		assertThat(categories("小区居民共捐款5.6万元。")).containsExactly(Category.OTHER);
	}

	@Test
	void staysLinearOnPathologicalText() {
		String digits = "1".repeat(200_000);
		String numerals = "一二三四五六七八九".repeat(20_000);
		StringBuilder table = new StringBuilder();
		for (int k = 0; k < 40_000; k++) {
			table.append("贷款").append(k % 97).append(".5亿元 ");
		}
		org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> {
			assertThat(Extraction.of(digits + "元")).isEmpty();
			assertThat(Extraction.of(numerals)).isEmpty();
			assertThat(Extraction.of(table.toString())).hasSize(40_000);
		});
	}

	@Test
	void isSafeToShareBetweenThreads() throws Exception {
		String text = "10月末，人民币贷款余额25.6万亿元，同比增长8.5%。前三季度，全省进出口总值3.5万亿元，同比增长5.2%。";
		List<Quantity> expected = Extraction.of(text);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			List<java.util.concurrent.Future<List<Quantity>>> futures = new java.util.ArrayList<>();
			for (int k = 0; k < 200; k++) {
				futures.add(pool.submit(() -> Extraction.of(text)));
			}
			for (java.util.concurrent.Future<List<Quantity>> f : futures) {
				assertThat(f.get()).isEqualTo(expected);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void readsEveryMemberOfAListThatSharesAUnit() {
		assertThat(values(Extraction.of("比上月末和上年同期分别高0.3和1.4个百分点"))).containsExactly("0.3 PERCENT_POINT",
				"1.4 PERCENT_POINT");
		assertThat(values(Extraction.of("分别提高2.5个、5.7个百分点"))).containsExactly("2.5 PERCENT_POINT", "5.7 PERCENT_POINT");
		assertThat(values(Extraction.of("分别增长5.1%、6.2%和7.3%"))).containsExactly("5.1 PERCENT", "6.2 PERCENT",
				"7.3 PERCENT");
	}

	@Test
	void givesTheDirectionOfAChangeWithAPositiveValue() {
		Quantity down = Extraction.of("CPI同比下降0.3个百分点").get(0);
		assertThat(down.direction()).isEqualTo("down");
		assertThat(down.value()).isPositive();
		assertThat(Extraction.of("同比增长8.5%").get(0).direction()).isEqualTo("up");
		assertThat(Extraction.of("指数为50.1%").get(0).direction()).isNull();
	}

	@Test
	void keepsTheEvidenceAsItStandsInTheArticle() {
		String text = "据了解，截至 11月 20 日下午，经开区共走访小微企业 32375家，覆盖率达到 86.7%。下一步将继续推进。";
		List<Quantity> found = Extraction.of(text);
		assertThat(found).extracting(Quantity::text).containsExactly("32375家", "86.7%");
		Quantity q = found.get(1);
		assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
		assertThat(q.sentence()).isEqualTo("据了解，截至 11月 20 日下午，经开区共走访小微企业 32375家，覆盖率达到 86.7%。");
		String broken = "社会事业专项债券 27.153亿\n元，棚户区改造";
		Quantity b = Extraction.of(broken).get(0);
		assertThat(b.text()).isEqualTo("27.153亿\n元");
		assertThat(broken.substring(b.start(), b.end())).isEqualTo(b.text());
	}

	@Test
	void matchesCatalogIndicatorsAndCategories() {
		assertThat(indicators("截至 11月 20 日下午，经开区各相关部门工作人员共走访小微企业 32375家，覆盖率达到 86.7%，其中有融资意向的企业547家，"
				+ "通过申报系统上报343家，其中已有 26家企业获得银行机构授信，18家已获得银行贷款。"))
			.containsExactly("financing.enterprises_visited", "financing.visit_coverage", "financing.intent",
					"financing.applications", "financing.credit_granted", "financing.loans_granted");
		assertThat(indicators("10月末，人民币贷款余额25.6万亿元，同比增长8.5%。")).containsExactly("financing.loan_balance",
				"financing.loan_growth");
		assertThat(indicators("我省在深圳成功发行政府债券165.8789亿元，其中，新增一般债券26.5578亿元，新增专项债券139.3211亿元。"))
			.containsExactly("debt.bonds_issued", "debt.general_bonds", "debt.special_bonds");
		assertThat(indicators("从品种看，城乡发展专项债券 83.8741亿元，社会事业专项债券 27.153亿元。"))
			.containsExactly("debt.special_bonds_by_purpose", "debt.special_bonds_by_purpose");
		assertThat(indicators("本次新增一般债券期限为5年，发行利率1.76%。")).containsExactly("debt.bond_term", "debt.bond_rate");
		assertThat(indicators("今年前三季度，减税降费及退税20868亿元。")).containsExactly("fiscal_tax.tax_fee_relief");
		assertThat(indicators("10月份，制造业采购经理指数（PMI）为50.1%。")).containsExactly("macro.pmi");
		assertThat(indicators("前三季度，全省进出口总值3.5万亿元，实际使用外资826亿元。")).containsExactly("trade.total", "trade.fdi");
		assertThat(indicators("全国城镇新增就业1100万人，城镇调查失业率5.0%。")).containsExactly("employment.jobs_created",
				"employment.unemployment_rate");
		assertThat(indicators("10月中小企业发展指数为89.2，比上月上升0.2点。")).containsExactly("sme_index.development",
				"sme_index.development_change");
		assertThat(categories("九龙办事处辖区有企业 552家，个体工商户 903家。")).containsExactly(Category.ENTERPRISE, Category.ENTERPRISE);
		assertThat(categories("CPI同比上涨0.3%，居民消费价格总体平稳。")).containsExactly(Category.MACRO);
		assertThat(categories("普通的月薪 8000元，优秀的可达 1万元至2万元，人均收入提升40％。")).containsExactly(Category.EMPLOYMENT,
				Category.EMPLOYMENT, Category.EMPLOYMENT);
		assertThat(categories("经开区党工委巡察组负责信访具体工作的两名同志立即前往查看。")).containsExactly(Category.OTHER);
	}

	@Test
	void resolvesThePeriodAgainstThePublicationDate() {
		assertThat(period("截至11月20日，共走访企业32375家。")).isEqualTo("2024-11-20");
		assertThat(period("10月中小企业生产指数为50.7%。")).isEqualTo("2024-10");
		assertThat(period("今年前三季度，减税降费及退税20868亿元。")).isEqualTo("2024-Q1..2024-Q3");
		assertThat(period("上半年，全省进出口总值1.2万亿元。")).isEqualTo("2024-H1");
		assertThat(period("去年全省GDP增长5.2%。")).isEqualTo("2023");
		assertThat(period("1-10月，规上工业增加值增长8.5%。")).isEqualTo("2024-01..2024-10");
		assertThat(period("10月末，贷款余额25.6万亿元。")).isEqualTo("2024-10-31");
		assertThat(period("三季度，GDP增长4.6%。")).isEqualTo("2024-Q3");
		assertThat(period("本周发行债券30亿元。")).isEqualTo("2024-W47");
		assertThat(period("12月，出口增长3%。")).isEqualTo("2023-12");
		assertThat(period("第47周，发行债券30亿元。")).isEqualTo("2024-W47");
		assertThat(period("2023年末，贷款余额25亿元。")).isEqualTo("2023-12-31");
		assertThat(period("今年前10个月，出口增长3%。")).isEqualTo("2024-01..2024-10");
		assertThat(period("比上年同期增长3%。")).isNull();
		assertThat(period("出口增长3%。")).isNull();
		assertThat(Extraction.undated("10月出口增长3%。").get(0).period()).isNull();
		assertThat(Extraction.undated("2024年10月出口增长3%。").get(0).period()).isEqualTo("2024-10");
	}

	@Test
	void readsTheRegionWhereTheTextSaysIt() {
		assertThat(Extraction.of("经开区共走访小微企业32375家。").get(0).region()).isEqualTo("郑州经开区");
		assertThat(Extraction.of("我省发行政府债券165.8789亿元。").get(0).region()).isEqualTo("河南省");
		assertThat(Extraction.of("全国累计签订劳务协作协议2000多份。").get(0).region()).isEqualTo("全国");
		assertThat(Extraction.of("我国培育劳务品牌2300多个。").get(0).region()).isEqualTo("全国");
		assertThat(Extraction.of("出口增长3%。").get(0).region()).isNull();
		assertThat(Extraction.of("目前经开区融资申报企业数在全市排名第5。").get(0).region()).isEqualTo("郑州经开区");
		assertThat(Extraction.of("我省进出口增速高于全国6.9个百分点。").get(0).region()).isEqualTo("河南省");
	}

	private static List<String> values(List<Quantity> found) {
		return found.stream().map(q -> q.value().toPlainString() + " " + q.unit()).toList();
	}

	private static List<String> indicators(String text) {
		return Extraction.of(text).stream().map(Quantity::indicator).toList();
	}

	private static List<Category> categories(String text) {
		return Extraction.of(text).stream().map(Quantity::category).toList();
	}

	private static String period(String text) {
		List<Quantity> found = Extraction.of(text);
		assertThat(found).hasSize(1);
		return found.get(0).period();
	}

}
