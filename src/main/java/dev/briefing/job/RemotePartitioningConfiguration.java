package dev.briefing.job;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.QueueChannel;
import org.springframework.integration.jdbc.store.JdbcChannelMessageStore;
import org.springframework.integration.jdbc.store.channel.PostgresChannelMessageStoreQueryProvider;
import org.springframework.integration.store.MessageGroupQueue;

/**
 * The queue that carries the extract step's partitions from the manager to the
 * {@code briefing worker} processes with {@code scale.workers: remote}: a Spring
 * Integration {@link QueueChannel} whose messages are rows of the shared PostgreSQL
 * ({@link JdbcChannelMessageStore}, table {@code INT_CHANNEL_MESSAGE}). A worker takes a
 * request with one {@code DELETE … RETURNING … FOR UPDATE SKIP LOCKED}, so each is taken
 * once. Nothing touches the database until a request is sent or polled: a context on
 * HSQLDB or with local partitions never uses it.
 */
@Configuration(proxyBeanMethods = false)
class RemotePartitioningConfiguration {

	/** The message group (the channel's name in the store). */
	static final String REQUESTS = "briefing.extract-partition-requests";

	/** What a request may hold when it is read back: nothing else is deserialized. */
	static final String[] ALLOWED_CLASSES = { "org.springframework.messaging.*", "org.springframework.integration.*",
			"java.util.*", StepExecutionRequest.class.getName() };

	@Bean
	JdbcChannelMessageStore partitionRequestStore(DataSource dataSource) {
		JdbcChannelMessageStore store = new JdbcChannelMessageStore(dataSource);
		store.setChannelMessageStoreQueryProvider(new PostgresChannelMessageStoreQueryProvider());
		store.setRegion("briefing");
		store.addAllowedPatterns(ALLOWED_CLASSES);
		// the table is the schema's (Flyway); no query at start, HSQLDB contexts included
		store.setCheckDatabaseOnStart(false);
		return store;
	}

	@Bean
	QueueChannel partitionRequests(JdbcChannelMessageStore partitionRequestStore) {
		return new QueueChannel(new MessageGroupQueue(partitionRequestStore, REQUESTS));
	}

	@Bean
	PartitionWorker partitionWorker(QueueChannel partitionRequests, JobRepository jobRepository,
			BeanFactory beanFactory) {
		return new PartitionWorker(partitionRequests, jobRepository,
				name -> beanFactory.getBean(name, org.springframework.batch.core.step.Step.class));
	}

}
