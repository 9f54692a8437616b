package dev.briefing.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Reads the peer projects' published test cases from {@code ../shared/peer-specs/}. */
final class PeerSpecs {

	static final Path ROOT = Path.of("../shared/peer-specs");

	private static final ObjectMapper JSON = JsonMapper.builder().build();

	private PeerSpecs() {
	}

	static boolean present() {
		return Files.isDirectory(ROOT);
	}

	static void assumePresent() {
		Assumptions.assumeTrue(present(), "../shared/peer-specs not present: peer test cases are not checked here");
	}

	static JsonNode read(String relative) {
		Path file = ROOT.resolve(relative);
		try {
			String text = Files.readString(file, StandardCharsets.UTF_8);
			if (text.startsWith("\ufeff")) {
				text = text.substring(1);
			}
			return JSON.readTree(text);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
