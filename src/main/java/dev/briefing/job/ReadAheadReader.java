package dev.briefing.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Hands out the inbox entries in order and has the files ahead of them read on other
 * threads meanwhile, so that the next chunk's files are read, cut into articles and
 * fingerprinted while this chunk is written. {@link #processor()} then only collects each
 * entry's result (or its failure, which the step skips as it would have). Items are still
 * written in reading order, one chunk after the other, so ids and the choice of the first
 * copy of a repeated article do not depend on timing.
 */
class ReadAheadReader<I, O> implements ItemStreamReader<I> {

	private final ItemStreamReader<I> delegate;

	private final ItemProcessor<I, O> work;

	private final AsyncTaskExecutor executor;

	private final int window;

	private final Deque<I> ahead = new ArrayDeque<>();

	private final Map<I, Future<O>> results = new ConcurrentHashMap<>();

	ReadAheadReader(ItemStreamReader<I> delegate, ItemProcessor<I, O> work, AsyncTaskExecutor executor, int window) {
		this.delegate = delegate;
		this.work = work;
		this.executor = executor;
		this.window = window;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		delegate.open(executionContext);
	}

	@Override
	public I read() throws Exception {
		while (ahead.size() < window) {
			I next = delegate.read();
			if (next == null) {
				break;
			}
			ahead.add(next);
			results.put(next, executor.submit(() -> work.process(next)));
		}
		return ahead.poll();
	}

	/** The result of an entry read, waited for when it is not ready yet. */
	public ItemProcessor<I, O> processor() {
		return item -> {
			Future<O> result = results.remove(item);
			if (result == null) {
				return work.process(item);
			}
			try {
				return result.get();
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof Exception x) {
					throw x;
				}
				throw e;
			}
		};
	}

	@Override
	public void update(ExecutionContext executionContext) {
		delegate.update(executionContext);
	}

	@Override
	public void close() {
		results.values().forEach(f -> f.cancel(true));
		results.clear();
		ahead.clear();
		delegate.close();
	}

}
