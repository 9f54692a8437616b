package dev.briefing.job;

import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;

import dev.briefing.db.Dialect;

/**
 * Closes the database cleanly when the command ends (HSQLDB writes its files, so the next
 * start does not replay its log). The tables are migrated when the data source is made
 * ({@link SchemaMigrationsOnStart}).
 */
final class DatabaseLifecycle implements DisposableBean {

	private final DataSource dataSource;

	private final Dialect dialect;

	DatabaseLifecycle(DataSource dataSource, Dialect dialect) {
		this.dataSource = dataSource;
		this.dialect = dialect;
	}

	@Override
	public void destroy() {
		try {
			dialect.close(dataSource);
		}
		catch (RuntimeException e) {
			// the pool may hold no connection any more; HSQLDB recovers from its log at
			// next start
		}
	}

}
