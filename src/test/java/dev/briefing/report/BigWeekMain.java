package dev.briefing.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Writes a generated week of many mentions, in a JVM of its own so that a test can give
 * it a small heap: {@code BigWeekMain REPORTS MENTIONS}. Prints the workbook path and the
 * peak heap used.
 */
public final class BigWeekMain {

	private BigWeekMain() {
	}

	public static void main(String[] args) throws Exception {
		Path file = SampleWeeks.writer()
			.write(new GeneratedWeek(SampleWeeks.W47, Integer.parseInt(args[1])), Path.of(args[0]));
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		System.out.println(file);
		System.out.println("peak-heap-mb=" + peak / (1024 * 1024));
	}

}
