package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Segmentation rules on pages written for the project (src/test/resources/ingest) and on
 * small pages.
 */
class PageSegmentationTest {

	private static final Path PAGES = Path.of("src/test/resources/ingest");

	private final InboxFileReader reader = new InboxFileReader(10L << 20);

	private SourceDocument read(String name) throws UnreadableFileException {
		return reader.read(PAGES.resolve(name), name);
	}

	private List<Article> page(String text) {
		return new PageReader().read(text, "page.txt", LocalDate.of(2024, 11, 29)).articles();
	}

	@Test
	void aPageIsCutIntoItsArticlesInReadingOrderWithDisplacedHeadlinesMatchedBack() throws Exception {
		List<Article> articles = read("2024-11-29_district-page.txt").articles();

		assertThat(articles).extracting(Article::title)
			.containsExactly("冬季用电保障有序推进", "银企对接搭平台 金融滴灌助企业", "老旧小区改造提速 居民幸福感节节攀升", "前10个月我国规模以上工业增加值同比增长5.8%",
					"社区食堂开进小区 老人吃饭不再犯愁", "冬季文旅消费升温 冰雪经济热力十足");
		assertThat(articles).extracting(Article::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(articles.get(1).text()).startsWith("本报讯（记者王芳通讯员赵磊）为破解小微企业融资难题");
		assertThat(articles.get(5).text()).startsWith("入冬以来，各地推出冰雪旅游、温泉康养等特色文旅产品");
	}

	@Test
	void agencyBylinesAndClosingDatelinesGiveTheDatelineAndTheSource() throws Exception {
		List<Article> articles = read("2024-11-29_district-page.txt").articles();

		assertThat(articles).extracting(Article::dateline)
			.containsExactly(null, null, null, LocalDate.of(2024, 11, 28), null, LocalDate.of(2024, 11, 28));
		assertThat(articles).extracting(Article::source).containsExactly(null, null, null, "新华社", null, "新华社");
		assertThat(articles.get(5).text()).doesNotContain("新华社上海").endsWith("文旅融合正在成为拉动消费的新引擎。");
	}

	@Test
	void subheadsStayInTheirArticleOnALineOfTheirOwn() throws Exception {
		Article tourism = read("2024-11-29_district-page.txt").articles().get(5);

		assertThat(tourism.text()).contains("\n冰雪场馆人气旺\n在吉林长白山").contains("\n文旅融合释放活力\n在浙江杭州");
	}

	@Test
	void photoCreditsAreDroppedAndDoNotCutTheArticleTheyStandIn() throws Exception {
		List<Article> articles = read("2024-12-06_credit-page.txt").articles();

		assertThat(articles).hasSize(2);
		assertThat(articles.get(0).text()).contains("为困难群众送去棉被、米面油等生活物资。\n据介绍，活动将持续到明年2月").doesNotContain("摄");
	}

	@Test
	void aHeadlineWithNoBodyIsNotAnArticleAndIsGivenToNoOther() throws Exception {
		List<Article> articles = read("2024-12-06_credit-page.txt").articles();

		assertThat(articles).extracting(Article::title).containsExactly("志愿服务暖冬行动启动", "校园食品安全检查全覆盖");
		assertThat(articles).allSatisfy(a -> assertThat(a.text()).doesNotContain("志愿红").doesNotContain("下期看点"));
	}

	@Test
	void aFileHoldingOneArticleIsOneArticle() throws Exception {
		List<Article> articles = read("2024-11-30_single-article.txt").articles();

		assertThat(articles).hasSize(1);
		Article a = articles.get(0);
		assertThat(a.title()).isEqualTo("前三季度全省外贸进出口稳中向好");
		assertThat(a.text()).startsWith("本报讯（记者陈晨）记者从省商务厅获悉")
			.contains("\n民营企业活力增强\n前三季度")
			.contains("\n新兴市场持续拓展\n对共建“一带一路”国家进出口2860.3亿元")
			.doesNotContain("李然");
	}

	@Test
	void anArticleWithoutHeadlineIsStillAnArticle() throws Exception {
		List<Article> articles = read("2024-12-02_no-headline.txt").articles();

		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).title()).isNull();
		assertThat(articles.get(0).text())
			.isEqualTo("近日，经开区召开安全生产工作会议，部署岁末年初安全防范工作。会议要求，各单位要压实责任，" + "全面排查隐患，确保辖区安全形势持续稳定。");
	}

	@Test
	void aDisplacedHeadlineThatSharesNoWordsWithABodyIsNotGivenToIt() {
		List<Article> articles = page("""
				本报讯（记者 李明）近日，经开区开展冬季消防安全大检
				查，重点排查高层建筑和人员密集场所，共发现隐患 26 处。

				全民健身热潮涌动
				运动场上显活力

				供暖季里的暖心服务
				本报讯（记者 王芳）入冬以来，经开区热力公司开通 24 小
				时服务热线，及时处理居民报修。
				""");

		assertThat(articles).extracting(Article::title).containsExactly(null, "供暖季里的暖心服务");
		assertThat(articles.get(0).text()).startsWith("本报讯（记者李明）近日").doesNotContain("健身");
	}

	@Test
	void aHeadlineAboveABylineBelongsToThatArticleNotToADisplacedBody() {
		List<Article> articles = page("""
				冬季消防安全检查启动
				本报讯（记者 李明）近日，经开区开展冬季消防安全大检
				查，重点排查高层建筑和人员密集场所，共发现隐患 26 处。

				本报讯（记者 王芳）入冬以来，经开区开展消防安全检
				查，消防安全形势总体平稳。
				""");

		assertThat(articles).extracting(Article::title).containsExactly("冬季消防安全检查启动", null);
	}

	@Test
	void linesThatLookLikeHeadlinesInsideAParagraphDoNotCutIt() {
		List<Article> articles = page("""
				短标题
				本报讯（记者 李明）近日，经开区召开专题会议，研究部署
				下一步工作。会议指出，要紧盯目标任务，加快项目建设。
				工业和信息化部构建的中小企业运行指数显示10月份指
				数位于荣枯线以上，生产、销售等多项指标积极改善，中小
				企业信心增强，市场需求稳步回升。
				""");

		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).text()).contains("加快项目建设。\n工业和信息化部构建的中小企业运行指数显示10月份指数位于");
	}

	@Test
	void aPageOfCreditsAndDatelinesOnlyHoldsNoArticle(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("2024-11-29_credits.txt");
		Files.writeString(file, "新华社发\n\n（新华社记者 王鹏 摄）\n新华社北京11月28日电\n");

		assertThatThrownBy(() -> reader.read(file, "2024-11-29_credits.txt"))
			.isInstanceOf(UnreadableFileException.class)
			.hasMessageContaining("no article text");
	}

	@Test
	void aWebCopyWithSourceAndEditorLinesIsOneArticleUnderItsHeadline() {
		List<Article> articles = page("""
				前10个月全国规模以上工业增加值增长5.8%
				2024-11-28 10:05:12 来源：新华网

				　　新华社北京11月28日电（记者 陈静）国家统计局28日发布数据显示，1至10月份，全国规模以上工业增加值同比增长5.8%。

				　　分三大门类看，采矿业增加值增长3.6%，制造业增长6.1%。

				【纠错】 【责任编辑：王某】
				""");

		assertThat(articles).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("前10个月全国规模以上工业增加值增长5.8%");
			assertThat(a.text()).startsWith("新华社北京11月28日电（记者陈静）").endsWith("制造业增长6.1%。");
			assertThat(a.dateline()).isEqualTo(LocalDate.of(2024, 11, 28));
		});
	}

	@Test
	void aPageHeaderGivesThePublicationDateWhenTheFileNameHasNone(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("page3.txt");
		Files.writeString(file, """
				郑州经开区报 2024年11月22日 星期五 第3版 综合
				冬季用电保障有序推进
				本报讯（记者 李明）入冬以来，经开区供电部门全力保障辖区企业和居民冬季用电。
				""");

		SourceDocument doc = reader.read(file, "page3.txt");

		assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 22));
		assertThat(doc.problems()).isEmpty();
		assertThat(doc.articles()).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("冬季用电保障有序推进");
			assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 22));
			assertThat(a.text()).doesNotContain("第3版");
		});
	}

	@Test
	void aTwoLineHeadlineRightAboveTextWithoutBylineStartsAnArticle() {
		List<Article> articles = page("""
				冬季用电保障有序推进
				本报讯（记者 李明）入冬以来，经开区供电部门提前谋划，全
				力保障辖区企业和居民冬季用电，排查线路隐患 318处。

				11月份制造业PMI
				继续保持扩张
				国家统计局30日发布的数据显示，11月份，我国制造业采购
				经理指数为 50.3%，比上月上升 0.2个百分点。

				新华社北京11月30日电
				""");

		assertThat(articles).extracting(Article::title).containsExactly("冬季用电保障有序推进", "11月份制造业PMI 继续保持扩张");
		assertThat(articles).extracting(Article::dateline).containsExactly(null, LocalDate.of(2024, 11, 30));
		assertThat(articles.get(1).text()).startsWith("国家统计局30日发布的数据显示");
	}

	@Test
	void aFullLineOfTheLayoutIsNoHeadlineHoweverFewCharactersItHolds() {
		List<Article> articles = page("""
				标题一行
				本报讯（记者 李明）近日，经开区召开冬季安全生产工作会议。
				作业期间，每天出动环卫作业车辆120余台
				次、环卫工人1600余人，通过“机械洗扫+
				人 工 保 洁 ” 的 方 式 ，确 保 道 路 见 本 色 。目 前 ，
				全区 63条主次干道已全部实现机械化作业。
				""");

		assertThat(articles).singleElement()
			.satisfies(a -> assertThat(a.text()).contains("会议。\n作业期间，每天出动环卫作业车辆120余台次、环卫工人1600余人，通过“机械洗扫+人工保洁”的方式"));
	}

	@Test
	void aShortLineWithACommaInsideAnArticleIsNoSubhead() {
		List<Article> articles = page("""
				标题一行
				本报讯（记者 李明）近日，经开区召开冬季安全生产工作会议，部
				署岁末年初安全防范工作。
				本次发行的债券期限为10年，发行利率
				分别为2.09%和2.21%，认购倍数较高。
				""");

		assertThat(articles.get(0).text()).contains("本次发行的债券期限为10年，发行利率分别为2.09%");
	}

	@Test
	void aWebCopyKeepsItsHeadlineAboveItsSourceLineAndNumberedSections() {
		List<Article> articles = page("""
				2024年1-10月财政收支情况
				财政部国库司　2024年11月18日

				一、全国一般公共预算收支情况
				1-10月，全国一般公共预算收入185082亿元，同比下降1.3%。分中央和地方看，中央一般公共预算收入80512亿元。
				全国税收收入149702亿元，同比下降5.3%；非税收入35380亿元，同比增长19.7%。
				　　附注
				　　1.指标解释
				　　一般公共预算收入指政府凭借国家政治权力取得的收入。
				""");

		assertThat(articles).hasSize(1);
		assertThat(articles.get(0).title()).isEqualTo("2024年1-10月财政收支情况");
		assertThat(articles.get(0).text()).startsWith("一、全国一般公共预算收支情况\n1-10月，全国一般公共预算收入")
			.contains("附注\n1.指标解释\n一般公共预算收入指")
			.doesNotContain("财政部国库司");
	}

}
