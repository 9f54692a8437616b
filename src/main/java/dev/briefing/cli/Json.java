package dev.briefing.cli;

import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON lines as the commands print them: fields in declaration order, numbers written
 * plain.
 */
public final class Json {

	public static final ObjectMapper MAPPER = JsonMapper.builder()
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private Json() {
	}

	public static String line(Object value) {
		return MAPPER.writeValueAsString(value);
	}

}
