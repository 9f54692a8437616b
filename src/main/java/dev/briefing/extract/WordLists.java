package dev.briefing.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one loader of the extractor's vocabulary, which is data under
 * {@code src/main/resources/extract/}: {@code category-words.tsv} (keywords of each
 * category and their weights), {@code measure-words.tsv} (units after a number) and
 * {@code word-lists.tsv} (every other list: qualifiers, periods, stop phrases, regions,
 * context words, each named in its first column). Files are tab-separated, UTF-8, with
 * {@code #} comments; a list keeps the order of its lines, which matters where the first
 * word that fits is taken.
 */
final class WordLists {

	private static final String DIR = "/extract/";

	private WordLists() {
	}

	/**
	 * The lists of {@code word-lists.tsv}, by name: the cells after the name, per line.
	 */
	private static final class Named {

		static final Map<String, List<String[]>> LISTS = new LinkedHashMap<>();

		static {
			for (String[] row : rows("word-lists.tsv")) {
				LISTS.computeIfAbsent(row[0], k -> new ArrayList<>()).add(Arrays.copyOfRange(row, 1, row.length));
			}
		}

	}

	/** The words of a named list, in order. */
	static String[] words(String list) {
		return named(list).stream().map(r -> r[0]).toArray(String[]::new);
	}

	/** The words of a named list, as a list. */
	static List<String> list(String list) {
		return List.of(words(list));
	}

	/** The words of a named list, as a set. */
	static Set<String> set(String list) {
		return Set.copyOf(new LinkedHashSet<>(list(list)));
	}

	/** The word and its value, per line of a named list. */
	static String[][] pairs(String list) {
		return named(list).stream().map(r -> {
			if (r.length != 2) {
				throw new IllegalStateException("word-lists.tsv: list " + list
						+ " needs a word and a value per line, got " + String.join(" | ", r));
			}
			return r.clone();
		}).toArray(String[][]::new);
	}

	/**
	 * The first characters of the words of {@code pairs}, to tell quickly where none can
	 * start.
	 */
	static String firstChars(String[][] pairs) {
		StringBuilder sb = new StringBuilder();
		for (String[] p : pairs) {
			if (sb.indexOf(p[0].substring(0, 1)) < 0) {
				sb.append(p[0].charAt(0));
			}
		}
		return sb.toString();
	}

	private static List<String[]> named(String list) {
		List<String[]> rows = Named.LISTS.get(list);
		if (rows == null) {
			throw new IllegalStateException("word-lists.tsv has no list named " + list);
		}
		return rows;
	}

	/**
	 * The cells of each line of a file under {@code src/main/resources/extract/} that is
	 * neither empty nor a comment; trailing empty cells are kept.
	 */
	static List<String[]> rows(String file) {
		try (InputStream in = WordLists.class.getResourceAsStream(DIR + file)) {
			if (in == null) {
				throw new IllegalStateException("the extractor's vocabulary file " + DIR + file + " is missing");
			}
			List<String[]> rows = new ArrayList<>();
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(line.split("\t", -1));
				}
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
