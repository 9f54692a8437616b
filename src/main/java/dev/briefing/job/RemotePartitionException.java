package dev.briefing.job;

/**
 * The remote partitions of a night did not all finish: the message names the partitions
 * and why (no worker took them, their worker stopped moving, or they failed on their
 * worker).
 */
public class RemotePartitionException extends RuntimeException {

	RemotePartitionException(String message) {
		super(message);
	}

}
