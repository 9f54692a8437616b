package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

	@TempDir
	Path dir;

	private final InboxFileReader reader = new InboxFileReader(10L << 20);

	@Test
	void readsOneArticleALineAndReportsBrokenLinesByNumber() throws Exception {
		Path file = dir.resolve("crawler-20241122.jsonl");
		Files.writeString(file, """
				{"title":"我省发行政府债券","date":"2024-11-21","source":"河南日报","text":"昨日，我省发行政府债券 165.8789 亿\\n元。"}
				{"title":"断行", "text": "没有结束
				{"title":"十月PMI","date":"2024年11月1日","source":"新华社","text":"10月份，制造业PMI为５０．１％。"}

				["不是对象"]
				{"title":"没有正文","date":"2024-11-21"}
				{"title":"没有日期","text":"经开区今年新增市场主体3260户。"}
				""");

		SourceDocument doc = reader.read(file, "crawler-20241122.jsonl");

		assertThat(doc.articles()).extracting(Article::number).containsExactly(1, 2, 3);
		assertThat(doc.articles()).extracting(Article::title).containsExactly("我省发行政府债券", "十月PMI", "没有日期");
		assertThat(doc.articles()).extracting(Article::published)
			.containsExactly(LocalDate.of(2024, 11, 21), LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 22));
		assertThat(doc.articles()).extracting(Article::source).containsExactly("河南日报", "新华社", null);
		assertThat(doc.articles()).extracting(Article::text)
			.containsExactly("昨日，我省发行政府债券165.8789亿元。", "10月份，制造业PMI为50.1%。", "经开区今年新增市场主体3260户。");
		assertThat(doc.problems()).extracting(ReadProblem::kind).containsOnly(ReadProblem.Kind.BROKEN_LINE);
		assertThat(doc.problems()).extracting(ReadProblem::detail)
			.satisfiesExactly(d -> assertThat(d).startsWith("line 2: invalid JSON"),
					d -> assertThat(d).isEqualTo("line 5: not a JSON object; the line was skipped"),
					d -> assertThat(d).isEqualTo("line 6: no \"text\"; the line was skipped"));
		assertThat(doc.published()).isEqualTo(LocalDate.of(2024, 11, 22));
	}

	@Test
	void aLineWithoutDateInAnUndatedFeedIsReported() throws Exception {
		Path file = dir.resolve("feed.jsonl");
		Files.writeString(file, """
				{"title":"有日期","date":"2024-11-21","text":"经开区今年新增市场主体3260户。"}
				{"title":"没有日期","text":"经开区今年新增市场主体3260户。"}
				""");

		SourceDocument doc = reader.read(file, "feed.jsonl");

		assertThat(doc.articles()).extracting(Article::published).containsExactly(LocalDate.of(2024, 11, 21), null);
		assertThat(doc.problems()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ReadProblem.Kind.UNDATED);
			assertThat(p.article()).isEqualTo(2);
		});
	}

	@Test
	void aFeedWithNoReadableLineIsRefused() throws Exception {
		Path file = dir.resolve("feed.jsonl");
		Files.writeString(file, "not json\n{\"title\":1}\n");

		assertThatThrownBy(() -> reader.read(file, "feed.jsonl")).isInstanceOf(UnreadableFileException.class)
			.hasMessageStartingWith("no readable line in the feed (line 1: invalid JSON");
	}

	@Test
	void anAgencyBylineAtTheStartOfTheTextGivesDatelineAndSource() throws Exception {
		Path file = dir.resolve("2024-11-07_feed.jsonl");
		Files.writeString(file, """
				{"title":"外汇储备","date":"2024-11-07","text":"新华社北京11月7日电（记者 吴书言）国家外汇管理局7日发布统计数据。"}
				""");

		Article a = reader.read(file, "2024-11-07_feed.jsonl").articles().get(0);

		assertThat(a.dateline()).isEqualTo(LocalDate.of(2024, 11, 7));
		assertThat(a.source()).isEqualTo("新华社");
	}

}
