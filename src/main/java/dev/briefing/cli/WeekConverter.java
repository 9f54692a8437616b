package dev.briefing.cli;

import dev.briefing.report.IsoWeek;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code YYYY-Www} on the command line. */
final class WeekConverter implements ITypeConverter<IsoWeek> {

	@Override
	public IsoWeek convert(String value) {
		try {
			return IsoWeek.parse(value);
		}
		catch (IllegalArgumentException e) {
			throw new TypeConversionException(e.getMessage());
		}
	}

}
