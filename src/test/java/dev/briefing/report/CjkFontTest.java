package dev.briefing.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.StandardChartTheme;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CjkFontTest {

	@Test
	void findsAnInstalledFontThatDrawsChinese() {
		CjkFont font = CjkFont.find("");
		assertThat(font.family()).isNotIn("Dialog", "SansSerif", "Serif");
		assertThat(font.font(Font.PLAIN, 12f).canDisplayUpTo("郑州经开区经济指标周报 融资 债券 就业")).isEqualTo(-1);
	}

	@Test
	void prefersNotoSansCjkScOverOtherCjkFamilies() {
		List<String> installed = List.of("AR PL UMing CN", "Droid Sans Fallback", "WenQuanYi Zen Hei",
				"Noto Sans CJK SC");
		assertThat(CjkFont.find("", installed, CjkFontTest::drawsEverything).family()).isEqualTo("Noto Sans CJK SC");
		assertThat(CjkFont.find("", installed.subList(0, 3), CjkFontTest::drawsEverything).family())
			.isEqualTo("WenQuanYi Zen Hei");
		// without a preferred family, the first one by name that draws Chinese
		assertThat(CjkFont
			.find("", List.of("Droid Sans Fallback", "AR PL UMing CN", "Dialog"), CjkFontTest::drawsEverything)
			.family()).isEqualTo("AR PL UMing CN");
	}

	@Test
	void takesTheConfiguredFamily() {
		String installed = CjkFont.find("").family();
		assertThat(CjkFont.find(installed).family()).isEqualTo(installed);
	}

	@Test
	void takesAConfiguredFontFile() throws IOException {
		Optional<Path> file = cjkFontFile();
		Assumptions.assumeTrue(file.isPresent(),
				"no Noto CJK or WenQuanYi font file under /usr/share/fonts (Debian fonts-noto-cjk or fonts-wqy-zenhei)");
		CjkFont font = CjkFont.find(file.get().toString());
		assertThat(font.font(Font.BOLD, 14f).canDisplayUpTo(CjkFont.SAMPLE)).isEqualTo(-1);
	}

	@Test
	void failsNamingTheDebianPackagesWhenNoFontDrawsChinese() {
		assertThatThrownBy(() -> CjkFont.find("", List.of("DejaVu Sans", "Liberation Serif", "Dialog"),
				name -> new Font(name, Font.PLAIN, 12) {
					@Override
					public int canDisplayUpTo(String text) {
						return 0;
					}
				}))
			.isInstanceOf(CjkFontException.class)
			.hasMessageContaining("fonts-noto-cjk")
			.hasMessageContaining("fonts-wqy-zenhei")
			.hasMessageContaining("report.font");
	}

	@Test
	void failsOnAConfiguredFamilyThatIsNotInstalled() {
		assertThatThrownBy(() -> CjkFont.find("No Such Font 楷体")).isInstanceOf(CjkFontException.class)
			.hasMessageContaining("'No Such Font 楷体' is not an installed font family")
			.hasMessageContaining("fonts-noto-cjk");
	}

	@Test
	void failsOnAConfiguredFamilyThatCannotDrawChinese() {
		assertThatThrownBy(
				() -> CjkFont.find("DejaVu Sans", List.of("DejaVu Sans"), name -> new Font(name, Font.PLAIN, 12) {
					@Override
					public int canDisplayUpTo(String text) {
						return 0;
					}
				}))
			.isInstanceOf(CjkFontException.class)
			.hasMessageContaining("cannot draw Chinese");
	}

	@Test
	void failsOnAMissingFontFile() {
		assertThatThrownBy(() -> CjkFont.find("/nonexistent/fonts/NotoSansCJK-Regular.ttc"))
			.isInstanceOf(CjkFontException.class)
			.hasMessageContaining("does not exist")
			.hasMessageContaining("fonts-noto-cjk");
	}

	@Test
	void installSetsTheThemeOfNewCharts() {
		CjkFont font = CjkFont.find("");
		font.install();
		StandardChartTheme theme = (StandardChartTheme) ChartFactory.getChartTheme();
		assertThat(theme.getExtraLargeFont().getFamily(Locale.ROOT)).isEqualTo(font.family());
		assertThat(theme.getRegularFont().canDisplayUpTo(CjkFont.SAMPLE)).isEqualTo(-1);
	}

	/**
	 * A font of the given family that claims to draw any text, whether or not it is
	 * installed.
	 */
	private static Font drawsEverything(String family) {
		return new Font(family, Font.PLAIN, 12) {
			private static final long serialVersionUID = 1L;

			@Override
			public int canDisplayUpTo(String text) {
				return -1;
			}

			@Override
			public String getFamily(Locale locale) {
				return family;
			}
		};
	}

	private static Optional<Path> cjkFontFile() throws IOException {
		Path fonts = Path.of("/usr/share/fonts");
		if (!Files.isDirectory(fonts)) {
			return Optional.empty();
		}
		try (Stream<Path> files = Files.walk(fonts)) {
			return files.filter(p -> {
				String name = p.getFileName().toString();
				return name.matches("(NotoSansCJK-Regular\\.ttc|wqy-zenhei\\.ttc)");
			}).findFirst();
		}
	}

}
