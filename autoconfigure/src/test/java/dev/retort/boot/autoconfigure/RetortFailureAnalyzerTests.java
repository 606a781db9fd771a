package dev.retort.boot.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.retort.core.api.ErrorCode;
import dev.retort.core.api.RetortException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link RetortFailureAnalyzer}.
 */
class RetortFailureAnalyzerTests {

	@ParameterizedTest
	@EnumSource(ErrorCode.class)
	void analyzeShouldDescribeAndSuggestActionForEveryErrorCode(ErrorCode code) {
		RetortException failure = new RetortException(code, "something about revision 'ae1027a6acf0'");
		FailureAnalysis analysis = new RetortFailureAnalyzer()
			.analyze(new BeanCreationException("retortMigrationInitializer", "Init failed", failure));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("something about revision 'ae1027a6acf0'");
		assertThat(analysis.getAction()).isNotBlank();
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@ParameterizedTest
	@EnumSource(value = ErrorCode.class, names = { "MULTIPLE_HEADS", "CHECKSUM_MISMATCH", "LOCK_TIMEOUT",
			"NOT_UP_TO_DATE", "UNKNOWN_REVISION", "DATABASE_ERROR", "INVALID_TARGET", "REVISION_NOT_FOUND", "LINT_FINDINGS", "DDL_LOCK_TIMEOUT" })
	void analyzeShouldNameTheProperty(ErrorCode code) {
		FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(new RetortException(code, "message"));
		assertThat(analysis.getAction()).contains("migrate.");
	}

}
