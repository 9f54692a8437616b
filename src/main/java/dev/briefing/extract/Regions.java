package dev.briefing.extract;

import java.util.List;

/** Province-level names a figure's region can be read from. */
final class Regions {

	static final List<String> PROVINCES = WordLists.list("provinces");

	private Regions() {
	}

}
