package dev.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;

/**
 * The command line as users and scripts meet it: help, usage errors, and the JSON lines
 * of the commands.
 */
class CommandLineTest {

	private static final String PAGE = "samples/inbox/2024-11-20_jingkai-times-page1.txt";

	@TempDir
	Path dir;

	@Test
	void helpListsEveryCommandAndEachCommandExplainsItself() {
		CliRun help = CliRun.of("--help");
		assertThat(help.exitCode()).isZero();
		for (String command : List.of("run", "restart", "status", "report", "reextract", "schedule", "extract",
				"articles", "bench", "worker", "backup", "restore")) {
			assertThat(help.out()).contains(command);
			CliRun own = CliRun.of(command, "--help");
			assertThat(own.exitCode()).as(command).isZero();
			assertThat(own.out()).as(command).contains("Usage: briefing " + command).contains("--config");
		}
		assertThat(CliRun.of("run", "--help").out()).contains("--date", "--inbox", "--reports", "--database");
	}

	@Test
	void usageErrorsExitWithTwoAndSayWhatWasWrong() {
		CliRun unknown = CliRun.of("publish");
		assertThat(unknown.exitCode()).isEqualTo(2);
		assertThat(unknown.err()).contains("publish");
		CliRun option = CliRun.of("run", "--when", "2024-11-22");
		assertThat(option.exitCode()).isEqualTo(2);
		assertThat(option.err()).contains("--when");
		CliRun date = CliRun.of("run", "--date", "22.11.2024");
		assertThat(date.exitCode()).isEqualTo(2);
		assertThat(date.err()).contains("22.11.2024");
		assertThat(CliRun.of().exitCode()).isEqualTo(2);
	}

	@Test
	void extractPrintsOneJsonLinePerQuantityWithTheDesignFields() {
		CliRun run = CliRun.of("extract", PAGE);
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<JsonNode> lines = run.lines().stream().map(Json.MAPPER::readTree).toList();
		assertThat(lines).hasSizeGreaterThan(20);
		for (String field : List.of("file", "article", "title", "published", "category", "indicator", "label", "value",
				"valueMax", "unit", "counter", "qualifier", "period", "region", "text", "sentence", "where")) {
			assertThat(lines.get(0).has(field)).as(field).isTrue();
		}
		assertThat(lines).allSatisfy(l -> assertThat(l.has("why")).isFalse());
		JsonNode visited = lines.stream()
			.filter(l -> "financing.enterprises_visited".equals(l.get("indicator").asString(null)))
			.findFirst()
			.orElseThrow();
		assertThat(visited.get("file").asString()).isEqualTo("2024-11-20_jingkai-times-page1.txt");
		assertThat(visited.get("published").asString()).isEqualTo("2024-11-20");
		assertThat(visited.get("value").decimalValue()).isEqualByComparingTo("33207");
		assertThat(visited.get("unit").asString()).isEqualTo("COUNT");
		assertThat(visited.get("counter").asString()).isEqualTo("家");
		assertThat(visited.get("qualifier").asString()).isEqualTo("exact");
		assertThat(visited.get("period").asString()).isEqualTo("2024-11-18");
		assertThat(visited.get("sentence").asString()).contains("33207家");
		JsonNode relief = lines.stream()
			.filter(l -> "fiscal_tax.tax_fee_relief".equals(l.get("indicator").asString(null)))
			.findFirst()
			.orElseThrow();
		assertThat(relief.get("value").asString()).isEqualTo("1385000000");
		assertThat(relief.get("unit").asString()).isEqualTo("CNY");
	}

	@Test
	void articlesPrintsEachArticleOfAPage() {
		CliRun run = CliRun.of("articles", PAGE);
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<JsonNode> lines = run.lines().stream().map(Json.MAPPER::readTree).toList();
		assertThat(lines).hasSizeGreaterThan(3);
		for (int i = 0; i < lines.size(); i++) {
			JsonNode a = lines.get(i);
			assertThat(a.get("article").asInt()).isEqualTo(i + 1);
			assertThat(a.get("file").asString()).isEqualTo("2024-11-20_jingkai-times-page1.txt");
			assertThat(a.get("published").asString()).isEqualTo("2024-11-20");
			assertThat(a.has("title") && a.has("dateline") && a.has("text")).isTrue();
			assertThat(a.get("text").asString()).doesNotContain("\u3000").isNotBlank();
		}
	}

	@Test
	void extractExplainSaysWhichWordsDecidedEachFigure() {
		CliRun run = CliRun.of("extract", "--explain", PAGE);
		assertThat(run.exitCode()).as(run.err()).isZero();
		List<JsonNode> lines = run.lines().stream().map(Json.MAPPER::readTree).toList();
		assertThat(lines).allSatisfy(l -> assertThat(l.get("why").asString()).isNotBlank());
		JsonNode visited = lines.stream()
			.filter(l -> "financing.enterprises_visited".equals(l.get("indicator").asString(null)))
			.findFirst()
			.orElseThrow();
		assertThat(visited.get("why").asString()).contains("financing.enterprises_visited").contains("走访");
	}

	@Test
	void aFileThatCannotBeReadIsNamedAndTheOthersStillPrint() {
		CliRun run = CliRun.of("extract", dir.resolve("missing.txt").toString(), PAGE);
		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.err()).contains("missing.txt");
		assertThat(run.lines()).isNotEmpty();
	}

	@Test
	void benchEndsWithOneJsonLineOfItsMeasurements() {
		CliRun run = CliRun.of("bench", "--pages", "12", "--weeks", "2", "--workdir", dir.toString());
		assertThat(run.exitCode()).as(run.err()).isZero();
		JsonNode result = Json.MAPPER.readTree(run.lines().get(run.lines().size() - 1));
		assertThat(result.get("pages").asInt()).isEqualTo(12);
		assertThat(result.get("chars").asLong()).isGreaterThan(12 * 3000L);
		for (String field : List.of("floor_mchar_s", "extract_mchar_s", "run_seconds", "run_mchar_s", "peak_heap_mb")) {
			assertThat(result.get(field).asDouble()).as(field).isPositive();
		}
		assertThat(result.get("database").asString()).isEqualTo("hsqldb");
		assertThat(result.has("workers")).isFalse();
		assertThat(dir.resolve("reports/2024-W47/briefing-2024-W47.xlsx")).isRegularFile();
	}

}
