package dev.briefing.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.briefing.store.SchemaInitializer;

/**
 * Creates the tables on first start and shuts an HSQLDB database down cleanly when the
 * command ends, so the next start does not replay its log.
 */
final class DatabaseLifecycle implements InitializingBean, DisposableBean {

	private final DataSource dataSource;

	DatabaseLifecycle(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() {
		SchemaInitializer.initialize(dataSource);
	}

	@Override
	public void destroy() {
		try {
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
		}
		catch (RuntimeException e) {
			// the pool may hold no connection any more; HSQLDB recovers from its log at
			// next start
		}
	}

}
