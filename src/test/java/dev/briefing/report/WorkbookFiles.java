package dev.briefing.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading a written workbook back in tests: the workbook, its chart pictures, a sheet's
 * texts.
 */
final class WorkbookFiles {

	private WorkbookFiles() {
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** The number of pictures on the chart sheet. */
	static int pictures(XSSFWorkbook wb) {
		XSSFDrawing drawing = wb.getSheet("图表").getDrawingPatriarch();
		return drawing == null ? 0 : drawing.getShapes().size();
	}

	/** Every text cell of the sheet, row by row. */
	static List<String> strings(Sheet sheet) {
		List<String> values = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell c : row) {
				if (c.getCellType() == CellType.STRING) {
					values.add(c.getStringCellValue());
				}
			}
		}
		return values;
	}

}
