package dev.retort.core.internal.liquibase;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

import liquibase.change.ColumnConfig;
import liquibase.change.core.InsertDataChange;
import liquibase.statement.DatabaseFunction;
import org.jspecify.annotations.Nullable;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;
import dev.retort.core.api.migration.DefaultValue;
import dev.retort.core.internal.db.Dialect;
import dev.retort.core.internal.migration.Op;
import dev.retort.core.internal.migration.RenderContext;

/**
 * Java values as Liquibase column values and defaults, and as SQL literals where Retort writes
 * the statement itself.
 */
final class Values {

	private Values() {
	}

	static void applyDefault(ColumnConfig config, DefaultValue value) {
		if (value.isNone()) {
			return;
		}
		value.expression().ifPresent((sql) -> config.setDefaultValueComputed(new DatabaseFunction(sql)));
		value.value().ifPresent((literal) -> {
			if (literal instanceof Boolean bool) {
				config.setDefaultValueBoolean(bool);
			}
			else if (literal instanceof Number number) {
				config.setDefaultValueNumeric(number);
			}
			else {
				config.setDefaultValue((String) literal);
			}
		});
	}

	static InsertDataChange insert(String table, Map<String, @Nullable Object> row, RenderContext context, Op op) {
		InsertDataChange change = new InsertDataChange();
		change.setTableName(table);
		for (Map.Entry<String, @Nullable Object> entry : row.entrySet()) {
			ColumnConfig column = new ColumnConfig();
			column.setName(entry.getKey());
			Object value = entry.getValue();
			if (value == null) {
				column.setValueComputed(new DatabaseFunction("NULL"));
			}
			else if (value instanceof String text) {
				column.setValue(text);
			}
			else if (value instanceof Boolean bool) {
				column.setValueBoolean(bool);
			}
			else if (value instanceof Number number) {
				column.setValueNumeric(number);
			}
			else if (value instanceof UUID uuid) {
				column.setValue(uuid.toString());
			}
			else if (value instanceof LocalDateTime time) {
				column.setValueDate(Timestamp.valueOf(time));
			}
			else if (value instanceof LocalDate date) {
				column.setValueDate(java.sql.Date.valueOf(date));
			}
			else {
				throw new RetortException(ErrorCode.INVALID_ARGUMENT, context.revision() + ": " + op.describe()
						+ " has a " + value.getClass().getName() + " value for column " + entry.getKey()
						+ "; use null, String, Number, Boolean, UUID, LocalDate or LocalDateTime, or insert it with jdbc()");
			}
			change.addColumn(column);
		}
		return change;
	}

	/** A default as SQL, for statements Retort writes itself (MariaDB's column restatement). */
	static String literal(DefaultValue value, Dialect dialect) {
		if (value.expression().isPresent()) {
			return value.expression().get();
		}
		Object literal = value.value().orElseThrow();
		if (literal instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (literal instanceof Number) {
			return literal.toString();
		}
		String escaped = ((String) literal).replace("'", "''");
		return "'" + ((dialect == Dialect.MARIADB) ? escaped.replace("\\", "\\\\") : escaped) + "'";
	}

}
