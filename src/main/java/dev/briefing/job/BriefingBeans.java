package dev.briefing.job;

import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.briefing.config.BriefingConfig;
import dev.briefing.db.Dialect;
import dev.briefing.extract.IndicatorCatalog;
import dev.briefing.extract.QuantityExtractor;
import dev.briefing.ingest.InboxFileReader;
import dev.briefing.report.ReportSettings;
import dev.briefing.report.WorkbookWriter;
import dev.briefing.store.ArticleStore;
import dev.briefing.store.FigureStore;
import dev.briefing.store.FileStore;
import dev.briefing.store.ProblemStore;

/** The plain components the job is made of: store, reader, extractor, workbook writer. */
@Configuration(proxyBeanMethods = false)
class BriefingBeans {

	@Bean
	Clock clock(BriefingConfig config) {
		return Clock.system(config.timeZone());
	}

	@Bean
	static SchemaMigrationsOnStart schemaMigrationsOnStart(ObjectProvider<BriefingConfig> config) {
		return new SchemaMigrationsOnStart(config);
	}

	@Bean
	Dialect dialect(BriefingConfig config) {
		return Dialect.of(config.database());
	}

	@Bean
	LiveExecutions liveExecutions(Dialect dialect, DataSource dataSource) {
		return new LiveExecutions(dialect, dataSource);
	}

	@Bean
	@org.springframework.context.annotation.Lazy(false) // closes the database even when
														// nothing asked for it
	DatabaseLifecycle databaseLifecycle(DataSource dataSource, Dialect dialect) {
		return new DatabaseLifecycle(dataSource, dialect);
	}

	@Bean
	FileStore fileStore(DataSource dataSource, Dialect dialect, DatabaseLifecycle schema) {
		return new FileStore(dataSource, dialect);
	}

	@Bean
	ArticleStore articleStore(DataSource dataSource, Dialect dialect, DatabaseLifecycle schema) {
		return new ArticleStore(dataSource, dialect);
	}

	@Bean
	FigureStore figureStore(DataSource dataSource, Dialect dialect, DatabaseLifecycle schema) {
		return new FigureStore(new JdbcTemplate(dataSource), dialect);
	}

	@Bean
	ProblemStore problemStore(DataSource dataSource, DatabaseLifecycle schema) {
		return new ProblemStore(JdbcClient.create(dataSource));
	}

	@Bean
	IndicatorCatalog indicatorCatalog(BriefingConfig config) {
		return IndicatorCatalog.load(config.catalog());
	}

	@Bean
	QuantityExtractor quantityExtractor(IndicatorCatalog catalog, BriefingConfig config) {
		return new QuantityExtractor(catalog, config.region());
	}

	@Bean
	InboxFileReader inboxFileReader(BriefingConfig config) {
		return new InboxFileReader(config.inbox().maxFileBytes());
	}

	@Bean
	ReportSettings reportSettings(BriefingConfig config) {
		return ReportSettings.of(config);
	}

	@Bean
	WorkbookWriter workbookWriter(IndicatorCatalog catalog, ReportSettings settings, Clock clock) {
		return new WorkbookWriter(catalog, settings, clock);
	}

}
