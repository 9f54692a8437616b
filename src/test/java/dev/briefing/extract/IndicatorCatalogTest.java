package dev.briefing.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.briefing.ingest.Article;

class IndicatorCatalogTest {

	private static final IndicatorCatalog CATALOG = IndicatorCatalog.load(Path.of("job-configs/indicators.yml"));

	@Test
	void coversTheBriefingsIndicatorsWithUniqueIds() {
		Set<String> ids = new HashSet<>();
		for (Indicator i : CATALOG.indicators()) {
			assertThat(ids.add(i.id())).as("duplicate id %s", i.id()).isTrue();
			assertThat(i.id()).startsWith(i.category().code() + ".");
			assertThat(i.triggers()).as(i.id()).isNotEmpty();
			assertThat(i.label()).as(i.id()).isNotBlank();
		}
		assertThat(CATALOG.chart("pipeline")).extracting(Indicator::id)
			.containsExactly("financing.enterprises_visited", "financing.intent", "financing.applications",
					"financing.credit_granted", "financing.loans_granted");
		assertThat(CATALOG.chart("bonds")).extracting(Indicator::id)
			.contains("debt.bonds_issued", "debt.general_bonds", "debt.special_bonds");
		assertThat(ids).contains("financing.visit_coverage", "financing.city_rank", "sme_index.production",
				"sme_index.development", "debt.bond_rate", "debt.bond_term", "debt.special_bonds_by_purpose",
				"fiscal_tax.tax_fee_relief", "financing.loan_balance", "financing.loan_growth",
				"employment.jobs_created", "enterprise.count", "trade.total", "macro.pmi");
		assertThat(CATALOG.headlines()).extracting(Indicator::id)
			.contains("financing.visit_coverage", "sme_index.production", "debt.bonds_issued",
					"fiscal_tax.tax_fee_relief");
	}

	@Test
	void aUserAddsAnIndicatorInTheFileAlone(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("indicators.yml");
		Files.writeString(file, """
				indicators:
				  - id: macro.port_throughput
				    label: 港口货物吞吐量
				    category: macro
				    unit: COUNT
				    counter: 吨
				    triggers: [货物吞吐量]
				    headline: true
				""");
		QuantityExtractor extractor = new QuantityExtractor(IndicatorCatalog.load(file), Extraction.REGION);
		List<Quantity> found = extractor.extract(new Article("a.txt", 1, null, LocalDate.of(2024, 11, 22), null, null,
				"前10个月，全省港口货物吞吐量达到3.2亿吨，集装箱吞吐量达到120万标箱。"));
		assertThat(found).extracting(Quantity::indicator).containsExactly("macro.port_throughput", null);
		assertThat(found.get(0).label()).isEqualTo("港口货物吞吐量");
		assertThat(found.get(0).value()).isEqualByComparingTo("320000000");
	}

}
