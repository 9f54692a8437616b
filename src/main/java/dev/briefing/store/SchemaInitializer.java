package dev.briefing.store;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * Creates Spring Batch's tables and Briefing's own on first start. A file database is not
 * "embedded" to Spring Boot, and its script initializer fails on tables that exist, so
 * the tables are looked up first.
 */
public final class SchemaInitializer {

	private static final Logger log = LoggerFactory.getLogger(SchemaInitializer.class);

	private SchemaInitializer() {
	}

	public static void initialize(DataSource dataSource) {
		JdbcClient jdbc = JdbcClient.create(dataSource);
		create(jdbc, dataSource, "BATCH_JOB_INSTANCE", "org/springframework/batch/core/schema-hsqldb.sql");
		create(jdbc, dataSource, "BRIEFING_FILE", "db/briefing-schema.sql");
	}

	private static void create(JdbcClient jdbc, DataSource dataSource, String table, String script) {
		Integer n = jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = ?")
			.param(table)
			.query(Integer.class)
			.single();
		if (n == 0) {
			log.info("Creating tables from {}", script);
			new ResourceDatabasePopulator(new ClassPathResource(script)).execute(dataSource);
		}
	}

}
