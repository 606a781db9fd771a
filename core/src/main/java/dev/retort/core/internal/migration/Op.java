package dev.retort.core.internal.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.retort.core.api.migration.Column;
import dev.retort.core.api.migration.ColumnChange;
import dev.retort.core.api.migration.ConstraintType;
import dev.retort.core.api.migration.DefaultValue;
import dev.retort.core.api.migration.ForeignKey;
import dev.retort.core.api.migration.Index;

/**
 * One {@link dev.retort.core.api.migration.Operations} call as data: what a Java revision did, so
 * it can be rendered for any dialect and undone where that is well defined.
 *
 * @since 0.1.0
 */
public sealed interface Op {

	/**
	 * The call as the user wrote it, for messages.
	 * @return for example {@code dropColumn(users, email)}
	 */
	String describe();

	/**
	 * The operation that undoes this one.
	 * @return the inverse; empty when it is not well defined
	 */
	default Optional<Op> inverse() {
		return Optional.empty();
	}

	/** {@code createTable}. */
	record CreateTable(String table, List<Column> columns) implements Op {

		public CreateTable {
			columns = List.copyOf(columns);
		}

		@Override
		public String describe() {
			return "createTable(" + this.table + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropTable(this.table));
		}

	}

	/** {@code dropTable}. */
	record DropTable(String table) implements Op {

		@Override
		public String describe() {
			return "dropTable(" + this.table + ")";
		}

	}

	/** {@code renameTable}. */
	record RenameTable(String table, String newName) implements Op {

		@Override
		public String describe() {
			return "renameTable(" + this.table + ", " + this.newName + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new RenameTable(this.newName, this.table));
		}

	}

	/** {@code addColumn}. */
	record AddColumn(String table, Column column) implements Op {

		@Override
		public String describe() {
			return "addColumn(" + this.table + ", " + this.column.name() + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropColumn(this.table, this.column.name()));
		}

	}

	/** {@code dropColumn}. */
	record DropColumn(String table, String column) implements Op {

		@Override
		public String describe() {
			return "dropColumn(" + this.table + ", " + this.column + ")";
		}

	}

	/** {@code alterColumn}. */
	record AlterColumn(String table, String column, ColumnChange change) implements Op {

		@Override
		public String describe() {
			return "alterColumn(" + this.table + ", " + this.column + ", " + this.change + ")";
		}

		/** Undone when every changed aspect has its value before the change declared. */
		@Override
		public Optional<Op> inverse() {
			ColumnChange change = this.change;
			if ((change.newType().isPresent() && change.existingType().isEmpty())
					|| (change.newNullable().isPresent() && change.existingNullable().isEmpty())
					|| (change.newDefault().isPresent() && change.existingDefault().isEmpty())) {
				return Optional.empty();
			}
			ColumnChange back = change.newName().isPresent() ? ColumnChange.rename(this.column) : null;
			if (change.newType().isPresent()) {
				back = ((back != null) ? back.toType(change.existingType().get())
						: ColumnChange.type(change.existingType().get())).existingType(change.newType().get());
			}
			if (change.newNullable().isPresent()) {
				boolean before = change.existingNullable().get();
				back = ((back != null) ? back.toNullable(before) : ColumnChange.nullable(before))
					.existingNullable(change.newNullable().get());
			}
			if (change.newDefault().isPresent()) {
				DefaultValue before = change.existingDefault().get();
				back = ((back != null) ? back.withDefault(before) : ColumnChange.defaultTo(before))
					.existingDefault(change.newDefault().get());
			}
			if (back == null) {
				return Optional.empty();
			}
			// facts that did not change are still true afterwards (MariaDB restates them offline)
			if (change.newType().isEmpty() && change.existingType().isPresent()) {
				back = back.existingType(change.existingType().get());
			}
			if (change.newNullable().isEmpty() && change.existingNullable().isPresent()) {
				back = back.existingNullable(change.existingNullable().get());
			}
			if (change.newDefault().isEmpty() && change.existingDefault().isPresent()) {
				back = back.existingDefault(change.existingDefault().get());
			}
			return Optional.of(new AlterColumn(this.table, change.newName().orElse(this.column), back));
		}

	}

	/** {@code createIndex}. */
	record CreateIndex(Index index) implements Op {

		@Override
		public String describe() {
			return "createIndex(" + this.index.name() + ", " + this.index.table() + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropIndex(this.index.name(), this.index.table(), this.index.isConcurrently()));
		}

	}

	/** {@code dropIndex}; {@code concurrently} only when undoing a concurrent {@code createIndex}. */
	record DropIndex(String name, String table, boolean concurrently) implements Op {

		@Override
		public String describe() {
			return "dropIndex(" + this.name + ", " + this.table + ")";
		}

	}

	/** {@code createForeignKey}. */
	record CreateForeignKey(ForeignKey foreignKey) implements Op {

		@Override
		public String describe() {
			return "createForeignKey(" + this.foreignKey.name() + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropConstraint(this.foreignKey.name(), this.foreignKey.table(),
					ConstraintType.FOREIGN_KEY));
		}

	}

	/** {@code createUniqueConstraint}. */
	record CreateUnique(String name, String table, List<String> columns) implements Op {

		public CreateUnique {
			columns = List.copyOf(columns);
		}

		@Override
		public String describe() {
			return "createUniqueConstraint(" + this.name + ", " + this.table + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropConstraint(this.name, this.table, ConstraintType.UNIQUE));
		}

	}

	/** {@code createCheckConstraint}. */
	record CreateCheck(String name, String table, String condition) implements Op {

		@Override
		public String describe() {
			return "createCheckConstraint(" + this.name + ", " + this.table + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropConstraint(this.name, this.table, ConstraintType.CHECK));
		}

	}

	/** {@code addPrimaryKey}. */
	record AddPrimaryKey(String name, String table, List<String> columns) implements Op {

		public AddPrimaryKey {
			columns = List.copyOf(columns);
		}

		@Override
		public String describe() {
			return "addPrimaryKey(" + this.name + ", " + this.table + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropConstraint(this.name, this.table, ConstraintType.PRIMARY_KEY));
		}

	}

	/** {@code dropConstraint}. */
	record DropConstraint(String name, String table, ConstraintType type) implements Op {

		@Override
		public String describe() {
			return "dropConstraint(" + this.name + ", " + this.table + ", " + this.type + ")";
		}

	}

	/** {@code createSequence}. */
	record CreateSequence(String name, long start, long increment) implements Op {

		@Override
		public String describe() {
			return "createSequence(" + this.name + ")";
		}

		@Override
		public Optional<Op> inverse() {
			return Optional.of(new DropSequence(this.name));
		}

	}

	/** {@code dropSequence}. */
	record DropSequence(String name) implements Op {

		@Override
		public String describe() {
			return "dropSequence(" + this.name + ")";
		}

	}

	/** {@code execute}. */
	record Execute(String sql) implements Op {

		@Override
		public String describe() {
			String line = this.sql.strip().lines().findFirst().orElse("");
			return "execute(" + ((line.length() > 60) ? line.substring(0, 57) + "..." : line) + ")";
		}

	}

	/** {@code bulkInsert}. */
	record BulkInsert(String table, List<Map<String, @Nullable Object>> rows) implements Op {

		public BulkInsert {
			rows = List.copyOf(rows);
		}

		@Override
		public String describe() {
			return "bulkInsert(" + this.table + ")";
		}

	}

	/** {@code jdbc()}: what the code did with the connection is unknown. */
	record Jdbc() implements Op {

		@Override
		public String describe() {
			return "jdbc()";
		}

	}

}
