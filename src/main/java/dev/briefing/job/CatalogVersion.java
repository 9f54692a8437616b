package dev.briefing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A short hash of the catalog file, stored with each extracted article to say which catalog made its figures. */
record CatalogVersion(String value) {

	static CatalogVersion of(Path catalog) {
		try {
			byte[] d = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(catalog));
			return new CatalogVersion(HexFormat.of().formatHex(d, 0, 8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
