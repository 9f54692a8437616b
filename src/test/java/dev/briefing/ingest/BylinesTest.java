package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

	private final Bylines bylines = new Bylines();

	@Test
	void readsAgencyBylinesWithTheirDates() {
		Bylines.Byline b = bylines.byline("新华社北京11月21日电（记者谢希瑶韩佳诺）商务部");

		assertThat(b).isEqualTo(new Bylines.Byline("新华社", 11, 21, false));
		assertThat(bylines.byline("据新华社长沙11月21日电")).isEqualTo(new Bylines.Byline("新华社", 11, 21, true));
		assertThat(bylines.byline("中新社上海3月5日电（记者李然）")).isEqualTo(new Bylines.Byline("中新社", 3, 5, true));
	}

	@Test
	void readsLocalBylinesAndSiteBylines() {
		assertThat(bylines.byline("本报讯（记者王译博王梦琪）“绿色家")).isEqualTo(new Bylines.Byline(null, 0, 0, false));
		assertThat(bylines.byline("本报郑州11月21日讯（记者侯爱敏）")).isEqualTo(new Bylines.Byline(null, 11, 21, false));
		assertThat(bylines.byline("河南日报郑州11月21日讯近日")).isEqualTo(new Bylines.Byline("河南日报", 11, 21, false));
		assertThat(bylines.byline("央视网消息（新闻联播）：今年以来")).isEqualTo(new Bylines.Byline("央视网", 0, 0, false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "据了解，小微企业专属融资产品包", "人民日报发表评论员文章", "经开区电力部门加强巡查", "新华社发", "商务部近日印发的通知", "本地消息灵通人士说" })
	void ordinaryLinesAreNoBylines(String line) {
		assertThat(bylines.byline(line)).isNull();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "新华社发", "新华社发（李然摄）", "新华社记者王鹏摄", "（新华社记者王鹏摄）", "（王鹏摄）", "本报记者张华摄", "图片来源：视觉中国", "资料图片：新华社" })
	void recognisesPhotoCredits(String line) {
		assertThat(bylines.isCredit(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "记者在现场拍摄", "新华社发布消息称，今年以来", "摄影爱好者协会近日成立", "新华社北京11月21日电" })
	void ordinaryLinesAreNoPhotoCredits(String line) {
		assertThat(bylines.isCredit(line)).isFalse();
	}

	@Test
	void recognisesEndMarks() {
		assertThat(bylines.isEndMark("（完）")).isTrue();
		assertThat(bylines.isEndMark("完成")).isFalse();
	}

	@Test
	void datelinesTakeTheirYearFromThePublicationDate() {
		LocalDate published = LocalDate.of(2024, 11, 22);

		assertThat(new Bylines.Byline("新华社", 11, 21, true).date(published)).isEqualTo(LocalDate.of(2024, 11, 21));
		assertThat(new Bylines.Byline("新华社", 12, 31, true).date(LocalDate.of(2025, 1, 2)))
			.isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(new Bylines.Byline("新华社", 2, 30, true).date(published)).isNull();
		assertThat(new Bylines.Byline("新华社", 11, 21, true).date(null)).isNull();
		assertThat(new Bylines.Byline(null, 0, 0, false).date(published)).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "郑州经开区报2024年11月22日星期五第3版综合", "经开时报2024年11月1日星期五第3版综合", "第3版要闻", "·4·第4版",
			"2024-11-2810:05:12来源：新华网", "来源：经开时报发布时间：2024-11-20浏览次数：1286", "【纠错】【责任编辑：王某】", "（责任编辑：王某）", "2024-11-28" })
	void recognisesPageFurniture(String line) {
		assertThat(bylines.isFurniture(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "本报今日在第3版刊发评论员文章，引起广泛关注。", "2024年全省经济运行稳中有进", "11月21日，经开区召开会议。" })
	void ordinaryLinesAreNoFurniture(String line) {
		assertThat(bylines.isFurniture(line)).isFalse();
	}

	@Test
	void readsTheDateOfAPageHeader() {
		assertThat(bylines.fullDate("经开时报2024年11月1日星期五第3版综合")).isEqualTo(LocalDate.of(2024, 11, 1));
		assertThat(bylines.fullDate("2024-11-2810:05:12来源：新华网")).isEqualTo(LocalDate.of(2024, 11, 28));
		assertThat(bylines.fullDate("2024年13月45日")).isNull();
	}

}
