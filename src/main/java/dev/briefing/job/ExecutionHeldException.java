package dev.briefing.job;

/**
 * An execution left running that a live process still holds (a worker still running one
 * of its partitions): it is not recovered, and nothing starts beside it.
 */
public class ExecutionHeldException extends RuntimeException {

	public ExecutionHeldException(String message) {
		super(message);
	}

}
