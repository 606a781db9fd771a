package dev.retort.boot.actuate;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import dev.retort.core.api.AppliedStep;
import dev.retort.core.api.Retort;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link RetortMetrics}: scrapes read a cached status; a migration step invalidates it. */
class RetortMetricsTests {

	private final AtomicInteger connections = new AtomicInteger();

	private final Retort retort = Retort.configure().dataSource(countingH2()).locations("classpath:db/linear").load();

	private final RetortMetrics metrics = new RetortMetrics(() -> Map.of("retort", this.retort));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void gaugesReadTheDatabaseOnceUntilTheNextMigrationStep() {
		this.metrics.bindTo(this.registry);
		assertThat(this.connections).as("binding reads nothing").hasValue(0);

		assertThat(this.registry.get("retort.pending").gauge().value()).isEqualTo(3);
		int afterFirstRead = this.connections.get();
		assertThat(afterFirstRead).isPositive();
		for (int scrape = 0; scrape < 5; scrape++) {
			assertThat(this.registry.get("retort.pending").gauge().value()).isEqualTo(3);
			assertThat(this.registry.get("retort.partial").gauge().value()).isZero();
		}
		assertThat(this.connections).as("scrapes use the cached status").hasValue(afterFirstRead);

		this.retort.upgrade("heads").steps().forEach(this.metrics::stepFinished);
		assertThat(this.registry.get("retort.pending").gauge().value()).isZero();
	}

	@Test
	void stepInvalidatesTheCache() {
		this.metrics.bindTo(this.registry);
		this.registry.get("retort.pending").gauge().value();
		int cached = this.connections.get();
		this.metrics.stepFinished(new AppliedStep(MigrationFailuresTests.step("1975ea83b712"), Duration.ZERO));
		this.registry.get("retort.pending").gauge().value();
		assertThat(this.connections.get()).isGreaterThan(cached);
	}

	private DataSource countingH2() {
		JdbcDataSource target = new JdbcDataSource();
		target.setURL("jdbc:h2:mem:retort_metrics_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		return new DataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				RetortMetricsTests.this.connections.incrementAndGet();
				return target.getConnection();
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				RetortMetricsTests.this.connections.incrementAndGet();
				return target.getConnection(username, password);
			}

			@Override
			public PrintWriter getLogWriter() throws SQLException {
				return target.getLogWriter();
			}

			@Override
			public void setLogWriter(PrintWriter out) throws SQLException {
				target.setLogWriter(out);
			}

			@Override
			public void setLoginTimeout(int seconds) throws SQLException {
				target.setLoginTimeout(seconds);
			}

			@Override
			public int getLoginTimeout() throws SQLException {
				return target.getLoginTimeout();
			}

			@Override
			public Logger getParentLogger() throws SQLFeatureNotSupportedException {
				return target.getParentLogger();
			}

			@Override
			public <T> T unwrap(Class<T> iface) throws SQLException {
				return target.unwrap(iface);
			}

			@Override
			public boolean isWrapperFor(Class<?> iface) throws SQLException {
				return target.isWrapperFor(iface);
			}

		};
	}

}
