package dev.briefing.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a figure is about; {@link #OTHER} is not economic and stays out of the briefing's
 * headline counts.
 */
public enum Category {

	FINANCING("融资信贷"), SME_INDEX("中小企业指数"), DEBT("政府债务"), FISCAL_TAX("财税减负"), EMPLOYMENT("就业收入"), ENTERPRISE("经营主体"),
	TRADE("外贸外资"), MACRO("宏观经济"), OTHER("其他");

	private final String chinese;

	Category(String chinese) {
		this.chinese = chinese;
	}

	@JsonValue
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The label managers read in the workbook. */
	public String chinese() {
		return chinese;
	}

	public boolean isEconomic() {
		return this != OTHER;
	}

	public static Category of(String code) {
		return valueOf(code.toUpperCase(java.util.Locale.ROOT));
	}

}
