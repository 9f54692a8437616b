package dev.briefing.job;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.PartitionNameProvider;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import dev.briefing.store.ArticleStore;

/**
 * Cuts the extraction queue into key ranges of about the same number of articles, one a
 * partition. The names stay {@code partition0} … whatever the queue holds, so that a
 * restart finds the partitions of the failed run by name and continues those that did not
 * finish, in the ranges they had.
 */
class ExtractPartitioner implements Partitioner, PartitionNameProvider {

	static final String FROM = "from";

	static final String TO = "to";

	private static final Logger log = LoggerFactory.getLogger(ExtractPartitioner.class);

	private final ArticleStore articles;

	ExtractPartitioner(ArticleStore articles) {
		this.articles = articles;
	}

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		int n = Math.max(1, gridSize);
		List<Long> cuts = articles.queueCuts(n);
		Map<String, ExecutionContext> out = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			ExecutionContext c = new ExecutionContext();
			c.putLong(FROM, cuts.get(i));
			c.putLong(TO, cuts.get(i + 1));
			out.put(name(i), c);
		}
		log.info("Extraction queue cut into {} key range(s): {}", n, cuts);
		return out;
	}

	@Override
	public Collection<String> getPartitionNames(int gridSize) {
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.max(1, gridSize); i++) {
			names.add(name(i));
		}
		return names;
	}

	private static String name(int i) {
		return "partition" + i;
	}

}
