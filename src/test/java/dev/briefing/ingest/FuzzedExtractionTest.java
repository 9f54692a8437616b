package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.briefing.config.BriefingConfig;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.Quantity;
import dev.briefing.extract.QuantityExtractor;

/**
 * Random and hostile text thrown at the page reader and the extractor, property by
 * property: whatever the text, reading a page and extracting its figures never throws,
 * every figure is well-formed (its span is in the article and holds its text, its value
 * fits the store's {@code DECIMAL(38, 8)}, ranges run low to high), and the time grows
 * linearly with the input.
 * <p>
 * Texts are drawn from fragments that trouble number readers: digits of three widths,
 * Chinese numerals large and financial, separators, brackets, signs and ranges, units,
 * zero-width, combining and bidirectional characters, lone surrogates, control
 * characters, and very long runs of any of them. Each run draws from a new seed, printed
 * with any failure; {@code -Dfuzz.seed=N} replays one, {@code -Dfuzz.texts=N} draws more
 * texts.
 */
class FuzzedExtractionTest {

	private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());

	private static final BriefingConfig.Region REGION = new BriefingConfig.Region("郑州经开区", List.of("经开区", "郑州经济技术开发区"),
			"郑州市", "河南省");

	private static final QuantityExtractor EXTRACTOR = new QuantityExtractor(
			IndicatorCatalog.load(Path.of("job-configs/indicators.yml")), REGION);

	private static final LocalDate PUBLISHED = LocalDate.of(2024, 11, 22);

	/** The largest value the store's DECIMAL(38, 8) columns hold. */
	private static final BigDecimal STORE_LIMIT = new BigDecimal("1E30");

	private static final String[] FRAGMENTS = {
			// digits: ASCII, full width, Arabic-Indic and other scripts' digits
			"0", "1", "7", "12", "3.5", "86.7", "32375", "1,234,567", "０", "１２", "３．５", "٣", "७", "๙",
			// Chinese numerals, plain, large and financial
			"零", "〇", "一", "二", "两", "三", "十", "百", "千", "万", "亿", "兆", "壹", "贰", "叁", "拾", "佰", "仟", "萬", "億", "半",
			"几", "数", "余", "多", "第",
			// separators and decimal points
			",", "，", ".", "。", "．", "、", "·", "'", "_", " ", "\u3000", "\t", "\n", "\r\n", "\r", "\n\n", "：", ";", "；",
			// brackets and quotes
			"(", ")", "（", "）", "[", "]", "【", "】", "《", "》", "「", "」", "“", "”", "〔", "〕",
			// signs, ranges, fractions
			"+", "-", "−", "—", "～", "~", "至", "到", "/", "%", "％", "‰", "分之", "百分之", "½", "²", "e", "E",
			// units and counters
			"元", "万元", "亿元", "美元", "澳元", "韩元", "瑞郎", "印尼盾", "个百分点", "基点", "倍", "名", "位", "家", "户", "人次", "吨", "平方米",
			"天", "年", "月", "日", "季度", "周", "小时",
			// words the extractor keys on
			"同比增长", "环比下降", "比上月", "上升", "下降", "约", "近", "超", "达到", "力争", "预计", "截至", "前三季度", "1-10月", "全年", "经开区",
			"郑州市", "全省", "本报讯", "记者", "排名", "贷款余额", "进出口总值", "GDP", "PMI", "CPI",
			// dates and headline-like lines
			"2024年11月22日", "11月20日", "2024-11-22", "二〇二四年", "\n经开区新增企业128家\n", "\n本报记者 张三\n",
			// zero-width, combining, bidirectional, variation selectors
			"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u0301", "\u0308", "\u20DD", "\u202E", "\u202A",
			"\u2066", "\uFE0F", "\u00AD",
			// astral characters, lone surrogates, controls, replacement character
			"𠀀", "😀", "🇨🇳", "\uD800", "\uDFFF", "\u0000", "\u0007", "\u001B[31m", "\u0085", "\u2028", "\uFFFD",
			// markup and formula look-alikes
			"<b>", "</p>", "&nbsp;", "&#x4E00;", "=SUM(A1)", "@", "\\" };

	/** Texts that repeat one fragment far past any real page. */
	private static final String[] RUNS = { "1", "１", "0.", "一", "亿", "万亿", "零", "十", "12,", "，", "(", "（1", "【",
			"\u200B", "\u0301", "\uD800", "-", "～", "%", "%1", "同比增长", "1亿元", "第1名", "\n", " ", "经开区", "2024年", "约近超",
			"1.2.3.", "𠀀" };

	@Test
	void randomTextNeverThrowsAndEveryFigureIsWellFormed() {
		Random random = new Random(SEED);
		int figures = 0;
		int texts = Integer.getInteger("fuzz.texts", 600);
		for (int i = 0; i < texts; i++) {
			String text = randomText(random, 1 + random.nextInt(i % 6 != 5 ? 400 : 4000));
			figures += readAndExtract(text, "seed " + SEED + ", text " + i);
		}
		// the fragments hold numbers with units: a fuzz that finds nothing tests nothing
		assertThat(figures).as("seed " + SEED).isGreaterThan(100);
	}

	/**
	 * The same texts as inbox files, in each encoding and format the inbox takes, cut at
	 * any byte: a file is read or skipped with a reason of its own, never because a
	 * reader threw (the inbox reader's catch-all, "could not be parsed", is a defect
	 * here), and what is read extracts without a fault.
	 */
	@Test
	void randomFilesAreReadOrSkippedWithTheirReason(@TempDir Path inbox) throws IOException {
		Random random = new Random(SEED + 1);
		InboxFileReader reader = new InboxFileReader(10_000_000);
		Charset[] charsets = { StandardCharsets.UTF_8, Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
				StandardCharsets.UTF_16BE };
		int read = 0;
		int files = Integer.getInteger("fuzz.texts", 600) / 2;
		for (int i = 0; i < files; i++) {
			String text = randomText(random, 1 + random.nextInt(300));
			String name = "2024-11-22_fuzz-" + i;
			byte[] bytes;
			switch (random.nextInt(3)) {
				case 0 -> {
					name += ".html";
					text = "<html><head><title>" + text.substring(0, text.length() / 4) + "</title></head><body><p>"
							+ text.substring(text.length() / 4).replace("\n", "</p><p>") + "</p></body></html>";
				}
				case 1 -> {
					name += ".jsonl";
					text = "{\"title\":" + json(text.substring(0, text.length() / 5))
							+ ",\"date\":\"2024-11-22\",\"text\":" + json(text) + "}\n";
				}
				default -> name += ".txt";
			}
			Charset charset = charsets[random.nextInt(charsets.length)];
			bytes = text.getBytes(charset);
			if (charset != StandardCharsets.UTF_8 && random.nextBoolean()) {
				byte[] bom = charset == StandardCharsets.UTF_16LE ? new byte[] { (byte) 0xFF, (byte) 0xFE }
						: charset == StandardCharsets.UTF_16BE ? new byte[] { (byte) 0xFE, (byte) 0xFF } : new byte[0];
				bytes = concat(bom, bytes);
			}
			if (random.nextInt(4) == 0 && bytes.length > 1) {
				// cut in the middle of a character, or a few random bytes flipped
				bytes = Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length - 1));
				for (int f = random.nextInt(3); f > 0; f--) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
			}
			Path file = inbox.resolve(name);
			Files.write(file, bytes);
			String what = "seed " + (SEED + 1) + ", file " + name + " in " + charset;
			try {
				SourceDocument doc = reader.read(file, name);
				for (Article article : doc.articles()) {
					List<Quantity> found = new ArrayList<>();
					assertThatCode(() -> found.addAll(EXTRACTOR.extract(article))).as(what).doesNotThrowAnyException();
					for (Quantity q : found) {
						wellFormed(q, article, what, doc.file());
					}
				}
				read++;
			}
			catch (UnreadableFileException e) {
				assertThat(e.reason()).as(() -> what + "\n" + trace(e.getCause()))
					.doesNotStartWith("could not be parsed");
			}
			Files.delete(file);
		}
		assertThat(read).as("seed " + (SEED + 1) + ": files read").isGreaterThan(files / 3);
	}

	private static String trace(Throwable t) {
		java.io.StringWriter out = new java.io.StringWriter();
		if (t != null) {
			t.printStackTrace(new java.io.PrintWriter(out));
		}
		return out.toString();
	}

	private static String json(String text) {
		StringBuilder sb = new StringBuilder("\"");
		text.chars().forEach(ch -> {
			if (ch == '"' || ch == '\\') {
				sb.append('\\').append((char) ch);
			}
			else if (ch < 0x20 || Character.isSurrogate((char) ch)) {
				sb.append(String.format("\\u%04x", ch));
			}
			else {
				sb.append((char) ch);
			}
		});
		return sb.append('"').toString();
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

	/** Texts the fuzz found that once threw or gave figures the store cannot keep. */
	@Test
	void whatTheFuzzFoundStaysFixed() {
		// a list separator at the very end: the next member was looked for past the text
		assertThat(extract("比上月和上年同期分别高0.3，")).isEmpty();
		assertThat(extract("分别高0.3和")).isEmpty();
		// forty numerals in a row are no figure, whatever unit follows
		assertThat(extract("一".repeat(40) + "亿元")).isEmpty();
		assertThat(extract("共" + "一".repeat(40) + "人次")).isEmpty();
		// a page whose title is separators alone
		assertThatCode(() -> new HtmlArticleReader()
			.read("<html><head><title>_</title></head><body><p>经开区新登记市场主体128家。</p></body></html>"
				.getBytes(StandardCharsets.UTF_8), "2024-11-22_x.html", PUBLISHED))
			.doesNotThrowAnyException();
		// a negative pair runs low to high
		List<Quantity> pair = extract("利润-三五百万元");
		assertThat(pair).singleElement().satisfies(q -> {
			assertThat(q.value()).isEqualByComparingTo("-5000000");
			assertThat(q.valueMax()).isEqualByComparingTo("-3000000");
		});
	}

	private static List<Quantity> extract(String text) {
		return EXTRACTOR.extract(new Article("fuzz.txt", 1, null, PUBLISHED, null, null, text));
	}

	@ParameterizedTest(name = "a run of {0}")
	@MethodSource("runs")
	void veryLongRunsAreReadInTimeLinearInTheirLength(String fragment) {
		String what = "a run of " + visible(fragment) + ", seed " + SEED;
		Random random = new Random(SEED ^ fragment.hashCode());
		Supplier<String> small = () -> run(random, fragment, 12_500);
		Supplier<String> large = () -> run(random, fragment, 100_000);
		readAndExtract(small.get(), what);
		readAndExtract(large.get(), what);
		double tSmall = fastestCpuSeconds(small.get());
		double tLarge = fastestCpuSeconds(large.get());
		// eight times the text: linear is eight times the time, quadratic sixty-four; the
		// bound of 24 leaves room for a collector's pause and a busy machine's caches
		// without letting a quadratic reader pass, and a floor of 50 ms absorbs timer
		// grain on texts that take next to nothing
		assertThat(tLarge).as(what + ": %.3f s for 12,500 chars, %.3f s for 100,000", tSmall, tLarge)
			.isLessThan(Math.max(24 * tSmall, 0.05));
		// and in absolute terms: 100,000 characters of the worst sort in well under a
		// second of one core
		assertThat(tLarge).as(what).isLessThan(1.5);
	}

	static Stream<String> runs() {
		return Stream.of(RUNS);
	}

	/**
	 * Reads the text as a page and extracts every article; asserts nothing threw and
	 * every figure is well-formed. Returns the number of figures.
	 */
	private static int readAndExtract(String text, String what) {
		PageReader.Page[] page = new PageReader.Page[1];
		assertThatCode(() -> page[0] = new PageReader().read(text, "fuzz.txt", PUBLISHED))
			.as(what + ": page reader on " + visible(text))
			.doesNotThrowAnyException();
		List<Article> articles = page[0].articles();
		int figures = 0;
		for (int a = 0; a < articles.size(); a++) {
			Article article = articles.get(a);
			assertThat(article.number()).as(what).isEqualTo(a + 1);
			assertThat(article.text()).as(what).isNotNull();
			assertThat(article.published()).as(what).isEqualTo(PUBLISHED);
			List<Quantity> found = new ArrayList<>();
			assertThatCode(() -> found.addAll(EXTRACTOR.extract(article)))
				.as(what + ": extractor on " + visible(article.text()))
				.doesNotThrowAnyException();
			for (Quantity q : found) {
				wellFormed(q, article, what, "fuzz.txt");
			}
			figures += found.size();
		}
		return figures;
	}

	private static final Set<String> DIRECTIONS = Set.of("up", "down");

	private static void wellFormed(Quantity q, Article article, String what, String file) {
		// described lazily: a figure's sentence may be a run of 100,000 characters
		Supplier<String> as = () -> what + ": " + q.text() + " = " + q.value() + " " + q.unit() + " in "
				+ visible(q.sentence());
		// a figure of the headline has its span in the headline, else in the text
		assertThat(q.where()).as(as).isIn(Quantity.TITLE, Quantity.BODY);
		String text = q.inTitle() ? article.title() : article.text();
		assertThat(text).as(as).isNotNull();
		assertThat(q.start()).as(as).isBetween(0, text.length());
		assertThat(q.end()).as(as).isBetween(q.start() + 1, text.length());
		assertThat(text.substring(q.start(), q.end())).as(as).isEqualTo(q.text());
		if (!q.inTitle()) {
			assertThatCode(() -> article.originalText(q.start(), q.end())).as(as).doesNotThrowAnyException();
		}
		if (q.sentence().length() <= 5_000) {
			// (a longer one is a run: checking each of its figures would take the square)
			assertThat(q.sentence()).as(as).contains(q.text());
		}
		assertThat(q.file()).as(as).isEqualTo(file);
		assertThat(q.article()).as(as).isEqualTo(article.number());
		assertThat(q.category()).as(as).isNotNull();
		assertThat(q.unit()).as(as).isNotNull();
		assertThat(q.value()).as(as).isNotNull();
		assertThat(q.value().abs()).as(() -> as.get() + ": fits DECIMAL(38, 8)").isLessThan(STORE_LIMIT);
		if (q.valueMax() != null) {
			assertThat(q.valueMax().abs()).as(as).isLessThan(STORE_LIMIT);
			assertThat(q.valueMax()).as(() -> as.get() + ": a range runs low to high")
				.isGreaterThanOrEqualTo(q.value());
		}
		if (q.direction() != null) {
			assertThat(q.direction()).as(as).isIn(DIRECTIONS);
		}
		if (q.period() != null) {
			assertThat(q.period()).as(as)
				.matches("\\d{4}(-(Q[1-4]|W\\d{2}|\\d{2}(-\\d{2})?))?"
						+ "(\\.\\.\\d{4}(-(Q[1-4]|W\\d{2}|\\d{2}(-\\d{2})?))?)?");
		}
		if (q.target()) {
			assertThat(q.indicator()).as(() -> as.get() + ": a goal never takes an indicator").isNull();
		}
	}

	private static String randomText(Random random, int fragments) {
		StringBuilder sb = new StringBuilder();
		for (int f = 0; f < fragments; f++) {
			if (random.nextInt(200) == 0) {
				sb.append(run(random, RUNS[random.nextInt(RUNS.length)], 500 + random.nextInt(5000)));
			}
			else if (random.nextInt(30) == 0) {
				// a random code point, anywhere in Unicode, assigned or not
				sb.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
			}
			else {
				sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
			}
		}
		return sb.toString();
	}

	/** About {@code length} characters of the fragment, now and then something else. */
	private static String run(Random random, String fragment, int length) {
		StringBuilder sb = new StringBuilder(length + 16);
		while (sb.length() < length) {
			sb.append(fragment);
			if (random.nextInt(500) == 0) {
				sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
			}
		}
		return sb.toString();
	}

	/** The least CPU time of three readings and extractions of the text. */
	private static double fastestCpuSeconds(String text) {
		ThreadMXBean mx = ManagementFactory.getThreadMXBean();
		double best = Double.MAX_VALUE;
		for (int k = 0; k < 3; k++) {
			long t0 = mx.getCurrentThreadCpuTime();
			for (Article article : new PageReader().read(text, "fuzz.txt", PUBLISHED).articles()) {
				EXTRACTOR.extract(article);
			}
			best = Math.min(best, (mx.getCurrentThreadCpuTime() - t0) / 1e9);
		}
		return best;
	}

	/** The start of a text with its invisible characters made visible, for messages. */
	private static String visible(String text) {
		StringBuilder sb = new StringBuilder();
		text.codePoints().limit(200).forEach(cp -> {
			if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || Character.getType(cp) == Character.FORMAT
					|| Character.getType(cp) == Character.NON_SPACING_MARK || Character.isSurrogate((char) cp)) {
				sb.append(String.format("\\u%04X", cp));
			}
			else {
				sb.appendCodePoint(cp);
			}
		});
		return text.length() > 200 ? sb + "… (" + text.length() + " chars)" : sb.toString();
	}

}
