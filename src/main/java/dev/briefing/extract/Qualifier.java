package dev.briefing.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a figure is bounded: exact, at least ({@code 多 超 以上}), at most ({@code 以下 不到}),
 * about, or a range.
 */
public enum Qualifier {

	EXACT, OVER, UNDER, APPROX, RANGE;

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Qualifier of(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
