package dev.retort.core.internal.autogenerate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;
import dev.retort.core.internal.db.Dialect;

/**
 * Renders operations as a Java revision calling the Operations API. The common types become
 * portable {@code ColumnType} factories; any other type is passed through with
 * {@code ColumnType.of(...)} exactly as the model spells it.
 *
 * @since 0.1.0
 */
public final class JavaRevisionRenderer {

	private final List<String> notes;

	private final Dialect dialect;

	/**
	 * @param notes comments for the top of {@code upgrade}
	 * @param dialect the database, for what only SQL can say (table comments)
	 */
	public JavaRevisionRenderer(List<String> notes, Dialect dialect) {
		this.notes = List.copyOf(notes);
		this.dialect = dialect;
	}

	/**
	 * The source of a revision class.
	 * @param packageName the package, empty for none
	 * @param className the simple name
	 * @param annotation the {@code @Revision(...)} text
	 * @param upgrade the upgrade operations
	 * @param downgrade the downgrade operations
	 * @return the source
	 */
	public String render(String packageName, String className, String annotation, List<SchemaOp> upgrade,
			List<SchemaOp> downgrade) {
		StringBuilder out = new StringBuilder();
		if (!packageName.isEmpty()) {
			out.append("package ").append(packageName).append(";\n\n");
		}
		out.append("import dev.retort.core.api.Migration;\n");
		out.append("import dev.retort.core.api.Revision;\n");
		out.append("import dev.retort.core.api.migration.Column;\n");
		out.append("import dev.retort.core.api.migration.ColumnChange;\n");
		out.append("import dev.retort.core.api.migration.ColumnType;\n");
		out.append("import dev.retort.core.api.migration.ConstraintType;\n");
		out.append("import dev.retort.core.api.migration.DefaultValue;\n");
		out.append("import dev.retort.core.api.migration.ForeignKey;\n");
		out.append("import dev.retort.core.api.migration.Index;\n");
		out.append("import dev.retort.core.api.migration.Operations;\n\n");
		out.append(annotation).append('\n');
		out.append("public class ").append(className).append(" implements Migration {\n\n");
		method(out, "upgrade", this.notes, upgrade);
		out.append('\n');
		method(out, "downgrade", List.of(), downgrade);
		out.append("}\n");
		return out.toString();
	}

	private void method(StringBuilder out, String name, List<String> notes, List<SchemaOp> ops) {
		out.append("\t@Override\n\tpublic void ").append(name).append("(Operations op) {\n");
		for (String line : lines(notes, ops)) {
			out.append("\t\t").append(line).append('\n');
		}
		out.append("\t}\n");
	}

	/**
	 * A method body for a user template: one statement a line, lines after the first indented by
	 * two tabs, as the template places the first (Alembic's {@code ${upgrades}}).
	 * @param notes comments for the top
	 * @param ops the operations
	 * @return the body, empty when there is nothing to do
	 */
	public String body(List<String> notes, List<SchemaOp> ops) {
		return String.join("\n\t\t", lines(notes, ops));
	}

	private List<String> lines(List<String> notes, List<SchemaOp> ops) {
		List<String> lines = new java.util.ArrayList<>();
		for (String note : notes) {
			lines.add("// NOTE: " + note);
		}
		for (SchemaOp op : ops) {
			for (String risk : Risks.of(op)) {
				lines.add("// " + risk);
			}
			for (String call : calls(op)) {
				lines.add("op." + call + ";");
			}
		}
		return lines;
	}

	List<String> calls(SchemaOp op) {
		if (op instanceof SchemaOp.CreateTable create) {
			TableModel table = create.table();
			List<String> calls = new java.util.ArrayList<>();
			boolean inline = SqlStatements.primaryKeyInline(table);
			calls.add("createTable(" + q(table.name()) + ",\n" + table.columns().stream()
				.map((column) -> "\t\t\t\t" + column(column, inline && table.primaryKey().contains(column.name()))
						+ ((!inline && table.primaryKey().contains(column.name())) ? ".notNull()" : ""))
				.collect(Collectors.joining(",\n")) + ")");
			if (!inline) {
				calls.add("addPrimaryKey(" + q(table.name() + "_pkey") + ", " + q(table.name()) + ", "
						+ qs(table.primaryKey()) + ")");
			}
			table.comment().ifPresent((comment) -> calls
				.add("execute(" + q(Comments.table(this.dialect, table.name(), comment)) + ")"));
			table.uniques().forEach((unique) -> calls.add(addUnique(table.name(), unique)));
			table.checks().forEach((check) -> calls.add("createCheckConstraint(" + q(check.name()) + ", "
					+ q(table.name()) + ", " + q(check.expression()) + ")"));
			table.indexes().forEach((index) -> calls.add(createIndex(table.name(), index)));
			return calls;
		}
		if (op instanceof SchemaOp.DropTable drop) {
			return List.of("dropTable(" + q(drop.table().name()) + ")");
		}
		if (op instanceof SchemaOp.AddColumn add) {
			return List.of("addColumn(" + q(add.table()) + ", " + column(add.column(), false) + ")");
		}
		if (op instanceof SchemaOp.DropColumn drop) {
			return List.of("dropColumn(" + q(drop.table()) + ", " + q(drop.column().name()) + ")");
		}
		if (op instanceof SchemaOp.AlterColumn alter) {
			return List.of("alterColumn(" + q(alter.table()) + ", " + q(alter.from().name()) + ", "
					+ change(alter) + ")");
		}
		if (op instanceof SchemaOp.CreateIndex create) {
			return List.of(createIndex(create.table(), create.index()));
		}
		if (op instanceof SchemaOp.DropIndex drop) {
			return List.of("dropIndex(" + q(drop.index().name()) + ", " + q(drop.table()) + ")");
		}
		if (op instanceof SchemaOp.AddUnique add) {
			return List.of(addUnique(add.table(), add.unique()));
		}
		if (op instanceof SchemaOp.DropUnique drop) {
			return List.of("dropConstraint(" + q(drop.unique().name()) + ", " + q(drop.table())
					+ ", ConstraintType.UNIQUE)");
		}
		if (op instanceof SchemaOp.AddForeignKey add) {
			ForeignKeyModel fk = add.foreignKey();
			return List.of("createForeignKey(ForeignKey.named(" + q(fk.name()) + ").from(" + q(add.table()) + ", "
					+ qs(fk.columns()) + ").references(" + q(fk.referencedTable()) + ", "
					+ qs(fk.referencedColumns()) + ")"
					+ fk.onDelete()
						.map((action) -> ".onDelete(ForeignKey.Action." + SqlStatements.action(action).name() + ")")
						.orElse("")
					+ ")");
		}
		if (op instanceof SchemaOp.DropForeignKey drop) {
			return List.of("dropConstraint(" + q(drop.foreignKey().name()) + ", " + q(drop.table())
					+ ", ConstraintType.FOREIGN_KEY)");
		}
		if (op instanceof SchemaOp.CreateSequence create) {
			List<String> calls = new java.util.ArrayList<>();
			calls.add("createSequence(" + q(create.sequence().name()) + ", " + create.sequence().start() + ", "
					+ create.sequence().increment() + ")");
			SqlStatements.cacheOf(this.dialect, create.sequence()).ifPresent((sql) -> calls.add("execute(" + q(sql) + ")"));
			return calls;
		}
		if (op instanceof SchemaOp.DropSequence drop) {
			return List.of("dropSequence(" + q(drop.sequence().name()) + ")");
		}
		if (op instanceof SchemaOp.AddCheck add) {
			return List.of("createCheckConstraint(" + q(add.check().name()) + ", " + q(add.table()) + ", "
					+ q(add.check().expression()) + ")");
		}
		if (op instanceof SchemaOp.DropCheck drop) {
			return List.of("dropConstraint(" + q(drop.check().name()) + ", " + q(drop.table()) + ", ConstraintType.CHECK)");
		}
		if (op instanceof SchemaOp.AlterPrimaryKey alter) {
			return List.of("dropConstraint(" + q(alter.table() + "_pkey") + ", " + q(alter.table())
					+ ", ConstraintType.PRIMARY_KEY)", "addPrimaryKey(" + q(alter.table() + "_pkey") + ", "
							+ q(alter.table()) + ", " + qs(alter.to()) + ")");
		}
		return List.of("execute(" + q(SqlStatements.sql(this.dialect, op)) + ")");
	}

	private static String addUnique(String table, UniqueModel unique) {
		return "createUniqueConstraint(" + q(unique.name()) + ", " + q(table) + ", " + qs(unique.columns()) + ")";
	}

	private static String createIndex(String table, IndexModel index) {
		return "createIndex(Index.named(" + q(index.name()) + ").on(" + q(table) + ", " + qs(index.columns()) + ")"
				+ (index.unique() ? ".unique()" : "") + ")";
	}

	private static String column(ColumnModel column, boolean primaryKey) {
		StringBuilder out = new StringBuilder("Column.of(" + q(column.name()) + ", " + type(column.type()) + ")");
		if (primaryKey) {
			out.append(".primaryKey()");
		}
		else if (!column.nullable()) {
			out.append(".notNull()");
		}
		if (column.autoIncrement()) {
			out.append(".autoIncrement()");
		}
		column.defaultValue().ifPresent((value) -> out.append(".defaultExpression(").append(q(value)).append(')'));
		column.comment().ifPresent((value) -> out.append(".comment(").append(q(value)).append(')'));
		return out.toString();
	}

	private static String change(SchemaOp.AlterColumn alter) {
		ColumnModel from = alter.from();
		ColumnModel to = alter.to();
		StringBuilder out = new StringBuilder();
		if (alter.type()) {
			out.append("ColumnChange.type(").append(type(to.type())).append(')');
		}
		if (alter.nullable()) {
			out.append(out.isEmpty() ? "ColumnChange.nullable(" : ".toNullable(").append(to.nullable()).append(')');
		}
		if (alter.defaultValue()) {
			out.append(out.isEmpty() ? "ColumnChange.defaultTo(" : ".withDefault(").append(defaultValue(to.defaultValue()))
				.append(')');
		}
		out.append(".existingType(").append(type(from.type())).append(')');
		out.append(".existingNullable(").append(from.nullable()).append(')');
		from.defaultValue().ifPresent((value) -> out.append(".existingDefault(DefaultValue.expression(")
			.append(q(value)).append("))"));
		return out.toString();
	}

	private static String defaultValue(Optional<String> value) {
		return value.map((text) -> "DefaultValue.expression(" + q(text) + ")").orElse("DefaultValue.none()");
	}

	private static String type(String text) {
		return ColumnTypes.source(text);
	}

	static String q(String text) {
		return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

	private static String qs(List<String> names) {
		return names.stream().map(JavaRevisionRenderer::q).collect(Collectors.joining(", "));
	}

}
