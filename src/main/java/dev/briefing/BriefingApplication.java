package dev.briefing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import dev.briefing.config.BriefingConfig;
import dev.briefing.db.Dialect;
import dev.briefing.job.BriefingMail;

/**
 * The Spring context of the commands that use the database: the job repository, the
 * indicator store and the jobs. Started per command, with the loaded job config as a
 * bean; commands that need no database ({@code extract}, {@code articles}) never start
 * it.
 */
@SpringBootApplication
public class BriefingApplication {

	/**
	 * Makes the job's zone the default: Batch records its times in it, as everything else
	 * uses, and so do the log and the run lock's holder shown to others.
	 */
	public static void useTimeZone(BriefingConfig config) {
		java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(config.timeZone()));
	}

	public static ConfigurableApplicationContext start(BriefingConfig config) {
		return start(config, false);
	}

	/**
	 * The context; {@code readOnly} for commands that only read ({@code status},
	 * {@code report}, the schedule's checks): its beans are then made when first asked
	 * for, so what the command does not use (the jobs, their steps and executors) is
	 * never built; the database is still migrated and closed cleanly.
	 */
	public static ConfigurableApplicationContext start(BriefingConfig config, boolean readOnly) {
		useTimeZone(config);
		Map<String, Object> props = new HashMap<>();
		props.put("spring.datasource.url", config.database());
		Dialect dialect = Dialect.of(config.database());
		if (dialect.user(config.login()) != null) {
			props.put("spring.datasource.username", dialect.user(config.login()));
		}
		props.put("spring.datasource.password", config.login().password());
		dialect.connectionProperties()
			.forEach((k, v) -> props.put("spring.datasource.hikari.data-source-properties." + k, v));
		props.put("spring.datasource.hikari.maximum-pool-size", Math.max(4, config.extract().threads() + 2));
		props.put("spring.datasource.hikari.pool-name", "briefing");
		props.put("spring.batch.job.enabled", "false");
		props.put("spring.batch.jdbc.initialize-schema", "never");
		props.put("spring.main.log-startup-info", "false");
		// the log stays open while the shutdown hooks of a SIGTERM let the work finish
		props.put("logging.register-shutdown-hook", "false");
		props.put("logging.level.org.springframework.batch.core.step.item.ChunkOrientedStep", "WARN");
		props.putAll(BriefingMail.springProperties(config));
		props.put("spring.main.lazy-initialization", readOnly);
		return new SpringApplicationBuilder(BriefingApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.registerShutdownHook(false)
			.properties(props)
			.initializers(ctx -> ctx.getBeanFactory().registerSingleton("briefingConfig", config))
			.run();
	}

}
