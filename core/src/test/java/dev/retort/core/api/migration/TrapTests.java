package dev.retort.core.api.migration;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dev.retort.core.api.Retort;
import dev.retort.core.api.RetortException;
import dev.retort.test.DatabaseKind;
import dev.retort.test.DatabaseTest;
import dev.retort.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The known traps of SQL generation: MariaDB's {@code MODIFY} losing {@code NOT NULL} and the
 * default, Liquibase's connection wrapper changing auto-commit and closing the connection, and
 * PostgreSQL's {@code CONCURRENTLY} inside a transaction.
 */
class TrapTests {

	@DatabaseTest
	void typeChangeKeepsNotNullAndDefaultReadFromTheDatabase(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/trap").load();
		retort.upgrade("head");
		assertThat(Schema.of(db).column("tr_people", "name")).hasValueSatisfying(
				(column) -> assertThat(column).contains("size=120", "nullable=NO", "nobody"));
		retort.downgrade("t1");
		assertThat(Schema.of(db).column("tr_people", "name")).hasValueSatisfying(
				(column) -> assertThat(column).contains("size=50", "nullable=NO", "nobody"));
	}

	@Test
	void offlineTypeChangeOnMariaDbNamesTheMissingFacts() {
		Retort mariadb = Retort.configure().dialect("mariadb").locations("classpath:db/javarev/trap").load();
		assertThatExceptionOfType(RetortException.class).isThrownBy(() -> mariadb.upgradeSql("t1:t2"))
			.withMessageContaining("Revision t2 (db.javarev.trap.T2WidenName)")
			.withMessageContaining("MODIFY drops NOT NULL and the default")
			.withMessageContaining("add existingNullable(..), existingDefault(..) to the ColumnChange");
		Retort postgres = Retort.configure().dialect("postgresql").locations("classpath:db/javarev/trap").load();
		assertThat(postgres.upgradeSql("t1:t2"))
			.contains("ALTER TABLE tr_people ALTER COLUMN name TYPE VARCHAR(120) USING (name::TEXT);");
	}

	/**
	 * Every call on every connection Retort gets is checked for Liquibase frames on the stack:
	 * Liquibase never sees the connection, so it can neither switch auto-commit nor close it, and
	 * Java revisions stay inside Retort's transaction.
	 */
	@DatabaseTest
	void liquibaseNeverTouchesTheConnection(TestDatabase db) throws SQLException {
		List<String> liquibaseCalls = Collections.synchronizedList(new ArrayList<>());
		List<String> calls = Collections.synchronizedList(new ArrayList<>());
		DataSource watched = watching(db.dataSource(), calls, liquibaseCalls);
		Retort retort = Retort.configure().dataSource(watched).locations("classpath:db/javarev/every").load();
		retort.upgrade("head");
		retort.downgrade("base");
		Retort mixed = Retort.configure().dataSource(watched).locations("classpath:db/javarev/mixed").load();
		mixed.upgrade("head");
		mixed.downgrade("base");
		assertThat(calls).contains("setAutoCommit", "close", "createStatement");
		assertThat(liquibaseCalls).isEmpty();
	}

	@DatabaseTest
	void failingJavaRevisionRollsBackOnPostgres(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/concurrenttx").load();
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			assertThatExceptionOfType(RetortException.class).isThrownBy(() -> retort.upgrade("head"))
				.withMessageContaining("createIndex(ix_cc_items_sku, cc_items) builds the index concurrently, which"
						+ " PostgreSQL cannot do inside a transaction; add transactional = false to its @Revision");
			// the createTable before it was rolled back with the revision
			assertThat(Schema.of(db).tables()).isEmpty();
			assertThat(retort.current()).isEmpty();
		}
		else {
			retort.upgrade("head");
			assertThat(Schema.of(db).indexes("cc_items")).contains("ix_cc_items_sku [sku]");
		}
	}

	@DatabaseTest
	void concurrentIndexInNonTransactionalRevision(TestDatabase db) throws SQLException {
		Retort retort = Retort.configure().dataSource(db.dataSource()).locations("classpath:db/javarev/concurrent").load();
		retort.upgrade("head");
		assertThat(Schema.of(db).indexes("cc_items")).contains("ix_cc_items_sku unique [sku]");
		retort.downgrade("base");
		assertThat(Schema.of(db).tables()).isEmpty();
		String sql = Retort.configure().dialect("postgresql").locations("classpath:db/javarev/concurrent").load()
			.upgradeSql("c1");
		assertThat(sql).contains("CREATE UNIQUE INDEX CONCURRENTLY ix_cc_items_sku ON cc_items(sku);")
			.doesNotContain("BEGIN;\nCREATE");
	}

	private static DataSource watching(DataSource target, List<String> calls, List<String> liquibaseCalls) {
		return (DataSource) Proxy.newProxyInstance(TrapTests.class.getClassLoader(), new Class<?>[] { DataSource.class },
				(proxy, method, args) -> {
					Object result = invoke(method, target, args);
					if (result instanceof Connection connection) {
						return Proxy.newProxyInstance(TrapTests.class.getClassLoader(), new Class<?>[] { Connection.class },
								(p, m, a) -> {
									calls.add(m.getName());
									if (StackWalker.getInstance().walk((frames) -> frames
										.anyMatch((frame) -> frame.getClassName().startsWith("liquibase.")))) {
										liquibaseCalls.add(m.getName());
									}
									return invoke(m, connection, a);
								});
					}
					return result;
				});
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
