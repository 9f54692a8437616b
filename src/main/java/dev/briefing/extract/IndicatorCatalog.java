package dev.briefing.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.briefing.config.ConfigException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The indicator catalog, in the order of the file. */
public record IndicatorCatalog(List<Indicator> indicators) {

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
		.build();

	public static IndicatorCatalog load(Path file) {
		try {
			IndicatorCatalog catalog = YAML.readValue(Files.readString(file), IndicatorCatalog.class);
			if (catalog == null || catalog.indicators() == null) {
				throw new ConfigException(file + ": no 'indicators' list");
			}
			return catalog;
		}
		catch (IOException e) {
			throw new ConfigException("cannot read indicator catalog " + file + ": " + e.getMessage(), e);
		}
		catch (JacksonException e) {
			throw new ConfigException(file + ": " + e.getOriginalMessage().lines().findFirst().orElse("") + " at '"
					+ e.getPathReference() + "'", e);
		}
	}

	public Optional<Indicator> find(String id) {
		return indicators.stream().filter(i -> i.id().equals(id)).findFirst();
	}

	public List<Indicator> headlines() {
		return indicators.stream().filter(Indicator::headline).toList();
	}

	public List<Indicator> chart(String name) {
		return indicators.stream().filter(i -> name.equals(i.chart())).toList();
	}
}
