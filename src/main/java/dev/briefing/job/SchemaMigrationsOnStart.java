package dev.briefing.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import dev.briefing.config.BriefingConfig;
import dev.briefing.db.Dialect;
import dev.briefing.db.SchemaMigrations;

/**
 * Migrates the database's tables as soon as the data source is made, so that nothing in
 * the context (job repository, stores, message channels) sees the database before its
 * schema is this program's.
 */
final class SchemaMigrationsOnStart implements BeanPostProcessor {

	private final ObjectProvider<BriefingConfig> config;

	private boolean done;

	SchemaMigrationsOnStart(ObjectProvider<BriefingConfig> config) {
		this.config = config;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !done) {
			String url = config.getObject().database();
			Dialect dialect = Dialect.of(url);
			SchemaMigrations.apply(dataSource, dialect, dialect.describe(url));
			done = true;
		}
		return bean;
	}

}
