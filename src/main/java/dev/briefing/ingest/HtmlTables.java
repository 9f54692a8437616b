package dev.briefing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Tables of statistical releases as sentences: each row becomes one paragraph, its cells separated by
 * {@code ，}, and a unit the column's header names ({@code 绝对数（亿元）}, {@code 增长(%)}) is written after the
 * column's numbers, so {@code 地区生产总值 | 10234.5 | 5.6} under {@code 亿元} and {@code %} reads
 * {@code 地区生产总值，10234.5亿元，5.6%。} Without this, cells ran together and their numbers merged.
 */
final class HtmlTables {

	private static final Pattern HEADER_UNIT = Pattern.compile(
			"[（(]\\s*(万亿元|亿元|万元|元|亿美元|万美元|美元|%|％|个百分点|万人|人|万户|户|家|个|万吨|吨|万标箱|标箱|万辆|辆|倍)\\s*[）)]\\s*$");

	private static final Pattern NUMBER = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?");

	private HtmlTables() {
	}

	/** Replaces every table under {@code root} (innermost first) by one paragraph per row. */
	static void flatten(Element root) {
		List<Element> tables = new ArrayList<>(root.select("table"));
		for (int i = tables.size() - 1; i >= 0; i--) {
			Element table = tables.get(i);
			List<String> units = new ArrayList<>();
			List<Element> paragraphs = new ArrayList<>();
			for (Element row : table.select("tr")) {
				if (row.closest("table") != table) {
					continue;
				}
				List<Element> cells = row.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
				if (cells.isEmpty()) {
					continue;
				}
				boolean header = units.isEmpty() && (cells.stream().allMatch(c -> c.nameIs("th"))
						|| cells.stream().noneMatch(c -> NUMBER.matcher(c.text().trim()).matches()));
				if (header) {
					for (Element c : cells) {
						Matcher m = HEADER_UNIT.matcher(c.text().trim());
						units.add(m.find() ? m.group(1) : "");
					}
				}
				paragraphs.add(new Element("p").text(sentence(cells, header ? List.of() : units)));
			}
			for (Element p : paragraphs) {
				table.before(p);
			}
			table.remove();
		}
	}

	private static String sentence(List<Element> cells, List<String> units) {
		StringBuilder out = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String text = cells.get(c).text().trim();
			if (text.isEmpty()) {
				continue;
			}
			if (!out.isEmpty()) {
				out.append('，');
			}
			out.append(text);
			if (c < units.size() && !units.get(c).isEmpty() && NUMBER.matcher(text).matches()) {
				out.append(units.get(c));
			}
		}
		return out.append('。').toString();
	}
}
