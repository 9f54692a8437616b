package dev.briefing.job;

import java.time.Duration;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs a long step's progress at most every few seconds: items done of the total, rate
 * and time left. Hooked on writes, which every chunk goes through whether its items are
 * processed on one thread or many. A partitioned step hooks it on the manager step and
 * hands {@link #writes()} to the partitions, which then count into one total.
 */
class ProgressLogger implements StepExecutionListener, ItemWriteListener<Object> {

	private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);

	private final String what;

	private final IntSupplier total;

	private final long everyNanos;

	private volatile String stepName;

	private volatile long expected;

	private long done;

	private volatile long started;

	private long lastLog;

	/**
	 * @param total how many items the step has to do; asked before the step, and again
	 * after its first chunk when it did not know yet (a reader that counts when it opens)
	 */
	ProgressLogger(String what, IntSupplier total, Duration every) {
		this.what = what;
		this.total = total;
		this.everyNanos = every.toNanos();
	}

	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		stepName = stepExecution.getStepName();
		expected = total.getAsInt();
		done = 0;
		started = System.nanoTime();
		lastLog = started;
	}

	/**
	 * A listener of the chunks written by the partitions of the step this logger watches.
	 */
	ItemWriteListener<Object> writes() {
		return new ItemWriteListener<>() {
			@Override
			public void afterWrite(Chunk<?> items) {
				ProgressLogger.this.afterWrite(items);
			}
		};
	}

	@Override
	public synchronized void afterWrite(Chunk<?> items) {
		if (stepName == null) {
			// partitions run by a worker process, whose manager step runs elsewhere:
			// count
			// from the first chunk this process writes
			stepName = "partitions on this worker";
			started = System.nanoTime();
			lastLog = started;
		}
		if (expected <= 0 && done == 0) {
			expected = total.getAsInt();
		}
		done += items.size();
		log.debug("{}: chunk written, {} done", stepName, done);
		long now = System.nanoTime();
		if (now - lastLog < everyNanos) {
			return;
		}
		lastLog = now;
		double seconds = (now - started) / 1e9;
		double rate = done / Math.max(seconds, 1e-3);
		long total = Math.max(expected, done);
		log.info("{}: {} of {} {} ({}%), {} per second, about {} s left", stepName, done, total, what,
				total == 0 ? 100 : done * 100 / total, Math.round(rate),
				Math.round((total - done) / Math.max(rate, 1e-3)));
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
