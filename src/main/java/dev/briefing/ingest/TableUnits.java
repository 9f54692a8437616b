package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

import dev.briefing.extract.Unit;

/**
 * The units a table names: at the end of a header or a row label ({@code 绝对数（亿元）},
 * {@code 发电量（亿千瓦时）}, {@code 增长(%)}) and in a caption above it ({@code （单位：亿元，%）}).
 */
final class TableUnits {

	private static final String UNIT = "(?:(?:万亿|亿|千万|百万|万|千)?(?:" + currencyNames() + ")(?:/[\\p{IsHan}]{1,3})?"
			+ "|%|％|个百分点|百分点|倍|点" + "|(?:亿|万)?(?:人次|人|户|家|个|吨|辆|台|套|件|项|笔|标箱|标准箱|千瓦时|千瓦|平方米|立方米|亩|公顷|公里|头|只|艘|架次))";

	private static final Pattern TRAILING = Pattern.compile("[（(]\\s*(?:单位[:：]\\s*)?(" + UNIT + "|年)\\s*[）)]\\s*$");

	/** A header naming a count: 项目个数, 企业家数, 户数. */
	private static final Pattern COUNT_HEADER = Pattern.compile("(个|家|户|人|笔|项)数\\s*$");

	private static final Pattern CAPTION = Pattern.compile("单位[:：]\\s*(" + UNIT + "(?:\\s*[，,、/;；]\\s*" + UNIT + ")*)");

	private static final Pattern ONE = Pattern.compile(UNIT);

	/** Longest text around a table that can be its caption. */
	private static final int MAX_CAPTION = 80;

	private TableUnits() {
	}

	private static final Pattern ALONE = Pattern.compile("^\\s*(" + UNIT + ")\\s*$");

	/** A cell that is a unit and nothing else ({@code 亿元}, {@code 万人}), else null. */
	static String alone(String cell) {
		Matcher m = ALONE.matcher(cell);
		return m.find() ? normal(m.group(1)) : null;
	}

	/** The unit a header or row label ends with ({@code 社会消费品零售总额（亿元）}), else null. */
	static String trailing(String label) {
		Matcher m = TRAILING.matcher(label.trim());
		if (m.find()) {
			return normal(m.group(1));
		}
		Matcher c = COUNT_HEADER.matcher(label.trim());
		return c.find() ? c.group(1) : null;
	}

	/**
	 * The units a caption gives the table: in its {@code <caption>}, in a short block
	 * just before it, or in a first row of one cell; empty where none is given.
	 */
	static List<String> caption(Element table) {
		List<String> texts = new ArrayList<>();
		Element caption = table.selectFirst("caption");
		if (caption != null && caption.closest("table") == table) {
			texts.add(caption.text());
		}
		Element before = table.previousElementSibling();
		for (int k = 0; k < 2 && before != null; k++) {
			String t = before.text().trim();
			if (!t.isEmpty()) {
				if (t.length() <= MAX_CAPTION) {
					texts.add(t);
				}
				break;
			}
			before = before.previousElementSibling();
		}
		Element first = table.selectFirst("tr");
		if (first != null && first.children().size() == 1) {
			texts.add(first.text());
		}
		for (String t : texts) {
			List<String> units = named(t);
			if (!units.isEmpty()) {
				return units;
			}
		}
		return List.of();
	}

	/**
	 * The units a {@code 单位：亿元，%} in the text gives, in order; empty where it gives none.
	 */
	static List<String> named(String text) {
		Matcher m = CAPTION.matcher(text);
		if (!m.find()) {
			return List.of();
		}
		List<String> units = new ArrayList<>();
		Matcher one = ONE.matcher(m.group(1));
		while (one.find()) {
			units.add(normal(one.group()));
		}
		return units;
	}

	/**
	 * Headers whose numbers are rates or multiples whatever the caption says: 票面利率, 投标倍数.
	 */
	private static final Pattern RATE_NAME = Pattern.compile("(?<!汇)率\\s*$|利率|收益率");

	private static final Pattern MULTIPLE_NAME = Pattern.compile("倍数");

	/**
	 * The unit a column's header implies by what it names, where it gives none: {@code %}
	 * for a rate ({@code 票面利率}), {@code 倍} for a multiple ({@code 投标倍数}), else null.
	 */
	static String implied(CharSequence header) {
		if (MULTIPLE_NAME.matcher(header).find()) {
			return "倍";
		}
		return RATE_NAME.matcher(header).find() ? "%" : null;
	}

	/**
	 * The unit of a column among those of a caption: {@code %} for a column of rates, the
	 * other for the rest.
	 */
	static String forColumn(List<String> units, boolean rate) {
		for (String u : units) {
			if (rate == u.equals("%")) {
				return u;
			}
		}
		return units.size() == 1 && !rate ? units.get(0) : null;
	}

	/** Headers of columns of rates: a caption's {@code %} is theirs. */
	static boolean isRateHeader(CharSequence header) {
		return RATE_HEADER.matcher(header).find();
	}

	private static final Pattern RATE_HEADER = Pattern.compile("同比|环比|增长|增速|增幅|降幅|比重|占比|%|％|百分比");

	/**
	 * Every name of a currency in the unit table ({@link Unit}), longest first, as a
	 * regex alternation.
	 */
	private static String currencyNames() {
		List<String> names = new ArrayList<>();
		for (Unit u : Unit.currencies()) {
			names.addAll(u.forms());
			names.addAll(u.bareNames());
		}
		names.sort(Comparator.comparingInt(String::length).reversed());
		StringBuilder sb = new StringBuilder();
		for (String n : names) {
			sb.append(sb.isEmpty() ? "" : "|").append(Pattern.quote(n));
		}
		return sb.toString();
	}

	private static String normal(String unit) {
		return unit.equals("％") ? "%" : unit;
	}

}
