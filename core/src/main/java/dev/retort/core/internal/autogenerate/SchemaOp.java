package dev.retort.core.internal.autogenerate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.retort.core.autogenerate.CheckModel;
import dev.retort.core.autogenerate.ColumnModel;
import dev.retort.core.autogenerate.ForeignKeyModel;
import dev.retort.core.autogenerate.IndexModel;
import dev.retort.core.autogenerate.SequenceModel;
import dev.retort.core.autogenerate.TableModel;
import dev.retort.core.autogenerate.UniqueModel;

/**
 * One difference found by autogenerate, as data. Every operation carries what its inverse needs
 * (a dropped column keeps its type, a dropped table its columns), so {@link #reverse()} is exact
 * and the downgrade is the reversed list of reversed operations.
 *
 * @since 0.1.0
 */
public sealed interface SchemaOp {

	/**
	 * The operation that undoes this one.
	 * @return the inverse
	 */
	SchemaOp reverse();

	/**
	 * One line per difference, in Alembic's vocabulary ({@code add_column}, {@code modify_type},
	 * ...), as {@code check} prints them.
	 * @return the lines
	 */
	List<String> describe();

	/**
	 * One line per difference in Alembic's wording, as {@code revision --autogenerate} prints them
	 * ({@code Detected added table 'users'}).
	 * @return the lines
	 */
	List<String> detected();

	/** A new table with its primary key, unique constraints and indexes; foreign keys come separately. */
	record CreateTable(TableModel table) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropTable(this.table);
		}

		@Override
		public List<String> describe() {
			return List.of("add_table " + this.table.name());
		}

		@Override
		public List<String> detected() {
			// as Alembic, which compares a new table's indexes and constraints against nothing
			List<String> lines = new ArrayList<>();
			lines.add("Detected added table " + quote(this.table.name()));
			this.table.uniques().forEach((unique) -> lines.add(new AddUnique(this.table.name(), unique).detected().get(0)));
			this.table.indexes().forEach((index) -> lines.add(new CreateIndex(this.table.name(), index).detected().get(0)));
			return lines;
		}

	}

	/** A dropped table; keeps its definition so that the downgrade can create it again. */
	record DropTable(TableModel table) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new CreateTable(this.table);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_table " + this.table.name());
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed table " + quote(this.table.name()));
		}

	}

	/** A new column. */
	record AddColumn(String table, ColumnModel column) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropColumn(this.table, this.column);
		}

		@Override
		public List<String> describe() {
			return List.of("add_column " + this.table + "." + this.column.name() + " " + this.column.type()
					+ (this.column.nullable() ? "" : " NOT NULL"));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added column " + quote(this.table + "." + this.column.name()));
		}

	}

	/** A dropped column; keeps its definition. */
	record DropColumn(String table, ColumnModel column) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AddColumn(this.table, this.column);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_column " + this.table + "." + this.column.name());
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed column " + quote(this.table + "." + this.column.name()));
		}

	}

	/**
	 * A changed column: {@code from} is the database's column, {@code to} the model's; the flags say
	 * which aspects change, so the inverse restores exactly those.
	 */
	record AlterColumn(String table, ColumnModel from, ColumnModel to, boolean type, boolean nullable,
			boolean defaultValue) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AlterColumn(this.table, this.to, this.from, this.type, this.nullable, this.defaultValue);
		}

		@Override
		public List<String> describe() {
			String column = this.table + "." + this.from.name();
			List<String> lines = new ArrayList<>();
			if (this.type) {
				lines.add("modify_type " + column + " " + this.from.type() + " -> " + this.to.type());
			}
			if (this.nullable) {
				lines.add("modify_nullable " + column + " " + nullability(this.from) + " -> " + nullability(this.to));
			}
			if (this.defaultValue) {
				lines.add("modify_default " + column + " " + this.from.defaultValue().orElse("(none)") + " -> "
						+ this.to.defaultValue().orElse("(none)"));
			}
			return lines;
		}

		@Override
		public List<String> detected() {
			String column = quote(this.table + "." + this.from.name());
			List<String> lines = new ArrayList<>();
			if (this.type) {
				lines.add("Detected type change from " + this.from.type() + " to " + this.to.type() + " on " + column);
			}
			if (this.nullable) {
				lines.add("Detected " + nullability(this.to) + " on column " + column);
			}
			if (this.defaultValue) {
				lines.add("Detected server default on column " + column);
			}
			return lines;
		}

		private static String nullability(ColumnModel column) {
			return column.nullable() ? "NULL" : "NOT NULL";
		}

	}

	/** A new index. */
	record CreateIndex(String table, IndexModel index) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropIndex(this.table, this.index);
		}

		@Override
		public List<String> describe() {
			return List.of("add_index " + this.index.name() + " on " + this.table + " " + columns(this.index.columns())
					+ (this.index.unique() ? " unique" : ""));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added index " + quote(this.index.name()) + " on " + quote(this.table) + " "
					+ columns(this.index.columns()));
		}

	}

	/** A dropped index. */
	record DropIndex(String table, IndexModel index) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new CreateIndex(this.table, this.index);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_index " + this.index.name() + " on " + this.table + " "
					+ columns(this.index.columns()));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed index " + quote(this.index.name()) + " on " + quote(this.table));
		}

	}

	/** A new unique constraint. */
	record AddUnique(String table, UniqueModel unique) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropUnique(this.table, this.unique);
		}

		@Override
		public List<String> describe() {
			return List.of("add_constraint " + this.unique.name() + " unique on " + this.table + " "
					+ columns(this.unique.columns()));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added unique constraint " + quote(this.unique.name()) + " on " + quote(this.table)
					+ " " + columns(this.unique.columns()));
		}

	}

	/** A dropped unique constraint. */
	record DropUnique(String table, UniqueModel unique) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AddUnique(this.table, this.unique);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_constraint " + this.unique.name() + " unique on " + this.table + " "
					+ columns(this.unique.columns()));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed unique constraint " + quote(this.unique.name()) + " on " + quote(this.table));
		}

	}

	/** A new foreign key. */
	record AddForeignKey(String table, ForeignKeyModel foreignKey) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropForeignKey(this.table, this.foreignKey);
		}

		@Override
		public List<String> describe() {
			return List.of("add_fk " + fk(this.table, this.foreignKey));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added foreign key " + alembicFk(this.table, this.foreignKey));
		}

	}

	/** A dropped foreign key. */
	record DropForeignKey(String table, ForeignKeyModel foreignKey) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AddForeignKey(this.table, this.foreignKey);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_fk " + fk(this.table, this.foreignKey));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed foreign key " + alembicFk(this.table, this.foreignKey));
		}

	}

	/** A new sequence. */
	record CreateSequence(SequenceModel sequence) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropSequence(this.sequence);
		}

		@Override
		public List<String> describe() {
			return List.of("add_sequence " + this.sequence.name());
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added sequence " + quote(this.sequence.name()));
		}

	}

	/** A dropped sequence; keeps its start and increment. */
	record DropSequence(SequenceModel sequence) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new CreateSequence(this.sequence);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_sequence " + this.sequence.name());
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed sequence " + quote(this.sequence.name()));
		}

	}

	/** A changed column comment; {@code from} and {@code to} are the whole columns, for MariaDB's restatement. */
	record AlterColumnComment(String table, ColumnModel from, ColumnModel to) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AlterColumnComment(this.table, this.to, this.from);
		}

		@Override
		public List<String> describe() {
			return List.of("modify_comment " + this.table + "." + this.to.name() + " " + text(this.from.comment())
					+ " -> " + text(this.to.comment()));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected column comment " + quote(this.table + "." + this.to.name()));
		}

	}

	/** A changed table comment. */
	record AlterTableComment(String table, Optional<String> from, Optional<String> to) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AlterTableComment(this.table, this.to, this.from);
		}

		@Override
		public List<String> describe() {
			return List.of("modify_table_comment " + this.table + " " + text(this.from) + " -> " + text(this.to));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected table comment on " + quote(this.table));
		}

	}

	/** A new check constraint. */
	record AddCheck(String table, CheckModel check) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new DropCheck(this.table, this.check);
		}

		@Override
		public List<String> describe() {
			return List.of("add_constraint " + this.check.name() + " check on " + this.table + " ("
					+ this.check.expression() + ")");
		}

		@Override
		public List<String> detected() {
			return List.of("Detected added check constraint " + quote(this.check.name()) + " on " + quote(this.table));
		}

	}

	/** A dropped check constraint. */
	record DropCheck(String table, CheckModel check) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AddCheck(this.table, this.check);
		}

		@Override
		public List<String> describe() {
			return List.of("remove_constraint " + this.check.name() + " check on " + this.table);
		}

		@Override
		public List<String> detected() {
			return List.of("Detected removed check constraint " + quote(this.check.name()) + " on "
					+ quote(this.table));
		}

	}

	/** A primary key on other columns or in another order. */
	record AlterPrimaryKey(String table, List<String> from, List<String> to) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AlterPrimaryKey(this.table, this.to, this.from);
		}

		@Override
		public List<String> describe() {
			return List.of("modify_primary_key " + this.table + " " + columns(this.from) + " -> " + columns(this.to));
		}

		@Override
		public List<String> detected() {
			return List.of("Detected primary key change from " + columns(this.from) + " to " + columns(this.to) + " on "
					+ quote(this.table));
		}

	}

	/** A sequence with another start, increment or cache. */
	record AlterSequence(SequenceModel from, SequenceModel to) implements SchemaOp {

		@Override
		public SchemaOp reverse() {
			return new AlterSequence(this.to, this.from);
		}

		@Override
		public List<String> describe() {
			List<String> lines = new ArrayList<>();
			if (start()) {
				lines.add("modify_sequence " + this.to.name() + " start " + this.from.start() + " -> " + this.to.start());
			}
			if (increment()) {
				lines.add("modify_sequence " + this.to.name() + " increment " + this.from.increment() + " -> "
						+ this.to.increment());
			}
			if (cache()) {
				lines.add("modify_sequence " + this.to.name() + " cache " + this.from.cache().getAsLong() + " -> "
						+ this.to.cache().getAsLong());
			}
			return lines;
		}

		@Override
		public List<String> detected() {
			List<String> lines = new ArrayList<>();
			if (start()) {
				lines.add("Detected start change from " + this.from.start() + " to " + this.to.start() + " on sequence "
						+ quote(this.to.name()));
			}
			if (increment()) {
				lines.add("Detected increment change from " + this.from.increment() + " to " + this.to.increment()
						+ " on sequence " + quote(this.to.name()));
			}
			if (cache()) {
				lines.add("Detected cache change from " + this.from.cache().getAsLong() + " to "
						+ this.to.cache().getAsLong() + " on sequence " + quote(this.to.name()));
			}
			return lines;
		}

		/** Whether the start changes. */
		boolean start() {
			return this.from.start() != this.to.start();
		}

		/** Whether the increment changes. */
		boolean increment() {
			return this.from.increment() != this.to.increment();
		}

		/** Whether the cache changes: compared only where both sides state one. */
		boolean cache() {
			return this.from.cache().isPresent() && this.to.cache().isPresent()
					&& this.from.cache().getAsLong() != this.to.cache().getAsLong();
		}

		/** Whether anything changes. */
		boolean changes() {
			return start() || increment() || cache();
		}

	}

	private static String text(Optional<String> comment) {
		return comment.map((value) -> "'" + value + "'").orElse("(none)");
	}

	private static String columns(List<String> columns) {
		return "(" + String.join(", ", columns) + ")";
	}

	private static String quote(String name) {
		return "'" + name + "'";
	}

	/** Alembic's {@code (columns)(referenced columns) on table t}. */
	private static String alembicFk(String table, ForeignKeyModel foreignKey) {
		return "(" + String.join(", ", foreignKey.columns()) + ")(" + String.join(", ", foreignKey.referencedColumns())
				+ ") on table " + table;
	}

	private static String fk(String table, ForeignKeyModel foreignKey) {
		return foreignKey.name() + " on " + table + " " + columns(foreignKey.columns()) + " -> "
				+ foreignKey.referencedTable() + " " + columns(foreignKey.referencedColumns());
	}

}
