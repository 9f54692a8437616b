package dev.briefing.ingest;

/**
 * Something wrong with an input that is reported in the workbook's data-quality sheet and
 * the log.
 *
 * @param kind what went wrong
 * @param file the file it concerns
 * @param article the article number in the file, or 0 for the whole file
 * @param detail a sentence for the reader: what and, where it helps, what to do
 */
public record ReadProblem(Kind kind, String file, int article, String detail) {

	public enum Kind {

		/** The file was not read at all. */
		SKIPPED_FILE("跳过的文件"),
		/** No publication date in the file name, metadata or fields. */
		UNDATED("无日期"),
		/** A line of a JSON-lines feed that could not be read; the other lines were. */
		BROKEN_LINE("损坏的行");

		private final String chinese;

		Kind(String chinese) {
			this.chinese = chinese;
		}

		public String chinese() {
			return chinese;
		}

	}
}
