package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Prints how fast cleanup and segmentation run on a page (the seed page where ../shared
 * is present, else the project's own district page), one page after the other and as one
 * long text of pages. The figure is printed, not asserted: the machine is shared. Rates
 * are per second of this thread's CPU time, so that other processes on the machine do not
 * lower them; the assertions check that the work was done.
 */
class IngestSpeedTest {

	private static final Path SEED = Path.of("../shared/seed/000_5d92ed781220f4ed.txt");

	/**
	 * CPU seconds per measurement (and as many for its warm-up);
	 * {@code -Dingest.speed.seconds=5} for more.
	 */
	private static final double SECONDS = Double.parseDouble(System.getProperty("ingest.speed.seconds", "1"));

	private static final Path OWN = Path.of("src/test/resources/ingest/2024-11-29_district-page.txt");

	@Test
	void printsCleanupAndSegmentationThroughput() throws Exception {
		String page = Files.readString(Files.isRegularFile(SEED) ? SEED : OWN, StandardCharsets.UTF_8);
		PageReader reader = new PageReader();
		LocalDate date = LocalDate.of(2024, 11, 22);
		int articles = reader.read(page, "page.txt", date).articles().size();

		double perPage = rate(() -> reader.read(page, "page.txt", date), page.length(), SECONDS);
		String many = (page + "\n").repeat(200);
		double longText = rate(() -> reader.read(many, "pages.txt", date), many.length(), SECONDS / 4);
		double cleanupOnly = rate(() -> TextCleaner.clean(page), page.length(), SECONDS / 4);

		System.out.printf(Locale.ROOT,
				"ingest speed (per CPU second): cleanup+segmentation %.1f Mchar/s page by page (%d chars, %d articles), "
						+ "%.1f Mchar/s on %d pages in one text; cleanup alone %.1f Mchar/s%n",
				perPage, page.length(), articles, longText, 200, cleanupOnly);
		assertThat(reader.read(many, "pages.txt", date).articles()).hasSizeGreaterThanOrEqualTo(200 * (articles - 2));
		assertThat(perPage).isPositive();
	}

	/**
	 * Millions of characters per second over about {@code seconds}, after a warm-up of
	 * the same length.
	 */
	private static double rate(Runnable work, int chars, double seconds) {
		run(work, seconds);
		return run(work, seconds) * chars / 1e6;
	}

	private static double run(Runnable work, double seconds) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = threads.getCurrentThreadCpuTime();
		long end = start + (long) (seconds * 1e9);
		long runs = 0;
		long now;
		do {
			work.run();
			runs++;
			now = threads.getCurrentThreadCpuTime();
		}
		while (now < end);
		return runs / ((now - start) / 1e9);
	}

}
