package dev.briefing.db;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a fresh database of the shared {@link PostgresTestServer}: declare a
 * {@link PostgresTestDatabase} parameter. One in a {@code @BeforeAll} method is the test
 * class's database; one in a test method (or {@code @BeforeEach}) is that test's own.
 * Each is dropped when its class or test is done.
 *
 * <pre>
 * &#64;ExtendWith(PostgresDatabaseExtension.class)
 * class SomethingOnPostgresTest {
 *     &#64;Test
 *     void aNight(PostgresTestDatabase db) { ... db.url() ... }
 * }
 * </pre>
 */
public final class PostgresDatabaseExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PostgresDatabaseExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == PostgresTestDatabase.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String label = context.getTestMethod()
			.map(m -> m.getName())
			.orElseGet(() -> context.getRequiredTestClass().getSimpleName());
		return context.getStore(NAMESPACE)
			.computeIfAbsent("database", k -> new Dropped(PostgresTestServer.newDatabase(shorten(label))),
					Dropped.class)
			.database();
	}

	private static String shorten(String label) {
		return label.length() > 40 ? label.substring(0, 40) : label;
	}

	/** Drops its database when the store that holds it is closed. */
	private record Dropped(PostgresTestDatabase database) implements AutoCloseable {

		@Override
		public void close() {
			database.drop();
		}

	}

}
