package dev.briefing.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The unit of a quantity, as DESIGN.md names them: currencies by ISO 4217 code,
 * {@code PERCENT}, {@code COUNT} … One table, {@code src/main/resources/units/units.tsv},
 * holds every unit with what the workbook shows for it and, for money, the names the text
 * uses; the extractor, the store and every sheet and chart take their units from here.
 * There is one instance per unit, so units compare with {@code ==}.
 */
public final class Unit {

	/** What a unit measures; every currency is {@link #MONEY}. */
	public enum Kind {

		MONEY, PERCENT, PERCENT_POINT, BASIS_POINT, TIMES, INDEX, POINT, COUNT, YEAR, QUARTER, MONTH, DAY, RANK

	}

	/** The table's resource on the class path. */
	static final String TABLE = "/units/units.tsv";

	private static final Map<String, Unit> BY_CODE = load();

	public static final Unit PERCENT = valueOf("PERCENT");

	public static final Unit PERCENT_POINT = valueOf("PERCENT_POINT");

	public static final Unit BASIS_POINT = valueOf("BASIS_POINT");

	public static final Unit TIMES = valueOf("TIMES");

	public static final Unit INDEX = valueOf("INDEX");

	public static final Unit POINT = valueOf("POINT");

	public static final Unit COUNT = valueOf("COUNT");

	public static final Unit YEAR = valueOf("YEAR");

	public static final Unit QUARTER = valueOf("QUARTER");

	public static final Unit MONTH = valueOf("MONTH");

	public static final Unit DAY = valueOf("DAY");

	public static final Unit RANK = valueOf("RANK");

	/** Renminbi (元, 人民币). */
	public static final Unit CNY = valueOf("CNY");

	public static final Unit USD = valueOf("USD");

	public static final Unit HKD = valueOf("HKD");

	public static final Unit EUR = valueOf("EUR");

	public static final Unit JPY = valueOf("JPY");

	public static final Unit GBP = valueOf("GBP");

	private final String code;

	private final Kind kind;

	private final String shown;

	private final String cldrName;

	private final List<String> forms;

	private final List<String> bareNames;

	private final List<String> signs;

	private Unit(String code, Kind kind, String shown, String cldrName, List<String> forms, List<String> bareNames,
			List<String> signs) {
		this.code = code;
		this.kind = kind;
		this.shown = shown;
		this.cldrName = cldrName;
		this.forms = forms;
		this.bareNames = bareNames;
		this.signs = signs;
	}

	/** The code stored and printed: {@code AUD}, {@code PERCENT}. */
	@JsonValue
	public String code() {
		return code;
	}

	/** The code, as an enum constant's name would be. */
	public String name() {
		return code;
	}

	public Kind kind() {
		return kind;
	}

	public boolean isMoney() {
		return kind == Kind.MONEY;
	}

	/**
	 * What the workbook shows after a number of this unit: {@code 澳元}, {@code 元},
	 * {@code 个百分点}, {@code %}; empty for an index level.
	 */
	public String shown() {
		return shown;
	}

	/** Money: the currency's name in CLDR's Simplified Chinese data, else empty. */
	public String cldrName() {
		return cldrName;
	}

	/**
	 * Money: every name that stands for this currency alone in a text (its CLDR name, the
	 * shown name and the short forms papers print: 美金, 港币, 瑞郎 …); empty for the others.
	 */
	public List<String> forms() {
		return forms;
	}

	/**
	 * Money: names several currencies share ({@code 克朗}) that mean this one where the
	 * text does not say which.
	 */
	public List<String> bareNames() {
		return bareNames;
	}

	/** Money: the signs written before a number ({@code $}, {@code HK$}, {@code €}). */
	public List<String> signs() {
		return signs;
	}

	@Override
	public String toString() {
		return code;
	}

	/** The unit of a code; throws {@link IllegalArgumentException} for an unknown one. */
	public static Unit valueOf(String code) {
		Unit u = code == null ? null : BY_CODE.get(code);
		if (u == null) {
			throw new IllegalArgumentException("unknown unit " + code + " (units are listed in " + TABLE + ")");
		}
		return u;
	}

	/** The unit of a code in any letter case, as the catalog may write it. */
	@JsonCreator
	public static Unit of(String code) {
		return valueOf(code == null ? null : code.strip().toUpperCase(Locale.ROOT));
	}

	/** The unit of a code, or empty where the table has none. */
	public static Optional<Unit> find(String code) {
		return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
	}

	/** Every unit of the table, in its order. */
	public static List<Unit> all() {
		return List.copyOf(BY_CODE.values());
	}

	/** Every currency of the table. */
	public static List<Unit> currencies() {
		return BY_CODE.values().stream().filter(Unit::isMoney).toList();
	}

	private static Map<String, Unit> load() {
		Map<String, Unit> map = new LinkedHashMap<>();
		try (InputStream in = Unit.class.getResourceAsStream(TABLE)) {
			if (in == null) {
				throw new IllegalStateException("the unit table " + TABLE + " is missing from the class path");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			int lineNo = 0;
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				lineNo++;
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] c = line.split("\t", -1);
				String code = c[0].strip();
				Kind kind;
				try {
					kind = Kind.valueOf(cell(c, 1).toUpperCase(Locale.ROOT));
				}
				catch (IllegalArgumentException e) {
					throw new IllegalStateException(TABLE + " line " + lineNo + ": unknown kind '" + cell(c, 1) + "'");
				}
				String shown = cell(c, 2);
				String cldr = cell(c, 3);
				List<String> forms = new ArrayList<>();
				List<String> bare = new ArrayList<>();
				for (String b : cell(c, 5).split(" ")) {
					addForm(bare, b);
				}
				if (kind == Kind.MONEY) {
					addForm(forms, cldr);
					if (!bare.contains(shown)) {
						// 卢布 shows the rouble, but in a text it is a name several share
						addForm(forms, shown);
					}
					for (String f : cell(c, 4).split(" ")) {
						addForm(forms, f);
					}
				}
				List<String> signs = new ArrayList<>();
				for (String b : cell(c, 6).split(" ")) {
					addForm(signs, b);
				}
				if (map.put(code, new Unit(code, kind, shown, cldr, Collections.unmodifiableList(forms),
						Collections.unmodifiableList(bare), Collections.unmodifiableList(signs))) != null) {
					throw new IllegalStateException(TABLE + " line " + lineNo + ": " + code + " listed twice");
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Collections.unmodifiableMap(map);
	}

	private static String cell(String[] c, int k) {
		return k < c.length ? c[k].strip() : "";
	}

	private static void addForm(List<String> forms, String f) {
		if (!f.isBlank() && !forms.contains(f.strip())) {
			forms.add(f.strip());
		}
	}

}
