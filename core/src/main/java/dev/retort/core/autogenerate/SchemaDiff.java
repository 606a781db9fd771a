package dev.retort.core.autogenerate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import dev.retort.core.internal.autogenerate.JavaRevisionRenderer;
import dev.retort.core.internal.autogenerate.SchemaOp;
import dev.retort.core.internal.autogenerate.SqlStatements;
import dev.retort.core.internal.db.Dialect;

/**
 * The differences between a database and a model, kept as operations (data) and rendered only
 * on request: as one line per difference for {@code check}, as SQL statements for the database's
 * dialect, or as a Java revision. The downgrade is the upgrade reversed, each operation replaced by
 * its inverse. Immutable.
 *
 * @since 0.1.0
 */
public final class SchemaDiff {

	private final String dialect;

	private final List<SchemaOp> upgrade;

	private final List<String> notes;

	private final int databaseTables;

	private final int modelTables;

	SchemaDiff(String dialect, List<SchemaOp> upgrade, List<String> notes, int databaseTables, int modelTables) {
		this.dialect = dialect;
		this.upgrade = List.copyOf(upgrade);
		this.notes = List.copyOf(notes);
		this.databaseTables = databaseTables;
		this.modelTables = modelTables;
	}

	/**
	 * Whether the database already matches the model.
	 * @return {@code true} when there is nothing to do
	 */
	public boolean isEmpty() {
		return this.upgrade.isEmpty();
	}

	/**
	 * One line per difference in upgrade order, using Alembic's names: {@code add_table},
	 * {@code remove_table}, {@code add_column}, {@code remove_column}, {@code modify_type},
	 * {@code modify_nullable}, {@code modify_default}, {@code add_index}, {@code remove_index},
	 * {@code add_constraint}, {@code remove_constraint}, {@code add_fk}, {@code remove_fk},
	 * {@code add_sequence}, {@code remove_sequence}.
	 * @return the lines, for example {@code add_column users.email varchar(255)}
	 */
	public List<String> differences() {
		List<String> lines = new ArrayList<>();
		this.upgrade.forEach((op) -> lines.addAll(op.describe()));
		return List.copyOf(lines);
	}

	/**
	 * One line per difference in Alembic's wording, as {@code revision --autogenerate} prints
	 * them: {@code Detected added table 'users'}, {@code Detected added column 'users.email'},
	 * {@code Detected type change from VARCHAR(50) to VARCHAR(100) on 'users.name'}.
	 * @return the lines
	 */
	public List<String> detected() {
		List<String> lines = new ArrayList<>();
		this.upgrade.forEach((op) -> lines.addAll(op.detected()));
		return List.copyOf(lines);
	}

	/**
	 * Why this diff looks like a mistake rather than a change of the entities, when it does: the
	 * model declares no table while the database has some (the entities were not found: a failed
	 * compile, a wrong class path or package), or it would drop more than half of the database's
	 * tables. Autogenerate refuses such a diff unless told {@code --allow-destructive}.
	 * @return the reason, naming the likely cause; empty for an ordinary diff
	 */
	public Optional<String> destructiveReason() {
		long dropped = this.upgrade.stream().filter(SchemaOp.DropTable.class::isInstance).count();
		if (this.modelTables == 0 && this.databaseTables > 0) {
			return Optional.of("The entity model has no tables, so this revision would drop all " + this.databaseTables
					+ " tables of the database. The entities were most likely not found: compile the project"
					+ " (mvn compile), check the class path (--classpath) and the entity packages (--entity-packages)");
		}
		if (dropped * 2 > this.databaseTables) {
			return Optional.of("This revision would drop " + dropped + " of the database's " + this.databaseTables
					+ " tables. That usually means entities are missing from the model: check that the project is"
					+ " compiled (mvn compile), the class path (--classpath) and the entity packages (--entity-packages)");
		}
		return Optional.empty();
	}

	/**
	 * Hints for whoever reviews the revision, such as a drop and an add that look like a rename.
	 * @return the notes
	 */
	public List<String> notes() {
		return this.notes;
	}

	/**
	 * The dialect statements are rendered for.
	 * @return {@code h2}, {@code postgresql} or {@code mariadb}
	 */
	public String dialect() {
		return this.dialect;
	}

	/**
	 * The upgrade as SQL statements for {@link #dialect()}, without delimiters.
	 * @return the statements
	 */
	public List<String> upgradeStatements() {
		return SqlStatements.render(Dialect.named(this.dialect), this.upgrade);
	}

	/**
	 * The exact inverse of {@link #upgradeStatements()}.
	 * @return the statements
	 */
	public List<String> downgradeStatements() {
		return SqlStatements.render(Dialect.named(this.dialect), downgrade());
	}

	/**
	 * {@link #upgradeStatements()} as written into a revision file: each drop, and each change
	 * that fails when existing data does not fit the new column, preceded by {@code --} comments
	 * that say so, with a query counting the rows in the way.
	 * @return the statements
	 */
	public List<String> upgradeScript() {
		return SqlStatements.renderWithRisks(Dialect.named(this.dialect), this.upgrade);
	}

	/**
	 * {@link #downgradeStatements()} with the comments of {@link #upgradeScript()}.
	 * @return the statements
	 */
	public List<String> downgradeScript() {
		return SqlStatements.renderWithRisks(Dialect.named(this.dialect), downgrade());
	}

	/**
	 * The source of a Java revision class that makes these changes through the Operations API.
	 * @param packageName the package of the class, empty for none
	 * @param className the simple class name
	 * @param revisionAnnotation the {@code @Revision(...)} annotation text
	 * @return the source
	 */
	public String javaSource(String packageName, String className, String revisionAnnotation) {
		return new JavaRevisionRenderer(this.notes, Dialect.named(this.dialect)).render(packageName, className,
				revisionAnnotation, this.upgrade,
				downgrade());
	}

	/**
	 * The body of {@code upgrade} as Java statements ({@code op.addColumn(...);}), for a
	 * {@code revision.java.template}: one a line, lines after the first indented by two tabs.
	 * @return the statements, with the notes as comments first; empty when nothing changed
	 */
	public String javaUpgrade() {
		return new JavaRevisionRenderer(this.notes, Dialect.named(this.dialect)).body(this.notes, this.upgrade);
	}

	/**
	 * The body of {@code downgrade} as Java statements, as {@link #javaUpgrade()}.
	 * @return the statements; empty when nothing changed
	 */
	public String javaDowngrade() {
		return new JavaRevisionRenderer(this.notes, Dialect.named(this.dialect)).body(List.of(), downgrade());
	}

	List<SchemaOp> upgrade() {
		return this.upgrade;
	}

	List<SchemaOp> downgrade() {
		List<SchemaOp> reversed = new ArrayList<>(this.upgrade.size());
		this.upgrade.forEach((op) -> reversed.add(op.reverse()));
		Collections.reverse(reversed);
		return reversed;
	}

}
