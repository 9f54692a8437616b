package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The realistic week's workbook converts to PDF in LibreOffice headless with a Chinese
 * font embedded. LibreOffice is required: without it the test fails and names the package
 * to install, because a workbook that LibreOffice cannot open is a workbook some managers
 * cannot read.
 */
class LibreOfficeConversionTest {

	private static final Pattern BASE_FONT = Pattern.compile("/BaseFont\\s*/([A-Za-z0-9+_.-]+)");

	private static final Pattern CJK_FONT = Pattern.compile(
			"(?i).*(cjk|wenquanyi|wqy|zenhei|microhei|sourcehan|droidsansfallback|uming|ukai|yahei|simsun|simhei|dengxian).*");

	@TempDir
	Path dir;

	@Test
	void convertsToPdfWithAChineseFont() throws Exception {
		Path soffice = soffice().orElseGet(() -> fail("LibreOffice (soffice) was not found on the PATH. The workbook "
				+ "is checked by converting it with LibreOffice headless: install the Debian package "
				+ "libreoffice-calc-nogui (or libreoffice-calc): apt-get install -y libreoffice-calc-nogui fonts-noto-cjk; "
				+ ".ci/run installs it."));
		Path workbook = SampleWeeks.writer().write(SampleWeeks.week47(), dir.resolve("reports"));
		Path out = Files.createDirectories(dir.resolve("pdf"));
		Path log = dir.resolve("soffice.log");
		// a profile of its own, so that parallel runs and a desktop session do not
		// collide
		String profile = dir.resolve("lo-profile").toUri().toString();
		Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile, "--headless",
				"--norestore", "--convert-to", "pdf", "--outdir", out.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean ended = p.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			p.destroyForcibly();
		}
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(ended).as("soffice ended within 5 minutes:%n%s", output).isTrue();
		assertThat(p.exitValue()).as("soffice exit code:%n%s", output).isZero();

		Path pdf = out.resolve("briefing-2024-W47.pdf");
		assertThat(pdf).as("PDF written; soffice said:%n%s", output).isRegularFile();
		byte[] bytes = Files.readAllBytes(pdf);
		String text = new String(bytes, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("%PDF-");
		// the chart pictures alone make a real conversion far larger than this
		assertThat(bytes.length).isGreaterThan(100_000);
		assertThat(count(text, "/Type\\s*/Page[^s]")).as("pages").isGreaterThanOrEqualTo(5);
		List<String> fonts = new ArrayList<>();
		Matcher m = BASE_FONT.matcher(text);
		while (m.find()) {
			fonts.add(m.group(1));
		}
		assertThat(fonts).as("fonts embedded in the PDF").anyMatch(f -> CJK_FONT.matcher(f).matches());
	}

	private static int count(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		int n = 0;
		while (m.find()) {
			n++;
		}
		return n;
	}

	static Optional<Path> soffice() {
		List<Path> candidates = new ArrayList<>();
		for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!entry.isEmpty()) {
				candidates.add(Path.of(entry, "soffice"));
				candidates.add(Path.of(entry, "libreoffice"));
			}
		}
		candidates.add(Path.of("/usr/lib/libreoffice/program/soffice"));
		candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
		try (Stream<Path> opt = Files.isDirectory(Path.of("/opt")) ? Files.list(Path.of("/opt")) : Stream.empty()) {
			opt.filter(d -> d.getFileName().toString().startsWith("libreoffice"))
				.forEach(d -> candidates.add(d.resolve("program/soffice")));
		}
		catch (java.io.IOException e) {
			// no /opt to look in
		}
		return candidates.stream().filter(Files::isExecutable).findFirst();
	}

}
