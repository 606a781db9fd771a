package dev.retort.boot.autoconfigure;

import java.util.EnumSet;

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

	private static final EnumSet<ErrorCode> ANALYZED = EnumSet.of(ErrorCode.LOCATION_NOT_FOUND,
			ErrorCode.MULTIPLE_HEADS, ErrorCode.REVISION_FAILED, ErrorCode.PARTIAL_REVISION,
			ErrorCode.CHECKSUM_MISMATCH, ErrorCode.LOCK_TIMEOUT, ErrorCode.NOT_UP_TO_DATE,
			ErrorCode.INVALID_CONFIGURATION, ErrorCode.LINT_FINDINGS, ErrorCode.DDL_LOCK_TIMEOUT);

	@ParameterizedTest
	@EnumSource(value = ErrorCode.class, names = { "LOCATION_NOT_FOUND", "MULTIPLE_HEADS", "REVISION_FAILED",
			"PARTIAL_REVISION", "CHECKSUM_MISMATCH", "LOCK_TIMEOUT", "NOT_UP_TO_DATE", "INVALID_CONFIGURATION",
			"LINT_FINDINGS", "DDL_LOCK_TIMEOUT" })
	void analyzeWhenStartupFailureShouldDescribeAndSuggestAction(ErrorCode code) {
		RetortException failure = new RetortException(code, "something about revision 'ae1027a6acf0'");
		FailureAnalysis analysis = new RetortFailureAnalyzer()
			.analyze(new BeanCreationException("retortMigrationInitializer", "Init failed", failure));
		assertThat(analysis).isNotNull();
		assertThat(analysis.getDescription()).isEqualTo("something about revision 'ae1027a6acf0'");
		assertThat(analysis.getAction()).isNotBlank();
		assertThat(analysis.getCause()).isSameAs(failure);
	}

	@ParameterizedTest
	@EnumSource(ErrorCode.class)
	void analyzeWhenOtherFailureShouldLeaveItToBoot(ErrorCode code) {
		FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(new RetortException(code, "message"));
		assertThat(analysis != null).isEqualTo(ANALYZED.contains(code));
	}

	@ParameterizedTest
	@EnumSource(value = ErrorCode.class, names = { "MULTIPLE_HEADS", "CHECKSUM_MISMATCH", "LOCK_TIMEOUT",
			"NOT_UP_TO_DATE", "LINT_FINDINGS", "DDL_LOCK_TIMEOUT" })
	void analyzeShouldNameTheProperty(ErrorCode code) {
		FailureAnalysis analysis = new RetortFailureAnalyzer().analyze(new RetortException(code, "message"));
		assertThat(analysis.getAction()).contains("migrate.");
	}

}
