package dev.briefing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.briefing.extract.QuantityExtractor;
import dev.briefing.ingest.Article;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.ingest.SourceDocument;
import dev.briefing.ingest.UnreadableFileException;

/**
 * The measurements of {@code briefing bench}: a scan floor (decode, NFKC, one regex pass
 * for digits) and extraction alone (read, clean, segment, extract; no database), both
 * over the same files read one at a time, so memory does not hold the corpus.
 */
public final class Benchmark {

	private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	private final InboxFileReader reader;

	private final QuantityExtractor extractor;

	private final int threads;

	public Benchmark(InboxFileReader reader, QuantityExtractor extractor, int threads) {
		this.reader = reader;
		this.extractor = extractor;
		this.threads = threads;
	}

	/** Characters, seconds and a count that keeps the work from being optimised away. */
	public record Pass(long chars, double seconds, long found) {
		public double mcharPerSecond() {
			return chars / 1e6 / seconds;
		}
	}

	/** Decode, NFKC and one regex pass for digits, on one thread. */
	public Pass scanFloor(List<Path> files) {
		long start = System.nanoTime();
		long chars = 0;
		long found = 0;
		for (Path f : files) {
			String text = Normalizer.normalize(new String(bytes(f), StandardCharsets.UTF_8), Normalizer.Form.NFKC);
			chars += text.length();
			Matcher m = DIGITS.matcher(text);
			while (m.find()) {
				found++;
			}
		}
		return new Pass(chars, (System.nanoTime() - start) / 1e9, found);
	}

	/**
	 * Read, clean, segment and extract every file, on the extract step's number of
	 * threads.
	 */
	public Pass extraction(List<Path> files) throws Exception {
		AtomicLong chars = new AtomicLong();
		AtomicLong found = new AtomicLong();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> parts = new java.util.ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int offset = t;
				parts.add(pool.submit(() -> {
					for (int i = offset; i < files.size(); i += threads) {
						Path f = files.get(i);
						chars.addAndGet(new String(bytes(f), StandardCharsets.UTF_8).length());
						found.addAndGet(extract(f));
					}
					return null;
				}));
			}
			for (Future<?> p : parts) {
				p.get();
			}
		}
		finally {
			pool.shutdown();
		}
		return new Pass(chars.get(), (System.nanoTime() - start) / 1e9, found.get());
	}

	private long extract(Path f) {
		try {
			SourceDocument doc = reader.read(f, f.getFileName().toString());
			long n = 0;
			for (Article a : doc.articles()) {
				n += extractor.extract(a).size();
			}
			return n;
		}
		catch (UnreadableFileException e) {
			log.warn("Skipped {}: {}", f, e.reason());
			return 0;
		}
	}

	private static byte[] bytes(Path f) {
		try {
			return Files.readAllBytes(f);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Samples the used heap every few milliseconds and keeps the highest value seen. */
	public static final class HeapPeak implements AutoCloseable {

		private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

		private final AtomicLong peak = new AtomicLong();

		private final Thread sampler;

		private volatile boolean running = true;

		public HeapPeak() {
			sampler = new Thread(() -> {
				while (running) {
					peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
					try {
						Thread.sleep(5);
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}, "heap-peak");
			sampler.setDaemon(true);
			sampler.start();
		}

		public double megabytes() {
			return peak.get() / 1024.0 / 1024.0;
		}

		@Override
		public void close() {
			running = false;
			sampler.interrupt();
		}

	}

}
