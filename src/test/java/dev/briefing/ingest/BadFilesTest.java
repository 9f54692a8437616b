package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every kind of file that cannot be read is refused with a reason ops understand; none
 * crashes the reader.
 */
class BadFilesTest {

	private static final String PAGE = "本报讯（记者 李明）近日，经开区召开安全生产工作会议，部署岁末年初安全防范工作。\n";

	@TempDir
	Path dir;

	private final InboxFileReader reader = new InboxFileReader(10L << 20);

	private Path write(String name, byte[] bytes) throws Exception {
		Path file = dir.resolve(name);
		Files.write(file, bytes);
		return file;
	}

	private String reason(Path file) {
		try {
			reader.read(file, file.getFileName().toString());
		}
		catch (UnreadableFileException e) {
			assertThat(e.file()).isEqualTo(file.getFileName().toString());
			return e.reason();
		}
		throw new AssertionError(file + " was read");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		assertThat(reason(write("2024-11-22_empty.txt", new byte[0]))).isEqualTo("empty file (0 bytes)");
		assertThat(reason(write("2024-11-22_blank.txt", " \n\u3000\r\n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("empty file (only white space)");
	}

	@Test
	void aBinaryFileIsRefused() throws Exception {
		byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
		bytes[10] = 0;
		assertThat(reason(write("2024-11-22_nul.txt", bytes)))
			.isEqualTo("binary file: NUL byte at offset 10, not text");
		assertThat(reason(write("2024-11-22_scan.txt", "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1))))
			.isEqualTo("binary file (a PDF document), not text");
		assertThat(reason(
				write("2024-11-22_controls.txt", "\u0001\u0002\u0003\u0004abc".getBytes(StandardCharsets.UTF_8))))
			.startsWith("binary file: 4 control characters");
	}

	@Test
	void invalidByteSequencesAreRefusedWithWhereTheyAre() throws Exception {
		byte[] good = "近日，经开区召开会议".getBytes(StandardCharsets.UTF_8);
		byte[] bad = new byte[good.length + 2];
		System.arraycopy(good, 0, bad, 0, good.length);
		bad[good.length] = (byte) 0xFF;
		bad[good.length + 1] = ' ';

		assertThat(reason(write("2024-11-22_bad.txt", bad)))
			.startsWith("invalid byte sequence: not UTF-8 (first bad byte at offset 30)");
		byte[] page = (PAGE + PAGE).getBytes(StandardCharsets.UTF_8);
		page[PAGE.getBytes(StandardCharsets.UTF_8).length] = (byte) 0x80;
		assertThat(reason(write("2024-11-22_stray.txt", page)))
			.isEqualTo("invalid byte sequence: UTF-8 text with a bad byte at offset 119");
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', (byte) 0xC3, '(' };
		assertThat(reason(write("2024-11-22_bom.txt", bom))).contains("UTF-8 byte order mark").contains("offset 4");
	}

	@Test
	void aFileOverTheLimitIsRefusedWithItsSizeAndTheLimit() throws Exception {
		InboxFileReader small = new InboxFileReader(1024);
		Path file = write("2024-11-22_big.txt", "经".repeat(1000).getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> small.read(file, "2024-11-22_big.txt")).isInstanceOf(UnreadableFileException.class)
			.hasMessage("too large: 2.9 KB (3000 bytes), over the limit of 1 KB set by inbox.max-file-mb");
		assertThat(InboxFileReader.size(10L << 20)).isEqualTo("10 MB");
		assertThat(InboxFileReader.size(12_582_912 + 52_429)).isEqualTo("12.1 MB");
	}

	@Test
	void aFolderIsNotAFile() throws Exception {
		Files.createDirectory(dir.resolve("2024-11-22_folder.txt"));

		assertThat(reason(dir.resolve("2024-11-22_folder.txt"))).isEqualTo("is a folder, not a file");
	}

	@Test
	void aBrokenSymbolicLinkIsNotAFile() throws Exception {
		Path link = Files.createSymbolicLink(dir.resolve("2024-11-22_link.txt"), dir.resolve("gone.txt"));

		assertThat(reason(link))
			.isEqualTo("broken symbolic link: points to " + dir.resolve("gone.txt") + ", which does not exist");
		assertThat(reason(dir.resolve("2024-11-22_missing.txt"))).isEqualTo("does not exist");
	}

	@Test
	void aSymbolicLinkToAPageIsRead() throws Exception {
		Path page = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));
		Path link = Files.createSymbolicLink(dir.resolve("2024-11-22_link.txt"), page);

		assertThat(reader.read(link, "2024-11-22_link.txt").articles()).hasSize(1);
	}

	@Test
	void anUnknownExtensionIsRefused() throws Exception {
		assertThat(reason(write("2024-11-22_page.pdf", PAGE.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("unsupported file type '.pdf' (expected .txt, .html, .htm or .jsonl)");
		assertThat(reason(write("README", PAGE.getBytes(StandardCharsets.UTF_8))))
			.isEqualTo("no file extension (expected .txt, .html, .htm or .jsonl)");
	}

	@Test
	void htmlNestedTwentyThousandLevelsDeepIsReadWithoutOverflowingTheStack() throws Exception {
		StringBuilder html = new StringBuilder("<html><head><title>深层页面</title></head><body>");
		html.append("<div>".repeat(20_000)).append("<p>经开区今年新增市场主体3260户。</p>").append("</div>".repeat(20_000));
		html.append("</body></html>");
		Path file = write("2024-11-22_deep.html", html.toString().getBytes(StandardCharsets.UTF_8));

		SourceDocument doc = assertTimeoutPreemptively(Duration.ofSeconds(20),
				() -> reader.read(file, "2024-11-22_deep.html"));

		assertThat(doc.articles()).singleElement().satisfies(a -> {
			assertThat(a.title()).isEqualTo("深层页面");
			assertThat(a.text()).isEqualTo("经开区今年新增市场主体3260户。");
		});
	}

	@Test
	void deeplyNestedJsonIsABrokenLineNotACrash() throws Exception {
		String deep = "[".repeat(100_000) + "]".repeat(100_000);
		String ok = "{\"title\":\"标题\",\"date\":\"2024-11-22\",\"text\":\"经开区今年新增市场主体3260户。\"}";
		Path file = write("feed.jsonl", (deep + "\n" + ok + "\n").getBytes(StandardCharsets.UTF_8));

		SourceDocument doc = reader.read(file, "feed.jsonl");

		assertThat(doc.articles()).hasSize(1);
		assertThat(doc.problems()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ReadProblem.Kind.BROKEN_LINE);
			assertThat(p.detail()).startsWith("line 1: invalid JSON");
		});
	}

	@Test
	void anUndatedFileIsReadAndReported() throws Exception {
		Path file = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));

		SourceDocument doc = reader.read(file, "inbox/page.txt");

		assertThat(doc.published()).isNull();
		assertThat(doc.articles()).singleElement().satisfies(a -> assertThat(a.published()).isNull());
		assertThat(doc.problems()).singleElement().satisfies(p -> {
			assertThat(p.kind()).isEqualTo(ReadProblem.Kind.UNDATED);
			assertThat(p.file()).isEqualTo("inbox/page.txt");
			assertThat(p.detail()).contains("2024-11-22");
		});
	}

	@Test
	void theDateComesFromAnywhereInTheName() throws Exception {
		Path file = write("page.txt", PAGE.getBytes(StandardCharsets.UTF_8));

		assertThat(reader.read(file, "henan-daily/20241122-p3.txt").published()).isEqualTo(LocalDate.of(2024, 11, 22));
		assertThat(reader.read(file, "2024-11-22/page.txt").published()).isEqualTo(LocalDate.of(2024, 11, 22));
		assertThat(reader.read(file, "page-20241341.txt").published()).isNull();
		assertThat(reader.read(file, "scan-120241122.txt").published()).isNull();
	}

	@Test
	void otherEncodingsAreToldFromTheBytes() throws Exception {
		Path gb = write("2024-11-22_gb.txt", PAGE.getBytes(Charset.forName("GB18030")));
		Path utf16 = write("2024-11-22_utf16.txt", ("\uFEFF" + PAGE).getBytes(StandardCharsets.UTF_16LE));

		assertThat(reader.read(gb, "gb.txt").encoding()).isEqualTo("GB18030");
		assertThat(reader.read(utf16, "utf16.txt").encoding()).isEqualTo("UTF-16LE");
		assertThat(reader.read(utf16, "utf16.txt").articles().get(0).text())
			.isEqualTo(reader.read(gb, "gb.txt").articles().get(0).text());
	}

	@Test
	void randomAndDamagedBytesAreReadOrRefusedButNeverCrashTheReader() throws Exception {
		byte[] page = Files.readAllBytes(Path.of("src/test/resources/ingest/2024-11-29_district-page.txt"));
		java.util.Random random = new java.util.Random(7);
		for (int round = 0; round < 200; round++) {
			byte[] bytes;
			if (round % 2 == 0) {
				bytes = new byte[random.nextInt(2000)];
				random.nextBytes(bytes);
			}
			else {
				bytes = page.clone();
				for (int k = 0; k < 1 + random.nextInt(5); k++) {
					bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
				}
			}
			for (String name : List.of("2024-11-22_r.txt", "2024-11-22_r.html", "2024-11-22_r.jsonl")) {
				Path file = write(name, bytes);
				try {
					SourceDocument doc = reader.read(file, name);
					assertThat(doc.articles()).isNotEmpty();
				}
				catch (UnreadableFileException e) {
					assertThat(e.reason()).isNotBlank().doesNotContain("could not be parsed");
				}
			}
		}
	}

}
