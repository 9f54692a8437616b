package dev.briefing.ops;

/**
 * A fault ops meet, told in one line that says what happened, where, and what to do.
 *
 * @param kind what kind of fault, which decides the exit code
 * @param message the line without its {@code briefing: } prefix
 */
public record Fault(Kind kind, String message) {

	/** The kinds of fault and the exit code of each. */
	public enum Kind {

		/** No space left on the disk of a folder the run writes to. */
		DISK_FULL(1),
		/**
		 * Database files that cannot be read: damaged, incomplete or of another program.
		 */
		DAMAGED(1),
		/**
		 * Database files of another program or version: the config points at the wrong
		 * files.
		 */
		FOREIGN(2),
		/** A folder the run must write to that cannot be written: a matter of setup. */
		NOT_WRITABLE(2),
		/** Another process holds the database files. */
		HELD(3),
		/** Any other failure reading or writing files. */
		IO(1);

		private final int exitCode;

		Kind(int exitCode) {
			this.exitCode = exitCode;
		}

	}

	public int exitCode() {
		return kind.exitCode;
	}

	/** The line as the command prints it. */
	public String line() {
		return "briefing: " + message;
	}

	/** Thrown where a fault is found before any work starts. */
	public static final class Found extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Fault fault;

		public Found(Fault fault, Throwable cause) {
			super(fault.message(), cause);
			this.fault = fault;
		}

		public Fault fault() {
			return fault;
		}

	}

}
