package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The extractor's vocabulary files under {@code src/main/resources/extract/} are well
 * formed: each line has its cells, categories, weights and units are known, and no list
 * names a word twice (a maintainer's slip that would otherwise go unnoticed).
 */
class WordListsTest {

	@Test
	void categoryWordsNameAKnownCategoryAndAWeightOnce() {
		Set<String> seen = new HashSet<>();
		List<String[]> rows = WordLists.rows("category-words.tsv");
		assertThat(rows).hasSizeGreaterThan(400);
		for (String[] row : rows) {
			assertThat(row).as(String.join(" | ", row)).hasSize(3);
			assertThat(Category.of(row[1])).as(row[1]).isNotNull();
			assertThat(Double.parseDouble(row[2])).as(row[0]).isBetween(0.0, 1.0);
			assertThat(seen.add(row[0] + "\t" + row[1])).as("listed twice: " + row[0] + " " + row[1]).isTrue();
		}
	}

	@Test
	void measureWordsNameAUnitOnce() {
		Set<String> seen = new HashSet<>();
		for (String[] row : WordLists.rows("measure-words.tsv")) {
			assertThat(row).as(String.join(" | ", row)).hasSize(4);
			assertThat(Unit.valueOf(row[1])).isNotNull();
			assertThat(seen.add(row[0])).as("listed twice: " + row[0]).isTrue();
		}
		assertThat(seen).contains("家", "个百分点", "标箱");
	}

	@Test
	void eachListNamesAWordOnce() {
		Set<String> seen = new HashSet<>();
		for (String[] row : WordLists.rows("word-lists.tsv")) {
			assertThat(row.length).as(String.join(" | ", row)).isBetween(2, 3);
			assertThat(row[1]).as(row[0]).isNotBlank();
			assertThat(seen.add(row[0] + "\t" + row[1])).as("listed twice in " + row[0] + ": " + row[1]).isTrue();
		}
		assertThat(WordLists.words("money-after")).contains("贷款", "收益");
		assertThat(List.of(WordLists.pairs("left-qualifiers"))).allSatisfy(p -> assertThat(p).hasSize(2));
	}

}
