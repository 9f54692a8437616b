package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import dev.briefing.ingest.Article;

/**
 * Prints the extractor's speed on large texts; the figures are reported, not asserted.
 */
class ExtractionSpeedTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	@Test
	void measuresCharactersPerSecondOnDenseFigures() {
		String page = """
				截至 11月 20 日下午，经开区各相关部门工作人员共走访小微企业 32375家，覆盖率达到 86.7%，其中有融资意向的企
				业547家，通过申报系统上报343家，其中已有 26家企业获得银行机构授信，18家已获得银行贷款。目前经开区小微企业融
				资申报企业数在全市排名第5。10月末，人民币贷款余额25.6万亿元，同比增长8.5%，比上月末和上年同期分别高0.3和1.4个百分点。
				前三季度，全省进出口总值3.5万亿元，同比增长5.2%；实际使用外资826亿元。10月份，制造业采购经理指数（PMI）为50.1%，
				比上月上升0.3个百分点。近日，郑州经开区明湖办事处积极探索便民服务新模式，持续优化提升为民服务的流程和体验感，
				通过“一站式”服务模式，集中为居民办理医保、计生、退役军人优待证等业务，让社区服务有温度、与群众“零距离”。
				我省在深圳成功发行政府债券 165.8789 亿元。本次发行均为新增债券，其中，新增一般债券 26.5578亿元，新增专项债
				券139.3211亿元，将为更好满足全省重大项目建设和民生领域资金需求、促进经济平稳健康发展提供有力保障。
				""";
		assertThat(measure("dense figures", page)).isPositive();
	}

	@Test
	void measuresCharactersPerSecondOnTheSeedPage() throws IOException {
		Assumptions.assumeTrue(Files.isRegularFile(SEED), "../shared/seed not present: seed page not measured here");
		assertThat(measure("seed page", Files.readString(SEED))).isPositive();
	}

	/**
	 * Extracts 8 million characters of the page repeated, cut into 8,000-character
	 * articles; returns the figures found.
	 */
	private static int measure(String what, String page) {
		StringBuilder sb = new StringBuilder();
		while (sb.length() < 8_000_000) {
			sb.append(page);
		}
		List<Article> articles = new ArrayList<>();
		String all = sb.toString();
		for (int k = 0; k + 8000 <= all.length(); k += 8000) {
			articles.add(new Article("bench.txt", articles.size() + 1, null, Extraction.PUBLISHED, null, null,
					all.substring(k, k + 8000)));
		}
		long chars = articles.size() * 8000L;
		for (int warm = 0; warm < 2; warm++) {
			for (Article a : articles) {
				Extraction.EXTRACTOR.extract(a);
			}
		}
		// CPU time of this thread: the machine is shared, wall time says more about the
		// neighbours
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		long t0 = mx.getCurrentThreadCpuTime();
		long w0 = System.nanoTime();
		int found = 0;
		for (Article a : articles) {
			found += Extraction.EXTRACTOR.extract(a).size();
		}
		double cpu = (mx.getCurrentThreadCpuTime() - t0) / 1e9;
		double wall = (System.nanoTime() - w0) / 1e9;
		System.out.printf(
				"extractor on %s: %d chars, %.3f s CPU = %.1f M chars/s per thread (wall %.3f s), %d quantities%n",
				what, chars, cpu, chars / cpu / 1e6, wall, found);
		return found;
	}

}
