package dev.briefing.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.briefing.extract.Category;
import dev.briefing.extract.Qualifier;
import dev.briefing.extract.Unit;
import dev.briefing.ingest.ReadProblem;

/**
 * A week of any number of mentions, made up as they are streamed so that nothing holds
 * them all: ten mentions per article, categories, units and values in turn, every fifth
 * mention a catalog indicator.
 */
record GeneratedWeek(IsoWeek week, int mentions) implements WeekData {

	private static final Category[] CATEGORIES = Category.values();

	private static final String[] INDICATORS = { "financing.enterprises_visited", "financing.intent",
			"debt.bonds_issued", "sme_index.production", "employment.jobs_created" };

	private static final Unit[] UNITS = { Unit.COUNT, Unit.COUNT, Unit.CNY, Unit.PERCENT, Unit.COUNT };

	@Override
	public void forEachMention(Consumer<Mention> action) {
		for (int i = 0; i < mentions; i++) {
			action.accept(mention(i));
		}
	}

	Mention mention(int i) {
		long article = i / 10 + 1;
		LocalDate published = week.monday().plusDays(i % 7);
		int kind = i % 5;
		boolean catalog = i % 5 == 0;
		Unit unit = UNITS[kind];
		BigDecimal value = unit == Unit.CNY ? BigDecimal.valueOf(100_000_000L + 37L * i)
				: unit == Unit.PERCENT ? BigDecimal.valueOf(i % 1000, 1) : BigDecimal.valueOf(i);
		String text = "第" + i + "个数字" + value.toPlainString();
		return new Mention(i + 1L, week, article, "生成的文章 " + article, "generated-" + (article / 50) + ".txt", published,
				CATEGORIES[i % CATEGORIES.length], catalog ? INDICATORS[(i / 5) % INDICATORS.length] : null,
				catalog ? "指标" + kind : null, value, null, unit, unit == Unit.COUNT ? "家" : null, Qualifier.EXACT,
				published.toString(), i % 3 == 0 ? "经开区" : "河南省", text,
				"这是第" + i + "个生成的句子，其中写到" + text + "，用来检验写大工作簿时内存有界。");
	}

	@Override
	public List<SourceArticle> articles() {
		List<SourceArticle> articles = new ArrayList<>();
		for (long a = 1; a <= (mentions + 9) / 10; a++) {
			articles.add(new SourceArticle(a, "generated-" + (a / 50) + ".txt", (int) (a % 50) + 1, "生成的文章 " + a,
					week.monday(), null, "生成报", null, 10));
		}
		return articles;
	}

	@Override
	public List<ReadProblem> problems() {
		return List.of(new ReadProblem(ReadProblem.Kind.SKIPPED_FILE, "broken.bin", 0, "二进制文件，已跳过"));
	}

	@Override
	public List<Mention> history(Collection<String> ids, IsoWeek from, IsoWeek to) {
		List<Mention> history = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			Mention m = mention(i * 5);
			if (ids.contains(m.indicator())) {
				history.add(m);
			}
		}
		return history;
	}

	@Override
	public Map<Category, Long> countsByCategory() {
		Map<Category, Long> counts = new EnumMap<>(Category.class);
		for (int c = 0; c < CATEGORIES.length; c++) {
			long n = mentions / CATEGORIES.length + (c < mentions % CATEGORIES.length ? 1 : 0);
			counts.put(CATEGORIES[c], n);
		}
		return counts;
	}
}
