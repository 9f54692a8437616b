package dev.briefing.job;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.core.ExitStatus;

/**
 * Logs a long step's progress at most every few seconds: items done of the total, rate and time left.
 */
class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);

	private final String what;

	private final IntSupplier total;

	private final long everyNanos;

	private StepExecution step;

	private int expected;

	private long started;

	private long lastLog;

	ProgressLogger(String what, IntSupplier total, Duration every) {
		this.what = what;
		this.total = total;
		this.everyNanos = every.toNanos();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		step = stepExecution;
		expected = total.getAsInt();
		started = System.nanoTime();
		lastLog = started;
		log.info("{}: {} {} to do", stepExecution.getStepName(), expected, what);
	}

	@Override
	public void afterChunk(Chunk<Object> chunk) {
		long now = System.nanoTime();
		if (now - lastLog < everyNanos) {
			return;
		}
		lastLog = now;
		long done = step.getReadCount();
		double seconds = (now - started) / 1e9;
		double rate = done / Math.max(seconds, 1e-3);
		long left = Math.max(0, expected - done);
		log.info("{}: {} of {} {} ({}%), {} per second, about {} s left", step.getStepName(), done, expected, what,
				expected == 0 ? 100 : done * 100 / expected, Math.round(rate), Math.round(left / Math.max(rate, 1e-3)));
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		double seconds = (System.nanoTime() - started) / 1e9;
		log.info("{}: {} {} read, {} written, {} skipped in {} s", stepExecution.getStepName(),
				stepExecution.getReadCount(), what, stepExecution.getWriteCount(), stepExecution.getSkipCount(),
				String.format("%.1f", seconds));
		return null;
	}
}
