package dev.briefing.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.Category;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.ingest.ReadProblem;
import dev.briefing.ingest.ReadProblem.Kind;
import dev.briefing.report.WeekData.Mention;
import dev.briefing.report.WeekData.SourceArticle;

/**
 * A realistic week of the zone's briefing, 2024-W47, with the weeks before it: a
 * financing pipeline that grows week by week (with a week without a report), bond issues,
 * an SME index, tax relief, employment figures, a duplicate article, an undated file, a
 * headline starting with a minus sign and the week's data-quality problems.
 */
final class SampleWeeks {

	static final IsoWeek W47 = IsoWeek.parse("2024-W47");

	static final BriefingConfig.Region REGION = new BriefingConfig.Region("郑州经开区", List.of("经开区", "郑州经济技术开发区"), "郑州市",
			"河南省");

	/** Monday 2024-11-25 08:30 in Asia/Shanghai. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-25T00:30:00Z"), ZoneOffset.UTC);

	static final String PAPER = "2024-11-22_经开区报第3版.txt";

	private final List<Mention> mentions = new ArrayList<>();

	private final List<SourceArticle> articles = new ArrayList<>();

	private long nextId = 1;

	static IndicatorCatalog catalog() {
		return IndicatorCatalog.load(Path.of("job-configs/indicators.yml"));
	}

	static ReportSettings settings() {
		return new ReportSettings(REGION, ZoneId.of("Asia/Shanghai"), CjkFont.find(""), 8);
	}

	static WorkbookWriter writer() {
		return new WorkbookWriter(catalog(), settings(), CLOCK);
	}

	static InMemoryWeekData week47() {
		SampleWeeks s = new SampleWeeks();
		s.history();
		SourceArticle financing = s.article(101, PAPER, 1, "助企融资两端发力 金融服务直达小微企业", "2024-11-22", "经开区报", null);
		String visitSentence = "截至11月20日，经开区已累计走访小微企业32375家，走访覆盖率达到86.7%。";
		s.add(financing, Category.FINANCING, "financing.enterprises_visited", "走访小微企业数", "32375", Unit.COUNT, "家",
				"2024-11-20", "经开区", "走访小微企业32375家", visitSentence);
		s.add(financing, Category.FINANCING, "financing.visit_coverage", "走访覆盖率", "86.7", Unit.PERCENT, null,
				"2024-11-20", "经开区", "覆盖率达到86.7%", visitSentence);
		s.add(financing, Category.FINANCING, "financing.intent", "有融资意向企业数", "547", Unit.COUNT, "家", "2024-11-20",
				"经开区", "有融资需求的企业547家", "在走访中发现有融资需求的企业547家，均已建立清单逐户对接。");
		s.add(financing, Category.FINANCING, "financing.applications", "申报系统上报企业数", "343", Unit.COUNT, "家",
				"2024-11-20", "经开区", "上报343家", "通过线上申报系统向银行推送并上报343家。");
		s.add(financing, Category.FINANCING, "financing.credit_granted", "获得授信企业数", "26", Unit.COUNT, "家", "2024-11-20",
				"经开区", "26家企业", "目前已有26家企业获得银行授信。");
		s.add(financing, Category.FINANCING, "financing.loans_granted", "获得贷款企业数", "18", Unit.COUNT, "家", "2024-11-20",
				"经开区", "18家", "其中18家已获得银行贷款，资金直达生产一线。");
		s.add(financing, Category.FINANCING, "financing.city_rank", "融资申报企业数全市排名", "5", Unit.RANK, null, "2024-11-20",
				"经开区", "排名第5", "上报企业数在全市排名第5。");

		SourceArticle bonds = s.article(102, PAPER, 2, "我省新发行政府债券165.8789亿元", "2024-11-22", "经开区报", null);
		String bondSentence = "本周我省发行政府债券165.8789亿元，其中新增一般债券26.5578亿元、新增专项债券139.3211亿元。";
		s.add(bonds, Category.DEBT, "debt.bonds_issued", "政府债券发行额", "16587890000", Unit.CNY, null, "2024-W47", "河南省",
				"发行政府债券165.8789亿元", bondSentence);
		s.add(bonds, Category.DEBT, "debt.general_bonds", "新增一般债券", "2655780000", Unit.CNY, null, "2024-W47", "河南省",
				"一般债券26.5578亿元", bondSentence);
		s.add(bonds, Category.DEBT, "debt.special_bonds", "新增专项债券", "13932110000", Unit.CNY, null, "2024-W47", "河南省",
				"专项债券139.3211亿元", bondSentence);
		s.add(bonds, Category.DEBT, "debt.special_bonds", "新增专项债券", "8387410000", Unit.CNY, null, "2024-W47", "河南省",
				"城乡发展专项债券83.8741亿元", "按用途分，城乡发展专项债券83.8741亿元。");
		s.add(bonds, Category.DEBT, "debt.special_bonds", "新增专项债券", "2715300000", Unit.CNY, null, "2024-W47", "河南省",
				"社会事业专项债券27.153亿元", "社会事业专项债券27.153亿元。");
		s.add(bonds, Category.DEBT, "debt.special_bonds", "新增专项债券", "2829400000", Unit.CNY, null, "2024-W47", "河南省",
				"棚户区改造专项债券28.294亿元", "棚户区改造专项债券28.294亿元。");
		s.add(bonds, Category.DEBT, "debt.bond_rate", "债券发行利率", "1.76", Unit.PERCENT, null, null, "河南省", "发行利率1.76%",
				"一般债券期限为5年，发行利率1.76%。");
		s.add(bonds, Category.DEBT, "debt.bond_term", "债券期限", "5", Unit.YEAR, null, null, "河南省", "期限为5年",
				"一般债券期限为5年，发行利率1.76%。");
		s.add(bonds, Category.DEBT, null, null, "417", Unit.COUNT, "个", null, "河南省", "417个项目", "专项债券将支持全省417个项目建设。");

		SourceArticle sme = s.article(103, "2024-11-21_xinhua.html", 1, "10月中小企业生产指数为50.7%", "2024-11-21", "新华社", null);
		s.add(sme, Category.SME_INDEX, "sme_index.production", "中小企业生产指数", "50.7", Unit.PERCENT, null, "2024-10", "全国",
				"生产指数为50.7%", "10月份，中小企业生产指数为50.7%，比上月上升0.9个百分点。");
		s.add(sme, Category.SME_INDEX, null, null, "6", Unit.MONTH, null, null, "全国", "连续6个月", "该指数已连续6个月处于扩张区间。");

		SourceArticle tax = s.article(104, "2024-11-20_finance.jsonl", 3, "前三季度减税降费及退税超2万亿元", "2024-11-20", "财经日报",
				null);
		s.add(tax, Category.FISCAL_TAX, "fiscal_tax.tax_fee_relief", "减税降费及退税", "2086800000000", Unit.CNY, null,
				"2024-Q1..2024-Q3", "全国", "减税降费及退税20868亿元", "前三季度全国新增减税降费及退税缓费20868亿元。");

		SourceArticle jobs = s.article(105, "2024-11-19_labour.txt", 1, "劳务品牌带动农村群众就业增收", "2024-11-19", "河南日报", null);
		s.add(jobs, Category.EMPLOYMENT, null, "劳务品牌", "2300", Unit.COUNT, "个", Qualifier.OVER, "2024", "全国", "2300多个",
				"全国已培育劳务品牌2300多个。");
		s.add(jobs, Category.EMPLOYMENT, "employment.jobs_created", "新增就业人数", "2662000", Unit.COUNT, "人", "2024", "全国",
				"266.2万农村群众", "劳务品牌带动了266.2万农村群众务工就业。");
		s.add(jobs, Category.EMPLOYMENT, null, "月薪", "8000", Unit.CNY, null, null, null, "月薪8000元", "普通技工月薪8000元左右。");
		s.add(jobs, Category.EMPLOYMENT, null, "月薪", "10000", "20000", Unit.CNY, null, Qualifier.RANGE, null, null,
				"1万元至2万元", "技术好的月薪可达1万元至2万元。");
		s.add(jobs, Category.EMPLOYMENT, null, "人均收入增幅", "40", Unit.PERCENT, null, null, null, "提升40%",
				"参加培训的务工人员人均收入提升40%。");

		s.article(106, "2024-11-23_henan-daily.txt", 4, "我省新发行政府债券165.8789亿元", "2024-11-23", "河南日报", 102L);

		SourceArticle undated = s.article(107, "jiulong-notes.txt", 1, "九龙街道经营主体持续增长", null, null, null);
		s.add(undated, Category.ENTERPRISE, null, "企业数", "552", Unit.COUNT, "家", null, "九龙街道", "企业552家",
				"辖区现有企业552家、个体工商户903家。");
		s.add(undated, Category.ENTERPRISE, null, "个体工商户数", "903", Unit.COUNT, "家", null, "九龙街道", "个体工商户903家",
				"辖区现有企业552家、个体工商户903家。");
		s.add(undated, Category.OTHER, null, null, "34", Unit.COUNT, "套", null, null, "34套", "为34套商铺办理了登记。");

		SourceArticle cpi = s.article(108, "2024-11-24_page1.txt", 1, "-0.3个百分点：10月CPI涨幅回落", "2024-11-24", "经开区报",
				null);
		s.add(cpi, Category.MACRO, null, "CPI涨幅变化", "0.3", Unit.PERCENT_POINT, null, "2024-10", "全国", "回落0.3个百分点",
				"10月份居民消费价格同比上涨0.3%，涨幅比上月回落0.3个百分点。");

		List<ReadProblem> problems = List.of(
				new ReadProblem(Kind.SKIPPED_FILE, "scan-0001.pdf", 0, "不是可读的文本文件（二进制内容），已跳过"),
				new ReadProblem(Kind.UNDATED, "jiulong-notes.txt", 0, "文件名、元数据和正文中都没有发布日期"),
				new ReadProblem(Kind.BROKEN_LINE, "2024-11-20_finance.jsonl", 7, "第7行不是有效的JSON，已跳过该行，其余各行已读取"));
		return new InMemoryWeekData(W47, List.copyOf(s.mentions), s.articlesOf(W47), problems);
	}

	/**
	 * Weeks 39 to 46: the zone's weekly financing report, with week 43 missing, and bond
	 * and index figures.
	 */
	private void history() {
		String[][] pipeline = { // week, visited, coverage, intent, applications, credit,
								// loans, rank
				{ "39", "25000", "70.1", "400", "250", "10", "6", null },
				{ "42", "28950", "78.4", "480", "290", "15", "9", null },
				{ "44", "30820", "82.9", "505", "310", "19", "12", "6" },
				{ "45", "31460", "85.0", "521", "322", "22", "15", null },
				{ "46", "31900", "87.1", "533", "336", "24", "16", "5" } };
		String[] ids = { "financing.enterprises_visited", "financing.visit_coverage", "financing.intent",
				"financing.applications", "financing.credit_granted", "financing.loans_granted",
				"financing.city_rank" };
		String[] labels = { "走访小微企业数", "走访覆盖率", "有融资意向企业数", "申报系统上报企业数", "获得授信企业数", "获得贷款企业数", "融资申报企业数全市排名" };
		Unit[] units = { Unit.COUNT, Unit.PERCENT, Unit.COUNT, Unit.COUNT, Unit.COUNT, Unit.COUNT, Unit.RANK };
		for (String[] w : pipeline) {
			IsoWeek week = new IsoWeek(2024, Integer.parseInt(w[0]));
			String friday = week.monday().plusDays(4).toString();
			SourceArticle a = article(1000 + Integer.parseInt(w[0]), friday + "_经开区报第3版.txt", 1, "经开区融资服务周报", friday,
					"经开区报", null);
			for (int i = 0; i < ids.length; i++) {
				if (w[i + 1] != null) {
					add(a, Category.FINANCING, ids[i], labels[i], w[i + 1], units[i],
							units[i] == Unit.COUNT ? "家" : null, friday, "经开区", w[i + 1], labels[i] + w[i + 1]);
				}
			}
		}
		SourceArticle province = article(2045, "2024-11-09_henan-daily.txt", 2, "全省普惠金融走访持续推进", "2024-11-09", "河南日报",
				null);
		add(province, Category.FINANCING, "financing.enterprises_visited", "走访小微企业数", "400000", Unit.COUNT, "家",
				"2024-11-08", "河南省", "走访小微企业40万家", "全省累计走访小微企业40万家。");
		SourceArticle bonds = article(2145, "2024-11-08_经开区报第2版.txt", 1, "我省发行政府债券120亿元", "2024-11-08", "经开区报", null);
		add(bonds, Category.DEBT, "debt.bonds_issued", "政府债券发行额", "12000000000", Unit.CNY, null, "2024-W45", "河南省",
				"发行政府债券120亿元", "本周我省发行政府债券120亿元。");
		SourceArticle sme = article(2043, "2024-10-24_xinhua.html", 1, "9月中小企业生产指数为49.8%", "2024-10-24", "新华社", null);
		add(sme, Category.SME_INDEX, "sme_index.production", "中小企业生产指数", "49.8", Unit.PERCENT, null, "2024-09", "全国",
				"生产指数为49.8%", "9月份，中小企业生产指数为49.8%。");
	}

	private SourceArticle article(long id, String file, int number, String title, String published, String source,
			Long duplicateOf) {
		SourceArticle a = new SourceArticle(id, file, number, title,
				published == null ? null : LocalDate.parse(published), null, source, duplicateOf, 0);
		articles.add(a);
		return a;
	}

	private List<SourceArticle> articlesOf(IsoWeek week) {
		return articles.stream()
			.filter(a -> a.published() == null || week.contains(a.published()))
			.map(a -> new SourceArticle(a.id(), a.file(), a.number(), a.title(), a.published(), a.dateline(),
					a.source(), a.duplicateOf(), (int) mentions.stream().filter(m -> m.articleId() == a.id()).count()))
			.toList();
	}

	private void add(SourceArticle a, Category category, String indicator, String label, String value, Unit unit,
			String counter, String period, String region, String text, String sentence) {
		add(a, category, indicator, label, value, null, unit, counter, Qualifier.EXACT, period, region, text, sentence);
	}

	private void add(SourceArticle a, Category category, String indicator, String label, String value, Unit unit,
			String counter, Qualifier qualifier, String period, String region, String text, String sentence) {
		add(a, category, indicator, label, value, null, unit, counter, qualifier, period, region, text, sentence);
	}

	private void add(SourceArticle a, Category category, String indicator, String label, String value, String max,
			Unit unit, String counter, Qualifier qualifier, String period, String region, String text,
			String sentence) {
		IsoWeek week = a.published() == null ? W47 : IsoWeek.of(a.published());
		mentions.add(new Mention(nextId++, week, a.id(), a.title(), a.file(), a.published(), category, indicator, label,
				new BigDecimal(value), max == null ? null : new BigDecimal(max), unit, counter, qualifier, period,
				region, text, sentence));
	}

}
