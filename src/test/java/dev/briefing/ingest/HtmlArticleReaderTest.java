package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticleReaderTest {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html><head>
			<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
			<title>我省发行政府债券165.8789亿元 - 河南日报网</title>
			<meta property="article:published_time" content="2024-11-21T08:30:00+08:00">
			<meta property="og:site_name" content="河南日报网">
			<style>.nav { color: red }</style>
			<script>var pv = "统计代码";</script>
			</head><body>
			<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
			<header><div class="logo">河南日报网</div></header>
			<div class="sidebar"><p>热门：天气预报</p></div>
			<article>
			  <h1>我省在深圳成功发行政府债券</h1>
			  <p>　　本报讯（记者 侯爱敏）昨日，我省在深圳成功发行政府债券 165.8789 亿元，<br>
			  其中新增一般债券 26.5578亿元。</p>
			  <h2>期限为５年</h2>
			  <p>　　新增一般债券期限为 5年，发行利率 1.76％。</p>
			</article>
			<footer><p>版权所有 联系我们</p></footer>
			</body></html>
			""";

	@TempDir
	Path dir;

	private final InboxFileReader reader = new InboxFileReader(10L << 20);

	@Test
	void readsHeadlineDateSourceAndArticleTextFromTheMarkup() throws Exception {
		Path file = dir.resolve("hnr-bond.html");
		Files.write(file, PAGE.getBytes(Charset.forName("GBK")));

		SourceDocument doc = reader.read(file, "hnr-bond.html");

		assertThat(doc.encoding()).isEqualTo("GB18030");
		assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 21));
		assertThat(doc.problems()).isEmpty();
		assertThat(doc.articles()).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("我省在深圳成功发行政府债券");
			assertThat(a.source()).isEqualTo("河南日报网");
			assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 21));
			assertThat(a.text()).isEqualTo(
					"本报讯（记者侯爱敏）昨日，我省在深圳成功发行政府债券165.8789亿元，其中新增一般债券26.5578亿元。\n" + "期限为5年\n新增一般债券期限为5年，发行利率1.76%。");
			int at = a.text().indexOf("165.8789亿元");
			assertThat(a.originalText(at, at + 10)).isEqualTo("165.8789 亿元");
		});
	}

	@Test
	void withoutH1TheTitleTagGivesTheHeadlineAndTimeGivesTheDate() throws Exception {
		String html = """
				<html><head><meta charset="utf-8"><title>10月中小企业发展指数回升_经济频道</title></head>
				<body><div id="content"><p>工业和信息化部数据显示，10月份中小企业发展指数为89.2。</p>
				<p><time datetime="2024-11-20">2024年11月20日</time></p></div></body></html>
				""";
		Path file = dir.resolve("sme.htm");
		Files.writeString(file, html);

		SourceDocument doc = reader.read(file, "sme.htm");

		assertThat(doc.encoding()).isEqualTo("UTF-8");
		Article a = doc.articles().get(0);
		assertThat(a.title()).isEqualTo("10月中小企业发展指数回升");
		assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(a.text()).startsWith("工业和信息化部数据显示，10月份中小企业发展指数为89.2。");
	}

	@Test
	void anHtmlPageWithoutDateTakesTheFileNamesOrIsReportedUndated() throws Exception {
		String html = "<html><body><p>经开区今年新增市场主体3260户。</p></body></html>";
		Path named = dir.resolve("2024-11-22_page.html");
		Files.writeString(named, html);
		Path unnamed = dir.resolve("page.html");
		Files.writeString(unnamed, html);

		assertThat(reader.read(named, "2024-11-22_page.html").published()).isEqualTo(LocalDate.of(2024, 11, 22));
		SourceDocument undated = reader.read(unnamed, "page.html");
		assertThat(undated.published()).isNull();
		assertThat(undated.problems()).extracting(ReadProblem::kind).containsExactly(ReadProblem.Kind.UNDATED);
	}

	@Test
	void anHtmlPageWithoutArticleTextIsRefused() throws Exception {
		Path file = dir.resolve("2024-11-22_nav.html");
		Files.write(file,
				"<html><body><nav>首页 新闻</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8));

		assertThat(org.assertj.core.api.Assertions
			.catchThrowableOfType(UnreadableFileException.class, () -> reader.read(file, "2024-11-22_nav.html"))
			.reason()).isEqualTo("no article text found in the HTML");
	}

	@Test
	void sourceAndDateLinesOfTheSiteAreNotArticleText() throws Exception {
		String html = """
				<html><head><meta charset="utf-8"><meta name="publishdate" content="2024-11-20"></head><body>
				<div class="article"><h1>经开区举办银企对接会 现场签约授信12.6亿元</h1>
				<div class="info">来源：经开时报　　发布时间：2024-11-20　　浏览次数：1286</div>
				<p>本报讯（记者 周启航）11月19日，经开区举办银企对接会。</p>
				<p>（通讯员 曹立新 摄）</p>
				<div>【责任编辑：王某】</div></div></body></html>
				""";
		Path file = dir.resolve("epaper.html");
		Files.writeString(file, html);

		Article a = reader.read(file, "epaper.html").articles().get(0);

		assertThat(a.title()).isEqualTo("经开区举办银企对接会 现场签约授信12.6亿元");
		assertThat(a.published()).isEqualTo(LocalDate.of(2024, 11, 20));
		assertThat(a.text()).isEqualTo("本报讯（记者周启航）11月19日，经开区举办银企对接会。");
	}

	@Test
	void aTableRowBecomesASentenceWithTheUnitsItsHeaderNames() throws Exception {
		Path file = dir.resolve("2024-10-18_release.html");
		Files.writeString(file, """
				<html><head><title>前三季度全区经济运行情况</title></head><body><div class="content">
				<p>前三季度，全区经济运行总体平稳。主要指标如下表。</p>
				<table>
				  <tr><th>指标</th><th>绝对数（亿元）</th><th>比上年同期增长(%)</th></tr>
				  <tr><td>地区生产总值</td><td>1,023.45</td><td>5.6</td></tr>
				  <tr><td>规模以上工业增加值</td><td>—</td><td>7.2</td></tr>
				</table>
				</div></body></html>
				""", StandardCharsets.UTF_8);
		String text = reader.read(file, "2024-10-18_release.html").articles().get(0).text();
		assertThat(text).contains("地区生产总值，1,023.45亿元，5.6%。")
			.contains("规模以上工业增加值，—，7.2%。")
			.contains("指标，绝对数（亿元），比上年同期增长(%)。")
			.doesNotContain("1,023.455.6");
	}

	@Test
	void unitsComeFromHeaderRowsWithSpansRowLabelsAndCaptions() throws Exception {
		Path file = dir.resolve("2024-11-15_release.html");
		Files.writeString(file, """
				<html><head><title>10月份国民经济运行情况</title></head><body><div class="content">
				<p>10月份，国民经济稳中有升。</p>
				<table>
				  <tr><td rowspan="2">指标</td><td colspan="2">10月</td><td colspan="2">1-10月</td></tr>
				  <tr><td>绝对量</td><td>同比增长（%）</td><td>绝对量</td><td>同比增长（%）</td></tr>
				  <tr><td>发电量（亿千瓦时）</td><td>7345</td><td>2.1</td><td>78906</td><td>-3.0</td></tr>
				  <tr><td>规模以上工业增加值</td><td>…</td><td>5.4</td><td>…</td><td>5.8</td></tr>
				</table>
				<p>全省进出口主要数据（单位：亿元，%）</p>
				<table>
				  <tr><td>项目</td><td>金额</td><td>同比</td><td>占比</td></tr>
				  <tr><td>出口</td><td>4628.3</td><td>9.2</td><td>62.4</td></tr>
				</table>
				</div></body></html>
				""", StandardCharsets.UTF_8);
		String text = reader.read(file, "2024-11-15_release.html").articles().get(0).text();
		assertThat(text).contains("指标，10月，1-10月。")
			.contains("绝对量，同比增长（%），绝对量，同比增长（%）。")
			.contains("发电量（亿千瓦时），7345亿千瓦时，2.1%，78906亿千瓦时，-3.0%。")
			.contains("规模以上工业增加值，…，5.4%，…，5.8%。")
			.contains("出口，4628.3亿元，9.2%，62.4%。");
	}

	@Test
	void aColumnOfUnitsGivesEachRowItsUnit() throws Exception {
		Path file = dir.resolve("2024-10-31_indicators.html");
		Files.writeString(file, """
				<html><head><title>前三季度全省主要经济指标</title></head><body><div class="TRS_Editor">
				<p>前三季度，全省经济运行总体平稳。</p>
				<table>
				  <thead><tr><th rowspan="2">指标名称</th><th rowspan="2">计量单位</th><th colspan="2">前三季度</th></tr>
				  <tr><th>绝对值</th><th>比上年同期增长（%）</th></tr></thead>
				  <tbody><tr><td>地区生产总值</td><td>亿元</td><td>33,681.7</td><td>5.4</td></tr>
				  <tr><td>城镇新增就业</td><td>万人</td><td>74.6</td><td>2.1</td></tr></tbody>
				</table>
				</div></body></html>
				""", StandardCharsets.UTF_8);
		String text = reader.read(file, "2024-10-31_indicators.html").articles().get(0).text();
		assertThat(text).contains("指标名称，计量单位，前三季度。")
			.contains("地区生产总值，亿元，33,681.7亿元，5.4%。")
			.contains("城镇新增就业，万人，74.6万人，2.1%。");
	}

	@Test
	void relatedLinksAndShareBarsInsideTheArticleBoxAreLeftOut() throws Exception {
		Path file = dir.resolve("2024-12-16_branch.html");
		Files.writeString(file, """
				<html><head><title>11月金融运行情况</title></head><body>
				<div class="article"><h1>11月金融运行情况</h1>
				<div id="zoom"><p>11月末，各项贷款余额9.87万亿元，同比增长9.6%。</p>
				<table border="1">
				  <tr><td colspan="3">单位：亿元，%</td></tr>
				  <tr><td>项目</td><td>比年初增减</td><td>同比增速</td></tr>
				  <tr><td>各项贷款</td><td>8126.4</td><td>9.6</td></tr>
				</table>
				<table border="1">
				  <tr><th>债券名称</th><th>期限（年）</th><th>项目个数</th></tr>
				  <tr><td>24河南债39</td><td>10</td><td>6</td></tr>
				</table></div>
				<div class="fx">分享：<a>微信</a></div>
				<div class="xg"><h3>相关阅读</h3><ul><li><a href="#">10月末各项贷款余额9.81万亿元 同比增长9.8%</a></li></ul></div>
				</div></body></html>
				""", StandardCharsets.UTF_8);
		String text = reader.read(file, "2024-12-16_branch.html").articles().get(0).text();
		assertThat(text).contains("各项贷款，8126.4亿元，9.6%。")
			.contains("24河南债39，10年，6个。")
			.doesNotContain("9.81万亿元")
			.doesNotContain("分享");
	}

}
