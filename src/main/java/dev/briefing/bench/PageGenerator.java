package dev.briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes newspaper pages for benchmarks and load tests: deterministic for a seed, in the
 * layout of pages taken from print (short broken lines, spaces in numbers, full-width
 * signs, headlines and bylines), with figures that vary from page to page so no two pages
 * repeat each other.
 */
public final class PageGenerator {

	private static final String[] PLACES = { "经开区", "九龙办事处", "明湖办事处", "潮河办事处", "京航办事处", "前程办事处", "滨河办事处", "航海路街道" };

	private static final String[] BANKS = { "中国银行经开区分行", "建设银行经开支行", "邮储银行经开区支行", "农商银行经开支行" };

	private static final String[] REPORTERS = { "林晓", "周明远", "陈思琪", "许嘉禾", "高宇", "孟凡", "宋佳怡", "杜若" };

	private static final String[] PLAIN = { "近日，%s组织志愿者走进社区开展环境整治活动，清理楼道杂物，修剪绿化带，居民纷纷点赞。",
			"活动现场，工作人员耐心讲解垃圾分类知识，发放宣传资料，引导居民养成良好的生活习惯。", "下一步，%s将持续推进基层治理，完善服务机制，努力让群众的获得感成色更足。",
			"据了解，该项目建成后将有效改善周边道路通行条件，方便群众出行。", "座谈会上，与会代表围绕营商环境、人才引进等话题深入交流，提出意见建议。",
			"“我们要把好事办实、把实事办好。”%s相关负责人表示，将认真听取群众意见。", "为进一步提升服务质效，%s梳理群众反映集中的问题，逐项建立台账，明确责任人和完成时限，确保件件有着落、事事有回音。",
			"在走访过程中，工作人员深入企业生产车间，详细了解企业生产经营、项目建设和用工需求等情况，现场协调解决实际困难。",
			"%s坚持问题导向，聚焦企业发展中的堵点难点，建立常态化沟通机制，推动惠企政策直达快享，持续优化营商环境。",
			"据介绍，今年以来，相关部门围绕稳增长、促发展目标，统筹推进重点项目建设，着力扩大有效投资，增强发展后劲。",
			"与会人员表示，将以此次活动为契机，进一步增强责任意识和服务意识，以实际行动推动各项工作落地见效。" };

	private final SplittableRandom random;

	public PageGenerator(long seed) {
		this.random = new SplittableRandom(seed);
	}

	/**
	 * Writes {@code count} pages into {@code folder}, dated over {@code weeks} weeks
	 * ending on {@code last}; returns the files written.
	 */
	public List<Path> write(Path folder, int count, LocalDate last, int weeks) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>(count);
		int days = Math.max(1, weeks * 7);
		for (int i = 0; i < count; i++) {
			LocalDate date = last.minusDays(i % days);
			Path f = folder.resolve(String.format("%s_bench-p%05d.txt", date, i + 1));
			Files.writeString(f, page(date), StandardCharsets.UTF_8);
			files.add(f);
		}
		return files;
	}

	/** One page of eight to eleven articles, in layout form. */
	public String page(LocalDate date) {
		StringBuilder page = new StringBuilder(9000);
		int articles = 8 + random.nextInt(4);
		for (int a = 0; a < articles; a++) {
			page.append(layout(article(date, a))).append('\n');
		}
		return page.toString();
	}

	private String article(LocalDate date, int index) {
		String place = pick(PLACES);
		StringBuilder head = new StringBuilder();
		StringBuilder body = new StringBuilder();
		boolean agency = index % 5 == 4;
		switch (index % 6) {
			case 0 -> {
				head.append(place).append("助企融资\n跑出“加速度”");
				body.append(String.format(
						"截至%d月%d日，%s各相关部门共走访小微企业%d家，覆盖率达到%.1f%%，其中有融资意向的企业%d家，"
								+ "通过申报系统上报%d家，已有%d家企业获得银行机构授信，%d家已获得银行贷款。",
						date.getMonthValue(), date.getDayOfMonth(), place, 20000 + random.nextInt(15000),
						60 + random.nextInt(390) / 10.0, 300 + random.nextInt(400), 200 + random.nextInt(150),
						10 + random.nextInt(40), 5 + random.nextInt(30)));
				body.append(String.format("%s围绕小微企业信贷需求优化审批流程，累计发放贷款%.2f亿元。", pick(BANKS),
						1 + random.nextInt(5000) / 100.0));
			}
			case 1 -> {
				head.append("中小企业发展指数\n连续回升");
				body.append(String.format("%d月份中小企业发展指数为%.1f，比上月上升%.1f点，中小企业生产指数为%.1f%%。", date.getMonthValue(),
						85 + random.nextInt(80) / 10.0, random.nextInt(9) / 10.0 + 0.1,
						48 + random.nextInt(40) / 10.0));
			}
			case 2 -> {
				head.append("我省成功发行\n政府债券");
				int general = 1000 + random.nextInt(5000);
				int special = 5000 + random.nextInt(15000);
				body.append(String.format("本次发行政府债券%.2f亿元，其中新增一般债券%.2f亿元，新增专项债券%.2f亿元。" + "一般债券期限为%d年，发行利率%.2f%%。",
						(general + special) / 100.0, general / 100.0, special / 100.0, 3 + random.nextInt(8),
						1.5 + random.nextInt(80) / 100.0));
			}
			case 3 -> {
				head.append("前三季度全区经济\n稳中向好");
				body.append(String.format(
						"前三季度，全区规模以上工业增加值同比增长%.1f%%，固定资产投资完成%.1f亿元，"
								+ "社会消费品零售总额%.1f亿元，累计减税降费及退税%.2f亿元。辖区现有企业%d家，个体工商户%d家。",
						2 + random.nextInt(90) / 10.0, 100 + random.nextInt(3000) / 10.0,
						50 + random.nextInt(900) / 10.0, 1 + random.nextInt(900) / 100.0, 3000 + random.nextInt(9000),
						5000 + random.nextInt(20000)));
			}
			case 4 -> {
				head.append("外贸进出口\n保持增长");
				body.append(
						String.format("%d月末，全市本外币贷款余额%.1f亿元，同比增长%.1f%%。前10个月，进出口总值%.1f亿元，" + "同比增长%.1f%%，城镇新增就业%.1f万人。",
								date.getMonthValue(), 10000 + random.nextInt(200000) / 10.0,
								5 + random.nextInt(80) / 10.0, 300 + random.nextInt(50000) / 10.0,
								random.nextInt(150) / 10.0, 1 + random.nextInt(200) / 10.0));
			}
			default -> {
				head.append(place).append("办实事\n暖民心");
				body.append(String.format("近日，%s组织%d名志愿者走进%d个小区开展便民服务，累计服务群众%d人次。", place, 20 + random.nextInt(200),
						2 + random.nextInt(20), 100 + random.nextInt(5000)));
			}
		}
		for (int p = 0; p < 9 + random.nextInt(7); p++) {
			body.append(String.format(pick(PLAIN), place));
		}
		String byline = agency
				? String.format("新华社郑州%d月%d日电（记者 %s）", date.getMonthValue(), date.getDayOfMonth(), pick(REPORTERS))
				: String.format("本报讯（记者 %s 通讯员 %s）", pick(REPORTERS), pick(REPORTERS));
		return head + "\n" + byline + body;
	}

	/**
	 * Breaks text into short lines as a page layout does, with the spaces and full-width
	 * signs it leaves.
	 */
	private String layout(String article) {
		int nl = article.indexOf('\n', article.indexOf('\n') + 1);
		String head = article.substring(0, nl + 1);
		String text = article.substring(nl + 1).replace("%", random.nextBoolean() ? "％" : "%");
		StringBuilder out = new StringBuilder(head);
		int width = 18 + random.nextInt(7);
		int col = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(c);
			col++;
			if (Character.isDigit(c) && i + 1 < text.length() && !Character.isDigit(text.charAt(i + 1))
					&& random.nextInt(6) == 0) {
				out.append(' ');
			}
			if (col >= width) {
				out.append('\n');
				col = 0;
			}
		}
		return out.append('\n').toString();
	}

	private String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}

}
