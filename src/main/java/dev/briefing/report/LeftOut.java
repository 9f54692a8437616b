package dev.briefing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guard of the workbook's items: a figure, an article, a headline row or a chart that
 * cannot be written is left out of its place, and named here with its reason for the
 * data-quality sheet and the log, while the rest of the workbook is written. A failure of
 * the disk is no fault of the item and ends the workbook as before.
 */
final class LeftOut {

	private static final Logger log = LoggerFactory.getLogger(LeftOut.class);

	/**
	 * An item left out.
	 *
	 * @param place where it belonged ({@code 指标}, {@code 图表「…」} …)
	 * @param what the item as a reader finds it
	 * @param reason why it could not be written
	 */
	record Item(String place, String what, String reason) {
	}

	private final List<Item> items = new ArrayList<>();

	/**
	 * Runs the writing of one item; when it fails, {@code undo} takes back what it wrote,
	 * the item is recorded, and empty is returned.
	 */
	<T> Optional<T> attempt(String place, Supplier<String> what, Supplier<T> write, Runnable undo) {
		try {
			return Optional.of(write.get());
		}
		catch (RuntimeException e) {
			if (causedByIo(e)) {
				throw e;
			}
			undo.run();
			String item = describe(what);
			String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
			items.add(new Item(place, item, reason));
			log.warn("Left out of {}: {} ({})", place, item, reason);
			log.debug("item left out", e);
			return Optional.empty();
		}
	}

	List<Item> items() {
		return Collections.unmodifiableList(items);
	}

	private static String describe(Supplier<String> what) {
		try {
			return what.get();
		}
		catch (RuntimeException e) {
			return "（无法描述的项目）";
		}
	}

	private static boolean causedByIo(Throwable t) {
		for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
			if (c instanceof IOException || c instanceof UncheckedIOException) {
				return true;
			}
		}
		return false;
	}

}
