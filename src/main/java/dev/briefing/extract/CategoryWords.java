package dev.briefing.extract;

/**
 * Keywords that tell what a figure is about, with a weight: 1 for a word that names the
 * subject ({@code 贷款余额}, {@code 进出口}), less for a word that only leans ({@code 企业},
 * {@code 资金}). A longer keyword hides the shorter ones inside it ({@code 财政收入} over
 * {@code 收入}). The words are data: {@code src/main/resources/extract/category-words.tsv}.
 */
final class CategoryWords {

	interface Sink {

		void accept(String word, Category category, double weight);

	}

	private CategoryWords() {
	}

	static void forEach(Sink sink) {
		for (String[] row : WordLists.rows("category-words.tsv")) {
			if (row.length != 3) {
				throw new IllegalStateException(
						"category-words.tsv: a line needs a word, a category and a weight: " + String.join(" | ", row));
			}
			sink.accept(row[0], Category.of(row[1]), Double.parseDouble(row[2]));
		}
	}

}
