package dev.briefing.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.cli.CliRun;
import dev.briefing.cli.Json;
import tools.jackson.databind.JsonNode;

/**
 * After a catalog change, the chosen weeks are extracted again and their workbooks
 * rewritten, nothing doubled.
 */
class ReextractTest {

	@TempDir
	Path dir;

	@Test
	void aNewCatalogEntryReachesStoredWeeksWithoutDoublingTheirFigures() throws Exception {
		JobTestSupport before = JobTestSupport.in(dir).withConfig(c -> c);
		before.copyResource("/job/2024-11-20_district-page.txt", "2024-11-20_district-page.txt");
		assertThat(before.cli("run", "--date", "2024-11-22").exitCode()).isZero();
		long figures = before.count("SELECT COUNT(*) FROM BRIEFING_FIGURE");
		String investment = "SELECT COUNT(*) FROM BRIEFING_FIGURE WHERE INDICATOR = 'macro.fixed_asset_investment_total'";
		assertThat(before.count(investment)).isZero();

		// the user adds an indicator to the catalog, then re-extracts the week
		Path catalog = dir.resolve("indicators.yml");
		Files.writeString(catalog, Files.readString(Path.of("job-configs/indicators.yml")).replace("indicators:\n", """
				indicators:
				  - id: macro.fixed_asset_investment_total
				    label: 固定资产投资完成额
				    category: macro
				    unit: CNY
				    triggers: [固定资产投资完成, 固定资产投资]
				    headline: true
				"""));
		JobTestSupport after = before.withConfig(c -> c.replaceAll("(?m)^catalog: .*$", "catalog: " + catalog));

		CliRun reextract = after.cli("reextract", "--week", "2024-W47");
		assertThat(reextract.exitCode()).as(reextract.err()).isZero();
		assertThat(after.count("SELECT COUNT(*) FROM BRIEFING_FIGURE")).isEqualTo(figures);
		assertThat(after.count(investment)).isEqualTo(1);
		assertThat(after.indicatorValues("2024-W47")).hasSize((int) figures);

		List<JsonNode> status = CliRun.of(after.args("status", "--json", "--limit", "1"))
			.lines()
			.stream()
			.map(Json.MAPPER::readTree)
			.toList();
		assertThat(status.get(0).get("job").asString()).isEqualTo("refreshWeeks");
		assertThat(status.get(0).get("status").asString()).isEqualTo("COMPLETED");
		assertThat(status.get(0).get("report").asString()).endsWith("briefing-2024-W47.xlsx");
		assertThat(after.cli("reextract", "--week", "2024-47").exitCode()).isEqualTo(2);
	}

}
