package dev.briefing.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlinesTest {

	@Test
	void anOpenBracketOrQuoteRunsOnToTheNextLine() {
		assertThat(Headlines.brokenByLayout("商务部印发《关于促进外贸", "稳定增长的若干政策措施》", null)).isTrue();
		assertThat(Headlines.brokenByLayout("他说“要把", "好事办好”", null)).isTrue();
	}

	@Test
	void aNumberWaitingForItsNounRunsOn() {
		assertThat(Headlines.brokenByLayout("我国培育2300多个", "劳务品牌有效促就业", null)).isTrue();
		assertThat(Headlines.brokenByLayout("前10个月规模以上工业增加值增长5.8", "%", null)).isTrue();
	}

	@Test
	void aFunctionWordAtTheBreakRunsOn() {
		assertThat(Headlines.brokenByLayout("让更多群众享受到优质的", "医疗服务", null)).isTrue();
		assertThat(Headlines.brokenByLayout("文旅消费", "的新引擎", null)).isTrue();
	}

	@Test
	void wordsThatRunOnInTheBodyJoinDirectly() {
		String body = "本报讯（记者侯爱敏）昨日，我省在深圳成功发行政府债券165.8789亿元。";

		assertThat(Headlines.brokenByLayout("我省在深圳成功", "发行政府债券", body)).isTrue();
		assertThat(Headlines.brokenByLayout("我省在深圳成功", "发行政府债券", "昨日，我省发行了一批债券。")).isFalse();
	}

	@Test
	void twoPartsOfAHeadlineAreJoinedWithASpace() {
		String body = "为助力企业破解发展中的难题，激发企业内生动力和创新活力";

		assertThat(Headlines.brokenByLayout("助力企业破解难题", "激发企业内生动力", body)).isFalse();
		assertThat(Headlines.brokenByLayout("人大代表进企业", "问需献策助发展", body)).isFalse();
		assertThat(Headlines.brokenByLayout("解决群众关切问题", "让“堵心”变“舒心”", body)).isFalse();
		assertThat(Headlines.brokenByLayout("助企“政策包”", "如何让企业减负担、得实惠？", body)).isFalse();
	}

}
