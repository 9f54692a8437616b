package dev.briefing.extract;

import java.util.List;

/** Fixed phrases, slogans and policy names that hold numerals but are not quantities. */
final class StopPhrases {

	static final List<String> ALL = WordLists.list("stop-phrases");

	private StopPhrases() {
	}

}
